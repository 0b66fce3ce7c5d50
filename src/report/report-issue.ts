/**
 * The body of a report issue (rules file `reports:`): per rule, the items it matched this run
 * (linked; the first 50, then a count), what Sift did to them, what was deferred; then the charts.
 * Starts with a hidden marker by which the next run finds the issue again.
 */
import type { Item } from '../model/item.js';
import type { ReportSpec } from '../model/rules.js';
import { ageCharts, rulesChart } from './charts.js';
import { describeOutcome, itemName } from './describe.js';
import { escapeCell } from './markdown.js';
import { metricsSection } from './metrics-markdown.js';
import type { MetricsResult } from './metrics.js';
import type { TriageResult } from './result.js';

/** Items listed per rule before "and N more". */
export const REPORT_ITEMS_PER_RULE = 50;

/**
 * GitHub refuses an issue body over 65,536 characters; with what Sift writes around the lists, 60,000
 * is the body's budget. A longer report lists fewer items per rule until it fits.
 */
export const REPORT_BODY_MAX_CHARS = 60_000;

export function reportMarker(id: string): string {
  return `<!-- sift:report=${id} -->`;
}

/**
 * Whether an item is one of the rules file's report issues: it carries a report's marker and every
 * one of its labels (what Sift looks for to find it again). Labels take triage permission to set, so
 * a stranger who pastes a marker into an issue does not exempt it from the rules.
 */
export function isReportIssue(item: Pick<Item, 'body' | 'labels'>, reports: readonly ReportSpec[]): boolean {
  const labels = new Set(item.labels.map((l) => l.toLowerCase()));
  return reports.some(
    (r) => item.body.includes(reportMarker(r.id)) && r.labels.every((l) => labels.has(l.toLowerCase())),
  );
}

export function renderReportBody(
  report: ReportSpec,
  result: TriageResult,
  now: Date,
  metrics?: MetricsResult,
): string {
  const section = report.metrics ? metricsSection(metrics, report.metrics.periodText, result.forge) : '';
  for (const perRule of [REPORT_ITEMS_PER_RULE, 20, 5, 0]) {
    const body = render(report, result, now, perRule, section);
    if (body.length <= REPORT_BODY_MAX_CHARS) return body;
  }
  return render(report, result, now, 0, section).slice(0, REPORT_BODY_MAX_CHARS);
}

function render(
  report: ReportSpec,
  result: TriageResult,
  now: Date,
  perRule: number,
  metrics: string,
): string {
  const verb = result.dryRun ? 'would change' : 'changed';
  const parts = [
    reportMarker(report.id),
    `Sift's triage report for ${escapeCell(result.repository)}, rules from \`${result.rulesFile.replace(/`/g, "'")}\`, ` +
      `as of ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC. This issue is edited in place on every run.`,
  ];
  if (result.stop) parts.push(`> [!CAUTION]\n> This run stopped early: ${escapeCell(result.stop.message)}`);
  // The figures first: they are what a weekly reader looks for, and a long body is cut at its end.
  if (metrics) parts.push(metrics);
  const counts = new Map<string, number>();
  for (const rule of report.rules) {
    const matched = result.outcomes.flatMap((o) =>
      o.rules.filter((r) => r.rule === rule).map((r) => ({ item: o.item, changes: r.changes })),
    );
    const changed = matched.filter((m) =>
      m.changes.some((c) => c.status === 'applied' || c.status === 'dry-run'),
    );
    const deferred = matched.filter((m) => m.changes.some((c) => c.status === 'deferred'));
    counts.set(rule, changed.length);
    parts.push(`### \`${rule}\``);
    if (matched.length === 0) {
      parts.push('Matched nothing this run.');
      continue;
    }
    parts.push(
      `Matched ${matched.length} item${matched.length === 1 ? '' : 's'} this run: ${verb} ${changed.length}` +
        (deferred.length > 0 ? `, ${deferred.length} deferred to later runs (write budget)` : '') +
        '.',
    );
    const lines = matched
      .slice(0, perRule)
      .map(
        (m) =>
          `- [${itemName(m.item, result.forge)}](${m.item.url}) ${escapeCell(m.item.title)}: ` +
          m.changes.map((c) => escapeCell(describeOutcome(c))).join('; '),
      );
    if (matched.length > lines.length) lines.push(`- and ${matched.length - lines.length} more`);
    parts.push(lines.join('\n'));
  }
  const charts = [ageCharts(result.openByAge), rulesChart(counts, verb)].filter(Boolean);
  if (charts.length > 0) parts.push('### Charts', ...charts);
  return parts.join('\n\n') + '\n';
}
