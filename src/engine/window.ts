import type { Condition, RuleSet } from '../model/rules.js';
import { resolveRules, type CompiledRules } from './compile.js';

/**
 * How far back the rules look at activity and label timers: the longest `inactive` or `labeled` span
 * in them (ms), or null when they use none. A provider reading repository-wide feeds needs to read no
 * further back than `now` minus this (see `recentSince` on the provider's query); anything older is
 * decided by the item's own timestamps or, rarely, by its full history.
 */
export function activityWindow(rules: RuleSet | CompiledRules): number | null {
  let longest: number | null = null;
  const visit = (cond: Condition): void => {
    switch (cond.kind) {
      case 'all':
      case 'any':
        cond.value.forEach(visit);
        return;
      case 'not':
        visit(cond.value);
        return;
      case 'inactive':
        longest = Math.max(longest ?? 0, cond.value);
        return;
      case 'labeled':
        for (const span of Object.values(cond.value)) longest = Math.max(longest ?? 0, span);
        return;
      default:
        return;
    }
  };
  for (const { rule } of resolveRules(rules).rules) {
    rule.when.forEach(visit);
    rule.check?.require.forEach(visit);
  }
  return longest;
}
