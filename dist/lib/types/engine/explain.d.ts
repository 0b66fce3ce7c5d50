import type { FactName, Item, ItemFacts } from '../model/item.js';
import { type Forge } from '../model/item-name.js';
import type { Change, ItemRef, RuleChanges } from '../model/plan.js';
import type { Condition, RuleSet } from '../model/rules.js';
import { type CompiledRules } from './compile.js';
import type { Truth } from './truth.js';
/** Why one condition held or not: `labels none [stale, pinned]` / `labels: bug, stale` / false. */
export interface ConditionExplanation {
    description: string;
    /** What the engine saw on the (projected) item; empty for all/any/not, whose children say it. */
    observed: string;
    outcome: Truth;
    /** For all/any/not, in file order. */
    children: ConditionExplanation[];
}
export interface RuleExplanation {
    rule: string;
    /** The rule's `when` list taken together. */
    outcome: Truth;
    conditions: ConditionExplanation[];
    /** For a check rule: its message, whether `require` holds, and each required condition. */
    check?: CheckExplanation;
    /** Real changes the rule plans (empty unless the rule fires; may be empty even then). */
    changes: Change[];
    /** Facts that would decide an `unknown` outcome. */
    needs: FactName[];
}
export interface CheckExplanation {
    message: string;
    /** The `require` list taken together: true passes, false fails (when `outcome` is true). */
    outcome: Truth;
    conditions: ConditionExplanation[];
}
export interface Explanation {
    item: ItemRef;
    /** Whose notation names items (GitLab's merge requests are `!12`); absent: GitHub's. */
    forge?: Forge;
    /** The commands of the item's unanswered comments, as a sweep would run them, before the rules. */
    commands?: RuleChanges[];
    rules: RuleExplanation[];
}
/**
 * Explains every rule for one item, for maintainers asking "why did (not) this fire?". Rules are
 * evaluated in sequence against the projected item exactly as `planItem` does; a rule whose outcome is
 * unknown is treated as not firing for the rules after it. Unlike `planItem`, every condition is
 * evaluated (no short-circuit), so the output is complete; this is not a hot path.
 */
export declare function explain(item: Item, facts: ItemFacts, rules: RuleSet | CompiledRules, now: Date, forge?: Forge): Explanation;
/** The condition as a rules file would say it, in one short line. */
export declare function describeCondition(cond: Condition): string;
