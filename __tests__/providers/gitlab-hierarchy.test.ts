/**
 * The GitLab provider's sub-issues and parents, from GitLab's work-item hierarchy through its GraphQL
 * API, against the GitLab emulator over real HTTP: one query per listing page of issues (by their iids)
 * and only when the rules need it, one per item read on its own, children past 100 followed, merge
 * requests answered without a request, the REST token header on the query, errors and retries as the
 * client does elsewhere.
 */
import { FakeClock } from '../helpers/clock.js';
import { parseRules } from '../../src/config/index.js';
import type { Item } from '../../src/model/item.js';
import { triage } from '../../src/pipeline/triage.js';
import {
  createGitLabProvider,
  GitLabReadError,
  type GitLabProvider,
} from '../../src/providers/gitlab/index.js';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';

const TOKEN = 'glpat-Hierarchy-Token-123456';
const T0 = Date.UTC(2026, 2, 1, 12);
const day = (n: number): string => new Date(T0 - (100 - n) * 86_400_000).toISOString();

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('GitLab provider: the work-item hierarchy (GraphQL)', () => {
  let clock: FakeClock;
  let gl: GitLabEmulator;
  let project: ProjectStore;
  const make = (options: Partial<Parameters<typeof createGitLabProvider>[0]> = {}): GitLabProvider =>
    createGitLabProvider({
      token: TOKEN,
      project: 'acme/app',
      baseUrl: gl.url,
      clock,
      perPage: 3,
      ...options,
    });
  const queries = () => gl.requests.filter((r) => r.path === '/api/graphql');

  beforeEach(async () => {
    clock = new FakeClock(T0);
    gl = await startGitLabEmulator({ token: TOKEN, now: () => new Date(clock.t) });
    project = gl.store.addProject('acme/app');
    gl.store.addProject('acme/docs');
    // Issue 1 with tasks 2 and 3 (3 closed); issue 4 with task 5; issue 6 alone; a task of another
    // project under issue 4; merge request !1.
    project.addIssue({ iid: 1, title: 'Offline mode', labels: ['area/sync', 'bug'], created_at: day(1) });
    project.addIssue({ iid: 2, title: 'Cache', issue_type: 'task', parent: 1, created_at: day(2) });
    project.addIssue({
      iid: 3,
      title: 'Queue',
      issue_type: 'task',
      parent: 1,
      state: 'closed',
      created_at: day(3),
    });
    project.addIssue({ iid: 4, title: 'Export', labels: ['area/io'], created_at: day(4) });
    project.addIssue({ iid: 5, title: 'CSV', issue_type: 'task', parent: 4, created_at: day(5) });
    project.addIssue({ iid: 6, title: 'Alone', created_at: day(6) });
    gl.store.project('acme/docs')!.addIssue({
      iid: 9,
      title: 'Document export',
      issue_type: 'task',
      parent: { project: 'acme/app', iid: 4 },
      created_at: day(7),
    });
    project.addMergeRequest({ iid: 1, title: 'Fix', created_at: day(8) });
  });
  afterEach(async () => {
    expect(gl.serverErrors).toEqual([]);
    await gl.close();
  });

  it('reads the hierarchy once per listing page of issues, by their iids, and maps it as sub-issues and parents', async () => {
    const provider = make();
    const items = await collect(provider.items({ state: 'all', prefetch: ['subIssues', 'parent'] }));
    const issuePages = gl.requests.filter((r) => r.path === '/projects/acme%2Fapp/issues');
    expect(issuePages).toHaveLength(2); // 6 issues, 3 a page
    expect(queries()).toHaveLength(2);
    expect(queries().map((q) => (q.body as { variables: { iids: string[] } }).variables.iids)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    // The query is sent with the REST client's token header.
    expect(queries().every((q) => q.auth === 'private-token')).toBe(true);

    const byKey = new Map(items.map((i) => [`${i.type}:${i.number}`, i]));
    const url = (path: string, iid: number) => `https://gitlab.example.com/${path}/-/issues/${iid}`;
    expect(byKey.get('issue:1')!.prefetched).toEqual({
      subIssues: [
        { number: 2, title: 'Cache', state: 'open', url: url('acme/app', 2), repository: 'acme/app' },
        { number: 3, title: 'Queue', state: 'closed', url: url('acme/app', 3), repository: 'acme/app' },
      ],
      parent: null,
    });
    expect(byKey.get('issue:4')!.prefetched?.subIssues).toEqual([
      { number: 5, title: 'CSV', state: 'open', url: url('acme/app', 5), repository: 'acme/app' },
      {
        number: 9,
        title: 'Document export',
        state: 'open',
        url: url('acme/docs', 9),
        repository: 'acme/docs',
      },
    ]);
    expect(byKey.get('issue:2')!.prefetched).toEqual({
      subIssues: [],
      parent: {
        number: 1,
        title: 'Offline mode',
        state: 'open',
        url: url('acme/app', 1),
        repository: 'acme/app',
        labels: ['area/sync', 'bug'],
      },
    });
    expect(byKey.get('issue:6')!.prefetched).toEqual({ subIssues: [], parent: null });
    // A merge request is in no hierarchy: answered without a request.
    expect(byKey.get('pull_request:1')!.prefetched).toEqual({ subIssues: [], parent: null });
    expect(provider.requestCounts().writes).toBe(0);
  });

  it('asks nothing of GraphQL when the rules need neither fact', async () => {
    await collect(make().items({ state: 'all', prefetch: ['labelAppliedAt'] }));
    expect(queries()).toEqual([]);
  });

  it('asks only for what is needed: the parent alone reads no children', async () => {
    const items = await collect(make().items({ state: 'open', type: 'issue', prefetch: ['parent'] }));
    expect(queries()).toHaveLength(2);
    const query = (queries()[0].body as { query: string }).query;
    expect(query).toContain('parent {');
    expect(query).not.toContain('children');
    expect(items.find((i) => i.number === 5)!.prefetched).toEqual({
      parent: expect.objectContaining({ number: 4, labels: ['area/io'] }),
    });
  });

  it('reads an item on its own in one query, and a merge request in none', async () => {
    const provider = make();
    const facts = await provider.facts({ type: 'issue', number: 1 }, ['subIssues', 'parent']);
    expect(facts.subIssues?.map((s) => [s.number, s.state])).toEqual([
      [2, 'open'],
      [3, 'closed'],
    ]);
    expect(facts.parent).toBeNull();
    expect(queries()).toHaveLength(1);
    expect(await provider.facts({ type: 'pull_request', number: 1 }, ['subIssues', 'parent'])).toEqual({
      subIssues: [],
      parent: null,
    });
    expect(queries()).toHaveLength(1);
  });

  it('follows the children past the first 100, in order', async () => {
    project.addIssue({ iid: 20, title: 'Big', created_at: day(20) });
    for (let i = 0; i < 105; i++)
      project.addIssue({
        iid: 100 + i,
        title: `Step ${i}`,
        issue_type: 'task',
        parent: 20,
        created_at: day(21),
      });
    const facts = await make().facts({ type: 'issue', number: 20 }, ['subIssues']);
    expect(facts.subIssues?.map((s) => s.number)).toEqual(Array.from({ length: 105 }, (_, i) => 100 + i));
    expect(queries()).toHaveLength(2);
    expect((queries()[1].body as { variables: { after: string } }).variables.after).toEqual(
      expect.any(String),
    );
  });

  it("reads an issue's epic (a group's, Premium) as its parent: the group's path, its labels; inherit-labels copies them", async () => {
    const epic = gl.store.addEpic('acme', {
      title: 'Offline everywhere',
      labels: ['theme::offline', 'area/sync'],
    });
    project.addIssue({
      iid: 30,
      title: 'Under an epic',
      parent: { group: 'acme', epic: epic.iid },
      created_at: day(30),
    });
    const provider = make();
    expect(await provider.facts({ type: 'issue', number: 30 }, ['parent'])).toEqual({
      parent: {
        number: epic.iid,
        title: 'Offline everywhere',
        state: 'open',
        url: `https://gitlab.example.com/groups/acme/-/epics/${epic.iid}`,
        repository: 'acme',
        labels: ['theme::offline', 'area/sync'],
      },
    });
    const rules = parseRules(
      "version: 1\nrules:\n  - id: theme\n    when: { type: issue, parent: open }\n    then:\n      - inherit-labels: 'theme::*'\n      - comment: 'Part of {{parent}}.'\n",
      'sift.yml',
    );
    await triage({ provider, rules, now: new Date(T0), dryRun: false });
    expect(project.issue(30)!.labels).toEqual(['theme::offline']);
    expect(
      project
        .issue(30)!
        .notes.filter((n) => !n.system)
        .map((n) => n.body),
    ).toEqual([expect.stringContaining(`Part of acme#${epic.iid}.`)]);
  });

  it('retries a 502 on the query as on any read', async () => {
    let failed = false;
    gl.onRequest = (request) => {
      if (request.path !== '/api/graphql' || failed) return undefined;
      failed = true;
      return { status: 502, body: { message: '502 Bad Gateway' } };
    };
    const facts = await make().facts({ type: 'issue', number: 2 }, ['parent']);
    expect(facts.parent?.number).toBe(1);
    expect(queries()).toHaveLength(2);
  });

  it("fails the read with GitLab's GraphQL errors, saying what it was doing", async () => {
    gl.onRequest = (request) =>
      request.path === '/api/graphql'
        ? {
            status: 200,
            body: {
              errors: [{ message: "Field 'hasChildren' doesn't exist on type 'WorkItemWidgetHierarchy'" }],
            },
          }
        : undefined;
    const error = await make()
      .facts({ type: 'issue', number: 1 }, ['subIssues'])
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GitLabReadError);
    expect((error as Error).message).toBe(
      "reading the work-item hierarchy of issue #1 (GraphQL) in acme/app failed: GitLab's GraphQL API answered: Field 'hasChildren' doesn't exist on type 'WorkItemWidgetHierarchy'.",
    );
  });

  it('fails a listing whose hierarchy query is refused (401), naming the token, and never shows it', async () => {
    gl.onRequest = (request) =>
      request.path === '/api/graphql'
        ? { status: 401, body: { errors: [{ message: 'Invalid token' }] } }
        : undefined;
    const error = await collect(make().items({ state: 'all', prefetch: ['subIssues'] })).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(GitLabReadError);
    expect(error!.message).toBe(
      'reading the work-item hierarchy of listed issues (GraphQL) in acme/app failed: GitLab answered 401 Invalid token. The token is invalid, expired or revoked.',
    );
    expect(error!.message).not.toContain(TOKEN);
  });

  it('says so when GraphQL does not show the project', async () => {
    const provider = createGitLabProvider({ token: TOKEN, project: 'acme/gone', baseUrl: gl.url, clock });
    await expect(provider.facts({ type: 'issue', number: 1 }, ['parent'])).rejects.toThrow(
      "reading the work-item hierarchy of issue #1 (GraphQL) in acme/gone failed: GitLab's GraphQL API does not show the project (it does not exist, or the token cannot read it: it needs the read_api or api scope).",
    );
  });

  it('refuses the hierarchy with a CI job token, which GitLab does not let use its GraphQL API', () => {
    const caps = make({ tokenKind: 'job', allowJobTokenWrites: true }).capabilities;
    expect(caps.conditions.has('sub-issues')).toBe(false);
    expect(caps.conditions.has('parent')).toBe(false);
    expect(caps.actions.has('inherit-labels')).toBe(false);
    expect(caps.facts.has('subIssues')).toBe(false);
    expect(caps.why?.parent).toContain('a CI job token cannot use that API');
  });
});
