/** The job summary: what ran, what changed and why, what failed. Markdown, as GitHub renders it. */
import { breakerLine } from '../pipeline/safety.js';
import { fitChunks, utf8Bytes } from './budget.js';
import { describeOutcome, itemName } from './describe.js';
import { collapsible, escapeCell, idCell, table } from './markdown.js';
import { renderModelSection } from './models.js';
import {
  blockedByBreaker,
  changedOutcomes,
  countsPerRule,
  failedOutcomes,
  plannedOutcomes,
  type TriageResult,
} from './result.js';

/** Tables longer than this start folded. */
const OPEN_TABLE_ROWS = 50;

/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes), and then shows none of it. A summary
 * stays within 900 KiB (921,600 bytes, UTF-8): the totals, the per-rule tables, banners and notes are
 * always written, and the row tables (checks, items, failures) get what is left, row by row, until it
 * is used up; then a line says how many were left out. The last 124 KiB below 1 MiB are margin: GitHub
 * does not document how exactly it counts, and a step may append more to its summary.
 */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

/** Bytes set aside for each row table's heading, folding and "and N more" line. */
const TABLE_OVERHEAD_BYTES = 512;

export interface SummaryContext {
  /** What started the run, e.g. the workflow event name `schedule`. */
  trigger?: string;
  /** sweep, event or check. */
  mode?: string;
  /** Said near the top, e.g. why writes were skipped on a fork pull request. */
  notes?: string[];
  /** Bytes (UTF-8) the whole summary may take; SUMMARY_BUDGET_BYTES unless a test says otherwise. */
  budget?: number;
}

/** A row table whose rows are written only as far as the budget goes; `unit` names what N counts. */
interface RowTable {
  header: string[];
  /** Rows in groups that are kept or dropped together (one item's rows). */
  groups: string[][][];
  /** Plural noun for the "and N more" line: items, checks, failures. */
  unit: string;
  /** Where the rows left out can be found. */
  seeAlso: string;
  /** Title of the fold when the table is long; gets the row count. */
  fold?: { noun: string; open: boolean };
}

export function renderSummary(result: TriageResult, context: SummaryContext = {}): string {
  const blocked = blockedByBreaker(result);
  // A run the circuit breaker stopped counts what it planned (nothing was changed; the banner says so).
  const changed = blocked ? plannedOutcomes(result) : changedOutcomes(result);
  const failed = failedOutcomes(result);
  const verb = summaryVerb(result);
  const parts: string[] = [`## Sift triage of ${escapeCell(result.repository)}`];

  if (result.stop) parts.push(stopBanner(result));
  for (const note of context.notes ?? []) parts.push(`> [!NOTE]\n> ${note}`);
  if (result.dryRun && !blocked) {
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
          idCell(result.rulesFile),
          result.dryRun ? 'yes' : 'no',
          String(result.walked),
          String(changed.length),
          String(failed.length),
          requestsCell(result),
        ],
      ],
    ),
  );

  // Row tables are rendered last, within what the rest leaves of the budget: placeholders for now.
  const tables = new Map<number, RowTable>();
  const placeholder = (t: RowTable) => (tables.set(parts.length, t), parts.push(''));

  if (result.checks.length > 0) {
    parts.push('### Checks');
    placeholder({
      header: ['Status', 'Item', 'Check', 'Message'],
      groups: result.checks.map((c) => [
        [
          c.status === 'passed' ? 'passed' : '**failed**',
          `[${itemName(c.item, result.forge)}](${c.item.url})`,
          idCell(c.rule),
          escapeCell(c.message),
        ],
      ]),
      unit: 'checks',
      seeAlso: 'the `checks` output',
    });
  }

  const commands = commandRows(result);
  if (commands.length > 0) {
    parts.push('### Commands');
    placeholder({
      header: ['Item', 'Asked by', 'Command', 'Outcome'],
      groups: commands,
      unit: 'commands',
      seeAlso: 'the `plan-file` output / --json',
      fold: { noun: 'commands', open: true },
    });
  }

  parts.push('### Rules');
  parts.push(
    table(
      ['Rule', `Items ${verb}`],
      [...countsPerRule(result, true)].map(([rule, count]) => [idCell(rule), String(count)]),
    ),
  );

  if (result.models) parts.push(renderModelSection(result.models, result.forge));

  // A stopped run lists what it planned, with each action's status, so the plan is visible.
  const listed = result.stop ? result.outcomes.filter((o) => o.rules.length > 0) : changed;
  parts.push(result.stop ? '### Planned changes' : `### Items ${verb}`);
  if (listed.length === 0) {
    parts.push('No item needed a change.');
  } else {
    placeholder({
      header: ['Item', 'Title', 'Rule', 'Actions'],
      groups: listed.map((o) =>
        o.rules.map((r) => [
          `[${itemName(o.item, result.forge)}](${o.item.url})`,
          escapeCell(o.item.title),
          idCell(r.rule),
          r.changes.map((c) => escapeCell(describeOutcome(c))).join('; '),
        ]),
      ),
      unit: 'items',
      seeAlso: 'the `plan-file` output / --json',
      fold: { noun: 'changes', open: false },
    });
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
        Object.entries(result.deferred.rules).map(([rule, count]) => [idCell(rule), String(count)]),
      ),
    );
  }

  if (failed.length > 0) {
    parts.push('### Failures');
    placeholder({
      header: ['Item', 'Title', 'Reason'],
      groups: failed.map((o) => [
        [
          `[${itemName(o.item, result.forge)}](${o.item.url})`,
          escapeCell(o.item.title),
          escapeCell(o.error ?? ''),
        ],
      ]),
      unit: 'failures',
      seeAlso: 'the `plan-file` output / --json',
      fold: { noun: 'failures', open: true },
    });
  }

  // Failures first, then checks, then items: what needs a human gets the budget before the rest.
  const budget = context.budget ?? SUMMARY_BUDGET_BYTES;
  let left = budget - utf8Bytes(parts.join('\n\n') + '\n') - tables.size * TABLE_OVERHEAD_BYTES;
  const order = [...tables.keys()].sort((a, b) => priority(tables.get(a)!) - priority(tables.get(b)!));
  for (const index of order) {
    const rendered = renderRowTable(tables.get(index)!, left);
    parts[index] = rendered.text;
    left -= rendered.bytes;
  }
  return parts.join('\n\n') + '\n';
}

function priority(t: RowTable): number {
  return ['failures', 'commands', 'checks', 'items'].indexOf(t.unit);
}

/** Who asked what in a comment, and what came of it: one group per command. */
function commandRows(result: TriageResult): string[][][] {
  return result.outcomes.flatMap((o) =>
    o.rules.flatMap((r) => {
      if (!r.command || r.command.line === '') return [];
      return [
        [
          [
            `[${itemName(o.item, result.forge)}](${o.item.url})`,
            escapeCell(r.command.by),
            escapeCell(r.command.line),
            escapeCell(commandOutcome(r)),
          ],
        ],
      ];
    }),
  );
}

function commandOutcome(r: TriageResult['outcomes'][number]['rules'][number]): string {
  if (r.command?.refused !== undefined) return `refused: ${r.command.refused}`;
  const statuses = new Set(r.changes.map((c) => c.status));
  if (statuses.size === 0) return 'done (nothing to change)';
  if (statuses.size === 1 && statuses.has('applied')) return 'done';
  if (statuses.size === 1 && statuses.has('dry-run')) return 'would run (dry run)';
  return r.changes.map((c) => describeOutcome(c)).join('; ');
}

/** The table with the groups of rows that fit in `budget` bytes, then "and N more ..." if some did not. */
function renderRowTable(t: RowTable, budget: number): { text: string; bytes: number } {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const head = table(t.header, []);
  const chunks = t.groups.map((rows) => rows.map(line).join('\n'));
  const { kept } = fitChunks(chunks, Math.max(0, budget - utf8Bytes(head) - 1));
  const rows = t.groups.slice(0, kept).flat();
  let text: string;
  if (kept === 0) text = '';
  else {
    const body = table(t.header, rows);
    text =
      t.fold && rows.length > OPEN_TABLE_ROWS
        ? collapsible(`${rows.length} ${t.fold.noun}`, body, t.fold.open)
        : body;
  }
  const omitted = t.groups.length - kept;
  if (omitted > 0) {
    const more = `and ${omitted} more ${t.unit} (see ${t.seeAlso})`;
    text = kept === 0 ? more : `${text}\n\n${more}`;
  }
  return { text, bytes: utf8Bytes(text) };
}

const STOP_TITLES = {
  budget: 'Not everything was done: the write budget ran out.',
  'circuit-breaker': 'Nothing was changed: the circuit breaker stopped this run.',
  'rate-limit': 'Not everything was done: the API rate limit ran out.',
} as const;

/** How the tables name the items counted: a circuit-breaker stop counts what the run planned. */
export function summaryVerb(result: TriageResult): string {
  if (blockedByBreaker(result)) return 'planned to change';
  return result.dryRun ? 'would change' : 'changed';
}

/** A stopped run says so first, so nobody mistakes it for a complete one. */
function stopBanner(result: TriageResult): string {
  const stop = result.stop!;
  if (stop.breaker) {
    // One line: what stopped the run and the one input to change; then that nothing was written.
    const dry = result.dryRun ? ' (This was a dry run; a real run would stop the same way.)' : '';
    return (
      `> [!CAUTION]\n> **${STOP_TITLES[stop.reason]}** The tables show what this run planned.${dry}\n>\n` +
      `> ${escapeCell(breakerLine(stop.breaker))}`
    );
  }
  const reset = stop.resetAt ? ` The limit resets at ${escapeCell(stop.resetAt)}.` : '';
  return `> [!CAUTION]\n> **${STOP_TITLES[stop.reason]}** ${escapeCell(stop.message)}${reset}`;
}

function requestsCell(result: TriageResult): string {
  const { reads, writes, notModified } = result.requests;
  const free = notModified ? `; ${notModified} not modified, free` : '';
  const used = `${reads + writes} (${reads} reads, ${writes} writes${free})`;
  const q = result.quota;
  return q ? `${used}; ${q.kind} budget left: ${q.remaining} of ${q.limit}, resets ${q.resetAt}` : used;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
