/**
 * The GitHub REST provider against the emulator over real HTTP on 127.0.0.1: no Octokit mocks.
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { createGitHubRestProvider, type GitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { GitHubReadError } from '../../src/providers/github/errors.js';
import { ItemWriteError, type ItemKey } from '../../src/providers/provider.js';
import type { Item } from '../../src/model/item.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../src/model/rules.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const at = (day: number): string => new Date(Date.UTC(2026, 0, day)).toISOString().replace('.000', '');
const issue = (number: number): ItemKey => ({ type: 'issue', number });
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection<E extends Error = ItemWriteError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a rejection');
}

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('GitHub REST provider', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubRestProvider;
  const listRequests = () => gh.requests.filter((r) => r.path === '/repos/octo/demo/issues');

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    provider = createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url });
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  describe('items', () => {
    beforeEach(() => {
      // Created newest-number-first for the first ten, so "oldest first" differs from "by number".
      for (let n = 1; n <= 250; n++) {
        repo.addIssue({
          created_at: new Date(Date.UTC(2025, 0, 1) + (n <= 10 ? 11 - n : n) * 60_000).toISOString(),
          state: n % 50 === 0 ? 'closed' : 'open',
          pull_request: n % 4 === 0,
        });
      }
    });

    it('walks every matching item once, oldest first, across pages', async () => {
      const items = await collect(provider.items({ state: 'open' }));
      const expected = [...repo.issues]
        .filter((i) => i.state === 'open')
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((i) => i.number);
      expect(items.map((i) => i.number)).toEqual(expected);
      expect(items.slice(0, 3).map((i) => i.number)).toEqual([10, 9, 8]);
      expect(new Set(items.map((i) => i.number)).size).toBe(245);
      // Pages 2 and 3 are asked for at once: either may arrive first.
      const byPage = listRequests().sort((a, b) => Number(a.query.page ?? 1) - Number(b.query.page ?? 1));
      expect(byPage.map((r) => r.query)).toEqual([
        { state: 'open', sort: 'created', direction: 'asc', per_page: '100' },
        { state: 'open', sort: 'created', direction: 'asc', per_page: '100', page: '2' },
        { state: 'open', sort: 'created', direction: 'asc', per_page: '100', page: '3' },
      ]);
      expect(provider.requestCounts()).toEqual({ reads: 3, writes: 0 });
    });

    it('filters by state on the server and by type on the client', async () => {
      const closed = await collect(provider.items({ state: 'closed' }));
      expect(closed.map((i) => i.number)).toEqual([50, 100, 150, 200, 250]);
      const pulls = await collect(provider.items({ state: 'all', type: 'pull_request' }));
      expect(pulls).toHaveLength(62);
      expect(pulls.every((i) => i.type === 'pull_request' && i.number % 4 === 0)).toBe(true);
      const issues = await collect(provider.items({ state: 'all', type: 'issue' }));
      expect(issues).toHaveLength(188);
    });

    it('reads the first page when the consumer asks, and the rest once it has come', async () => {
      const iterator = provider.items({ state: 'all' })[Symbol.asyncIterator]();
      expect(listRequests()).toHaveLength(0);
      await iterator.next();
      // Page 1's Link names page 3 as the last: pages 2 and 3 go out together, before they are needed.
      for (let i = 1; i < 250; i++) await iterator.next();
      expect(listRequests()).toHaveLength(3);
      expect((await iterator.next()).done).toBe(true);
      expect(listRequests()).toHaveLength(3);
    });

    it('does not yield an item twice when a reopen elsewhere shifts the pages back', async () => {
      const seen: number[] = [];
      for await (const item of provider.items({ state: 'open' })) {
        seen.push(item.number);
        // Someone reopens an old item: everything after it moves one place later.
        if (seen.length === 100) repo.update(50, { state: 'open' }, 'alice');
      }
      expect(seen).toHaveLength(new Set(seen).size);
      expect(seen).toHaveLength(245);
    });

    it('honours a smaller page size', async () => {
      const small = createGitHubRestProvider({
        token: TOKEN,
        repository: 'octo/demo',
        baseUrl: gh.url,
        perPage: 7,
      });
      expect(await collect(small.items({ state: 'closed' }))).toHaveLength(5);
      expect(listRequests()[0].query.per_page).toBe('7');
      expect(() => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', perPage: 101 })).toThrow(
        /perPage/,
      );
    });
  });

  it('maps GitHub issue JSON onto Item', async () => {
    repo.addIssue({
      title: 'Crash on start',
      body: null,
      user: 'alice',
      author_association: 'FIRST_TIME_CONTRIBUTOR',
      labels: ['bug', 'area/ui'],
      assignees: ['mona', 'hubot'],
      milestone: 'v1.0',
      comments: 4,
      created_at: at(1),
      updated_at: at(2),
      state: 'closed',
      closed_at: at(3),
      locked: true,
      active_lock_reason: 'resolved',
      reactions: { '+1': 5, heart: 2 },
    });
    repo.addIssue({
      title: 'Draft PR',
      user: 'dependabot[bot]',
      pull_request: true,
      draft: true,
      created_at: at(4),
    });
    repo.addIssue({ title: 'Ready PR', pull_request: true, created_at: at(5) });

    const [first, draft, ready] = await collect(provider.items({ state: 'all' }));
    expect(first).toEqual({
      type: 'issue',
      number: 1,
      title: 'Crash on start',
      body: '',
      state: 'closed',
      draft: false,
      locked: true,
      author: 'alice',
      authorAssociation: 'FIRST_TIME_CONTRIBUTOR',
      labels: ['bug', 'area/ui'],
      assignees: ['mona', 'hubot'],
      milestone: 'v1.0',
      comments: 4,
      reactions: { total: 7, thumbsUp: 5 },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      closedAt: '2026-01-03T00:00:00Z',
      // The emulator's default reason, as GitHub's for an issue closed without one.
      closedAs: 'completed',
      url: 'https://github.com/octo/demo/issues/1',
    });
    expect(draft).toMatchObject({
      type: 'pull_request',
      draft: true,
      author: 'dependabot[bot]',
      url: 'https://github.com/octo/demo/pull/2',
    });
    expect(ready).toMatchObject({
      type: 'pull_request',
      draft: false,
      body: '',
      milestone: null,
      closedAt: null,
    });
  });

  it('reads when each present label was last applied from the paged event history', async () => {
    repo.addIssue({
      labels: ['stale', 'bug', 'Pinned'],
      created_at: at(1),
      labelEvents: [
        { label: 'stale', created_at: at(2), actor: 'sift[bot]' },
        { label: 'stale', created_at: at(3), event: 'unlabeled' },
        { label: 'stale', created_at: at(4), actor: 'sift[bot]' },
        { label: 'wontfix', created_at: at(5) },
        { label: 'wontfix', created_at: at(6), event: 'unlabeled' },
      ],
    });
    // Push the history past one page of events.
    for (let i = 0; i < 60; i++) {
      repo.addLabels(1, ['noise'], 'alice');
      repo.removeLabel(1, 'noise', 'alice');
    }
    await provider.addLabels(issue(1), ['triaged']);

    const facts = await provider.facts(issue(1), ['labelAppliedAt']);
    expect(facts).toEqual({
      labelAppliedAt: {
        stale: at(4),
        bug: at(1),
        Pinned: at(1),
        triaged: '2026-03-01T12:00:00Z',
      },
    });
    expect(gh.requests.filter((r) => r.path === '/repos/octo/demo/issues/1/events')).toHaveLength(2);
    expect(await provider.facts(issue(1), [])).toEqual({});
  });

  it('finds its own comment by marker across comment pages', async () => {
    repo.addIssue({
      comments: Array.from({ length: 130 }, (_, i) => ({
        body: i === 115 ? 'Closing soon.\n\n<!-- sift:rule=stale -->' : `comment ${i}`,
        user: i === 115 ? 'sift[bot]' : 'alice',
      })),
    });
    const found = await provider.findComment(issue(1), '<!-- sift:rule=stale -->');
    expect(found).toEqual({
      id: String(repo.require(1).commentList[115].id),
      body: 'Closing soon.\n\n<!-- sift:rule=stale -->',
      createdAt: repo.require(1).commentList[115].created_at,
    });
    expect(await provider.findComment(issue(1), '<!-- sift:rule=other -->')).toBeNull();
  });

  it('answers the comment lookup of an item listed without comments from the listing, until it writes to it', async () => {
    repo.addIssue({ title: 'quiet' });
    repo.addIssue({ title: 'talked about', comments: [{ body: 'Any news?', user: 'alice' }] });
    const marker = '<!-- sift:rule=stale -->';
    await collect(provider.items({ state: 'open' }));
    const commentReads = () => gh.requests.filter((r) => /\/issues\/\d+\/comments$/.test(r.path)).length;

    // `comments: 0` in the listing: nobody, Sift included, has commented; no request.
    expect(await provider.findComment(issue(1), marker)).toBeNull();
    expect(commentReads()).toBe(0);
    // A commented item is read.
    expect(await provider.findComment(issue(2), marker)).toBeNull();
    expect(commentReads()).toBe(1);
    // What Sift writes to, it reads afresh: its own comment is found.
    const id = await provider.createComment(issue(1), `Closing soon.\n\n${marker}`);
    expect((await provider.findComment(issue(1), marker))?.id).toBe(id);
    expect(commentReads()).toBe(3); // the POST, then the read

    // A later walk that shows comments is believed over an earlier one that showed none.
    repo.addIssue({ title: 'quiet for now' });
    await collect(provider.items({ state: 'open' }));
    repo.addComment(3, `Sift's, from another run.\n\n${marker}`, 'sift[bot]');
    await collect(provider.items({ state: 'open' }));
    expect(await provider.findComment(issue(3), marker)).not.toBeNull();
  });

  it('applies every write to the repository', async () => {
    const m = repo.addMilestone({ title: 'v2' });
    repo.addIssue({ labels: ['triage'], assignees: ['bob'] });
    repo.addIssue({ pull_request: true, user: 'alice' });
    const one = repo.require(1);

    await provider.addLabels(issue(1), ['bug', 'ui']);
    await provider.removeLabel(issue(1), 'TRIAGE');
    await provider.createComment(issue(1), 'first');
    const comment = await provider.findComment(issue(1), 'first');
    await provider.updateComment(issue(1), comment!.id, 'edited');
    await provider.lock(issue(1), 'too heated');
    expect(one).toMatchObject({ locked: true, active_lock_reason: 'too heated' });
    await provider.unlock(issue(1));
    await provider.lock(issue(1), null);
    expect(one).toMatchObject({ locked: true, active_lock_reason: null });
    await provider.addAssignees(issue(1), ['mona']);
    await provider.removeAssignees(issue(1), ['bob']);
    await provider.setMilestone(issue(1), 'v2');
    expect(one.milestone).toBe(m.number);
    await provider.close(issue(1), 'not_planned');
    expect(one).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_at: '2026-03-01T12:00:00Z',
    });
    await provider.reopen(issue(1));
    await provider.setMilestone(issue(1), null);
    await provider.requestReviewers(pull(2), ['carol']);

    expect(one).toMatchObject({
      labels: ['bug', 'ui'],
      comments: 1,
      assignees: ['mona'],
      milestone: null,
      state: 'open',
      closed_at: null,
      locked: true,
      updated_at: '2026-03-01T12:00:00Z',
    });
    expect(one.commentList.map((c) => [c.body, c.user.login])).toEqual([['edited', 'sift[bot]']]);
    expect(repo.require(2).requested_reviewers).toEqual(['carol']);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/demo/issues/1/labels',
      'DELETE /repos/octo/demo/issues/1/labels/TRIAGE',
      'POST /repos/octo/demo/issues/1/comments',
      `PATCH /repos/octo/demo/issues/comments/${comment!.id}`,
      'PUT /repos/octo/demo/issues/1/lock',
      'DELETE /repos/octo/demo/issues/1/lock',
      'PUT /repos/octo/demo/issues/1/lock',
      'POST /repos/octo/demo/issues/1/assignees',
      'DELETE /repos/octo/demo/issues/1/assignees',
      'PATCH /repos/octo/demo/issues/1',
      'PATCH /repos/octo/demo/issues/1',
      'PATCH /repos/octo/demo/issues/1',
      'PATCH /repos/octo/demo/issues/1',
      'POST /repos/octo/demo/pulls/2/requested_reviewers',
    ]);
    const writes = gh.writes();
    expect(writes[6].body).toBeUndefined(); // lock without a reason sends no lock_reason
    expect(writes[4].body).toEqual({ lock_reason: 'too heated' });
    expect(writes[10].body).toEqual({ state: 'closed', state_reason: 'not_planned' });
    const counts = provider.requestCounts();
    // Reads: GETs. Who Sift runs as (to own the comment it found) came with the comment it posted:
    // its author. No GraphQL viewer query.
    expect(counts).toEqual({
      reads: gh.requests.filter((r) => r.method === 'GET' || r.graphql !== undefined).length,
      writes: gh.writes().length,
    });
    expect(gh.requests.filter((r) => r.graphql !== undefined)).toHaveLength(0);
    expect(counts.writes).toBe(14);
  });

  it('treats removing an absent label as done, but not a missing item', async () => {
    repo.addIssue({ labels: ['bug'] });
    await expect(provider.removeLabel(issue(1), 'stale')).resolves.toBeUndefined();
    expect(gh.writes().map((w) => w.status)).toEqual([404]);
    await expect(provider.removeLabel(issue(9), 'bug')).rejects.toMatchObject({
      name: 'ItemWriteError',
      status: 404,
    });
  });

  it('resolves milestone titles once per provider, closed ones included', async () => {
    repo.addMilestone({ title: 'v1', state: 'closed' });
    repo.addMilestone({ title: 'v2' });
    repo.addIssue();
    repo.addIssue();
    await provider.setMilestone(issue(1), 'v1');
    await provider.setMilestone(issue(2), 'v2');
    expect(repo.require(1).milestone).toBe(1);
    expect(repo.require(2).milestone).toBe(2);
    const reads = gh.requests.filter((r) => r.path === '/repos/octo/demo/milestones');
    expect(reads).toHaveLength(1);
    expect(reads[0].query).toMatchObject({ state: 'all' });

    const missing = provider.setMilestone(issue(1), 'v9');
    await expect(missing).rejects.toThrow(ItemWriteError);
    await expect(missing).rejects.toThrow('milestone "v9" does not exist in octo/demo');
  });

  describe('errors', () => {
    it('says which item failed when it does not exist', async () => {
      const error = await rejection(provider.close(issue(42), 'completed'));
      expect(error).toBeInstanceOf(ItemWriteError);
      expect(error).toMatchObject({ status: 404 });
      expect((error as Error).message).toBe(
        'closing issue #42 as completed in octo/demo failed: GitHub answered 404 Not Found. It does not exist, or the token cannot see octo/demo.',
      );
    });

    it('names the missing workflow permission on 403, without the token', async () => {
      repo.addIssue();
      repo.addIssue({ pull_request: true });
      gh.readOnly = true;
      const onIssue = await rejection(provider.addLabels(issue(1), ['bug']));
      expect(onIssue).toBeInstanceOf(ItemWriteError);
      expect(onIssue.status).toBe(403);
      expect(onIssue.message).toContain(
        'adding label "bug" to issue #1 in octo/demo failed: GitHub answered 403 Resource not accessible by integration.',
      );
      expect(onIssue.message).toContain('permissions: { issues: write }');
      const onPull = await rejection(provider.createComment(pull(2), 'hi'));
      expect(onPull.message).toContain('permissions: { pull-requests: write }');
      const review = await rejection(provider.requestReviewers(pull(2), ['a']));
      expect(review.message).toContain('pull-requests: write');
      // Even a server that echoes the token back does not get it into a message.
      gh.onRequest = () => ({ status: 500, body: { message: `token ${TOKEN} rejected` } });
      const echoed = await rejection(provider.unlock(issue(1)));
      expect(echoed.message).toContain('GitHub answered 500 token *** rejected');
      for (const e of [onIssue, onPull, review, echoed])
        expect(`${e.message} ${e.stack}`).not.toContain(TOKEN);
    });

    it('passes GitHub validation details through', async () => {
      repo.addIssue({ pull_request: true, user: 'alice' });
      const error = await rejection(provider.requestReviewers(pull(1), ['alice']));
      expect(error).toMatchObject({ status: 422 });
      expect(error.message).toContain('Review cannot be requested from pull request author.');
    });

    it('refuses reviewers on an issue without a request', async () => {
      repo.addIssue();
      await expect(provider.requestReviewers(issue(1), ['a'])).rejects.toThrow(
        'only pull requests have reviewers',
      );
      expect(gh.requests).toHaveLength(0);
    });

    it('reports assignees GitHub silently dropped', async () => {
      repo.addIssue();
      repo.assignable = new Set(['mona']);
      await expect(provider.addAssignees(issue(1), ['mona', 'stranger'])).rejects.toThrow(
        /GitHub ignored stranger; only users with access to the repository can be assigned/,
      );
      expect(repo.require(1).assignees).toEqual(['mona']);
    });

    it('fails the listing with a read error on bad credentials', async () => {
      const bad = createGitHubRestProvider({
        token: 'wrong-token',
        repository: 'octo/demo',
        baseUrl: gh.url,
      });
      const error = await rejection<GitHubReadError>(collect(bad.items({ state: 'open' })));
      expect(error).toBeInstanceOf(GitHubReadError);
      expect(error.message).toBe(
        'listing open issues and pull requests in octo/demo failed: GitHub answered 401 Bad credentials. The token is invalid or expired.',
      );
      const facts = await rejection<GitHubReadError>(bad.facts(issue(1), ['labelAppliedAt']));
      expect(facts).toMatchObject({ name: 'GitHubReadError', status: 401 });
    });
  });

  it('declares every condition, action and fact', () => {
    expect(provider.capabilities.name).toBe('github-rest');
    expect([...provider.capabilities.conditions]).toEqual([...CONDITION_KINDS]);
    expect([...provider.capabilities.actions]).toEqual([...ACTION_KINDS]);
    expect([...provider.capabilities.facts]).toEqual([
      'labelAppliedAt',
      'timeline',
      'reactions',
      'files',
      'branches',
      'linked',
      'issueType',
      'subIssues',
      'parent',
      'form',
      'pull',
      'reviews',
      'checks',
      'ruleComments',
      'projects',
    ]);
    expect(provider.repository).toBe('octo/demo');
    expect(() => createGitHubRestProvider({ token: TOKEN, repository: 'nope' })).toThrow(/owner\/name/);
  });
});

describe('GitHub REST provider on GitHub Enterprise Server', () => {
  it('talks to a base URL with the /api/v3 prefix (trailing slash or not)', async () => {
    const gh = await startGitHubEmulator({ pathPrefix: '/api/v3' });
    try {
      const repo = gh.store.addRepo('corp/tool');
      repo.addIssue({ title: 'On prem', labels: ['x'] });
      for (const baseUrl of [gh.url, `${gh.url}/`]) {
        const provider = createGitHubRestProvider({ token: 't', repository: 'corp/tool', baseUrl });
        expect((await collect(provider.items({ state: 'open' }))).map((i) => i.title)).toEqual(['On prem']);
        await provider.removeLabel(issue(1), 'x');
      }
      expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /repos/corp/tool/issues 200',
        'DELETE /repos/corp/tool/issues/1/labels/x 200',
        'GET /repos/corp/tool/issues 200',
        'DELETE /repos/corp/tool/issues/1/labels/x 404',
      ]);
    } finally {
      await gh.close();
    }
  });
});
