/**
 * Which items to list: the narrowest query that still covers every rule, so a rules file about open
 * issues never pays for walking closed ones.
 */
import type { Condition, RuleSet } from '../model/rules.js';
import type { ItemQuery } from '../providers/provider.js';

export function scopeOf(ruleSet: RuleSet): ItemQuery {
  const states = new Set<string>();
  const types = new Set<string>();
  for (const rule of ruleSet.rules) {
    states.add(topLevel(rule.when, 'state') ?? 'all');
    types.add(topLevel(rule.when, 'type') ?? 'both');
  }
  const state = states.size === 1 ? ([...states][0] as ItemQuery['state']) : 'all';
  const type = types.size === 1 ? [...types][0] : 'both';
  return type === 'issue' || type === 'pull_request' ? { state, type } : { state };
}

function topLevel(when: Condition[], kind: 'state' | 'type'): string | undefined {
  const found = when.find((c) => c.kind === kind);
  return found ? String(found.value) : undefined;
}
