/**
 * The answer cache does not grow forever: a save keeps what the run used, and the entries no run used
 * for KEEP_UNUSED_DAYS (an item deleted, edited or out of scope) are left out, within MAX_ENTRIES. The
 * runs go through the whole pipeline (memory provider, classify against the OpenAI-compatible emulator
 * on loopback) and the cache through its file on disk, as the Action and the CLI keep it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRules } from '../../src/config/index.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';
import {
  AnswerCache,
  KEEP_UNUSED_DAYS,
  MAX_ENTRIES,
  parseAnswerCache,
  type AnswerCacheSnapshot,
} from '../../src/models/cache.js';
import { createModelAnswerer } from '../../src/models/index.js';
import { loadModelCache, saveModelCache } from '../../src/node/model-cache-file.js';
import { triage } from '../../src/pipeline/triage.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';

const DAY = 86_400_000;
const START = new Date('2026-06-01T00:00:00Z');
const RULES = parseRules(
  `version: 1
models:
  max-calls: 50
rules:
  - id: kind
    when:
      type: issue
      labels: { none: ['kind/*'] }
      classify:
        into: [kind/bug, kind/feature]
        min-confidence: 0.8
    then:
      - label: '{{classified}}'
`,
  'sift.yml',
);

let ai: ModelEmulator;
let dir: string;
beforeEach(async () => {
  ai = await startModelEmulator({ token: 'key' });
  dir = mkdtempSync(join(tmpdir(), 'sift-answer-cache-'));
});
afterEach(async () => {
  await ai.close();
  rmSync(dir, { recursive: true, force: true });
});

const ITEMS = [
  { number: 1, title: 'Crash on start', body: 'It crashes.' },
  { number: 2, title: 'Dark mode', body: 'A dark theme, please.' },
  { number: 3, title: 'Spam', body: 'Buy now.' },
];

/** One dry run over `numbers` on day `now`, its cache loaded from and saved to `dir`. */
async function runOn(numbers: number[], now: Date) {
  const loaded = await loadModelCache(dir, 'octo/app');
  expect(loaded.problem).toBeUndefined();
  const provider = new MemoryProvider(
    ITEMS.filter((i) => numbers.includes(i.number)).map((i) => memoryItem(i)),
    { repository: 'octo/app', now: () => now },
  );
  const models = createModelAnswerer(RULES.models!, {
    token: 'key',
    baseUrl: ai.url,
    cache: loaded.cache,
    sleep: () => Promise.resolve(),
  });
  const result = await triage({ provider, rules: RULES, now, dryRun: true, models, maxChangeRatio: 1 });
  const { kept } = await saveModelCache(loaded.path, loaded.cache, now);
  const file = JSON.parse(readFileSync(loaded.path, 'utf8')) as AnswerCacheSnapshot;
  return { calls: result.models!.calls, kept, file };
}

test('the answer for an item that no longer exists is dropped a month after its last use', async () => {
  ai.classify = () => ({ choice: 'kind/bug', confidence: 0.95 });
  const first = await runOn([1, 2, 3], START);
  expect([first.calls, first.kept]).toEqual([3, 3]);
  expect(Object.values(first.file.usedOn!)).toEqual(['2026-06-01', '2026-06-01', '2026-06-01']);

  // Item 3 is deleted. The next day's sweep reads 1 and 2 from the cache; 3's answer is kept a while
  // (an event run reading one item must not drop the sweep's answers either).
  const next = await runOn([1, 2], new Date(START.getTime() + DAY));
  expect([next.calls, next.kept]).toEqual([0, 3]);
  const event = await runOn([1], new Date(START.getTime() + 2 * DAY));
  expect([event.calls, event.kept]).toEqual([0, 3]);

  // KEEP_UNUSED_DAYS after item 3 was last used, the sweep keeps only what it used.
  const later = await runOn([1, 2], new Date(START.getTime() + (1 + KEEP_UNUSED_DAYS) * DAY));
  expect([later.calls, later.kept]).toEqual([0, 2]);
  expect(Object.keys(later.file.answers)).toEqual(Object.keys(later.file.usedOn!));
  const dropped = Object.keys(first.file.answers).filter((key) => !(key in later.file.answers));
  expect(dropped).toHaveLength(1);
  expect(first.file.usedOn![dropped[0]]).toBe('2026-06-01');

  // Item 3 back (restored, say): asked again, one call.
  const back = await runOn([1, 2, 3], new Date(START.getTime() + (2 + KEEP_UNUSED_DAYS) * DAY));
  expect([back.calls, back.kept]).toEqual([1, 3]);
});

test('at most MAX_ENTRIES are kept: what the run used, then the most recently used others', () => {
  const answers: AnswerCacheSnapshot['answers'] = {};
  const usedOn: Record<string, string> = {};
  for (let k = 0; k < MAX_ENTRIES + 10; k++) {
    answers[`key-${k}`] = { choice: null, confidence: 0.5 };
    // key-0 .. key-9 were used 20 days ago, the rest 10 days ago.
    usedOn[`key-${k}`] = k < 10 ? '2026-05-12' : '2026-05-22';
  }
  const cache = new AnswerCache(parseAnswerCache({ version: 1, answers, usedOn }));
  // This run uses two of the older ones.
  expect(cache.get('key-0')).toBeDefined();
  expect(cache.get('key-1')).toBeDefined();
  const snapshot = cache.snapshot(START);
  const kept = Object.keys(snapshot.answers);
  expect(kept).toHaveLength(MAX_ENTRIES);
  expect(kept.slice(0, 2)).toEqual(['key-0', 'key-1']);
  // Of the other old ones none fits; every newer one does.
  expect(kept.filter((key) => usedOn[key] === '2026-05-12')).toEqual(['key-0', 'key-1']);
  expect(snapshot.usedOn!['key-0']).toBe('2026-06-01');
  expect(snapshot.usedOn!['key-10']).toBe('2026-05-22');
});

test('a cache written before usedOn keeps its entries, dated the day of the save', () => {
  const cache = new AnswerCache(
    parseAnswerCache({ version: 1, answers: { a: { choice: 'kind/bug', confidence: 0.9 } } }),
  );
  const snapshot = cache.snapshot(START);
  expect(snapshot).toEqual({
    version: 1,
    answers: { a: { choice: 'kind/bug', confidence: 0.9 } },
    usedOn: { a: '2026-06-01' },
  });
  // Malformed days are not taken.
  expect(
    parseAnswerCache({
      version: 1,
      answers: { a: { choice: null, confidence: 1 } },
      usedOn: { a: 'soon', b: '2026-01-01' },
    }),
  ).toEqual({ version: 1, answers: { a: { choice: null, confidence: 1 } } });
});
