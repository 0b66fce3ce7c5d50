import type { FactName } from '../model/item.js';
import type { Rule, RuleSet } from '../model/rules.js';
import { compileCondition, type CompiledCondition } from './conditions.js';

export interface CompiledRule {
  readonly rule: Rule;
  /** The rule's `when` list as one implicit `all`. */
  readonly when: CompiledCondition;
}

/** A rule set with its globs and condition trees compiled; build once, evaluate many items. */
export interface CompiledRules {
  readonly source: RuleSet;
  readonly rules: readonly CompiledRule[];
  /** Every fact some condition in the set may need, in a stable order. */
  readonly facts: readonly FactName[];
}

/** Rule sets are immutable once loaded, so one compilation per RuleSet object is enough. */
const cache = new WeakMap<RuleSet, CompiledRules>();

export function compileRules(ruleSet: RuleSet): CompiledRules {
  let compiled = cache.get(ruleSet);
  if (compiled === undefined) {
    const rules = ruleSet.rules.map((rule) => ({
      rule,
      when: compileCondition({ kind: 'all', value: rule.when }),
    }));
    const facts = [...new Set(rules.flatMap((r) => r.when.facts))].sort();
    compiled = { source: ruleSet, rules, facts };
    cache.set(ruleSet, compiled);
  }
  return compiled;
}

/** Accepts either form so callers that evaluate a handful of items need not compile explicitly. */
export function resolveRules(rules: RuleSet | CompiledRules): CompiledRules {
  return 'source' in rules ? rules : compileRules(rules);
}

/**
 * The facts evaluating this rule set could ever ask for. Empty means the pipeline never needs a
 * per-item request (a rules file without `labeled` costs nothing extra).
 */
export function factsNeeded(rules: RuleSet | CompiledRules): FactName[] {
  return [...resolveRules(rules).facts];
}
