/**
 * The models part of a run's report: calls made and left, answers from the cache, failures by kind
 * (each leaves its rule undecided: it did not fire) and every answer with its confidence and source.
 * Item titles are someone else's text: escaped in tables. The model's own words are never shown,
 * only its choice (one of the rule's `into`) and a number.
 */
import type { ModelAnswer, SimilarAnswer } from '../model/answers.js';
import type { AnswerRecord, ModelReport } from '../models/answerer.js';
import { itemName, type Forge } from './describe.js';
import { escapeCell, idCell, table } from './markdown.js';

/** Answers listed in the summary at most; the rest are counted. */
const MAX_ROWS = 200;

const FAILURE_NAMES: Record<string, string> = {
  'too-large': '413 too large',
  'rate-limited': '429 rate limited',
  gone: '410 model retired',
  server: '5xx server error',
  timeout: 'timeout',
  malformed: 'malformed answer',
  refused: 'refused (401/403/404)',
  network: 'network error',
};

/** One line: `3 calls of 50, 2 from the cache, 1 deferred; failures: 429 rate limited 1`. */
export function modelTotals(report: ModelReport): string {
  const failures = Object.entries(report.failures)
    .map(([kind, n]) => `${FAILURE_NAMES[kind] ?? kind} ${n}`)
    .join(', ');
  return (
    `${report.calls} call${report.calls === 1 ? '' : 's'} to ${report.model} on ${report.endpoint} ` +
    `(max-calls ${report.maxCalls}), ${report.cached} answer${report.cached === 1 ? '' : 's'} from the cache` +
    `${report.deferred > 0 ? `, ${report.deferred} question${report.deferred === 1 ? '' : 's'} deferred to the next run` : ''}` +
    `${failures ? `; failed: ${failures}` : ''}`
  );
}

/**
 * `kind/bug 0.92 (cache)`, `none 0.30`, `similar #12 0.95, #7 0.91 (cache)`, `no similar items`,
 * `failed: 429 ...`, `deferred`.
 */
export function describeModelAnswer(answer: ModelAnswer | SimilarAnswer): string {
  if (answer.status === 'deferred') return 'deferred (max-calls or rate limit): asked on a later run';
  if (answer.status === 'failed') return `no answer (${answer.reason}): rule not fired`;
  const cached = answer.cached ? ' (cache)' : '';
  if ('candidates' in answer) {
    const found = answer.candidates.map((c) => `#${c.number} ${c.score.toFixed(2)}`).join(', ');
    return `${found ? `similar ${found}` : 'no similar items'}${cached}`;
  }
  return `${answer.choice ?? 'none'} ${answer.confidence.toFixed(2)}${cached}`;
}

/** `1 embeddings call to openai/text-embedding-3-small: 40 items embedded, 12 from the cache`. */
export function embeddingTotals(report: ModelReport): string | undefined {
  const e = report.embeddings;
  if (e === undefined) return undefined;
  return (
    `${e.calls} embeddings call${e.calls === 1 ? '' : 's'} to ${e.model} (counted in the calls): ` +
    `${e.embedded} item${e.embedded === 1 ? '' : 's'} embedded, ${e.cached} from the cache`
  );
}

export function renderModelSection(report: ModelReport, forge?: Forge): string {
  const embeddings = embeddingTotals(report);
  const parts = [
    '### Models',
    escapeCell(modelTotals(report)) + '.' + (embeddings ? ` ${escapeCell(embeddings)}.` : ''),
  ];
  const failed = report.answers.filter((a) => a.answer.status !== 'answered').length;
  if (failed > 0) {
    parts.push(
      `> [!NOTE]\n> ${failed} question${failed === 1 ? '' : 's'} got no answer: those rules did not fire, ` +
        'and the run went on. They are asked again on the next run.',
    );
  }
  if (report.answers.length > 0) {
    const rows = report.answers.slice(0, MAX_ROWS).map((record) => answerRow(record, forge));
    parts.push(table(['Item', 'Title', 'Rule', 'Answer'], rows));
    if (report.answers.length > MAX_ROWS) parts.push(`And ${report.answers.length - MAX_ROWS} more answers.`);
  }
  return parts.join('\n\n');
}

export function modelTextLines(report: ModelReport, forge?: Forge): string[] {
  return [
    `Models: ${modelTotals(report)}.`,
    ...(report.embeddings ? [`  ${embeddingTotals(report)}.`] : []),
    ...report.answers.map((r) => `  ${itemName(r.item, forge)} [${r.rule}] ${describeModelAnswer(r.answer)}`),
  ];
}

function answerRow(record: AnswerRecord, forge?: Forge): string[] {
  return [
    `[${itemName(record.item, forge)}](${record.item.url})`,
    escapeCell(record.item.title),
    idCell(record.rule),
    escapeCell(describeModelAnswer(record.answer)),
  ];
}
