import type { Change, CommandAsked, ItemRef } from '../model/plan.js';
/**
 * What happened to one planned change:
 * - `applied`; `dry-run` (would have been applied);
 * - `unchanged`: a rerun found Sift's own comment already saying the same thing, so nothing was sent;
 *   or the forge kept a pull request's head branch (fork, default, protected, gone; `note` says why);
 * - `failed`, and `not-attempted` for the changes after a failure on the same item;
 * - `deferred`: the write budget ran out (or the run stopped) before this item; a later run does it;
 * - `blocked`: the circuit breaker stopped every write of the run.
 */
export type ChangeStatus = 'applied' | 'dry-run' | 'unchanged' | 'failed' | 'not-attempted' | 'deferred' | 'blocked';
export interface ChangeOutcome {
    change: Change;
    status: ChangeStatus;
    /** e.g. "edited its earlier comment" or the failure reason. */
    note?: string;
    /**
     * A `failed` change the forge refused for what it names (4xx other than 401, 403 and 429: an
     * unknown user, milestone or item), not for Sift's token or the forge's health. A command's change
     * refused so is answered as a refused command (see pipeline/forge-refusals.ts), not retried.
     */
    refusedByForge?: true;
}
export interface RuleOutcome {
    rule: string;
    changes: ChangeOutcome[];
    /** The changes answer a command in a comment: who asked what, and whether Sift refused it. */
    command?: CommandAsked;
}
export interface ItemOutcome {
    item: ItemRef;
    rules: RuleOutcome[];
    /** Set when a change failed; the remaining changes for the item were not attempted. */
    error?: string;
}
export declare function itemFailed(outcome: ItemOutcome): boolean;
/** An outcome in which every change has the same status (deferred, blocked). */
export declare function outcomeWith(plan: {
    item: ItemRef;
    rules: {
        rule: string;
        changes: Change[];
        command?: CommandAsked;
    }[];
}, status: ChangeStatus): ItemOutcome;
