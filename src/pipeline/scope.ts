/**
 * Which items to list: the narrowest query that still covers every rule, so a rules file about open
 * issues never pays for walking closed ones.
 */
import { activityWindow, type CompiledRules } from '../engine/index.js';
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

/**
 * How far back a provider's repository-wide activity feeds must reach: the rules' longest activity
 * or label span before `now`; nothing when the rules use none (see `recentSince` on ItemQuery).
 */
export function recentSinceOf(rules: CompiledRules, now: Date): Pick<ItemQuery, 'recentSince'> {
  const window = activityWindow(rules);
  return window === null ? {} : { recentSince: new Date(now.getTime() - window).toISOString() };
}
