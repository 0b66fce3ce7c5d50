import type { Item, ItemFacts } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import { applyActions } from './changes.js';
import { resolveRules, ruleSeesItem, type CompiledRules } from './compile.js';
import { createProjection } from './projection.js';
import { advance, needsOf, type Needs } from './plan.js';
import { UNKNOWN } from './truth.js';

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  rule: string;
  /** The check's message, shown whatever the status (a check run lists every check). */
  message: string;
  /** `skipped`: the rule's `when` does not hold for the item, so the check does not apply. */
  status: CheckStatus;
}

/** Every check rule's status, in file order, or the facts that decide them (as `planItem`). */
export type CheckEvaluation = { kind: 'checks'; results: CheckResult[] } | Needs;

/**
 * The status of each check rule (a rule with `check:`) for one item. Checks see the item as the rules
 * before them leave it, exactly as `planItem` walks, so a check and the actions planned with it never
 * disagree: when a rule earlier in the file labels `type/bug`, a later check requiring a `type/*`
 * label passes, and the failing check's own actions (planned by `planItem`) are not planned. Rules
 * that are not checks are walked only to advance the projection; their changes are `planItem`'s to
 * report. `rules` selects the rules as for `planItem` (usually `rulesFor(rules, event)`).
 */
export function evaluateChecks(
  item: Item,
  facts: ItemFacts,
  rules: RuleSet | CompiledRules,
  now: Date,
): CheckEvaluation {
  const compiled = resolveRules(rules);
  const p = createProjection(item, facts, now.getTime(), compiled.clock);
  const results: CheckResult[] = [];
  for (const rule of compiled.rules) {
    const check = rule.rule.check;
    if (rule.require === null || check === undefined) {
      const step = advance(rule, p);
      if (step !== null && 'facts' in step) return step;
      continue;
    }
    // Unlike a plain rule, a check's outcome is reported even when it changes nothing: it must be known.
    const when = ruleSeesItem(rule, item) && rule.when.test(p);
    if (when === UNKNOWN) return needsOf(rule.when, p);
    if (!when) {
      results.push({ rule: rule.rule.id, message: check.message, status: 'skipped' });
      continue;
    }
    const passed = rule.require.test(p);
    if (passed === UNKNOWN) return needsOf(rule.require, p);
    results.push({ rule: rule.rule.id, message: check.message, status: passed ? 'passed' : 'failed' });
    if (!passed) applyActions(rule.rule, p);
  }
  return { kind: 'checks', results };
}
