/**
 * Conditions a model answers (`classify`). The answer is a fact read before the engine evaluates,
 * like an item's timeline: the engine only reads `facts.answers`, so it stays pure and a policy test
 * can pin the answer. An answer that is missing asks for the fact `answers`; one that failed or was
 * deferred (no call left this run) leaves the condition unknown for good: the rule does not fire.
 */
import type { ClassifySpec, ModelAnswer } from '../model/answers.js';
import type { FactName } from '../model/item.js';
import type { Condition, Rule } from '../model/rules.js';
import { COST } from './field-tests.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

export type ModelCondition = Extract<Condition, { kind: 'classify' }>;

const ANSWERS: readonly FactName[] = ['answers'];

/** A label (or issue type) that is the model's choice. */
export const CLASSIFIED = '{{classified}}';

export interface ModelTest {
  test: (p: Projection) => Truth;
  facts: readonly FactName[];
  cost: number;
  missing: (p: Projection, out: Set<FactName>) => void;
}

export function modelTest(cond: ModelCondition): ModelTest {
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
