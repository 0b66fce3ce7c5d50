import type { ItemOutcome } from '../executor/index.js';

/** Everything a run produced, for the summary, the outputs and the terminal. */
export interface TriageResult {
  repository: string;
  rulesFile: string;
  dryRun: boolean;
  /** Rule ids in file order, so the per-rule table lists rules that matched nothing too. */
  ruleIds: string[];
  /** Items the walk saw. */
  walked: number;
  /** One entry per item that any rule planned to change, in the order they were handled. */
  outcomes: ItemOutcome[];
  requests: { reads: number; writes: number };
}

export function failedOutcomes(result: TriageResult): ItemOutcome[] {
  return result.outcomes.filter((o) => o.error !== undefined);
}

/** Items where at least one change was applied (or would be, in a dry run). */
export function changedOutcomes(result: TriageResult): ItemOutcome[] {
  return result.outcomes.filter((o) =>
    o.rules.some((r) => r.changes.some((c) => c.status === 'applied' || c.status === 'dry-run')),
  );
}

/** How many items each rule changed (or would change). */
export function countsPerRule(result: TriageResult): Map<string, number> {
  const counts = new Map(result.ruleIds.map((id) => [id, 0]));
  for (const outcome of result.outcomes) {
    for (const rule of outcome.rules) {
      if (rule.changes.some((c) => c.status === 'applied' || c.status === 'dry-run')) {
        counts.set(rule.rule, (counts.get(rule.rule) ?? 0) + 1);
      }
    }
  }
  return counts;
}
