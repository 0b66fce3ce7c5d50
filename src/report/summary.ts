/** The job summary: what ran, what changed and why, what failed. Markdown, as GitHub renders it. */
import { describeOutcome } from './describe.js';
import { collapsible, escapeCell, table } from './markdown.js';
import { changedOutcomes, countsPerRule, failedOutcomes, type TriageResult } from './result.js';

/** Tables longer than this start folded. */
const OPEN_TABLE_ROWS = 50;

export interface SummaryContext {
  /** What started the run, e.g. the workflow event name `schedule`. */
  trigger?: string;
}

export function renderSummary(result: TriageResult, context: SummaryContext = {}): string {
  const changed = changedOutcomes(result);
  const failed = failedOutcomes(result);
  const verb = result.dryRun ? 'would change' : 'changed';
  const parts: string[] = [`## Sift triage of ${escapeCell(result.repository)}`];

  if (result.dryRun)
    parts.push('> [!NOTE]\n> Dry run: nothing was changed. The tables show what a real run would do.');
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
          `\`${result.rulesFile.replace(/`/g, "'")}\``,
          result.dryRun ? 'yes' : 'no',
          String(result.walked),
          String(changed.length),
          String(failed.length),
          `${result.requests.reads + result.requests.writes} (${result.requests.reads} reads, ${result.requests.writes} writes)`,
        ],
      ],
    ),
  );

  parts.push('### Rules');
  parts.push(
    table(
      ['Rule', `Items ${verb}`],
      [...countsPerRule(result)].map(([rule, count]) => [`\`${rule}\``, String(count)]),
    ),
  );

  parts.push(`### Items ${verb}`);
  if (changed.length === 0) {
    parts.push('No item needed a change.');
  } else {
    const rows = changed.flatMap((o) =>
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

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
