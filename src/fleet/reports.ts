/**
 * Publishing the rules file's report issues after a repository's sweep. Each report is one issue,
 * found by its hidden marker among the issues with its labels: created when missing, edited in place
 * otherwise, never duplicated, and never reopened when a maintainer closed it (unless the report says
 * `reopen: true`). Every write counts against max-operations; a dry run writes nothing and hands the
 * bodies to the summary; a run the circuit breaker stopped writes no report either.
 */
import type { ActivityRead, ActivityRequest } from '../model/activity.js';
import type { ReportSpec } from '../model/rules.js';
import { computeMetrics, type MetricsResult } from '../report/metrics.js';
import { renderReportBody, reportMarker } from '../report/report-issue.js';
import type { TriageResult } from '../report/result.js';
import type { FleetForge, ReportIssues } from './forge.js';
import type { ReportOutcome } from './report-outcome.js';
import type { RepositoryRun } from './sweep.js';

export interface PublishOptions {
  reports: readonly ReportSpec[];
  result: TriageResult;
  issues: ReportIssues;
  now: Date;
  /** Write requests left of max-operations after the sweep's own writes. */
  writesLeft: number;
  /** Reads the repository's recent items for the reports' metrics (FleetForge.readActivity). */
  readActivity?: (request: ActivityRequest) => Promise<ActivityRead>;
}

export interface Published {
  outcomes: ReportOutcome[];
  /** Each report's body, by id (for the summary of a dry run). */
  bodies: Map<string, string>;
}

export async function publishReports(options: PublishOptions): Promise<Published> {
  const { result, issues, now } = options;
  let writesLeft = options.writesLeft;
  const outcomes: ReportOutcome[] = [];
  const bodies = new Map<string, string>();
  const activity = await readReportsActivity(options);
  for (const report of options.reports) {
    let metrics: MetricsResult | undefined;
    if (report.metrics) {
      if (!activity.ok) {
        outcomes.push({ id: report.id, status: 'failed', note: activity.error, writes: 0 });
        continue;
      }
      metrics = computeMetrics(activity.read.items, report.metrics.specs, {
        now,
        period: report.metrics.period,
        self: activity.read.self,
      });
    }
    const body = renderReportBody(report, result, now, metrics);
    bodies.set(report.id, body);
    if (result.stop?.reason === 'circuit-breaker') {
      outcomes.push({ id: report.id, status: 'blocked', writes: 0 });
      continue;
    }
    try {
      const existing = await issues.find(reportMarker(report.id), report.labels);
      const issue = existing && { number: existing.number, url: existing.url, state: existing.state };
      const closedNote =
        existing?.state === 'closed'
          ? report.reopen
            ? 'closed by a maintainer; reopened (the report says reopen: true)'
            : 'closed by a maintainer; edited in place and left closed'
          : undefined;
      if (result.dryRun) {
        outcomes.push({
          id: report.id,
          status: existing ? 'would-edit' : 'would-create',
          ...(issue ? { issue } : {}),
          ...(closedNote
            ? {
                note: closedNote
                  .replace('edited', 'would be edited')
                  .replace('reopened', 'would be reopened'),
              }
            : {}),
          writes: 0,
        });
        continue;
      }
      const reopen = report.reopen && existing?.state === 'closed';
      if (existing && existing.body === body && existing.title === report.title && !reopen) {
        outcomes.push({
          id: report.id,
          status: 'unchanged',
          issue: issue!,
          ...(closedNote ? { note: closedNote.replace('edited in place and ', '') } : {}),
          writes: 0,
        });
        continue;
      }
      if (writesLeft < 1) {
        outcomes.push({ id: report.id, status: 'deferred', ...(issue ? { issue } : {}), writes: 0 });
        continue;
      }
      writesLeft--;
      if (existing) {
        await issues.update(existing, { title: report.title, body, reopen });
        outcomes.push({
          id: report.id,
          status: 'edited',
          issue: { ...issue!, state: reopen ? 'open' : existing.state },
          ...(closedNote ? { note: closedNote } : {}),
          writes: 1,
        });
      } else {
        const created = await issues.create(report.title, body, report.labels);
        outcomes.push({
          id: report.id,
          status: 'created',
          issue: { number: created.number, url: created.url, state: created.state },
          writes: 1,
        });
      }
    } catch (error) {
      outcomes.push({
        id: report.id,
        status: 'failed',
        note: error instanceof Error ? error.message : String(error),
        writes: 0,
      });
    }
  }
  return { outcomes, bodies };
}

type ActivityOutcome = { ok: true; read: ActivityRead } | { ok: false; error: string };

/**
 * One read for every report of the repository that asks for metrics: back to the longest period,
 * comments and reviews when one asks for first responses, the history of every label one measures.
 * A read that fails fails those reports (a report with figures missing would mislead) and no other.
 */
async function readReportsActivity(options: PublishOptions): Promise<ActivityOutcome> {
  const asking = options.reports.flatMap((r) => (r.metrics ? [r.metrics] : []));
  const empty: ActivityOutcome = { ok: true, read: { items: [], self: null } };
  if (asking.length === 0) return empty;
  if (!options.readActivity) {
    return { ok: false, error: 'this forge cannot read the items metrics are computed from' };
  }
  const specs = asking.flatMap((m) => m.specs);
  const longest = Math.max(...asking.map((m) => m.period));
  const labels = new Map<string, string>();
  for (const spec of specs)
    if (spec.kind === 'time-in-label') labels.set(spec.label.toLowerCase(), spec.label);
  try {
    const read = await options.readActivity({
      since: new Date(options.now.getTime() - longest).toISOString(),
      responses: specs.some((s) => s.kind === 'time-to-first-response'),
      labels: [...labels.values()],
    });
    return { ok: true, read };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `could not read the items for the metrics: ${message}` };
  }
}

/**
 * After one repository's sweep (sweepEach's `after`, for the Action and the CLI alike): publishes the
 * rules' reports there within what is left of max-operations, counts their requests as the
 * repository's spending, and records their outcomes on the run. Undefined when there is nothing to do.
 */
export async function publishRunReports(options: {
  run: RepositoryRun;
  reports: readonly ReportSpec[] | undefined;
  forge: FleetForge;
  now: Date;
  maxOperations: number;
}): Promise<Published | undefined> {
  const { run, reports, forge } = options;
  if (!reports || !run.result) return undefined;
  const before = forge.requestCounts();
  const published = await publishReports({
    reports,
    result: run.result,
    issues: forge.reportIssues(run.repository),
    readActivity: (request: ActivityRequest) => forge.readActivity(run.repository, request),
    now: options.now,
    writesLeft: options.maxOperations - run.result.requests.writes,
  });
  const after = forge.requestCounts();
  // The reports' requests are this repository's spending too.
  run.result.requests.reads += after.reads - before.reads;
  run.result.requests.writes += after.writes - before.writes;
  run.reports = published.outcomes;
  return published;
}
