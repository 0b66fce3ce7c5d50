/**
 * `similar` at scale: how long `nearest` takes to compare one item with every earlier item of a
 * corpus of 10,000 embeddings of 1,536 dimensions (text-embedding-3-small's size), and so what a sweep
 * costs in which every open item asks (each compared with the items opened before it: n^2 / 2).
 * Pure CPU, no network. `npx tsx bench/similar.ts [items] [probes]`; figures are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { nearest, unitVector, type EmbeddedItem } from '../src/models/similar.js';
import { seededRandom } from '../__tests__/helpers/random.js';

const DIMS = 1536;
const items = Number(process.argv[2] ?? 10_000);
const probes = Number(process.argv[3] ?? 50);

const random = seededRandom(10_000);
const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
const vectors = Array.from({ length: items }, () =>
  Float32Array.from({ length: DIMS }, () => random() - 0.5),
);
const started = performance.now();
const corpus: EmbeddedItem[] = vectors.map((v, k) => ({
  type: 'issue',
  number: k + 1,
  title: `#${k + 1}`,
  url: `u/${k + 1}`,
  openedAt: Date.parse(at(k + 1)),
  unit: unitVector(v),
}));
const prepareMs = performance.now() - started;

// The newest items: each is compared with (almost) the whole corpus.
const t0 = performance.now();
for (let k = 0; k < probes; k++) {
  const n = items - k;
  nearest({ type: 'issue', number: n, createdAt: at(n) }, corpus[n - 1].unit, corpus, { min: 0.9, limit: 3 });
}
const perItemMs = (performance.now() - t0) / probes;
console.log(
  JSON.stringify({
    items,
    dims: DIMS,
    prepareCorpusMs: Math.round(prepareMs),
    msPerItemAgainstAll: +perItemMs.toFixed(2),
    sweepEveryItemSeconds: +((perItemMs * items) / 2 / 1000).toFixed(1),
    load: +loadavg()[0].toFixed(1),
  }),
);
