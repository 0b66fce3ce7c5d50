/**
 * `nearest`, the loop `similar` spends its time in: scores are the cosine similarity of the two
 * embeddings (computed here the plain way, in doubles, for comparison), only earlier items of the same
 * type count, and vectors of another length or all zeros score nothing.
 */
import { nearest, unitVector, type EmbeddedItem } from '../../src/models/similar.js';
import { seededRandom } from '../helpers/random.js';

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : Math.min(1, Math.max(0, dot / Math.sqrt(na * nb)));
}

const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();

function embedded(number: number, vector: Float32Array, type: EmbeddedItem['type'] = 'issue'): EmbeddedItem {
  return {
    type,
    number,
    title: `#${number}`,
    url: `u/${number}`,
    openedAt: Date.parse(at(number)),
    unit: unitVector(vector),
  };
}

// 1,537 dimensions: not a multiple of four, so the loop's remainder is exercised too.
const DIMS = 1537;

test('scores are the cosine similarity of the embeddings, best first, within min and limit', () => {
  const random = seededRandom(22);
  // Positive components, as real embeddings of texts in one repository mostly agree in sign: the scores
  // spread over [0.7, 1], so `min` has something to cut.
  const base = Float32Array.from({ length: DIMS }, () => random());
  const vectors = Array.from({ length: 40 }, (_, k) =>
    Float32Array.from(base, (x) => x * (1 - k / 60) + random() * (k / 40)),
  );
  const corpus = vectors.map((v, k) => embedded(k + 1, v));
  const last = vectors[vectors.length - 1];
  const expected = vectors
    .slice(0, -1)
    .map((v, k) => ({ number: k + 1, score: cosine(last, v) }))
    .filter((c) => c.score >= 0.8)
    .sort((a, b) => b.score - a.score);
  expect(expected.length).toBeGreaterThan(3);
  const found = nearest({ type: 'issue', number: 40, createdAt: at(40) }, unitVector(last), corpus, {
    min: 0.8,
    limit: 100,
  });
  expect(found.map((c) => c.number)).toEqual(expected.map((c) => c.number));
  found.forEach((c, i) => expect(Math.abs(c.score - expected[i].score)).toBeLessThan(1e-6));
  const top = nearest({ type: 'issue', number: 40, createdAt: at(40) }, unitVector(last), corpus, {
    min: 0.8,
    limit: 2,
  });
  expect(top.map((c) => c.number)).toEqual(expected.slice(0, 2).map((c) => c.number));
});

test('only earlier items of the same type; identical texts score 1; other lengths and zeros score 0', () => {
  const v = Float32Array.from({ length: DIMS }, (_, i) => (i % 7) + 1);
  const corpus = [
    embedded(1, v),
    embedded(2, v, 'pull_request'),
    embedded(
      3,
      Float32Array.from({ length: 8 }, () => 1),
    ),
    embedded(4, new Float32Array(DIMS)),
    embedded(6, v), // opened after the item asking
  ];
  const found = nearest({ type: 'issue', number: 5, createdAt: at(5) }, unitVector(v), corpus, {
    min: 0,
    limit: 10,
  });
  expect(found.map((c) => [c.number, c.score])).toEqual([
    [1, 1],
    [4, 0],
  ]);
});
