/**
 * `sift eval`'s summary charts read by the real `mermaid` (helpers/mermaid.ts): labels from the rules
 * file (`into`, the rule id) may hold `<`, `#` or quotes, which Mermaid would show escaped or cut; the
 * charts write them as charts.ts's mermaidLabel does, and hold the counts eval measured.
 */
import { mermaidLabel } from '../../src/report/charts.js';
import { renderEvalSummary } from '../../src/report/eval.js';
import type { EvalResult, SimilarEvalResult } from '../../src/pipeline/eval.js';
import { mermaidCharts } from '../helpers/mermaid.js';

const unquoted = (label: string) => mermaidLabel(label).slice(1, -1);

describe('eval charts through mermaid', () => {
  it('classify: precision and recall per label, labels with < # and quotes as written', async () => {
    const into = ['kind/<bug>', 'kind/#1 "feature"'];
    const result: EvalResult = {
      rule: 'kind',
      into,
      minConfidence: 0.8,
      evaluated: 4,
      failed: 0,
      correct: 3,
      accuracy: 0.75,
      labels: [
        { label: into[0], support: 2, predicted: 2, correct: 2, precision: 1, recall: 1 },
        { label: into[1], support: 2, predicted: 1, correct: 1, precision: 1, recall: 0.5 },
      ],
      confusion: {
        [into[0]]: { [into[0]]: 2, [into[1]]: 0, none: 0 },
        [into[1]]: { [into[0]]: 0, [into[1]]: 1, none: 1 },
      },
      samples: [],
      repository: 'acme/app',
      walked: 10,
      labelled: 4,
      calls: 4,
      cached: 0,
      sweepCalls: 0,
    };
    const charts = await mermaidCharts(renderEvalSummary(result));
    expect(charts).toHaveLength(1);
    expect(charts[0].categories).toEqual(into.map(unquoted));
    expect(charts[0].categories[0]).toBe('kind/\u2039bug>');
  });

  it('similar: caught, missed, false matches and the rest', async () => {
    const result: SimilarEvalResult = {
      kind: 'similar',
      rule: 'dupes',
      repository: 'acme/app',
      min: 0.9,
      walked: 20,
      evaluated: 10,
      duplicates: 3,
      duplicatesBy: { closedAs: 2, label: 1 },
      caught: 2,
      others: 7,
      falseMatches: 1,
      failed: 0,
      calls: 1,
      embedded: 10,
      cachedEmbeddings: 0,
      samples: [],
    };
    const [chart] = await mermaidCharts(renderEvalSummary(result));
    expect(chart.title).toBe('Rule dupes: what it would have flagged');
    expect(chart.values).toEqual([2, 1, 1, 6]);
  });
});
