/**
 * Which earlier rule (or command) left each part of the item as an explanation shows it. Rules see
 * the item as the rules before them leave it: `explain` says `state: closed` of an open issue when an
 * earlier rule closes it, and a reader must be told that this came from that rule, not from the forge.
 * Built from the changes each rule planned, in order; the last one to touch a part is named.
 */
import type { Change } from '../model/plan.js';
import type { Condition } from '../model/rules.js';
/** Who changed something: `rule close-stale`, or `the command "/close" of @alice`. */
type Source = string;
export declare class Provenance {
    private state?;
    private locked?;
    private milestone?;
    private issueType?;
    /** By lower-cased label; likewise assignees and requested reviewers by lower-cased login. */
    private readonly labels;
    private readonly assignees;
    private readonly reviewers;
    /** Notes what `changes` (planned by `by`, in order) did to the item. */
    record(changes: readonly Change[], by: Source): void;
    /**
     * ` (by rule close-stale, earlier in this run)` after what `cond` observed, when an earlier rule made
     * it so; '' when the forge's item says it. `labeled` is noted per label by `labelNote`.
     */
    note(cond: Condition): string;
    /** For one label of a `labeled` condition: who applied or removed it earlier, if anyone. */
    labelNote(label: string): string;
}
/** How a note names a rule. */
export declare function ruleSource(id: string): Source;
/** How a note names a command in a comment. */
export declare function commandSource(line: string, by: string): Source;
export {};
