/**
 * `similar` through the whole pipeline (config -> provider -> embeddings -> engine -> executor) over
 * the in-memory provider, with a real model client talking to the OpenAI-compatible emulator on
 * loopback. The emulator's embeddings are bags of words: texts sharing their words score high.
 */
import { parseRules } from '../../src/config/index.js';
import { AnswerCache, createModelAnswerer } from '../../src/models/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { explainItem } from '../../src/pipeline/explain.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { renderSummary } from '../../src/report/index.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let ai: ModelEmulator;

beforeEach(async () => {
  ai = await startModelEmulator({ token: 'key' });
});
afterEach(() => ai.close());

const RULES = `
version: 1
models:
  max-calls: MAX
rules:
  - id: possible-duplicate
    when:
      type: issue
      labels: { none: [possible-duplicate] }
      similar: { min: 0.9, among: open, limit: 3 }
    then:
      - label: possible-duplicate
      - comment: 'This may be a duplicate of {{similar}}. Best: {{similar_top}}.'
`;

function repo(extra: Parameters<typeof memoryItem>[0][] = []): MemoryProvider {
  return new MemoryProvider(
    [
      memoryItem({
        number: 1,
        title: 'App crashes when saving a file',
        body: 'Saving a large file crashes the app.',
        createdAt: '2026-01-01T00:00:00Z',
      }),
      memoryItem({
        number: 2,
        title: 'Add a dark mode',
        body: 'Please add a dark theme.',
        createdAt: '2026-01-02T00:00:00Z',
      }),
      memoryItem({
        number: 3,
        title: 'App crashes when saving a file',
        body: 'Saving a large file crashes the app!',
        createdAt: '2026-02-01T00:00:00Z',
      }),
      memoryItem({
        number: 4,
        type: 'pull_request',
        title: 'App crashes when saving a file',
        body: 'Fix: saving a large file crashes the app.',
        createdAt: '2026-03-01T00:00:00Z',
      }),
      ...extra.map((seed) => memoryItem(seed)),
    ],
    { now: () => NOW },
  );
}

async function run(provider: MemoryProvider, cache = new AnswerCache(), maxCalls = 10) {
  const rules = parseRules(RULES.replace('MAX', String(maxCalls)), 'sift.yml');
  const answerer = createModelAnswerer(rules.models!, {
    token: 'key',
    baseUrl: ai.url,
    cache,
    sleep: () => Promise.resolve(),
  });
  return triage({ provider, rules, now: NOW, dryRun: false, models: answerer, maxChangeRatio: 1 });
}

test('the later of two reports is labelled with a comment linking the earlier one and its score', async () => {
  const provider = repo();
  const result = await run(provider);
  expect(provider.get(3)!.labels).toEqual(['possible-duplicate']);
  const body = provider.get(3)!.commentList[0].body;
  expect(body).toContain(
    'This may be a duplicate of [#1](https://example.test/memory/repo/issues/1) (1.00). Best: #1.',
  );
  // The first report is not a duplicate of the one after it; a pull request is compared with pull
  // requests only; the unrelated issue scores low.
  expect(provider.get(1)!.labels).toEqual([]);
  expect(provider.get(2)!.labels).toEqual([]);
  // One batched call embeds every open item (issues and pull requests: 4 texts).
  expect(ai.embedded).toHaveLength(1);
  expect(ai.embedded[0]).toHaveLength(4);
  expect(result.models).toMatchObject({
    calls: 1,
    embeddings: { model: 'openai/text-embedding-3-small', calls: 1, embedded: 4, cached: 0 },
  });
  expect(renderSummary(result)).toContain('1 embeddings call to openai/text-embedding-3-small');
});

test('a rerun embeds nothing for unchanged items; an edited or new item alone is embedded', async () => {
  const cache = new AnswerCache();
  await run(repo(), cache);
  const again = await run(repo(), cache);
  expect(ai.embedded).toHaveLength(1);
  expect(again.models).toMatchObject({ calls: 0, embeddings: { calls: 0, embedded: 0, cached: 4 } });
  expect(again.models!.answers.find((a) => a.item.number === 3)!.answer).toMatchObject({ cached: true });

  const edited = repo([
    {
      number: 5,
      title: 'Dark mode please',
      body: 'Please add a dark theme.',
      createdAt: '2026-04-01T00:00:00Z',
    },
  ]);
  edited.get(2)!.body = 'Please add a dark theme, the light one hurts.';
  const third = await run(edited, cache);
  expect(ai.embedded).toHaveLength(2);
  expect(ai.embedded[1]).toHaveLength(2);
  expect(third.models).toMatchObject({ calls: 1, embeddings: { calls: 1, embedded: 2, cached: 3 } });
});

test('texts are sent in batches of at most 100, each batch a call against max-calls', async () => {
  const many = Array.from({ length: 230 }, (_, i) => ({
    number: 10 + i,
    title: `Unrelated report ${i}`,
    body: `word${i} other${i}`,
    createdAt: '2026-01-03T00:00:00Z',
  }));
  const result = await run(repo(many));
  expect(ai.embedded.map((batch) => batch.length)).toEqual([100, 100, 34]);
  expect(result.models).toMatchObject({ calls: 3, embeddings: { calls: 3, embedded: 234 } });
});

test('max-calls spent before the candidates are embedded: unknown, deferred, run green; the next run goes on', async () => {
  const many = Array.from({ length: 150 }, (_, i) => ({
    number: 10 + i,
    title: `Unrelated report ${i}`,
    body: `word${i}`,
    createdAt: '2026-01-03T00:00:00Z',
  }));
  const cache = new AnswerCache();
  const provider = repo(many);
  const first = await run(provider, cache, 1);
  expect(provider.get(3)!.labels).toEqual([]);
  expect(first.stop).toBeUndefined();
  expect(first.models).toMatchObject({ calls: 1, embeddings: { calls: 1, embedded: 100 } });
  expect(first.models!.answers.every((a) => a.answer.status === 'deferred')).toBe(true);
  // The embeddings made are kept: the next run embeds only the rest.
  const second = await run(provider, cache, 1);
  expect(ai.embedded.map((b) => b.length)).toEqual([100, 54]);
  expect(provider.get(3)!.labels).toEqual(['possible-duplicate']);
  expect(second.models).toMatchObject({ calls: 1, embeddings: { cached: 100 } });
});

test.each([
  ['413', { status: 413, body: { error: { message: 'too large' } } }, 'too-large'],
  ['429 for a day', { status: 429, headers: { 'retry-after': '86400' }, body: {} }, 'rate-limited'],
  ['410', { status: 410, body: { error: { message: 'retired' } } }, 'gone'],
  ['500', { status: 500, body: {} }, 'server'],
  ['garbled', 'malformed-json' as const, 'malformed'],
  ['dropped', 'destroy' as const, 'network'],
])(
  'an embeddings failure (%s) leaves similar unknown with a note; nothing is changed, the run is green',
  async (_, fault, kind) => {
    ai.onRequest = () => fault;
    const provider = repo();
    const result = await run(provider);
    expect(provider.get(3)!.labels).toEqual([]);
    expect(provider.get(3)!.commentList).toEqual([]);
    expect(result.stop).toBeUndefined();
    expect(result.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    const answers = result.models!.answers.map((a) => a.answer.status);
    expect(new Set(answers)).toEqual(new Set(['failed']));
    expect(result.models!.failures).toEqual({ [kind]: 1 });
    // One failure is enough: the candidates are not asked for again item after item.
    expect(result.models!.calls).toBe(1);
    expect(renderSummary(result)).toContain('### Models');
  },
);

test("a candidate's text never reaches the comment: only its number, its score and the forge's address", async () => {
  const text = 'Export fails @maintainers /close <!-- sift:rule=x --> [evil](https://evil.test)';
  const provider = repo([
    { number: 7, title: text, body: text, createdAt: '2025-12-01T00:00:00Z' },
    { number: 8, title: text, body: text, createdAt: '2026-05-01T00:00:00Z' },
  ]);
  await run(provider);
  const body = provider.get(8)!.commentList[0].body;
  expect(body).toContain(
    'This may be a duplicate of [#7](https://example.test/memory/repo/issues/7) (1.00).',
  );
  expect(body).not.toContain('evil');
  expect(body).not.toContain('@maintainers');
  expect(body).not.toContain('sift:rule=x');
});

test('explain shows each similar answer, its score and whether it came from the cache', async () => {
  const cache = new AnswerCache();
  const provider = repo();
  const rules = parseRules(RULES.replace('MAX', '10'), 'sift.yml');
  const ask = () =>
    createModelAnswerer(rules.models!, {
      token: 'key',
      baseUrl: ai.url,
      cache,
      sleep: () => Promise.resolve(),
    });
  const observed = (e: unknown) =>
    JSON.stringify(e).match(/"observed":"(similar: [^"]*|no open item[^"]*)"/)?.[1];
  const first = await explainItem(provider, rules, 3, NOW, ask());
  expect(observed(first)).toBe('similar: #1 1.00');
  const again = await explainItem(provider, rules, 3, NOW, ask());
  expect(observed(again)).toBe('similar: #1 1.00, embedding from the cache');
  // The unrelated issue: nothing close enough.
  expect(observed(await explainItem(provider, rules, 2, NOW, ask()))).toBe(
    'no open item scores 0.9 or more, embedding from the cache',
  );
  expect(ai.embedded).toHaveLength(1);
});
