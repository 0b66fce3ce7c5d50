/**
 * Which items to list: the narrowest query that still covers every rule, so a rules file about open
 * issues never pays for walking closed ones.
 */
import { type CompiledRules } from '../engine/index.js';
import { type Rule, type RuleSet } from '../model/rules.js';
import type { ItemQuery } from '../providers/provider.js';
/**
 * The listings a walk reads, in order: issues and pull requests for the rules about them, then
 * discussions, only when some rule is about them (`type: discussion`), as walking them costs requests
 * and a rules file written for issues must behave as it always did.
 */
export declare function scopesOf(ruleSet: RuleSet): ItemQuery[];
/** The issues and pull requests `rules` look at (rules about discussions aside). */
export declare function scopeOf(ruleSet: RuleSet | readonly Rule[]): ItemQuery;
/**
 * How far back a provider's repository-wide activity feeds must reach: the rules' longest activity
 * or label span before `now`; nothing when the rules use none (see `recentSince` on ItemQuery).
 */
export declare function recentSinceOf(rules: CompiledRules, now: Date): Pick<ItemQuery, 'recentSince'>;
