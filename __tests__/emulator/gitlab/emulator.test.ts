/**
 * The GitLab emulator against plain fetch: it must behave like GitLab's API v4 where a client can tell
 * the difference: auth headers, project ids, offset and keyset pagination and their headers, error
 * shapes, writes and the notes and label events they leave, and the notes rate limit.
 */
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../../src/emulator/gitlab/index.js';

const TOKEN = 'glpat-emulator-secret';
const T0 = Date.UTC(2026, 0, 1);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(
  gl: GitLabEmulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'private-token': TOKEN },
): Promise<Answer> {
  const res = await fetch(`${gl.url}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const iids = (body: unknown): number[] => (body as { iid: number }[]).map((i) => i.iid);

/** Parses `<url>; rel="x"` pairs into rel -> URL. */
function links(header: string | null): Record<string, URL> {
  const out: Record<string, URL> = {};
  for (const m of (header ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)) out[m[2]] = new URL(m[1]);
  return out;
}

describe('GitLab emulator', () => {
  let gl: GitLabEmulator;
  let project: ProjectStore;
  let clock = T0 + 1000 * 60_000;
  const P = '/projects/group%2Fsub%2Fapp';

  beforeEach(async () => {
    clock = T0 + 1000 * 60_000;
    gl = await startGitLabEmulator({ token: TOKEN, now: () => new Date(clock) });
    project = gl.store.addProject('group/sub/app');
  });
  afterEach(async () => {
    expect(gl.serverErrors).toEqual([]);
    await gl.close();
  });

  describe('authentication and projects', () => {
    it('accepts the token as PRIVATE-TOKEN, JOB-TOKEN or a Bearer token, and logs which', async () => {
      const variants: Record<string, string>[] = [
        { 'private-token': TOKEN },
        { 'job-token': TOKEN },
        { authorization: `Bearer ${TOKEN}` },
      ];
      for (const headers of variants) {
        expect((await call(gl, 'GET', P, undefined, headers)).status).toBe(200);
      }
      expect(gl.requests.map((r) => r.auth)).toEqual(['private-token', 'job-token', 'bearer']);
    });

    it('answers 401 without the right token', async () => {
      expect(await call(gl, 'GET', P, undefined, {})).toMatchObject({
        status: 401,
        body: { message: '401 Unauthorized' },
      });
      expect((await call(gl, 'GET', P, undefined, { 'private-token': 'wrong' })).status).toBe(401);
    });

    it('finds a project by URL-encoded path (any case) or numeric id; else 404 Project Not Found', async () => {
      const byPath = await call(gl, 'GET', '/projects/GROUP%2Fsub%2FApp');
      expect(byPath.body).toMatchObject({
        id: project.id,
        path_with_namespace: 'group/sub/app',
        web_url: 'https://gitlab.example.com/group/sub/app',
      });
      expect((await call(gl, 'GET', `/projects/${project.id}`)).body).toMatchObject({ path: 'app' });
      expect(await call(gl, 'GET', '/projects/group%2Fnope/issues')).toMatchObject({
        status: 404,
        body: { message: '404 Project Not Found' },
      });
      expect(await call(gl, 'GET', '/nowhere')).toMatchObject({
        status: 404,
        body: { message: '404 Not found' },
      });
    });

    it('looks users up by username', async () => {
      gl.store.addUser({ username: 'alice' });
      gl.store.addUser({ username: 'deploy', bot: true });
      expect((await call(gl, 'GET', '/users?username=ALICE')).body).toMatchObject([
        { username: 'alice', bot: false },
      ]);
      expect((await call(gl, 'GET', '/users?username=deploy')).body).toMatchObject([{ bot: true }]);
      expect((await call(gl, 'GET', '/users?username=nobody')).body).toEqual([]);
      expect((await call(gl, 'GET', '/user')).body).toMatchObject({ username: 'sift-bot', bot: true });
    });
  });

  describe('listing', () => {
    beforeEach(() => {
      // Created in a shuffled order so "by creation" differs from "by iid".
      for (let iid = 1; iid <= 45; iid++) {
        project.addIssue({ iid, created_at: at((iid * 7) % 45), state: iid % 5 === 0 ? 'closed' : 'opened' });
      }
      project.addMergeRequest({ created_at: at(1) });
      project.addMergeRequest({ created_at: at(2), state: 'merged' });
      project.addMergeRequest({ created_at: at(3), state: 'closed', draft: true });
    });

    it('pages by offset with GitLab headers: 20 a page by default, newest first, every state', async () => {
      const first = await call(gl, 'GET', `${P}/issues`);
      expect(iids(first.body)).toHaveLength(20);
      expect(Object.fromEntries([...first.headers].filter(([k]) => k.startsWith('x-')))).toEqual({
        'x-page': '1',
        'x-per-page': '20',
        'x-next-page': '2',
        'x-prev-page': '',
        'x-total': '45',
        'x-total-pages': '3',
      });
      const rel = links(first.headers.get('link'));
      expect(Object.keys(rel).sort()).toEqual(['first', 'last', 'next']);
      expect(rel.next.searchParams.get('page')).toBe('2');
      const created = (first.body as { created_at: string }[]).map((i) => i.created_at);
      expect(created).toEqual([...created].sort().reverse());

      const last = await call(gl, 'GET', `${P}/issues?page=3`);
      expect(iids(last.body)).toHaveLength(5);
      expect(last.headers.get('x-next-page')).toBe('');
      expect(Object.keys(links(last.headers.get('link'))).sort()).toEqual(['first', 'last', 'prev']);
    });

    it('filters by state, orders by created_at or updated_at either way, caps per_page at 100', async () => {
      const opened = await call(
        gl,
        'GET',
        `${P}/issues?state=opened&order_by=created_at&sort=asc&per_page=500`,
      );
      expect(opened.headers.get('x-per-page')).toBe('100');
      const expected = project.issues
        .filter((i) => i.state === 'opened')
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((i) => i.iid);
      expect(iids(opened.body)).toEqual(expected);
      expect(iids((await call(gl, 'GET', `${P}/issues?state=closed&per_page=100`)).body)).toHaveLength(9);

      project.update('issue', 2, { add_labels: ['touched'] }, 'sift-bot');
      const byUpdate = await call(gl, 'GET', `${P}/issues?order_by=updated_at&sort=desc&per_page=1`);
      expect(iids(byUpdate.body)).toEqual([2]);
      expect(await call(gl, 'GET', `${P}/issues?state=open`)).toMatchObject({
        status: 400,
        body: { error: 'state does not have a valid value' },
      });
    });

    it('omits totals past the count limit, as GitLab does past 10,000', async () => {
      const small = await startGitLabEmulator({ countLimit: 10 });
      try {
        const p = small.store.addProject('g/p');
        for (let i = 0; i < 11; i++) p.addIssue();
        const res = await fetch(`${small.url}/projects/g%2Fp/issues?per_page=5`);
        expect(res.headers.get('x-total')).toBeNull();
        expect(res.headers.get('x-total-pages')).toBeNull();
        expect(res.headers.get('x-next-page')).toBe('2');
        expect(Object.keys(links(res.headers.get('link')))).not.toContain('last');
      } finally {
        await small.close();
      }
    });

    it('pages project issues by keyset: a cursor in Link rel="next" only, stable when items close', async () => {
      const seen: number[] = [];
      let url: string | null =
        `${P}/issues?pagination=keyset&state=opened&order_by=created_at&sort=asc&per_page=10`;
      let pages = 0;
      while (url) {
        const res: Answer = await call(gl, 'GET', url);
        pages++;
        expect(res.headers.get('x-total')).toBeNull();
        expect(res.headers.get('x-next-page')).toBeNull();
        seen.push(...iids(res.body));
        // Close everything just served, as a triage run might: offset pages would now skip ten items.
        for (const iid of iids(res.body)) project.update('issue', iid, { state_event: 'close' }, 'sift-bot');
        const next = links(res.headers.get('link')).next;
        expect(Object.keys(links(res.headers.get('link')))).toEqual(next ? ['next'] : []);
        url = next ? `${next.pathname.replace('/api/v4', '')}${next.search}` : null;
      }
      expect(seen).toHaveLength(36);
      expect(new Set(seen).size).toBe(36);
      expect(pages).toBe(4);
      expect((await call(gl, 'GET', `${P}/issues?pagination=keyset&cursor=%%%`)).status).toBe(400);
    });

    it('answers keyset requests with offset pages when keyset is off (older GitLab), and for merge requests', async () => {
      const old = await startGitLabEmulator({ keysetIssues: false });
      try {
        old.store.addProject('g/p').addIssue();
        const res = await fetch(`${old.url}/projects/g%2Fp/issues?pagination=keyset`);
        expect(res.headers.get('x-page')).toBe('1');
      } finally {
        await old.close();
      }
      const mrs = await call(gl, 'GET', `${P}/merge_requests?pagination=keyset`);
      expect(mrs.headers.get('x-total')).toBe('3');
    });

    it('lists merge requests by state, merged apart from closed', async () => {
      expect(iids((await call(gl, 'GET', `${P}/merge_requests?state=opened`)).body)).toEqual([1]);
      expect(iids((await call(gl, 'GET', `${P}/merge_requests?state=merged`)).body)).toEqual([2]);
      const closed = await call(gl, 'GET', `${P}/merge_requests?state=closed`);
      expect(closed.body).toMatchObject([{ iid: 3, draft: true, work_in_progress: true, state: 'closed' }]);
      expect(iids((await call(gl, 'GET', `${P}/merge_requests?sort=asc`)).body)).toEqual([1, 2, 3]);
    });
  });

  describe('an issue and a merge request', () => {
    beforeEach(() => {
      gl.store.addUser({ username: 'alice' });
      gl.store.addUser({ username: 'bob' });
      project.addMilestone({ title: 'v1' });
      project.addIssue({
        title: 'Crash',
        description: 'It crashes.',
        author: 'alice',
        labels: ['bug'],
        labelEvents: [{ label: 'bug', created_at: at(5) }],
        assignees: ['bob'],
        milestone: 'v1',
        upvotes: 4,
        downvotes: 1,
        created_at: at(0),
        updated_at: at(30),
        notes: [
          { body: 'Me too', author: 'bob', created_at: at(10) },
          { body: 'changed the description', system: true, created_at: at(11) },
        ],
      });
      project.addMergeRequest({
        title: 'Fix crash',
        author: 'bob',
        source_branch: 'fix',
        fork: true,
        files: ['src/a.ts', 'README.md'],
        closesIssues: [1],
        created_at: at(20),
      });
    });

    it('serialises issues and merge requests with GitLab field names', async () => {
      const issue = await call(gl, 'GET', `${P}/issues/1`);
      expect(issue.body).toMatchObject({
        iid: 1,
        project_id: project.id,
        title: 'Crash',
        description: 'It crashes.',
        state: 'opened',
        labels: ['bug'],
        author: { username: 'alice' },
        assignees: [{ username: 'bob' }],
        assignee: { username: 'bob' },
        milestone: { title: 'v1', state: 'active' },
        user_notes_count: 1,
        upvotes: 4,
        downvotes: 1,
        discussion_locked: null,
        closed_at: null,
        created_at: at(0),
        updated_at: at(30),
        web_url: 'https://gitlab.example.com/group/sub/app/-/issues/1',
        references: { full: 'group/sub/app#1' },
      });
      const mr = await call(gl, 'GET', `${P}/merge_requests/1`);
      expect(mr.body).toMatchObject({
        iid: 1,
        source_branch: 'fix',
        target_branch: 'main',
        draft: false,
        reviewers: [],
        target_project_id: project.id,
        web_url: 'https://gitlab.example.com/group/sub/app/-/merge_requests/1',
      });
      const { source_project_id } = mr.body as { source_project_id: number };
      expect(source_project_id).not.toBe(project.id);
      expect((await call(gl, 'GET', `${P}/issues/9`)).body).toEqual({ message: '404 Issue Not Found' });
    });

    it('changes labels with add_labels, remove_labels and labels, recording label events', async () => {
      clock += 60_000;
      const res = await call(gl, 'PUT', `${P}/issues/1`, {
        add_labels: 'triage,Bug',
        remove_labels: ['missing'],
      });
      expect(res.body).toMatchObject({
        labels: ['bug', 'triage'],
        updated_at: new Date(clock).toISOString(),
      });
      await call(gl, 'PUT', `${P}/issues/1?remove_labels=bug`);
      await call(gl, 'PUT', `${P}/issues/1`, { labels: 'x,y' });
      const events = (await call(gl, 'GET', `${P}/issues/1/resource_label_events`)).body;
      expect(events).toMatchObject([
        {
          label: { name: 'bug' },
          action: 'add',
          created_at: at(5),
          user: { username: 'alice' },
          resource_type: 'Issue',
        },
        { label: { name: 'triage' }, action: 'add', user: { username: 'sift-bot' } },
        { label: { name: 'bug' }, action: 'remove' },
        { label: { name: 'triage' }, action: 'remove' },
        { label: { name: 'x' }, action: 'add' },
        { label: { name: 'y' }, action: 'add' },
      ]);
    });

    it('closes, reopens and locks with system notes that do not count as user notes', async () => {
      const closed = await call(gl, 'PUT', `${P}/issues/1`, {
        state_event: 'close',
        discussion_locked: true,
      });
      expect(closed.body).toMatchObject({ state: 'closed', discussion_locked: true, user_notes_count: 1 });
      expect((closed.body as { closed_at: string }).closed_at).toBe(new Date(clock).toISOString());
      await call(gl, 'PUT', `${P}/issues/1`, { state_event: 'reopen', discussion_locked: false });
      const notes = (await call(gl, 'GET', `${P}/issues/1/notes?sort=asc`)).body as {
        body: string;
        system: boolean;
      }[];
      expect(notes.map((n) => [n.body, n.system])).toEqual([
        ['Me too', false],
        ['changed the description', true],
        ['closed', true],
        ['locked this issue', true],
        ['reopened', true],
        ['unlocked this issue', true],
      ]);
      expect(await call(gl, 'PUT', `${P}/issues/1`, { state_event: 'shut' })).toMatchObject({
        status: 400,
        body: { error: 'state_event does not have a valid value' },
      });
      expect((await call(gl, 'PUT', `${P}/issues/1`, {})).status).toBe(400);
    });

    it('replaces assignees and reviewers by id, dropping non-members silently', async () => {
      const alice = gl.store.user('alice')!;
      const bob = gl.store.user('bob')!;
      const outsider = gl.store.addUser({ username: 'outsider' });
      project.members = new Set(['alice', 'bob']);
      const res = await call(gl, 'PUT', `${P}/issues/1`, {
        assignee_ids: [alice.id, bob.id, outsider.id, 999],
      });
      expect(res.status).toBe(200);
      expect((res.body as { assignees: { username: string }[] }).assignees.map((u) => u.username)).toEqual([
        'alice',
        'bob',
      ]);
      await call(gl, 'PUT', `${P}/issues/1`, { assignee_ids: [0] });
      expect(project.issue(1)!.assignees).toEqual([]);

      const mr = await call(gl, 'PUT', `${P}/merge_requests/1`, { reviewer_ids: [alice.id] });
      expect(mr.body).toMatchObject({ reviewers: [{ username: 'alice' }] });
      const notes = project.mergeRequest(1)!.notes.map((n) => n.body);
      expect(notes).toEqual(['requested review from @alice']);
    });

    it('sets and clears the milestone by id', async () => {
      const v2 = project.addMilestone({ title: 'v2', state: 'closed' });
      expect((await call(gl, 'PUT', `${P}/issues/1`, { milestone_id: v2.id })).body).toMatchObject({
        milestone: { title: 'v2', state: 'closed' },
      });
      expect((await call(gl, 'PUT', `${P}/issues/1`, { milestone_id: 0 })).body).toMatchObject({
        milestone: null,
      });
      expect((await call(gl, 'PUT', `${P}/issues/1`, { milestone_id: 12345 })).status).toBe(404);
      const list = await call(gl, 'GET', `${P}/milestones?state=active`);
      expect((list.body as { title: string }[]).map((m) => m.title)).toEqual(['v1']);
      expect((await call(gl, 'GET', `${P}/milestones?title=v2`)).body).toMatchObject([{ id: v2.id }]);
    });

    it('creates, lists and edits notes; only the author may edit one', async () => {
      const created = await call(gl, 'POST', `${P}/merge_requests/1/notes`, { body: 'Looks good' });
      expect(created).toMatchObject({
        status: 201,
        body: {
          body: 'Looks good',
          system: false,
          author: { username: 'sift-bot', bot: true },
          noteable_type: 'MergeRequest',
        },
      });
      const id = (created.body as { id: number }).id;
      expect(
        (await call(gl, 'PUT', `${P}/merge_requests/1/notes/${id}`, { body: 'Edited' })).body,
      ).toMatchObject({
        id,
        body: 'Edited',
      });
      const bobs = project.issue(1)!.notes[0].id;
      expect((await call(gl, 'PUT', `${P}/issues/1/notes/${bobs}`, { body: 'x' })).status).toBe(403);
      expect((await call(gl, 'POST', `${P}/issues/1/notes`, {})).body).toEqual({ error: 'body is missing' });
      const newestFirst = (await call(gl, 'GET', `${P}/issues/1/notes`)).body as { body: string }[];
      expect(newestFirst.map((n) => n.body)).toEqual(['changed the description', 'Me too']);
    });

    it('lists changed files and the links between merge requests and the issues they close', async () => {
      const diffs = (await call(gl, 'GET', `${P}/merge_requests/1/diffs`)).body as { new_path: string }[];
      expect(diffs.map((d) => d.new_path)).toEqual(['src/a.ts', 'README.md']);
      expect(iids((await call(gl, 'GET', `${P}/merge_requests/1/closes_issues`)).body)).toEqual([1]);
      expect(iids((await call(gl, 'GET', `${P}/issues/1/closed_by`)).body)).toEqual([1]);
    });
  });

  describe('limits and faults', () => {
    beforeEach(() => {
      project.addIssue();
    });

    it('answers note creation past the per-minute limit with 429 and Retry-After', async () => {
      gl.notesPerMinute = 2;
      expect((await call(gl, 'POST', `${P}/issues/1/notes`, { body: 'a' })).status).toBe(201);
      clock += 20_000;
      expect((await call(gl, 'POST', `${P}/issues/1/notes`, { body: 'b' })).status).toBe(201);
      const limited = await call(gl, 'POST', `${P}/issues/1/notes`, { body: 'c' });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('40');
      expect(limited.body).toEqual({
        message: { error: 'This endpoint has been requested too many times. Try again later.' },
      });
      expect(project.issue(1)!.notes).toHaveLength(2);
      // Other requests are not limited; once the first note leaves the window, one more may go.
      expect((await call(gl, 'PUT', `${P}/issues/1`, { add_labels: 'x' })).status).toBe(200);
      clock += 40_000;
      expect((await call(gl, 'POST', `${P}/issues/1/notes`, { body: 'c' })).status).toBe(201);
    });

    it('lets a hook answer instead, or drop the connection, after logging the request', async () => {
      gl.onRequest = (request, index) =>
        index === 0
          ? { status: 503, body: { message: 'down' }, headers: { 'retry-after': '1' } }
          : request.method === 'PUT'
            ? 'destroy'
            : undefined;
      const down = await call(gl, 'GET', P);
      expect(down).toMatchObject({ status: 503, body: { message: 'down' } });
      expect(down.headers.get('retry-after')).toBe('1');
      await expect(call(gl, 'PUT', `${P}/issues/1`, { add_labels: 'x' })).rejects.toThrow();
      expect(gl.requests.map((r) => [r.method, r.status])).toEqual([
        ['GET', 503],
        ['PUT', 0],
      ]);
      expect(gl.requests[1].body).toEqual({ add_labels: 'x' });
    });

    it('refuses every write when read-only, like a read_api token', async () => {
      gl.readOnly = true;
      expect(await call(gl, 'PUT', `${P}/issues/1`, { add_labels: 'x' })).toMatchObject({
        status: 403,
        body: { message: '403 Forbidden' },
      });
      expect((await call(gl, 'GET', `${P}/issues/1`)).status).toBe(200);
      expect(gl.writes()).toHaveLength(1);
    });

    it('waits latencyMs before answering', async () => {
      gl.latencyMs = 60;
      const start = performance.now();
      await call(gl, 'GET', P);
      expect(performance.now() - start).toBeGreaterThanOrEqual(55);
    });
  });
});
