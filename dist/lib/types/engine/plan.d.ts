import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ItemPlan, ItemRef, RuleChanges } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import { type CompiledRule, type CompiledRules } from './compile.js';
import { type CompiledCondition } from './conditions.js';
import { type Projection } from './projection.js';
/**
 * The result of evaluating one item:
 * - `plan`: the decision. `plan` is null when no rule changes anything.
 * - `needs`: a rule that would change something cannot be decided without these facts. Fetch them,
 *   merge them into `facts` and call again. Only facts absent from `facts` are ever listed, and each
 *   call with them filled in decides more, so the loop ends.
 */
export type Evaluation = {
    kind: 'plan';
    plan: ItemPlan | null;
} | {
    kind: 'needs';
    facts: FactName[];
};
export type Needs = {
    kind: 'needs';
    facts: FactName[];
};
/**
 * Runs the rules in file order against the item, each rule seeing the item as earlier rules leave it.
 * Pure: the only notion of time is `now`. `rules` decides which rules run: a RuleSet (or
 * `compileRules`) is a sweep; `rulesFor(rules, event)` selects an event's rules. A check rule's
 * actions run when its check fails (see `CompiledRule.fires`).
 */
export declare function planItem(item: Item, facts: ItemFacts, rules: RuleSet | CompiledRules, now: Date): Evaluation;
/**
 * One rule's turn in the walk: its changes (advancing the projection), null when it changes nothing,
 * or the facts that decide it when it would change something and cannot be decided yet.
 */
export declare function advance(compiled: CompiledRule, p: Projection): RuleChanges | Needs | null;
export declare function needsOf(cond: CompiledCondition, p: Projection): Needs;
export declare function itemRef(item: Item): ItemRef;
