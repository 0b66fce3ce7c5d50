/**
 * The emulator against plain fetch: it must behave like GitHub where Sift (and actions/stale's known
 * bugs) can tell the difference: paging and Link headers, 404/401/422 shapes, writes and their events.
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(
  gh: GitHubEmulator,
  method: string,
  path: string,
  body?: unknown,
  token = 'secret',
): Promise<Answer> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

function numbers(body: unknown): number[] {
  return (body as { number: number }[]).map((i) => i.number);
}

/** Parses `<url>; rel="x"` pairs into rel -> page number. */
function links(header: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of (header ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)) {
    out[m[2]] = Number(new URL(m[1]).searchParams.get('page'));
  }
  return out;
}

const T0 = Date.UTC(2026, 0, 1);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

describe('GitHub emulator', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: 'secret', now: () => new Date(T0 + 1000 * 60_000) });
    repo = gh.store.addRepo('octo/demo');
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  describe('listing issues', () => {
    beforeEach(() => {
      for (let i = 1; i <= 75; i++) {
        repo.addIssue({
          created_at: at(i),
          state: i % 10 === 0 ? 'closed' : 'open',
          labels: i % 3 === 0 ? ['bug', 'ui'] : [],
        });
      }
    });

    it('pages with per_page (default 30, max 100) and GitHub-style Link headers', async () => {
      const first = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&direction=asc');
      expect(numbers(first.body)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(links(first.headers.get('link'))).toEqual({ next: 2, last: 3 });
      expect(first.headers.get('link')).toContain(
        `<${gh.url}/repos/octo/demo/issues?state=all&direction=asc&per_page=30&page=2>`,
      );

      const middle = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&direction=asc&page=2');
      expect(links(middle.headers.get('link'))).toEqual({ prev: 1, next: 3, last: 3, first: 1 });

      const last = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&direction=asc&page=3');
      expect(numbers(last.body)).toEqual(Array.from({ length: 15 }, (_, i) => i + 61));
      expect(links(last.headers.get('link'))).toEqual({ prev: 2, first: 1 });

      const beyond = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&page=9');
      expect(beyond.body).toEqual([]);

      const big = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&per_page=500');
      expect(numbers(big.body)).toHaveLength(75);
      expect(big.headers.get('link')).toBeNull();
    });

    it('defaults to open items, newest first, and filters by state and labels', async () => {
      const open = await call(gh, 'GET', '/repos/octo/demo/issues?per_page=100');
      expect(numbers(open.body)[0]).toBe(75);
      expect(numbers(open.body)).toHaveLength(68);
      const closed = await call(gh, 'GET', '/repos/octo/demo/issues?state=closed&direction=asc');
      expect(numbers(closed.body)).toEqual([10, 20, 30, 40, 50, 60, 70]);
      const labelled = await call(gh, 'GET', '/repos/octo/demo/issues?state=all&labels=BUG,ui&per_page=100');
      expect(numbers(labelled.body)).toHaveLength(25);
      expect(numbers(labelled.body).every((n) => n % 3 === 0)).toBe(true);
    });

    it('sorts by updated and by comments', async () => {
      await call(gh, 'POST', '/repos/octo/demo/issues/5/comments', { body: 'bump' });
      const updated = await call(gh, 'GET', '/repos/octo/demo/issues?sort=updated&per_page=1');
      expect(numbers(updated.body)).toEqual([5]);
      const comments = await call(gh, 'GET', '/repos/octo/demo/issues?sort=comments&per_page=1');
      expect(numbers(comments.body)).toEqual([5]);
    });

    it('shifts later pages when an item leaves the listing mid-walk, as GitHub does', async () => {
      const page1 = await call(gh, 'GET', '/repos/octo/demo/issues?direction=asc&per_page=10');
      expect(numbers(page1.body)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
      await call(gh, 'PATCH', '/repos/octo/demo/issues/1', { state: 'closed' });
      const page2 = await call(gh, 'GET', '/repos/octo/demo/issues?direction=asc&per_page=10&page=2');
      // #12 moved onto page 1 and is never seen by a numbered-page walk.
      expect(numbers(page2.body)[0]).toBe(13);
    });
  });

  it('serves issues and pull requests in GitHub issue JSON', async () => {
    const m = repo.addMilestone({ title: 'v1' });
    repo.addIssue({
      title: 'Add dark mode',
      body: null,
      user: 'renovate[bot]',
      pull_request: true,
      draft: true,
      labels: ['deps'],
      assignees: ['mona'],
      milestone: 'v1',
      comments: 3,
      author_association: 'CONTRIBUTOR',
      created_at: at(1),
    });
    const { status, body } = await call(gh, 'GET', '/repos/octo/demo/issues/1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      number: 1,
      title: 'Add dark mode',
      body: null,
      state: 'open',
      draft: true,
      pull_request: { html_url: 'https://github.com/octo/demo/pull/1' },
      user: { login: 'renovate[bot]', type: 'Bot' },
      labels: [{ name: 'deps', color: 'ededed' }],
      assignees: [{ login: 'mona' }],
      assignee: { login: 'mona' },
      milestone: { number: m.number, title: 'v1', open_issues: 1, closed_issues: 0 },
      comments: 3,
      author_association: 'CONTRIBUTOR',
      created_at: '2026-01-01T00:01:00Z',
      closed_at: null,
      locked: false,
      html_url: 'https://github.com/octo/demo/pull/1',
    });
    const repoJson = await call(gh, 'GET', '/repos/OCTO/Demo');
    expect(repoJson.body).toMatchObject({ full_name: 'octo/demo', open_issues_count: 1 });
  });

  it('answers 404, 401 and 422 with GitHub error bodies', async () => {
    repo.addIssue();
    expect(await call(gh, 'GET', '/repos/octo/nope/issues')).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
    const missing = await call(gh, 'GET', '/repos/octo/demo/issues/99');
    expect(missing.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
    expect((await call(gh, 'GET', '/nothing/here')).status).toBe(404);
    expect(await call(gh, 'GET', '/repos/octo/demo', undefined, 'wrong')).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    const noAuth = await fetch(`${gh.url}/repos/octo/demo`);
    expect(noAuth.status).toBe(401);
    const bearer = await fetch(`${gh.url}/repos/octo/demo`, { headers: { authorization: 'Bearer secret' } });
    expect(bearer.status).toBe(200);
    const invalid = await call(gh, 'PATCH', '/repos/octo/demo/issues/1', { state: 'merged' });
    expect(invalid).toMatchObject({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ field: 'state' }] },
    });
    expect((await call(gh, 'PATCH', '/repos/octo/demo/issues/1', { milestone: 7 })).status).toBe(422);
    expect(
      (await call(gh, 'POST', '/repos/octo/demo/pulls/1/requested_reviewers', { reviewers: ['a'] })).status,
    ).toBe(422);
  });

  it('applies writes to the store, with events, updated_at and a write log', async () => {
    repo.addIssue({ created_at: at(0), labels: ['triage'] });
    const issue = repo.require(1);
    const pr = repo.addIssue({ created_at: at(0), pull_request: true, user: 'alice' });
    const base = '/repos/octo/demo/issues/1';

    expect((await call(gh, 'POST', `${base}/labels`, { labels: ['bug', 'Triage'] })).body).toMatchObject([
      { name: 'triage' },
      { name: 'bug' },
    ]);
    expect((await call(gh, 'DELETE', `${base}/labels/triage`)).status).toBe(200);
    expect(await call(gh, 'DELETE', `${base}/labels/triage`)).toMatchObject({
      status: 404,
      body: { message: 'Label does not exist' },
    });
    const comment = await call(gh, 'POST', `${base}/comments`, { body: 'hello' });
    expect(comment).toMatchObject({
      status: 201,
      body: { body: 'hello', user: { login: 'sift[bot]', type: 'Bot' } },
    });
    const commentId = (comment.body as { id: number }).id;
    expect(
      (await call(gh, 'PATCH', `/repos/octo/demo/issues/comments/${commentId}`, { body: 'edited' })).status,
    ).toBe(200);
    expect((await call(gh, 'PUT', `${base}/lock`, { lock_reason: 'resolved' })).status).toBe(204);
    expect((await call(gh, 'DELETE', `${base}/lock`)).status).toBe(204);
    expect((await call(gh, 'POST', `${base}/assignees`, { assignees: ['mona'] })).status).toBe(201);
    expect((await call(gh, 'DELETE', `${base}/assignees`, { assignees: ['mona'] })).status).toBe(200);
    repo.addMilestone({ title: 'v2', state: 'closed' });
    expect(
      (await call(gh, 'PATCH', base, { milestone: 1, state: 'closed', state_reason: 'not_planned' })).status,
    ).toBe(200);
    expect(
      (
        await call(gh, 'POST', `/repos/octo/demo/pulls/${pr.number}/requested_reviewers`, {
          reviewers: ['bob'],
        })
      ).status,
    ).toBe(201);

    expect(issue).toMatchObject({
      labels: ['bug'],
      comments: 1,
      locked: false,
      assignees: [],
      milestone: 1,
      state: 'closed',
      state_reason: 'not_planned',
      closed_at: '2026-01-01T16:40:00Z',
      updated_at: '2026-01-01T16:40:00Z',
    });
    expect(issue.commentList.map((c) => c.body)).toEqual(['edited']);
    expect(pr.requested_reviewers).toEqual(['bob']);

    const events = await call(gh, 'GET', `${base}/events`);
    expect(
      (events.body as { event: string; label?: { name: string }; actor: { login: string } }[]).map((e) => [
        e.event,
        e.label?.name,
        e.actor.login,
      ]),
    ).toEqual([
      ['labeled', 'triage', 'octocat'],
      ['labeled', 'bug', 'sift[bot]'],
      ['unlabeled', 'triage', 'sift[bot]'],
      ['locked', undefined, 'sift[bot]'],
      ['unlocked', undefined, 'sift[bot]'],
      ['assigned', undefined, 'sift[bot]'],
      ['unassigned', undefined, 'sift[bot]'],
      ['milestoned', undefined, 'sift[bot]'],
      ['closed', undefined, 'sift[bot]'],
    ]);
    const milestones = await call(gh, 'GET', '/repos/octo/demo/milestones?state=all');
    expect(milestones.body).toMatchObject([{ title: 'v2', state: 'closed', closed_issues: 1 }]);
    expect((await call(gh, 'GET', '/repos/octo/demo/milestones')).body).toEqual([]);

    expect(gh.writes().map((w) => `${w.method} ${w.path} ${w.status}`)).toContain(
      'DELETE /repos/octo/demo/issues/1/labels/triage 404',
    );
    expect(gh.writes()[0]).toEqual({
      method: 'POST',
      path: '/repos/octo/demo/issues/1/labels',
      query: {},
      status: 200,
      body: { labels: ['bug', 'Triage'] },
    });
  });

  it('pages comments and events', async () => {
    repo.addIssue({ comments: Array.from({ length: 45 }, (_, i) => ({ body: `c${i}` })) });
    const page2 = await call(gh, 'GET', '/repos/octo/demo/issues/1/comments?page=2');
    expect((page2.body as { body: string }[]).map((c) => c.body)).toEqual(
      Array.from({ length: 15 }, (_, i) => `c${i + 30}`),
    );
    expect(links(page2.headers.get('link'))).toEqual({ prev: 1, first: 1 });
  });

  it('reports and counts the rate limit', async () => {
    const first = await call(gh, 'GET', '/repos/octo/demo');
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4999');
    await call(gh, 'GET', '/repos/octo/demo');
    const rate = await call(gh, 'GET', '/rate_limit');
    expect(rate.body).toMatchObject({ rate: { limit: 5000, remaining: 4998, used: 2 } });
    expect(Number(rate.headers.get('x-ratelimit-reset'))).toBe(Math.floor(T0 / 1000) + 1000 * 60 + 3600);
  });

  it('injects faults and latency through one hook', async () => {
    gh.onRequest = (request, index) =>
      index === 0 ? { status: 502, body: { message: 'Server Error' } } : undefined;
    expect((await call(gh, 'GET', '/repos/octo/demo')).status).toBe(502);
    expect((await call(gh, 'GET', '/repos/octo/demo')).status).toBe(200);
    gh.onRequest = () => 'destroy';
    await expect(call(gh, 'GET', '/repos/octo/demo')).rejects.toThrow();
    gh.onRequest = undefined;
    gh.latencyMs = 40;
    const started = Date.now();
    await call(gh, 'GET', '/repos/octo/demo');
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 200, 0, 200]);
  });

  it('answers writes with 403 when read-only', async () => {
    repo.addIssue();
    gh.readOnly = true;
    expect(await call(gh, 'POST', '/repos/octo/demo/issues/1/labels', { labels: ['x'] })).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    expect(repo.require(1).labels).toEqual([]);
  });
});

describe('GitHub emulator options', () => {
  it('serves under a GHES path prefix only', async () => {
    const gh = await startGitHubEmulator({ pathPrefix: '/api/v3/' });
    try {
      gh.store.addRepo('octo/demo').addIssue();
      expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
      expect((await fetch(`${gh.url}/repos/octo/demo/issues`)).status).toBe(200);
      expect((await fetch(`${new URL(gh.url).origin}/repos/octo/demo/issues`)).status).toBe(404);
      expect(gh.requests[0].path).toBe('/repos/octo/demo/issues');
    } finally {
      await gh.close();
    }
  });

  it('lists 100,000 items without re-sorting per request', async () => {
    const gh = await startGitHubEmulator();
    try {
      const repo = gh.store.addRepo('big/repo');
      for (let i = 0; i < 100_000; i++)
        repo.addIssue({ created_at: new Date(T0 + i * 1000).toISOString(), title: 't' });
      const started = Date.now();
      for (let page = 1; page <= 50; page++) {
        const res = await fetch(
          `${gh.url}/repos/big/repo/issues?per_page=100&direction=asc&page=${page * 20}`,
        );
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      // Generous: catches an O(n log n) sort per request (seconds), not machine speed.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await gh.close();
    }
  });
});
