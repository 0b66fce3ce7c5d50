/**
 * Sub-issues and parents through both GitHub providers, against the emulator over HTTP on 127.0.0.1:
 * REST reads the sub-issue endpoints (and decides "none" from the listing's summary and parent URL
 * without a request); GraphQL reads `subIssues` and `parent` (documents validated against the schema).
 * The hierarchy is built through the REST API the way a client would (POST .../sub_issues).
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { ItemKey, Provider } from '../../src/providers/provider.js';
import type { Item } from '../../src/model/item.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const issue = (number: number): ItemKey => ({ type: 'issue', number });

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let gh: GitHubEmulator;
let repo: RepoStore;

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${gh.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
  repo = gh.store.addRepo('octo/demo');
  const docs = gh.store.addRepo('octo/docs');
  repo.addIssue({ title: 'Epic: offline mode', labels: ['area/sync', 'priority/high'] }); // 1
  repo.addIssue({ title: 'Cache the last sync', state: 'closed' }); // 2
  repo.addIssue({ title: 'Queue writes' }); // 3
  repo.addIssue({ title: 'Unrelated' }); // 4
  repo.addIssue({ title: 'A pull request', pull_request: true }); // 5
  docs.addIssue({ title: 'Document offline mode' }); // docs#1
  for (const child of [repo.require(2), repo.require(3), docs.require(1)]) {
    const answer = await post('/repos/octo/demo/issues/1/sub_issues', { sub_issue_id: child.id });
    expect(answer.status).toBe(201);
  }
});
afterEach(async () => {
  await gh.close();
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

const PROVIDERS: [string, () => Provider][] = [
  ['github-rest', () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url })],
  [
    'github-graphql',
    () => createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/demo', graphqlUrl: gh.graphqlUrl }),
  ],
];

describe('the emulator, as GitHub documents sub-issues', () => {
  test('a second parent is 422 unless replace_parent; a pull request cannot be a sub-issue', async () => {
    repo.addIssue({ title: 'Other epic' }); // 6
    expect(
      (await post('/repos/octo/demo/issues/6/sub_issues', { sub_issue_id: repo.require(3).id })).status,
    ).toBe(422);
    expect(
      (await post('/repos/octo/demo/issues/6/sub_issues', { sub_issue_id: repo.require(5).id })).status,
    ).toBe(422);
    const moved = await post('/repos/octo/demo/issues/6/sub_issues', {
      sub_issue_id: repo.require(3).id,
      replace_parent: true,
    });
    expect(moved.status).toBe(201);
    const parent = await fetch(`${gh.url}/repos/octo/demo/issues/3/parent`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(((await parent.json()) as { number: number }).number).toBe(6);
  });

  test('REST issues carry the summary and the parent URL; no parent is 404', async () => {
    const get = (path: string) => fetch(`${gh.url}${path}`, { headers: { authorization: `token ${TOKEN}` } });
    const epic = (await (await get('/repos/octo/demo/issues/1')).json()) as Record<string, unknown>;
    expect(epic.sub_issues_summary).toEqual({ total: 3, completed: 1, percent_completed: 33 });
    expect(epic.parent_issue_url).toBeNull();
    const sub = (await (await get('/repos/octo/demo/issues/3')).json()) as Record<string, unknown>;
    expect(sub.parent_issue_url).toBe(`${gh.url}/repos/octo/demo/issues/1`);
    expect((await get('/repos/octo/demo/issues/4/parent')).status).toBe(404);
  });
});

describe.each(PROVIDERS)('%s', (_name, make) => {
  test('reads sub-issues in order, across repositories, with their states', async () => {
    const facts = await make().facts(issue(1), ['subIssues', 'parent']);
    expect(facts.subIssues).toEqual([
      {
        number: 2,
        title: 'Cache the last sync',
        state: 'closed',
        url: 'https://github.com/octo/demo/issues/2',
        repository: 'octo/demo',
      },
      {
        number: 3,
        title: 'Queue writes',
        state: 'open',
        url: 'https://github.com/octo/demo/issues/3',
        repository: 'octo/demo',
      },
      {
        number: 1,
        title: 'Document offline mode',
        state: 'open',
        url: 'https://github.com/octo/docs/issues/1',
        repository: 'octo/docs',
      },
    ]);
    expect(facts.parent).toBeNull();
  });

  test("reads a sub-issue's parent with its labels", async () => {
    const facts = await make().facts(issue(3), ['subIssues', 'parent']);
    expect(facts.subIssues).toEqual([]);
    expect(facts.parent).toEqual({
      number: 1,
      title: 'Epic: offline mode',
      state: 'open',
      url: 'https://github.com/octo/demo/issues/1',
      repository: 'octo/demo',
      labels: ['area/sync', 'priority/high'],
    });
  });

  test('a pull request has neither, at no request', async () => {
    const before = gh.requests.length;
    expect(await make().facts({ type: 'pull_request', number: 5 }, ['subIssues', 'parent'])).toEqual({
      subIssues: [],
      parent: null,
    });
    expect(gh.requests.length).toBe(before);
  });

  test('the listing decides what it can: no sub-issues and no parent need no read', async () => {
    const items = await collect(make().items({ state: 'all', prefetch: ['subIssues', 'parent'] }));
    const byNumber = new Map(items.map((i) => [i.number, i.prefetched]));
    // Issue 4 has neither; the pull request neither; issue 3 has no sub-issues but a parent.
    expect(byNumber.get(4)).toEqual({ subIssues: [], parent: null });
    expect(byNumber.get(5)).toEqual({ subIssues: [], parent: null });
    expect(byNumber.get(3)?.subIssues).toEqual([]);
    if (_name === 'github-graphql') {
      // GraphQL carries the sub-issues and the parent in the listing itself.
      expect(byNumber.get(1)?.subIssues?.map((s) => s.number)).toEqual([2, 3, 1]);
      expect(byNumber.get(3)?.parent?.number).toBe(1);
    } else {
      // REST lists a summary and a parent URL only: those with some are read per item.
      expect(byNumber.get(1)?.subIssues).toBeUndefined();
      expect(byNumber.get(1)?.parent).toBeNull();
      expect(byNumber.get(3)?.parent).toBeUndefined();
    }
  });
});
