/** Scoring a classifier against people's labels: worked out by hand. */
import type { ClassifySpec, ModelAnswer } from '../../src/model/answers.js';
import { predictionOf, scoreClassify, type EvalSample } from '../../src/models/eval.js';

const spec: ClassifySpec = { key: 'kind', into: ['bug', 'feature'], guide: '', minConfidence: 0.8 };
const answered = (choice: string | null, confidence: number): ModelAnswer => ({
  status: 'answered',
  choice,
  confidence,
  cached: false,
});
const sample = (n: number, truth: string, answer: ModelAnswer): EvalSample => ({
  item: { type: 'issue', number: n, title: `#${n}`, url: `https://github.com/o/r/issues/${n}` },
  truth,
  answer,
});

test('accuracy, precision, recall and the confusion table', () => {
  const result = scoreClassify('kind', spec, [
    sample(1, 'bug', answered('bug', 0.9)),
    sample(2, 'bug', answered('bug', 0.95)),
    sample(3, 'bug', answered('feature', 0.9)),
    sample(4, 'bug', answered('bug', 0.7)), // below min-confidence: none
    sample(5, 'feature', answered('feature', 0.85)),
    sample(6, 'feature', answered(null, 0.9)), // none of the choices
    sample(7, 'feature', { status: 'failed', reason: 'timeout' }), // not scored
  ]);
  expect(result).toMatchObject({ evaluated: 6, failed: 1, correct: 3, accuracy: 0.5 });
  expect(result.confusion).toEqual({
    bug: { bug: 2, feature: 1, none: 1 },
    feature: { bug: 0, feature: 1, none: 1 },
  });
  expect(result.labels).toEqual([
    { label: 'bug', support: 4, predicted: 2, correct: 2, precision: 1, recall: 0.5 },
    { label: 'feature', support: 2, predicted: 2, correct: 1, precision: 0.5, recall: 0.5 },
  ]);
});

test('a suggestion rule (max-confidence) predicts only inside its range', () => {
  const suggest = { ...spec, minConfidence: 0.5, maxConfidence: 0.8 };
  expect(predictionOf(suggest, answered('bug', 0.6))).toBe('bug');
  expect(predictionOf(suggest, answered('bug', 0.8))).toBe('none');
  expect(predictionOf(suggest, { status: 'deferred' })).toBeUndefined();
});

test('nothing evaluated: no accuracy, no precision, no recall', () => {
  const result = scoreClassify('kind', spec, []);
  expect(result.accuracy).toBeNull();
  expect(result.labels.map((l) => [l.precision, l.recall])).toEqual([
    [null, null],
    [null, null],
  ]);
});
