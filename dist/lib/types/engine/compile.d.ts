import type { FactName } from '../model/item.js';
import type { Item } from '../model/item.js';
import { type ActionSpec, type Rule, type RuleSet } from '../model/rules.js';
import { type ActivityClock } from './clock.js';
import { type CompiledCondition } from './conditions.js';
import { type Trigger } from './events.js';
export interface CompiledRule {
    readonly rule: Rule;
    /** The rule's `when` list as one implicit `all`. */
    readonly when: CompiledCondition;
    /** A check rule's `require` list as one implicit `all`; null for other rules. */
    readonly require: CompiledCondition | null;
    /**
     * When the rule's actions run: `when`, and for a check rule `when` and not `require`, so a check's
     * actions ("label needs-type") run exactly when the check fails.
     */
    readonly fires: CompiledCondition;
    /**
     * Facts the rule's actions need before they are applied, read only when the rule fires. A comment:
     * the timeline (and linked items, when they count as activity) make the item's last activity exact,
     * for `{{inactive_days}}` and for the comment's cycle (see `since` on the comment change); none for a
     * check whose comment (a status, edited in place) shows no days. `issue-type`: the current type, so
     * setting the type an issue already has plans nothing. Empty for most rules.
     */
    readonly actionFacts: readonly FactName[];
    /**
     * Of `actionFacts`, the clock's facts a comment needs for its cycle alone (its text shows no
     * `{{inactive_days}}`): the cycle only decides which of Sift's earlier comments count, so an item
     * without any comment needs none of them (see plan.ts). Empty otherwise.
     */
    readonly cycleFacts: readonly FactName[];
    /**
     * The rule is about discussions (`type: discussion` at the top of `when`) and sees nothing else;
     * any other rule never sees a discussion (see `selectsDiscussions`).
     */
    readonly discussions: boolean;
}
/** Whether the rule looks at this item at all: discussions only for rules about discussions. */
export declare function ruleSeesItem(rule: CompiledRule, item: Item): boolean;
/** A rule set with its globs and condition trees compiled; build once, evaluate many items. */
export interface CompiledRules {
    readonly source: RuleSet;
    /** The run these rules were selected for: see `rulesFor`. */
    readonly trigger: Trigger;
    /** The rules that run for `trigger`, in file order. */
    readonly rules: readonly CompiledRule[];
    /** Every fact some condition of these rules may need, in a stable order. */
    readonly facts: readonly FactName[];
    readonly clock: ActivityClock;
}
/** The texts of an action that may hold placeholders: a comment's, a project action's values. */
export declare function templatesOf(action: ActionSpec): string[];
/**
 * The rules that run for a trigger (see `ruleRunsOn` in events.ts for which ones), compiled once per
 * rule set and trigger. Pass the result to `planItem`, `evaluateChecks` or `explain`.
 */
export declare function rulesFor(rules: RuleSet | CompiledRules, trigger: Trigger): CompiledRules;
/** The rules of a sweep (a scheduled or manual walk of every item): see `rulesFor`. */
export declare function compileRules(ruleSet: RuleSet): CompiledRules;
/**
 * Accepts either form so callers that evaluate a handful of items need not compile explicitly. A bare
 * RuleSet means a sweep.
 */
export declare function resolveRules(rules: RuleSet | CompiledRules): CompiledRules;
/**
 * The facts evaluating these rules could ever ask for. Empty means the pipeline never needs a
 * per-item request (a rules file without `labeled`, `inactive` and the like costs nothing extra).
 */
export declare function factsNeeded(rules: RuleSet | CompiledRules): FactName[];
