/**
 * How well a `classify` rule would have done on items people already labelled: accuracy, precision and
 * recall per label and a confusion table, from pairs of (the label people chose, the model's answer).
 * Pure: the walk and the calls are the pipeline's (src/pipeline/eval.ts).
 */
import type { ClassifySpec, ModelAnswer } from '../model/answers.js';
import type { ItemRef } from '../model/plan.js';
import { classifyHolds } from '../engine/model-tests.js';

/** What the rule would have labelled: a choice, or `none` (no choice, or outside its confidence range). */
export const NO_CHOICE = 'none';

export interface EvalSample {
  item: ItemRef;
  /** The label people gave it (one of `into`). */
  truth: string;
  answer: ModelAnswer;
}

export interface LabelScore {
  label: string;
  /** Items people gave this label. */
  support: number;
  /** Items the rule would have given it. */
  predicted: number;
  correct: number;
  /** Of those the rule would have labelled so, the share people labelled so too (null: none predicted). */
  precision: number | null;
  /** Of those people labelled so, the share the rule would have found (null: none in the sample). */
  recall: number | null;
}

export interface ClassifyEvaluation {
  rule: string;
  into: string[];
  minConfidence: number;
  maxConfidence?: number;
  /** Items evaluated (answered); `failed`: asked but no answer (not scored). */
  evaluated: number;
  failed: number;
  /** The rule's choice matched the people's label. */
  correct: number;
  /** correct / evaluated (null when nothing was evaluated). */
  accuracy: number | null;
  labels: LabelScore[];
  /** confusion[truth][predicted] = items; predicted includes `none`. */
  confusion: Record<string, Record<string, number>>;
  samples: EvalSample[];
}

export function scoreClassify(
  rule: string,
  spec: ClassifySpec,
  samples: readonly EvalSample[],
): ClassifyEvaluation {
  const columns = [...spec.into, NO_CHOICE];
  const confusion: Record<string, Record<string, number>> = {};
  for (const truth of spec.into) confusion[truth] = Object.fromEntries(columns.map((c) => [c, 0]));
  let evaluated = 0;
  let failed = 0;
  let correct = 0;
  for (const sample of samples) {
    const predicted = predictionOf(spec, sample.answer);
    if (predicted === undefined) {
      failed++;
      continue;
    }
    evaluated++;
    if (predicted === sample.truth) correct++;
    confusion[sample.truth][predicted]++;
  }
  const labels = spec.into.map((label): LabelScore => {
    const support = columns.reduce((n, c) => n + confusion[label][c], 0);
    const predicted = spec.into.reduce((n, truth) => n + confusion[truth][label], 0);
    const hits = confusion[label][label];
    return {
      label,
      support,
      predicted,
      correct: hits,
      precision: predicted === 0 ? null : hits / predicted,
      recall: support === 0 ? null : hits / support,
    };
  });
  return {
    rule,
    into: [...spec.into],
    minConfidence: spec.minConfidence,
    ...(spec.maxConfidence !== undefined ? { maxConfidence: spec.maxConfidence } : {}),
    evaluated,
    failed,
    correct,
    accuracy: evaluated === 0 ? null : correct / evaluated,
    labels,
    confusion,
    samples: [...samples],
  };
}

/** The rule's label for this answer, `none`, or undefined when there was no answer to score. */
export function predictionOf(spec: ClassifySpec, answer: ModelAnswer): string | undefined {
  if (answer.status !== 'answered') return undefined;
  return classifyHolds(spec, answer) === true && answer.choice !== null ? answer.choice : NO_CHOICE;
}
