import type { FactName, RuleComment } from '../model/item.js';
import type { ActivitySettings, Condition, ConditionKind } from '../model/rules.js';
import { type Projection } from './projection.js';
import { type Truth } from './truth.js';
/**
 * Conditions that may need facts the listing lacks (each costs a request per item). Every one first
 * tries to decide from what is at hand: the item type (issues have no files or branches), the listing's
 * counters and timestamps, facts already fetched. Only what is still undecided asks for a fact.
 */
export type FactCondition = Extract<Condition, {
    kind: 'labeled' | 'inactive' | 'human-comments' | 'active-after-label' | 'files' | 'base' | 'head' | 'linked' | 'issue-type' | 'sub-issues' | 'parent' | 'form' | 'project' | 'vetoed' | PullConditionKind;
}>;
/** Conditions on a pull request's review, merge and check state (pull-tests.ts). */
export type PullConditionKind = 'review-decision' | 'mergeable' | 'checks' | 'size' | 'requested-reviewers' | 'waiting-on';
export interface FactTest {
    test: (p: Projection) => Truth;
    /** Every fact the test may ever need (for `factsNeeded` and capability checks). */
    facts: readonly FactName[];
    cost: number;
    /** The facts that would decide an `unknown` result for this projection; default: all of `facts`. */
    missing?: (p: Projection, out: Set<FactName>) => void;
}
/**
 * The facts a condition of this kind may need: by kind alone (and the activity settings, for the
 * clock), so capability checks need no condition value. The single table `factTest` also reads.
 */
export declare function factsOfKind(kind: ConditionKind, activity: ActivitySettings): readonly FactName[];
/** What the human-activity clock may read, as the rules file's `activity` settings say. */
export declare function clockFacts(activity: ActivitySettings): readonly FactName[];
export declare function factTest(cond: FactCondition, activity: ActivitySettings): FactTest;
/** Who vetoed the comment and how, or null. */
export declare function vetoOf(comment: RuleComment | undefined, author: string): {
    how: 'thumbs-down';
    count: number;
} | {
    how: 'reply';
    by: string;
} | null;
