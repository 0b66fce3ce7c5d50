/** The job summary: what ran, what changed and why, what failed. Markdown, as GitHub renders it. */
import { describeOutcome } from './describe.js';
import { collapsible, escapeCell, table } from './markdown.js';
import { changedOutcomes, countsPerRule, failedOutcomes, type TriageResult } from './result.js';

/** Tables longer than this start folded. */
const OPEN_TABLE_ROWS = 50;

export interface SummaryContext {
  /** What started the run, e.g. the workflow event name `schedule`. */
  trigger?: string;
  /** sweep, event or check. */
  mode?: string;
  /** Said near the top, e.g. why writes were skipped on a fork pull request. */
  notes?: string[];
}

export function renderSummary(result: TriageResult, context: SummaryContext = {}): string {
  const changed = changedOutcomes(result);
  const failed = failedOutcomes(result);
  const verb = result.dryRun ? 'would change' : 'changed';
  const parts: string[] = [`## Sift triage of ${escapeCell(result.repository)}`];

  if (result.stop) parts.push(stopBanner(result));
  for (const note of context.notes ?? []) parts.push(`> [!NOTE]\n> ${note}`);
  if (result.dryRun) {
    parts.push('> [!NOTE]\n> Dry run: nothing was changed. The tables show what a real run would do.');
  }
  if (failed.length > 0) {
    parts.push(
      `> [!WARNING]\n> ${failed.length} item${plural(failed.length)} could not be changed; see Failures below.`,
    );
  }
  parts.push(
    table(
      [
        'Repository',
        'Trigger',
        'Mode',
        'Rules file',
        'Dry run',
        'Items walked',
        `Items ${verb}`,
        'Failed',
        'API requests',
      ],
      [
        [
          escapeCell(result.repository),
          escapeCell(context.trigger ?? 'manual'),
          context.mode ?? 'sweep',
          `\`${result.rulesFile.replace(/`/g, "'")}\``,
          result.dryRun ? 'yes' : 'no',
          String(result.walked),
          String(changed.length),
          String(failed.length),
          requestsCell(result),
        ],
      ],
    ),
  );

  if (result.checks.length > 0) {
    parts.push('### Checks');
    const rows = result.checks.map((c) => [
      c.status === 'passed' ? 'passed' : '**failed**',
      `[#${c.item.number}](${c.item.url})`,
      `\`${c.rule}\``,
      escapeCell(c.message),
    ]);
    parts.push(table(['Status', 'Item', 'Check', 'Message'], rows));
  }

  parts.push('### Rules');
  parts.push(
    table(
      ['Rule', `Items ${verb}`],
      [...countsPerRule(result)].map(([rule, count]) => [`\`${rule}\``, String(count)]),
    ),
  );

  // A stopped run lists what it planned, with each action's status, so the plan is visible.
  const listed = result.stop ? result.outcomes.filter((o) => o.rules.length > 0) : changed;
  parts.push(result.stop ? '### Planned changes' : `### Items ${verb}`);
  if (listed.length === 0) {
    parts.push('No item needed a change.');
  } else {
    const rows = listed.flatMap((o) =>
      o.rules.map((r) => [
        `[#${o.item.number}](${o.item.url})`,
        escapeCell(o.item.title),
        `\`${r.rule}\``,
        r.changes.map((c) => escapeCell(describeOutcome(c))).join('; '),
      ]),
    );
    const body = table(['Item', 'Title', 'Rule', 'Actions'], rows);
    parts.push(rows.length > OPEN_TABLE_ROWS ? collapsible(`${rows.length} changes`, body, false) : body);
  }

  if (result.deferred.items > 0) {
    parts.push('### Deferred to later runs');
    parts.push(
      `${result.deferred.items} item${plural(result.deferred.items)} still need changes ` +
        `(up to ${result.deferred.writes} write requests; about ${result.deferred.runsNeeded} more ` +
        `run${plural(result.deferred.runsNeeded)} at this budget).`,
    );
    parts.push(
      table(
        ['Rule', 'Items deferred'],
        Object.entries(result.deferred.rules).map(([rule, count]) => [`\`${rule}\``, String(count)]),
      ),
    );
  }

  if (failed.length > 0) {
    parts.push('### Failures');
    const rows = failed.map((o) => [
      `[#${o.item.number}](${o.item.url})`,
      escapeCell(o.item.title),
      escapeCell(o.error ?? ''),
    ]);
    const body = table(['Item', 'Title', 'Reason'], rows);
    parts.push(rows.length > OPEN_TABLE_ROWS ? collapsible(`${rows.length} failures`, body, true) : body);
  }
  return parts.join('\n\n') + '\n';
}

const STOP_TITLES = {
  budget: 'Not everything was done: the write budget ran out.',
  'circuit-breaker': 'Nothing was changed: the circuit breaker stopped this run.',
  'rate-limit': 'Not everything was done: the API rate limit ran out.',
} as const;

/** A stopped run says so first, so nobody mistakes it for a complete one. */
function stopBanner(result: TriageResult): string {
  const stop = result.stop!;
  const reset = stop.resetAt ? ` The limit resets at ${stop.resetAt}.` : '';
  return `> [!CAUTION]\n> **${STOP_TITLES[stop.reason]}** ${escapeCell(stop.message)}${reset}`;
}

function requestsCell(result: TriageResult): string {
  const { reads, writes } = result.requests;
  const used = `${reads + writes} (${reads} reads, ${writes} writes)`;
  const q = result.quota;
  return q ? `${used}; ${q.kind} budget left: ${q.remaining} of ${q.limit}, resets ${q.resetAt}` : used;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
