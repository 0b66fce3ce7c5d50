/**
 * GitHub's issue types through both GitHub providers, against the emulator over HTTP on 127.0.0.1.
 * REST carries `type` on every issue and sets it with PATCH; the GraphQL provider does both through
 * REST, as the GraphQL schema pinned here predates issue types (its documents stay schema-valid).
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { ItemWriteError, type ItemKey, type Provider } from '../../src/providers/provider.js';
import type { Item } from '../../src/model/item.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const issue = (number: number): ItemKey => ({ type: 'issue', number });
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
  repo = gh.store.addRepo('octo/demo');
  repo.enableIssueTypes(['Task', 'Bug', 'Feature']);
  repo.addIssue({ title: 'Crash on save', issue_type: 'Bug' });
  repo.addIssue({ title: 'Untyped' });
  repo.addIssue({ title: 'Fix crash', pull_request: true });
});
afterEach(async () => {
  await gh.close();
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

const PROVIDERS: [string, () => Provider & Required<Pick<Provider, 'setIssueType'>>][] = [
  ['github-rest', () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url })],
  [
    'github-graphql',
    () => createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/demo', graphqlUrl: gh.graphqlUrl }),
  ],
];

describe.each(PROVIDERS)('%s', (_name, make) => {
  test('reads each issue type by name; a pull request has none and costs no request', async () => {
    const provider = make();
    expect(await provider.facts(issue(1), ['issueType'])).toEqual({ issueType: 'Bug' });
    expect(await provider.facts(issue(2), ['issueType'])).toEqual({ issueType: null });
    const before = gh.requests.length;
    expect(await provider.facts(pull(3), ['issueType'])).toEqual({ issueType: null });
    expect(gh.requests.length).toBe(before);
  });

  test('sets a type by name in any case, changes it, clears it; the timeline records each', async () => {
    const provider = make();
    await provider.setIssueType(issue(2), 'feature');
    expect(repo.require(2).issue_type).toBe('Feature');
    await provider.setIssueType(issue(2), 'Task');
    expect(repo.require(2).issue_type).toBe('Task');
    await provider.setIssueType(issue(2), null);
    expect(repo.require(2).issue_type).toBeNull();
    expect(repo.require(2).events.map((e) => e.event)).toEqual([
      'issue_type_added',
      'issue_type_changed',
      'issue_type_removed',
    ]);
    expect(gh.writes().map((w) => [w.method, w.path, w.body])).toEqual([
      ['PATCH', '/repos/octo/demo/issues/2', { type: 'feature' }],
      ['PATCH', '/repos/octo/demo/issues/2', { type: 'Task' }],
      ['PATCH', '/repos/octo/demo/issues/2', { type: null }],
    ]);
  });

  test('a type the organisation lacks fails the item with GitHub 422 answer', async () => {
    const error = await make()
      .setIssueType(issue(1), 'Epic')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ItemWriteError);
    expect((error as ItemWriteError).status).toBe(422);
    expect((error as Error).message).toMatch(
      /^setting issue type "Epic" on issue #1 in octo\/demo failed: GitHub answered 422 Validation Failed/,
    );
    expect(repo.require(1).issue_type).toBe('Bug');
  });

  test('a change GitHub drops silently (no push access) is reported, not taken for done', async () => {
    repo.dropTypeChanges = true;
    const error = await make()
      .setIssueType(issue(1), 'Task')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as Error).message).toBe(
      'setting issue type "Task" on issue #1 in octo/demo failed: GitHub kept the type "Bug"; only a token with push access can change issue types.',
    );
  });
});

test('the REST listing carries the type when the rules ask for it, at no extra request', async () => {
  const provider = createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url });
  const items = await collect(provider.items({ state: 'open', prefetch: ['issueType'] }));
  expect(items.map((i) => [i.number, i.prefetched])).toEqual([
    [1, { issueType: 'Bug' }],
    [2, { issueType: null }],
    [3, { issueType: null }],
  ]);
  expect(gh.requests.map((r) => r.path)).toEqual(['/repos/octo/demo/issues']);
  // Not asked for: not attached.
  const plain = await collect(provider.items({ state: 'open' }));
  expect(plain.every((i) => i.prefetched === undefined)).toBe(true);
});

test('the GraphQL listing carries types too, from one REST listing read per 100 items, not one per issue', async () => {
  for (let n = 0; n < 150; n++)
    repo.addIssue({ title: `more ${n}`, issue_type: n % 2 === 0 ? 'Task' : null });
  const provider = createGitHubGraphqlProvider({
    token: TOKEN,
    repository: 'octo/demo',
    graphqlUrl: gh.graphqlUrl,
  });
  const items = await collect(provider.items({ state: 'open', prefetch: ['issueType'] }));
  expect(items).toHaveLength(153);
  expect(items.slice(0, 5).map((i) => [i.number, i.type, i.prefetched])).toEqual([
    [1, 'issue', { issueType: 'Bug' }],
    [2, 'issue', { issueType: null }],
    [4, 'issue', { issueType: 'Task' }],
    [5, 'issue', { issueType: null }],
    [6, 'issue', { issueType: 'Task' }],
  ]);
  expect(items.at(-1)).toMatchObject({ number: 3, type: 'pull_request', prefetched: { issueType: null } });
  const rest = gh.requests.filter((r) => r.path !== '/graphql');
  expect(rest.map((r) => [r.path, r.query.page ?? '1'])).toEqual([
    ['/repos/octo/demo/issues', '1'],
    ['/repos/octo/demo/issues', '2'],
  ]);
});

test('a repository without issue types: no type field, every issue has none', async () => {
  const bare = gh.store.addRepo('octo/bare');
  bare.addIssue({ title: 'x' });
  const provider = createGitHubRestProvider({ token: TOKEN, repository: 'octo/bare', baseUrl: gh.url });
  const [item] = await collect(provider.items({ state: 'open', prefetch: ['issueType'] }));
  expect(item.prefetched).toEqual({ issueType: null });
});

test('GraphQL batches: issue types go through REST in their place, the rest as one mutation request', async () => {
  const provider = createGitHubGraphqlProvider({
    token: TOKEN,
    repository: 'octo/demo',
    graphqlUrl: gh.graphqlUrl,
  });
  repo.ensureLabel('triaged');
  const results = await provider.applyBatch([
    { kind: 'addLabels', item: issue(1), labels: ['triaged'] },
    { kind: 'setIssueType', item: issue(2), name: 'Epic' },
    { kind: 'setIssueType', item: issue(1), name: 'Task' },
    { kind: 'close', item: issue(2), reason: 'not_planned' },
  ]);
  expect(results.map((r) => (r.ok ? 'ok' : r.error.message.slice(0, 40)))).toEqual([
    'ok',
    'setting issue type "Epic" on issue #2 in',
    'ok',
    'ok',
  ]);
  expect(repo.require(1)).toMatchObject({ labels: ['triaged'], issue_type: 'Task' });
  expect(repo.require(2)).toMatchObject({ state: 'closed', issue_type: null });
});
