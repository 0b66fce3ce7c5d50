/**
 * Which items to list: the narrowest query that still covers every rule, so a rules file about open
 * issues never pays for walking closed ones.
 */
import { activityWindow, type CompiledRules } from '../engine/index.js';
import { selectsDiscussions, type Condition, type Rule, type RuleSet } from '../model/rules.js';
import type { ItemQuery } from '../providers/provider.js';

/**
 * The listings a walk reads, in order: issues and pull requests for the rules about them, then
 * discussions, only when some rule is about them (`type: discussion`), as walking them costs requests
 * and a rules file written for issues must behave as it always did.
 */
export function scopesOf(ruleSet: RuleSet): ItemQuery[] {
  const aboutDiscussions = ruleSet.rules.filter(selectsDiscussions);
  const aboutItems = ruleSet.rules.filter((rule) => !selectsDiscussions(rule));
  const scopes: ItemQuery[] = [];
  if (aboutItems.length > 0 || aboutDiscussions.length === 0) scopes.push(scopeOf(aboutItems));
  if (aboutDiscussions.length > 0) scopes.push({ state: stateOf(aboutDiscussions), type: 'discussion' });
  return scopes;
}

/** The issues and pull requests `rules` look at (rules about discussions aside). */
export function scopeOf(ruleSet: RuleSet | readonly Rule[]): ItemQuery {
  const rules = 'rules' in ruleSet ? ruleSet.rules : ruleSet;
  const states = new Set<string>();
  const types = new Set<string>();
  for (const rule of rules) {
    if (selectsDiscussions(rule)) continue;
    states.add(topLevel(rule.when, 'state') ?? 'all');
    types.add(topLevel(rule.when, 'type') ?? 'both');
  }
  const state = states.size === 1 ? ([...states][0] as ItemQuery['state']) : 'all';
  const type = types.size === 1 ? [...types][0] : 'both';
  return type === 'issue' || type === 'pull_request' ? { state, type } : { state };
}

function stateOf(rules: readonly Rule[]): ItemQuery['state'] {
  const states = new Set(rules.map((rule) => topLevel(rule.when, 'state') ?? 'all'));
  return states.size === 1 ? ([...states][0] as ItemQuery['state']) : 'all';
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
