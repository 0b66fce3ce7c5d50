import type { Item, ItemFacts } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import { type CompiledRules } from './compile.js';
import { type Needs } from './plan.js';
export type CheckStatus = 'passed' | 'failed' | 'skipped';
export interface CheckResult {
    rule: string;
    /** The check's message, shown whatever the status (a check run lists every check). */
    message: string;
    /** `skipped`: the rule's `when` does not hold for the item, so the check does not apply. */
    status: CheckStatus;
}
/** Every check rule's status, in file order, or the facts that decide them (as `planItem`). */
export type CheckEvaluation = {
    kind: 'checks';
    results: CheckResult[];
} | Needs;
/**
 * The status of each check rule (a rule with `check:`) for one item. Checks see the item as the rules
 * before them leave it, exactly as `planItem` walks, so a check and the actions planned with it never
 * disagree: when a rule earlier in the file labels `type/bug`, a later check requiring a `type/*`
 * label passes, and the failing check's own actions (planned by `planItem`) are not planned. Rules
 * that are not checks are walked only to advance the projection; their changes are `planItem`'s to
 * report. `rules` selects the rules as for `planItem` (usually `rulesFor(rules, event)`).
 */
export declare function evaluateChecks(item: Item, facts: ItemFacts, rules: RuleSet | CompiledRules, now: Date): CheckEvaluation;
