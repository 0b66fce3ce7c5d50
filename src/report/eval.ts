/**
 * What `sift eval` measured, for a terminal and for the job summary (with a chart): accuracy,
 * precision and recall per label, the confusion table, the calls made and what a sweep would cost.
 * Titles are someone else's text: only item numbers and links appear here, and labels come from the
 * rules file.
 */
import { DUPLICATE_LABEL, type EvalResult, type SimilarEvalResult } from '../pipeline/eval.js';
import { NO_CHOICE } from '../models/eval.js';
import { escapeCell, table } from './markdown.js';
import { mermaidLabel } from './charts.js';
import { itemName } from './describe.js';

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

function range(result: EvalResult): string {
  const below = result.maxConfidence === undefined ? '' : ` and below ${result.maxConfidence}`;
  return `confidence >= ${result.minConfidence}${below}`;
}

function headline(result: EvalResult): string[] {
  return [
    `Rule ${result.rule} on ${result.repository}: ${result.evaluated} labelled items evaluated ` +
      `(newest of ${result.labelled} with exactly one of ${result.into.join(', ')}; ${result.walked} items walked), ${range(result)}.`,
    `Accuracy ${percent(result.accuracy)} (${result.correct} of ${result.evaluated})` +
      `${result.failed > 0 ? `; ${result.failed} got no answer and are not scored` : ''}.`,
    `Calls: ${result.calls} made, ${result.cached} answers from the cache; a sweep of the rule would make up to ` +
      `${result.sweepCalls} more (open items without any of its labels, fewer where its other conditions rule them out).`,
  ];
}

export function renderEvalText(result: EvalResult | SimilarEvalResult): string {
  if ('kind' in result) return similarHeadline(result).join('\n') + '\n';
  const labelWidth = Math.max(5, ...result.into.map((l) => l.length), NO_CHOICE.length);
  const pad = (s: string, n = labelWidth) => s.padEnd(n);
  const lines = [...headline(result), ''];
  lines.push(`${pad('label')}  precision  recall  people  rule`);
  for (const s of result.labels) {
    lines.push(
      `${pad(s.label)}  ${percent(s.precision).padStart(9)}  ${percent(s.recall).padStart(6)}  ${String(s.support).padStart(6)}  ${String(s.predicted).padStart(4)}`,
    );
  }
  const columns = [...result.into, NO_CHOICE];
  lines.push('', 'Confusion (rows: the label people gave; columns: what the rule would have labelled)');
  const width = Math.max(6, ...columns.map((c) => c.length));
  lines.push(`${pad('')}  ${columns.map((c) => c.padStart(width)).join('  ')}`);
  for (const truth of result.into) {
    lines.push(
      `${pad(truth)}  ${columns.map((c) => String(result.confusion[truth][c]).padStart(width)).join('  ')}`,
    );
  }
  return lines.join('\n') + '\n';
}

export function renderEvalSummary(result: EvalResult | SimilarEvalResult): string {
  if ('kind' in result) return renderSimilarSummary(result);
  const columns = [...result.into, NO_CHOICE];
  const parts = [
    `## Sift eval of rule \`${result.rule}\` on ${escapeCell(result.repository)}`,
    headline(result).join('\n\n'),
    table(
      ['Label', 'Precision', 'Recall', 'Labelled by people', 'Labelled by the rule'],
      result.labels.map((s) => [
        `\`${s.label}\``,
        percent(s.precision),
        percent(s.recall),
        String(s.support),
        String(s.predicted),
      ]),
    ),
    '### Confusion',
    'Rows: the label people gave; columns: what the rule would have labelled (`none`: no choice, or outside its confidence range).',
    table(
      ['People \\ rule', ...columns.map((c) => `\`${c}\``)],
      result.into.map((truth) => [`\`${truth}\``, ...columns.map((c) => String(result.confusion[truth][c]))]),
    ),
  ];
  const chart = scoresChart(result);
  if (chart) parts.push(chart);
  if (result.samples.length > 0) {
    parts.push(
      '<details><summary>Every item evaluated</summary>\n\n' +
        table(
          ['Item', 'People', 'Model'],
          result.samples.map((s) => [
            `[${itemName(s.item, result.forge)}](${s.item.url})`,
            `\`${s.truth}\``,
            s.answer.status === 'answered'
              ? `${s.answer.choice ?? NO_CHOICE} ${s.answer.confidence.toFixed(2)}${s.answer.cached ? ' (cache)' : ''}`
              : s.answer.status,
          ]),
        ) +
        '\n\n</details>',
    );
  }
  return parts.join('\n\n') + '\n';
}

/** Precision and recall per label as two bar series (Mermaid xychart), in percent. */
function scoresChart(result: EvalResult): string {
  if (result.evaluated === 0) return '';
  const value = (v: number | null) => (v === null ? 0 : Math.round(v * 1000) / 10);
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidLabel(`Rule ${result.rule}: precision and recall per label (%)`)}`,
    `  x-axis [${result.labels.map((s) => mermaidLabel(s.label)).join(', ')}]`,
    '  y-axis "Percent" 0 --> 100',
    `  bar [${result.labels.map((s) => value(s.precision)).join(', ')}]`,
    `  bar [${result.labels.map((s) => value(s.recall)).join(', ')}]`,
    '```',
    'First bar of each label: precision; second: recall.',
  ].join('\n');
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : percent(part / whole);
}

function similarHeadline(r: SimilarEvalResult): string[] {
  const flagged = r.caught + r.falseMatches;
  return [
    `Rule ${r.rule} on ${r.repository}: ${r.evaluated} items evaluated (the newest issues and pull requests; ` +
      `${r.walked} walked), similarity >= ${r.min} with any item of the same type opened before each.`,
    `Duplicates (closed as duplicate, or closed with the label "${DUPLICATE_LABEL}"): ${r.duplicates} ` +
      `(${r.duplicatesBy.closedAs} by close reason, ${r.duplicatesBy.label} by the label alone); ` +
      `the rule would have caught ${r.caught} (${share(r.caught, r.duplicates)}).`,
    `False matches: ${r.falseMatches} of ${r.others} other items (${share(r.falseMatches, r.others)}); ` +
      `of the ${flagged} it would flag, ${share(r.caught, flagged)} are duplicates.` +
      `${r.failed > 0 ? ` ${r.failed} could not be scored (no embeddings).` : ''}`,
    `Calls: ${r.calls} made, ${r.embedded} items embedded, ${r.cachedEmbeddings} from the cache.`,
  ];
}

function renderSimilarSummary(r: SimilarEvalResult): string {
  const parts = [
    `## Sift eval of rule \`${r.rule}\` on ${escapeCell(r.repository)}`,
    similarHeadline(r).join('\n\n'),
  ];
  if (r.duplicates + r.others > 0) {
    parts.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title ${mermaidLabel(`Rule ${r.rule}: what it would have flagged`)}`,
        '  x-axis ["Duplicates caught", "Duplicates missed", "False matches", "Others left alone"]',
        '  y-axis "Items"',
        `  bar [${r.caught}, ${r.duplicates - r.caught}, ${r.falseMatches}, ${r.others - r.falseMatches}]`,
        '```',
      ].join('\n'),
    );
  }
  const rows = r.samples
    .filter(
      (s) =>
        s.duplicate !== null ||
        (s.answer.status === 'answered' && s.answer.candidates.some((c) => c.score >= r.min)),
    )
    .map((s) => [
      `[${itemName(s.item, r.forge)}](${s.item.url})`,
      s.duplicate === 'closedAs'
        ? 'closed as duplicate'
        : s.duplicate === 'label'
          ? `labelled ${DUPLICATE_LABEL}`
          : '-',
      s.answer.status === 'answered'
        ? s.answer.candidates
            .filter((c) => c.score >= r.min)
            .map((c) => `#${c.number} ${c.score.toFixed(2)}`)
            .join(', ') || '-'
        : s.answer.status,
    ]);
  if (rows.length > 0) {
    parts.push(
      '<details><summary>Duplicates and flagged items</summary>\n\n' +
        table(['Item', 'People', 'Similar (at least min)'], rows) +
        '\n\n</details>',
    );
  }
  return parts.join('\n\n') + '\n';
}
