/**
 * The summary of a run over several repositories, or of the merged result files of a matrix's shards:
 * totals, the repositories that need a human first, every repository in one table, the rules across
 * all of them, the charts, then each repository's own summary. Within SUMMARY_BUDGET_BYTES however
 * many repositories: the tables keep the rows that fit and the repository sections follow while there
 * is room, the rest named in a line pointing at the result files.
 */
import type { RepositoryRun } from '../fleet/sweep.js';
import { ownValue } from '../model/records.js';
import { runFailed } from '../fleet/sweep.js';
import { addCensus, emptyCensus } from './ages.js';
import { fitChunks, utf8Bytes } from './budget.js';
import { ageCharts, rulesChart } from './charts.js';
import { count } from './count.js';
import { escapeCell, idCell, table } from './markdown.js';
import { reportsSection } from './report-section.js';
import {
  blockedByBreaker,
  blockedPlanned,
  changedOutcomes,
  countsPerRule,
  failedOutcomes,
} from './result.js';
import { SUMMARY_BUDGET_BYTES, renderSummary } from './summary.js';

export interface FleetSummaryContext {
  /** e.g. "Sift triage of 12 repositories" or "Sift: merged results of 4 shards". */
  title: string;
  dryRun: boolean;
  trigger?: string;
  mode?: string;
  notes?: string[];
  budget?: number;
  /** Result files the merge skipped (not valid result files): named first, inert. */
  rejected?: readonly { file: string; problem: string }[];
  /** Dry runs: each repository's report bodies by report id, shown folded where there is room. */
  bodies?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** A repository's own section gets at least this much, or is left for the result file. */
const MIN_SECTION_BYTES = 2048;

export function renderFleetSummary(runs: readonly RepositoryRun[], context: FleetSummaryContext): string {
  const budget = context.budget ?? SUMMARY_BUDGET_BYTES;
  const verb = context.dryRun ? 'would change' : 'changed';
  // Failures first: what needs a human is never the part that is cut.
  const ordered = [...runs].sort((a, b) => Number(runFailed(b)) - Number(runFailed(a)));
  const failedRuns = ordered.filter(runFailed);
  const parts: string[] = [`## ${escapeCell(context.title)}`];
  for (const note of context.notes ?? []) parts.push(`> [!NOTE]\n> ${note}`);
  if (context.rejected && context.rejected.length > 0) parts.push(rejectedFilesWarning(context.rejected));
  if (context.dryRun)
    parts.push('> [!NOTE]\n> Dry run: nothing was changed. The tables show what a real run would do.');
  if (failedRuns.length > 0) {
    parts.push(
      `> [!WARNING]\n> ${failedRuns.length} of ${runs.length} repositor${failedRuns.length === 1 ? 'y needs' : 'ies need'} ` +
        `attention; they are listed first.`,
    );
  }

  const totals = { walked: 0, changed: 0, planned: 0, failed: 0, deferred: 0, reads: 0, writes: 0 };
  const perRule = new Map<string, { changed: number; planned: number; deferred: number }>();
  const census = emptyCensus();
  for (const run of runs) {
    const r = run.result;
    if (!r) continue;
    totals.walked += r.walked;
    totals.changed += changedOutcomes(r).length;
    // A repository the circuit breaker stopped changed nothing: what it planned is counted apart.
    totals.planned += blockedPlanned(r);
    totals.failed += failedOutcomes(r).length;
    totals.deferred += r.deferred.items;
    totals.reads += r.requests.reads;
    totals.writes += r.requests.writes;
    const planned = blockedByBreaker(r) ? countsPerRule(r, true) : new Map<string, number>();
    for (const [rule, n] of countsPerRule(r)) {
      const entry = perRule.get(rule) ?? { changed: 0, planned: 0, deferred: 0 };
      entry.changed += n;
      entry.planned += planned.get(rule) ?? 0;
      entry.deferred += ownValue(r.deferred.rules, rule) ?? 0;
      perRule.set(rule, entry);
    }
    if (r.openByAge) addCensus(census, r.openByAge);
  }
  const blocked = runs.filter((run) => run.result && blockedByBreaker(run.result)).length;
  if (blocked > 0) parts.push(blockedNote(blocked, totals.planned));
  // The planned column only when a repository was stopped: otherwise it would always read 0.
  const plannedColumn = blocked > 0 ? [PLANNED_HEADER] : [];
  parts.push(
    table(
      [
        'Repositories',
        'Not swept',
        'Items walked',
        `Items ${verb}`,
        ...plannedColumn,
        'Failed items',
        'Deferred items',
        'API requests',
      ],
      [
        [
          String(runs.length),
          String(runs.filter((r) => !r.result).length),
          String(totals.walked),
          String(totals.changed),
          ...(blocked > 0 ? [String(totals.planned)] : []),
          String(totals.failed),
          String(totals.deferred),
          `${totals.reads + totals.writes} (${totals.reads} reads, ${totals.writes} writes)`,
        ],
      ],
    ),
  );

  const fixedTail: string[] = [];
  if (perRule.size > 0) {
    fixedTail.push('### Rules, all repositories');
    fixedTail.push(
      table(
        ['Rule', `Items ${verb}`, ...plannedColumn, 'Items deferred'],
        [...perRule].map(([rule, n]) => [
          idCell(rule),
          String(n.changed),
          ...(blocked > 0 ? [String(n.planned)] : []),
          String(n.deferred),
        ]),
      ),
    );
  }
  const charts = [
    ageCharts(census),
    rulesChart(new Map([...perRule].map(([rule, n]) => [rule, n.changed])), verb),
  ].filter(Boolean);
  if (charts.length > 0) fixedTail.push('### Charts', ...charts);

  // The repositories table, one row each, within what the fixed parts leave (a quarter at most of
  // the budget, so the sections below still get room).
  const rows = ordered.map((run) => `| ${repositoryRow(run).join(' | ')} |`);
  const header = table(
    [
      'Repository',
      'Status',
      'Walked',
      `Items ${verb}`,
      'Failed',
      'Deferred',
      'Requests spent',
      'Budget left before',
    ],
    [],
  );
  const fixedBytes = utf8Bytes([...parts, ...fixedTail].join('\n\n')) + utf8Bytes(header) + 512;
  const tableBudget = Math.max(0, Math.min(budget / 4, budget - fixedBytes));
  const fitted = fitChunks(rows, tableBudget);
  parts.push('### Repositories');
  parts.push([header, ...rows.slice(0, fitted.kept)].join('\n'));
  if (fitted.kept < rows.length) {
    parts.push(`and ${rows.length - fitted.kept} more repositories (see the result files)`);
  }
  parts.push(...fixedTail);

  // Each repository's own summary, failures first, while there is room.
  let left = budget - utf8Bytes(parts.join('\n\n') + '\n') - 256;
  let shown = 0;
  for (const [i, run] of ordered.entries()) {
    const share = Math.floor(left / (ordered.length - i));
    if (share < MIN_SECTION_BYTES) break;
    const section = repositorySection(run, context, share);
    const bytes = utf8Bytes(section) + 2;
    if (bytes > left) break;
    parts.push(section);
    left -= bytes;
    shown++;
  }
  if (shown < ordered.length) {
    parts.push(
      `The details of ${ordered.length - shown} more repositor${ordered.length - shown === 1 ? 'y are' : 'ies are'} ` +
        `left out to stay within GitHub's limit on a step summary; the result files have them.`,
    );
  }
  return parts.join('\n\n') + '\n';
}

/** `3 repositories from 2 result files`, `1 repository from 1 result file`: a merge's title. */
export function mergedFrom(repositories: number, files: number): string {
  return `${count(repositories, 'repository', 'repositories')} from ${count(files, 'result file')}`;
}

/** The totals' column for what stopped repositories planned (and did not change). */
const PLANNED_HEADER = 'Items planned, not changed (circuit breaker)';

/** Why the totals count some repositories' plans apart, and what to do about it. */
function blockedNote(blocked: number, planned: number): string {
  return (
    `> [!CAUTION]\n> The circuit breaker stopped ${count(blocked, 'repository', 'repositories')}: ` +
    `${blocked === 1 ? 'it' : 'they'} changed nothing, and the ${count(planned, 'item')} ` +
    `${blocked === 1 ? 'it' : 'they'} planned to change are counted apart ` +
    `("${PLANNED_HEADER}"), not as changed. Each one's section says what stopped it and the one input to change.`
  );
}

/** The skipped files, each with what is wrong with it; every word from a file escaped. */
function rejectedFilesWarning(rejected: readonly { file: string; problem: string }[]): string {
  const n = rejected.length;
  return [
    `> [!WARNING]\n> ${n} result file${n === 1 ? ' was' : 's were'} skipped: not valid result files ` +
      `(their repositories are missing below).`,
    ...rejected.map((r) => `> - ${escapeCell(r.problem)}`),
  ].join('\n');
}

function repositoryRow(run: RepositoryRun): string[] {
  const r = run.result;
  const before = run.budgetBefore
    ? `${run.budgetBefore.remaining} of ${run.budgetBefore.limit} (${run.budgetBefore.kind})`
    : 'unknown';
  if (!r)
    return [
      escapeCell(run.repository),
      `**not swept**: ${escapeCell(run.error ?? '')}`,
      '',
      '',
      '',
      '',
      '',
      before,
    ];
  const status =
    run.error !== undefined
      ? `**failed**: ${escapeCell(run.error)}`
      : r.stop?.reason === 'circuit-breaker'
        ? '**circuit breaker**'
        : failedOutcomes(r).length > 0
          ? '**items failed**'
          : r.stop
            ? `stopped (${r.stop.reason})`
            : 'done';
  const { reads, writes, notModified } = r.requests;
  return [
    escapeCell(run.repository),
    status,
    String(r.walked),
    // A stopped repository changed nothing; what it planned is said beside the 0.
    blockedByBreaker(r) ? `0 (${blockedPlanned(r)} planned)` : String(changedOutcomes(r).length),
    String(failedOutcomes(r).length),
    String(r.deferred.items),
    `${reads + writes} (${reads} reads, ${writes} writes${notModified ? `, ${notModified} free` : ''})` +
      (run.spent?.kind === 'GraphQL points' ? `; ${run.spent.amount} GraphQL points` : ''),
    before,
  ];
}

/** One repository's part: its own summary, or why it was not swept. */
export function repositorySection(run: RepositoryRun, context: FleetSummaryContext, budget: number): string {
  if (!run.result) {
    return `## ${escapeCell(run.repository)}\n\n> [!CAUTION]\n> **Not swept:** ${escapeCell(run.error ?? 'unknown error')}`;
  }
  // A dry run's report bodies go to the summary only: shown when they leave the section room.
  const withBodies = reportsSection(run.reports, context.bodies?.get(run.repository));
  const reports = utf8Bytes(withBodies) <= budget / 2 ? withBodies : reportsSection(run.reports);
  const extras = [ageCharts(run.result.openByAge), reports].filter(Boolean).join('\n\n');
  const summary = renderSummary(run.result, {
    trigger: context.trigger,
    mode: context.mode,
    budget: Math.max(0, budget - utf8Bytes(extras) - 2),
  });
  return extras ? `${summary}\n${extras}` : summary.trimEnd();
}
