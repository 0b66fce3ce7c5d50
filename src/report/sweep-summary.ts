/**
 * The job summary of a sweep of one repository: the usual summary, then the API budget the run
 * started with, the charts and the report issues (with their bodies in a dry run), all within
 * SUMMARY_BUDGET_BYTES: what the extras take is taken from the summary's own budget.
 */
import type { RepositoryRun } from '../fleet/sweep.js';
import { utf8Bytes } from './budget.js';
import { ageCharts, rulesChart } from './charts.js';
import { reportsSection } from './report-section.js';
import { countsPerRule } from './result.js';
import { SUMMARY_BUDGET_BYTES, renderSummary, summaryVerb, type SummaryContext } from './summary.js';

export interface SweepSummaryContext extends SummaryContext {
  /** Report bodies by id, shown folded (dry runs). */
  bodies?: ReadonlyMap<string, string>;
}

export function renderSweepSummary(run: RepositoryRun, context: SweepSummaryContext = {}): string {
  const result = run.result!;
  const budget = context.budget ?? SUMMARY_BUDGET_BYTES;
  const verb = summaryVerb(result);
  const extras: string[] = [];
  if (run.budgetBefore) {
    const b = run.budgetBefore;
    extras.push(
      `API budget left before the run: ${b.remaining} of ${b.limit} ${b.kind}; this repository's run sent ` +
        `${result.requests.reads + result.requests.writes} requests` +
        (run.spent ? ` and spent ${run.spent.amount} ${run.spent.kind} of the budget.` : '.'),
    );
  }
  const charts = [ageCharts(result.openByAge), rulesChart(countsPerRule(result, true), verb)].filter(Boolean);
  if (charts.length > 0) extras.push('### Charts', ...charts);
  let reports = reportsSection(run.reports, context.bodies);
  // Report bodies are the first to go when the summary is short of room: the table of reports stays.
  if (utf8Bytes(reports) > budget / 4) reports = reportsSection(run.reports);
  if (reports) extras.push(reports);
  const tail = extras.join('\n\n');
  const summary = renderSummary(result, { ...context, budget: Math.max(0, budget - utf8Bytes(tail) - 2) });
  return tail ? `${summary}\n${tail}\n` : summary;
}
