/**
 * Conditions a model answers (`classify`, and `similar` from embeddings). The answer is a fact read before the engine evaluates,
 * like an item's timeline: the engine only reads `facts.answers`, so it stays pure and a policy test
 * can pin the answer. An answer that is missing asks for the fact `answers`; one that failed or was
 * deferred (no call left this run) leaves the condition unknown for good: the rule does not fire.
 */
import type {
  ClassifySpec,
  ModelAnswer,
  SimilarAmong,
  SimilarAnswer,
  SimilarCandidate,
  SimilarSpec,
} from '../model/answers.js';
import type { FactName } from '../model/item.js';
import type { Condition, Rule } from '../model/rules.js';
import { COST } from './field-tests.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

export type ModelCondition = Extract<Condition, { kind: 'classify' | 'similar' }>;

const ANSWERS: readonly FactName[] = ['answers'];
const SIMILAR: readonly FactName[] = ['similar'];

/** A label (or issue type) that is the model's choice. */
export const CLASSIFIED = '{{classified}}';

export interface ModelTest {
  test: (p: Projection) => Truth;
  facts: readonly FactName[];
  cost: number;
  missing: (p: Projection, out: Set<FactName>) => void;
}

export function modelTest(cond: ModelCondition): ModelTest {
  if (cond.kind === 'similar') return similarTest(cond.value);
  const spec = cond.value;
  return {
    test: (p) => classifyHolds(spec, answerOf(p, spec.key)),
    facts: ANSWERS,
    // A call to a model costs more than any request: asked for last, only when nothing else decides.
    cost: COST.fact * 10,
    // A failed or deferred answer is final for this run: asking again would not decide it.
    missing: (p, out) => {
      if (answerOf(p, spec.key) === undefined) out.add('answers');
    },
  };
}

function similarTest(spec: SimilarSpec): ModelTest {
  return {
    test: (p) => similarHolds(spec, similarOf(p, spec.among)),
    facts: SIMILAR,
    // Embeddings of the whole candidate set: asked for last, only when nothing else decides.
    cost: COST.fact * 10,
    missing: (p, out) => {
      if (similarOf(p, spec.among) === undefined) out.add('similar');
    },
  };
}

export function similarOf(p: Projection, among: SimilarAmong): SimilarAnswer | undefined {
  return p.facts.similar?.[among];
}

/** The candidates this condition counts: at least `min`, best first, at most `limit`. */
export function similarCandidates(spec: SimilarSpec, answer: SimilarAnswer | undefined): SimilarCandidate[] {
  if (answer === undefined || answer.status !== 'answered') return [];
  return answer.candidates
    .filter((c) => c.score >= spec.min)
    .sort((a, b) => b.score - a.score || a.number - b.number)
    .slice(0, spec.limit);
}

/** Holds when at least one item of `among` is `min` similar; unknown without an answer. */
export function similarHolds(spec: SimilarSpec, answer: SimilarAnswer | undefined): Truth {
  if (answer === undefined || answer.status !== 'answered') return UNKNOWN;
  return similarCandidates(spec, answer).length > 0;
}

/** `#12 0.95, #7 0.91 (item's embedding from the cache)`, or why there is no answer. */
export function describeSimilar(spec: SimilarSpec, answer: SimilarAnswer | undefined): string {
  if (answer === undefined) return 'similar items not computed yet';
  if (answer.status === 'failed') return `no answer: ${answer.reason}`;
  if (answer.status === 'deferred') return 'no answer: max-calls reached, computed on a later run';
  const found = similarCandidates(spec, answer);
  const best = answer.candidates[0];
  const list = found.map((c) => `#${c.number} ${formatConfidence(c.score)}`).join(', ');
  const source = answer.cached ? ', embedding from the cache' : '';
  if (found.length > 0) return `similar: ${list}${source}`;
  const closest = best ? `; closest #${best.number} ${formatConfidence(best.score)}` : '';
  return `no ${spec.among} item scores ${spec.min} or more${closest}${source}`;
}

/** `{{similar}}`: the rule's candidates as links with scores; `{{similar_top}}`: the best as `#N`. */
export function similarValues(
  p: Projection,
  spec: SimilarSpec | undefined,
): { similar: string; similar_top: string } {
  if (spec === undefined) return { similar: '', similar_top: '' };
  const found = similarCandidates(spec, similarOf(p, spec.among));
  const link = (c: SimilarCandidate) =>
    c.url !== undefined && SAFE_URL.test(c.url) ? `[#${c.number}](${c.url})` : `#${c.number}`;
  return {
    similar: found.map((c) => `${link(c)} (${formatConfidence(c.score)})`).join(', '),
    similar_top: found[0] ? `#${found[0].number}` : '',
  };
}

/** A forge's item address as a Markdown link target: http(s), no spaces, brackets or parentheses. */
const SAFE_URL = /^https?:\/\/[^\s()<>[\]]+$/;

export function answerOf(p: Projection, key: string): ModelAnswer | undefined {
  return p.facts.answers?.[key];
}

/** Holds when the model chose one of `into` with confidence in [min, max). */
export function classifyHolds(spec: ClassifySpec, answer: ModelAnswer | undefined): Truth {
  if (answer === undefined || answer.status !== 'answered') return UNKNOWN;
  if (answer.choice === null) return false;
  if (answer.confidence < spec.minConfidence) return false;
  return spec.maxConfidence === undefined || answer.confidence < spec.maxConfidence;
}

/** `kind/bug (confidence 0.92, from the cache)`, or why there is no answer. */
export function describeAnswer(answer: ModelAnswer | undefined): string {
  if (answer === undefined) return 'model not asked yet';
  if (answer.status === 'failed') return `no answer: ${answer.reason}`;
  if (answer.status === 'deferred') return 'no answer: max-calls reached, asked on a later run';
  const source = answer.cached ? ', from the cache' : '';
  const choice = answer.choice ?? 'none of the choices';
  return `model chose ${choice} (confidence ${formatConfidence(answer.confidence)}${source})`;
}

export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

/** The value of `{{classified}}` for a rule: its answer's choice, or empty. */
export function classifiedOf(p: Projection, ruleId: string): { classified: string; confidence: string } {
  const answer = answerOf(p, ruleId);
  if (answer === undefined || answer.status !== 'answered' || answer.choice === null) {
    return { classified: '', confidence: '' };
  }
  return { classified: answer.choice, confidence: formatConfidence(answer.confidence) };
}

/** The rule labels (or types) the item with the model's choice, and has no answer yet. */
export function awaitsChoice(rule: Rule, p: Projection): boolean {
  const answer = answerOf(p, rule.id);
  if (answer !== undefined) return false;
  return rule.then.some(
    (a) =>
      (a.kind === 'label' && a.labels.includes(CLASSIFIED)) ||
      (a.kind === 'issue-type' && a.name === CLASSIFIED),
  );
}
