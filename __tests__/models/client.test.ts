/**
 * The model client against the OpenAI-compatible emulator on loopback: JSON-schema chat answers,
 * embeddings, and every failure kind an endpoint shows, each named as the report names it.
 */
import { ModelClient, ModelError } from '../../src/models/client.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';

const TOKEN = 'ghs_models_token';
let ai: ModelEmulator;
const noWait = () => Promise.resolve();
const client = (extra: Partial<ConstructorParameters<typeof ModelClient>[0]> = {}) =>
  new ModelClient({ baseUrl: ai.url, token: TOKEN, sleep: noWait, ...extra });
const request = {
  model: 'openai/gpt-4.1-mini',
  messages: [
    { role: 'system' as const, content: 'Choose.' },
    { role: 'user' as const, content: 'It crashes: a bug' },
  ],
  schema: {
    type: 'object',
    properties: {
      choice: { type: 'string', enum: ['kind/bug', 'kind/feature', 'none'] },
      confidence: { type: 'number' },
    },
  },
  schemaName: 'classification',
};

beforeEach(async () => {
  ai = await startModelEmulator({ token: TOKEN });
});
afterEach(() => ai.close());

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error('expected a failure');
}

test('a chat answer under a JSON schema, with the token and the schema sent', async () => {
  const answer = await client().chatJson(request);
  expect(answer).toEqual({ choice: 'kind/bug', confidence: 0.9 });
  expect(ai.requests).toEqual([
    expect.objectContaining({
      method: 'POST',
      path: '/inference/chat/completions',
      token: TOKEN,
      status: 200,
    }),
  ]);
  const body = ai.requests[0].body as {
    response_format: { type: string; json_schema: { strict: boolean } };
    temperature: number;
  };
  expect(body.response_format.type).toBe('json_schema');
  expect(body.response_format.json_schema.strict).toBe(true);
  expect(body.temperature).toBe(0);
});

test('embeddings in the order of the inputs', async () => {
  const vectors = await client().embed({
    model: 'openai/text-embedding-3-small',
    input: ['crash on start', 'dark mode'],
  });
  expect(vectors).toHaveLength(2);
  expect(vectors[0]).toHaveLength(64);
  expect(ai.embedded).toEqual([['crash on start', 'dark mode']]);
});

test.each([
  [413, 'too-large'],
  [410, 'gone'],
  [401, 'refused'],
  [404, 'refused'],
] as const)('%i is a %s failure, not retried', async (status, kind) => {
  ai.onRequest = () => ({ status, body: { error: { message: 'nope' } } });
  const error = await failure(client().chatJson(request));
  expect(error.kind).toBe(kind);
  expect(error.status).toBe(status);
  expect(error.message).toContain('nope');
  expect(ai.requests).toHaveLength(1);
});

test('a 5xx is retried, then named a server failure', async () => {
  ai.onRequest = () => ({ status: 503, body: { error: { message: 'busy' } } });
  const error = await failure(client().chatJson(request));
  expect(error.kind).toBe('server');
  expect(ai.requests).toHaveLength(3);
});

test('a 5xx followed by an answer is an answer', async () => {
  ai.onRequest = (_entry, index) => (index === 0 ? { status: 502 } : undefined);
  expect(await client().chatJson(request)).toEqual({ choice: 'kind/bug', confidence: 0.9 });
  expect(ai.requests.map((r) => r.status)).toEqual([502, 200]);
});

test('a 429 with a short Retry-After is waited out; a long one is a rate-limited failure', async () => {
  const waits: number[] = [];
  const sleep = (ms: number) => (waits.push(ms), Promise.resolve());
  ai.onRequest = (_e, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '2' } } : undefined);
  expect(await client({ sleep }).chatJson(request)).toEqual({ choice: 'kind/bug', confidence: 0.9 });
  expect(waits).toEqual([2000]);

  ai.onRequest = () => ({
    status: 429,
    headers: { 'retry-after': '86400' },
    body: { error: { message: 'daily limit' } },
  });
  const before = ai.requests.length;
  const error = await failure(client({ sleep }).chatJson(request));
  expect(error.kind).toBe('rate-limited');
  expect(error.message).toContain('retry after 86400 s');
  expect(ai.requests.length - before).toBe(1);
});

test('no answer within the timeout is a timeout failure', async () => {
  ai.onRequest = () => ({ hang: 600 });
  const error = await failure(client({ timeoutMs: 100, attempts: 1 }).chatJson(request));
  expect(error.kind).toBe('timeout');
});

test('a dropped connection is retried, then a network failure', async () => {
  ai.onRequest = () => 'destroy';
  const error = await failure(client().chatJson(request));
  expect(error.kind).toBe('network');
  expect(ai.requests).toHaveLength(3);
});

test.each([
  ['a garbled body', 'malformed-json' as const],
  ['content that is not JSON', { content: 'Sure! It is a bug.' }],
])('%s is a malformed answer', async (_name, fault) => {
  ai.onRequest = () => fault;
  const error = await failure(client().chatJson(request));
  expect(error.kind).toBe('malformed');
});

test('embeddings of the wrong count are malformed', async () => {
  ai.onRequest = () => ({ status: 200, body: { data: [{ index: 0, embedding: [1, 0] }] } });
  const error = await failure(client().embed({ model: 'm', input: ['a', 'b'] }));
  expect(error.kind).toBe('malformed');
});
