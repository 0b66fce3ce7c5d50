/**
 * Conditions on a pull request's state: `review-decision`, `mergeable`, `checks`, `size`,
 * `requested-reviewers`, `waiting-on`. Each is false on an issue without a request, and asks only for
 * the facts it reads: the pull request itself (`pull`), its reviews, its head commit's checks.
 */
import type { FactName } from '../model/item.js';
import type { Condition, ConditionKind } from '../model/rules.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
type PullCondition = Extract<Condition, {
    kind: 'review-decision' | 'mergeable' | 'checks' | 'size' | 'requested-reviewers' | 'waiting-on';
}>;
export declare const PULL_FACTS: Partial<Record<ConditionKind, readonly FactName[]>>;
export declare function pullTest(cond: PullCondition): (p: Projection) => Truth;
export {};
