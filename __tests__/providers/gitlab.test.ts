/**
 * The GitLab provider against the GitLab emulator over real HTTP on 127.0.0.1: pagination (keyset and
 * offset), 429 handling, note pacing, id lookups, facts from notes and label events, merge request
 * mapping, and messages. Time is a fake clock shared by the emulator and the provider, so a minute of
 * pacing or a Retry-After costs nothing.
 */
import { FakeClock } from '../helpers/clock.js';
import { checkCapabilities, parseRules } from '../../src/config/index.js';
import type { Item } from '../../src/model/item.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../src/model/rules.js';
import { triage } from '../../src/pipeline/triage.js';
import {
  createGitLabProvider,
  GitLabReadError,
  type GitLabProvider,
} from '../../src/providers/gitlab/index.js';
import { ItemWriteError, RateLimitStop, type ItemKey } from '../../src/providers/provider.js';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';

const TOKEN = 'glpat-TopSecretToken-123456';
const PATH = '/projects/group%2Fsub%2Fapp';
const T0 = Date.UTC(2026, 2, 1, 12);
const at = (minutes: number): string => new Date(T0 - 100 * 86_400_000 + minutes * 60_000).toISOString();
const issue = (number: number): ItemKey => ({ type: 'issue', number });
const mr = (number: number): ItemKey => ({ type: 'pull_request', number });

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection<E extends Error = ItemWriteError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a rejection');
}

describe('GitLab provider', () => {
  let clock: FakeClock;
  let gl: GitLabEmulator;
  let project: ProjectStore;
  let provider: GitLabProvider;
  const make = (options: Partial<Parameters<typeof createGitLabProvider>[0]> = {}): GitLabProvider =>
    createGitLabProvider({ token: TOKEN, project: 'group/sub/app', baseUrl: gl.url, clock, ...options });
  const requests = (suffix: string, method = 'GET') =>
    gl.requests.filter((r) => r.method === method && r.path === `${PATH}${suffix}`);

  beforeEach(async () => {
    clock = new FakeClock(T0);
    gl = await startGitLabEmulator({ token: TOKEN, now: () => new Date(clock.t) });
    project = gl.store.addProject('group/sub/app');
    for (const username of ['alice', 'bob', 'carol']) gl.store.addUser({ username });
    project.members = new Set(['alice', 'bob', 'carol', 'sift-bot']);
    provider = make({ perPage: 20 });
  });
  afterEach(async () => {
    expect(gl.serverErrors).toEqual([]);
    await gl.close();
  });

  describe('listing', () => {
    beforeEach(() => {
      // Issues every 10 minutes from minute 0, merge requests every 15 from minute 5: interleaved.
      for (let iid = 1; iid <= 50; iid++) {
        project.addIssue({ created_at: at(iid * 10), state: iid % 10 === 0 ? 'closed' : 'opened' });
      }
      for (let iid = 1; iid <= 30; iid++) {
        const state = iid % 6 === 0 ? 'merged' : iid % 6 === 3 ? 'closed' : 'opened';
        project.addMergeRequest({ created_at: at(iid * 15 + 5), state });
      }
    });

    it('interleaves issues and merge requests oldest first, each exactly once', async () => {
      const items = await collect(provider.items({ state: 'all' }));
      const expected = [
        ...project.issues.map((r) => ({ key: `issue:${r.iid}`, at: r.created_at })),
        ...project.mergeRequests.map((r) => ({ key: `pull_request:${r.iid}`, at: r.created_at })),
      ]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((e) => e.key);
      expect(items.map((i) => `${i.type}:${i.number}`)).toEqual(expected);
    });

    it('pages issues by keyset and merge requests by offset, as GitLab offers them', async () => {
      await collect(provider.items({ state: 'all' }));
      const issuePages = requests('/issues').map((r) => r.query);
      expect(issuePages).toHaveLength(3);
      expect(issuePages[0]).toEqual({
        state: 'all',
        order_by: 'created_at',
        sort: 'asc',
        per_page: '20',
        pagination: 'keyset',
      });
      expect(issuePages[1].cursor).toEqual(expect.any(String));
      expect(issuePages[1].page).toBeUndefined();
      expect(requests('/merge_requests').map((r) => r.query.page)).toEqual([undefined, '2']);
      expect(provider.requestCounts()).toEqual({ reads: 5, writes: 0 });
    });

    it('requests the next page only when the consumer pulls past the current one', async () => {
      const iterator = provider.items({ state: 'all', type: 'issue' })[Symbol.asyncIterator]();
      expect(gl.requests).toHaveLength(0);
      await iterator.next();
      expect(requests('/issues')).toHaveLength(1);
      for (let i = 1; i < 20; i++) await iterator.next();
      expect(requests('/issues')).toHaveLength(1);
      await iterator.next();
      expect(requests('/issues')).toHaveLength(2);
      await iterator.return?.(undefined);
      expect(gl.requests).toHaveLength(2);

      // Both listings start with the first item (the walk must compare their heads), then stay lazy.
      const both = provider.items({ state: 'all' })[Symbol.asyncIterator]();
      await both.next();
      expect(gl.requests).toHaveLength(4);
      await both.return?.(undefined);
      expect(gl.requests).toHaveLength(4);
    });

    it('sees every open issue once while the walk closes them (keyset: no page shift)', async () => {
      const seen: number[] = [];
      for await (const item of provider.items({ state: 'open', type: 'issue' })) {
        seen.push(item.number);
        project.update('issue', item.number, { state_event: 'close' }, 'someone');
      }
      expect(seen).toHaveLength(45);
      expect(new Set(seen).size).toBe(45);
    });

    it('follows x-next-page on a GitLab without keyset pagination for issues', async () => {
      const old = await startGitLabEmulator({ keysetIssues: false });
      try {
        const p = old.store.addProject('group/app');
        for (let i = 0; i < 7; i++) p.addIssue({ created_at: at(i) });
        const items = await collect(
          createGitLabProvider({ token: 't', project: 'group/app', baseUrl: old.url, perPage: 3 }).items({
            state: 'all',
            type: 'issue',
          }),
        );
        expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        expect(old.requests.map((r) => r.query.page)).toEqual([undefined, '2', '3']);
      } finally {
        await old.close();
      }
    });

    it('lists merged merge requests as closed, with closed ones, oldest first', async () => {
      const closed = await collect(provider.items({ state: 'closed', type: 'pull_request' }));
      expect(closed.map((i) => i.number)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
      expect(closed.every((i) => i.state === 'closed' && i.closedAt !== null)).toBe(true);
      expect(
        requests('/merge_requests')
          .map((r) => r.query.state)
          .sort(),
      ).toEqual(['closed', 'merged']);
      const open = await collect(provider.items({ state: 'open' }));
      expect(open).toHaveLength(45 + 20);
    });

    it('hands over the branches the listing carries when the rules need them', async () => {
      const items = await collect(provider.items({ state: 'open', prefetch: ['branches'] }));
      const pull = items.find((i) => i.type === 'pull_request')!;
      expect(pull.prefetched).toEqual({
        branches: { base: 'main', head: `feature-${pull.number}`, fork: false },
      });
      expect(items.find((i) => i.type === 'issue')!.prefetched).toEqual({ branches: null });
      expect((await collect(provider.items({ state: 'open' })))[0].prefetched).toBeUndefined();
    });

    it('explains a project it cannot find: the path, and the scopes the token needs', async () => {
      const error = await rejection<GitLabReadError>(
        collect(
          createGitLabProvider({ token: TOKEN, project: 'group/nope', baseUrl: gl.url }).items({
            state: 'all',
          }),
        ),
      );
      expect(error).toBeInstanceOf(GitLabReadError);
      expect(error.status).toBe(404);
      expect(error.message).toBe(
        'listing issues in group/nope failed: GitLab answered 404 Project Not Found. Check the project path ' +
          '"group/nope": the project does not exist, or the token cannot see it (the token needs the api or read_api scope).',
      );
    });

    it('rejects a bad project path or page size before any request', () => {
      expect(() => make({ project: 'app' })).toThrow('project must be a full path');
      expect(() => make({ perPage: 101 })).toThrow('perPage must be an integer from 1 to 100');
      expect(make({ project: '/group/app/' }).repository).toBe('group/app');
    });
  });

  describe('mapping', () => {
    it('maps a merge request: merged is closed, draft, votes, locked discussion, user notes only', async () => {
      project.addMergeRequest({
        title: 'Draft: speed',
        description: null,
        author: 'alice',
        state: 'merged',
        draft: true,
        labels: ['perf'],
        assignees: ['bob'],
        reviewers: ['carol'],
        milestone: 'v1',
        upvotes: 5,
        downvotes: 2,
        discussion_locked: true,
        created_at: at(0),
        updated_at: at(50),
        merged_at: at(40),
        notes: [
          { body: 'Nice', author: 'bob', created_at: at(1) },
          { body: 'added 1 commit', system: true, created_at: at(2) },
        ],
      });
      const [item] = await collect(provider.items({ state: 'all' }));
      expect(item).toEqual({
        type: 'pull_request',
        number: 1,
        title: 'Draft: speed',
        body: '',
        state: 'closed',
        draft: true,
        locked: true,
        author: 'alice',
        authorAssociation: 'NONE',
        labels: ['perf'],
        assignees: ['bob'],
        milestone: 'v1',
        comments: 1,
        reactions: { total: 7, thumbsUp: 5 },
        createdAt: at(0),
        updatedAt: at(50),
        closedAt: at(40),
        // GitLab records no close reason for a merge request.
        closedAs: null,
        url: 'https://gitlab.example.com/group/sub/app/-/merge_requests/1',
      });
    });
  });

  describe('facts', () => {
    beforeEach(() => {
      gl.store.addUser({ username: 'renovate', bot: true });
      project.addIssue({
        author: 'alice',
        labels: ['stale', 'bug'],
        labelEvents: [
          { label: 'bug', created_at: at(1) },
          { label: 'stale', created_at: at(2) },
          { label: 'stale', created_at: at(3), action: 'remove' },
          { label: 'old', created_at: at(4) },
          { label: 'old', created_at: at(5), action: 'remove' },
          { label: 'stale', created_at: at(6), user: 'project_42_bot_1a2b3c' },
        ],
        notes: [
          { body: 'First!', author: 'bob', created_at: at(10) },
          { body: 'assigned to @bob', system: true, created_at: at(11) },
          { body: 'Bump deps', author: 'renovate', created_at: at(12) },
          {
            body: 'Stale.\n\n<!-- sift:rule=mark-stale -->',
            author: 'project_42_bot_1a2b3c',
            created_at: at(13),
          },
          { body: 'changed the description', system: true, author: 'carol', created_at: at(14) },
          { body: 'mentioned in merge request !1', system: true, created_at: at(15) },
          { body: 'closed', system: true, author: 'carol', created_at: at(16) },
        ],
        created_at: at(0),
      });
      project.addMergeRequest({
        fork: true,
        source_branch: 'fix',
        files: ['src/a.ts', 'docs/b.md'],
        closesIssues: [1],
      });
    });

    it('labelAppliedAt: the last add of each label still on the item', async () => {
      const facts = await provider.facts(issue(1), ['labelAppliedAt']);
      expect(facts).toEqual({ labelAppliedAt: { bug: at(1), stale: at(6) } });
      expect(requests('/issues/1/resource_label_events')).toHaveLength(1);
    });

    it('timeline: user notes are comments, system notes by their wording, label events as labels; bots marked', async () => {
      const { timeline } = await provider.facts(issue(1), ['timeline', 'labelAppliedAt']);
      expect(timeline).toEqual([
        { kind: 'labeled', at: at(1), actor: 'alice', actorIsBot: false, label: 'bug' },
        { kind: 'labeled', at: at(2), actor: 'alice', actorIsBot: false, label: 'stale' },
        { kind: 'unlabeled', at: at(3), actor: 'alice', actorIsBot: false, label: 'stale' },
        { kind: 'labeled', at: at(4), actor: 'alice', actorIsBot: false, label: 'old' },
        { kind: 'unlabeled', at: at(5), actor: 'alice', actorIsBot: false, label: 'old' },
        { kind: 'labeled', at: at(6), actor: 'project_42_bot_1a2b3c', actorIsBot: true, label: 'stale' },
        { kind: 'comment', at: at(10), actor: 'bob', actorIsBot: false },
        { kind: 'assigned', at: at(11), actor: 'alice', actorIsBot: false },
        { kind: 'comment', at: at(12), actor: 'renovate', actorIsBot: true },
        // Another bot's note with a marker: a bot commenting, not Sift (which runs as sift-bot).
        { kind: 'comment', at: at(13), actor: 'project_42_bot_1a2b3c', actorIsBot: true },
        { kind: 'edited', at: at(14), actor: 'carol', actorIsBot: false },
        { kind: 'other', at: at(15), actor: 'alice', actorIsBot: false },
        { kind: 'closed', at: at(16), actor: 'carol', actorIsBot: false },
      ]);
      // One read of the label events served both facts.
      expect(requests('/issues/1/resource_label_events')).toHaveLength(1);
      expect(requests('/issues/1/notes')[0].query).toMatchObject({ sort: 'asc', order_by: 'created_at' });
    });

    it('branches, files and linked items of a merge request; none for an issue', async () => {
      expect(await provider.facts(mr(1), ['branches', 'files', 'linked'])).toEqual({
        branches: { base: 'main', head: 'fix', fork: true },
        files: ['src/a.ts', 'docs/b.md'],
        linked: [{ type: 'issue', number: 1, state: 'open', updatedAt: project.issue(1)!.updated_at }],
      });
      expect(await provider.facts(issue(1), ['branches', 'files', 'linked'])).toEqual({
        branches: null,
        files: [],
        linked: [
          { type: 'pull_request', number: 1, state: 'open', updatedAt: project.mergeRequest(1)!.updated_at },
        ],
      });
    });
  });

  describe('writes', () => {
    beforeEach(() => {
      project.addMilestone({ title: 'v1' });
      project.addMilestone({ title: 'v2' });
      project.addIssue({ labels: ['bug'], assignees: ['alice', 'bob'] });
      project.addIssue();
      project.addMergeRequest({ reviewers: ['bob'] });
    });
    const bodies = () => gl.writes().map((r) => [r.method, r.path.replace(PATH, ''), r.body]);

    it('sends labels, state, lock and comments as GitLab takes them; reasons GitLab lacks are not sent', async () => {
      await provider.addLabels(issue(2), ['triage', 'area/ui']);
      await provider.removeLabel(issue(2), 'absent');
      await provider.close(issue(2), 'not_planned');
      await provider.reopen(issue(2));
      await provider.lock(issue(2), 'too heated');
      await provider.unlock(issue(2));
      await provider.createComment(mr(1), 'Hello');
      expect(bodies()).toEqual([
        ['PUT', '/issues/2', { add_labels: 'triage,area/ui' }],
        ['PUT', '/issues/2', { remove_labels: 'absent' }],
        ['PUT', '/issues/2', { state_event: 'close' }],
        ['PUT', '/issues/2', { state_event: 'reopen' }],
        ['PUT', '/issues/2', { discussion_locked: true }],
        ['PUT', '/issues/2', { discussion_locked: false }],
        ['POST', '/merge_requests/1/notes', { body: 'Hello' }],
      ]);
      expect(project.issue(2)!.labels).toEqual(['triage', 'area/ui']);
      expect(provider.requestCounts()).toEqual({ reads: 0, writes: 7 });
    });

    it('resolves usernames to ids once per provider, and keeps the other assignees', async () => {
      await provider.addAssignees(issue(2), ['Carol']);
      await provider.addAssignees(issue(1), ['carol']);
      expect(gl.requests.filter((r) => r.path === '/users')).toHaveLength(1);
      const carol = gl.store.user('carol')!;
      const [alice, bob] = project.issue(1)!.assignees;
      expect(gl.writes().map((r) => r.body)).toEqual([
        { assignee_ids: [carol.id] },
        { assignee_ids: [alice.id, bob.id, carol.id] },
      ]);
      await provider.removeAssignees(issue(1), ['ALICE', 'bob', 'carol']);
      expect(gl.writes().at(-1)!.body).toEqual({ assignee_ids: [0] });
      expect(project.issue(1)!.assignees).toEqual([]);
    });

    it('fails an assignment to an unknown user before writing, and one GitLab drops silently after', async () => {
      const unknown = await rejection(provider.addAssignees(issue(2), ['alice', 'nobody']));
      expect(unknown).toBeInstanceOf(ItemWriteError);
      expect(unknown.message).toBe(
        'assigning alice, nobody to issue #2 failed: no GitLab user named nobody.',
      );
      expect(gl.writes()).toEqual([]);

      gl.store.addUser({ username: 'outsider' });
      const dropped = await rejection(provider.addAssignees(issue(2), ['outsider']));
      expect(dropped.message).toBe(
        'assigning outsider to issue #2 in group/sub/app failed: GitLab ignored outsider; only members of the project can be assigned.',
      );
    });

    it('resolves milestone titles once, clears with 0, and refuses a missing title without writing', async () => {
      await provider.setMilestone(issue(1), 'v2');
      await provider.setMilestone(issue(2), 'v1');
      await provider.setMilestone(issue(2), null);
      expect(requests('/milestones')).toHaveLength(1);
      expect(requests('/milestones')[0].query).toMatchObject({ include_ancestors: 'true', per_page: '100' });
      const [v1, v2] = project.milestones;
      expect(gl.writes().map((r) => r.body)).toEqual([
        { milestone_id: v2.id },
        { milestone_id: v1.id },
        { milestone_id: 0 },
      ]);

      const error = await rejection(provider.setMilestone(issue(1), 'v9'));
      expect(error).toBeInstanceOf(ItemWriteError);
      expect(error.message).toBe('milestone "v9" does not exist in group/sub/app');
      expect(gl.writes()).toHaveLength(3);
    });

    it('adds reviewers to those already asked, on merge requests only', async () => {
      await provider.requestReviewers(mr(1), ['alice']);
      const { id: bob } = gl.store.user('bob')!;
      const { id: alice } = gl.store.user('alice')!;
      expect(gl.writes().map((r) => r.body)).toEqual([{ reviewer_ids: [bob, alice] }]);
      const error = await rejection(provider.requestReviewers(issue(1), ['alice']));
      expect(error.message).toBe(
        'requesting review from alice on issue #1 failed: only merge requests have reviewers.',
      );
    });

    it('finds its comment by marker among user notes, stopping at the page that has it', async () => {
      for (let i = 0; i < 130; i++) {
        project.addNote(
          'issue',
          2,
          i === 110 ? 'Mine <!-- m -->' : `note ${i}`,
          i === 110 ? 'sift-bot' : 'bob',
        );
      }
      project.addNote('issue', 2, 'later <!-- m -->', 'bob');
      project.update('issue', 2, { state_event: 'close' }, 'sift-bot'); // a system note, no marker
      const found = await provider.findComment(issue(2), '<!-- m -->');
      const mine = project.issue(2)!.notes[110];
      expect(found).toEqual({ id: String(mine.id), body: 'Mine <!-- m -->', createdAt: mine.created_at });
      expect(requests('/issues/2/notes').map((r) => r.query.page)).toEqual([undefined, '2']);
      expect(await provider.findComment(issue(1), '<!-- m -->')).toBeNull();

      await provider.updateComment(issue(2), found!.id, 'Mine, edited <!-- m -->');
      expect(project.issue(2)!.notes[110].body).toBe('Mine, edited <!-- m -->');
      expect(gl.writes()[0]).toMatchObject({ method: 'PUT', path: `${PATH}/issues/2/notes/${found!.id}` });
      const bad = await rejection(provider.updateComment(issue(2), 'IC_abc', 'x'));
      expect(bad.message).toBe('editing note IC_abc on issue #2 failed: "IC_abc" is not a GitLab note id');
    });
  });

  describe('rate limits and retries', () => {
    beforeEach(() => {
      project.addIssue();
    });
    const tooMany = (headers: Record<string, string> = { 'retry-after': '2' }) => ({
      status: 429,
      body: { message: 'Retry later' },
      headers,
    });

    it('waits as long as Retry-After says, then goes on (reads and writes)', async () => {
      gl.onRequest = (_, index) => (index < 2 ? tooMany() : undefined);
      expect(await collect(provider.items({ state: 'all', type: 'issue' }))).toHaveLength(1);
      expect(clock.sleeps).toEqual([2000, 2000]);

      gl.onRequest = (r, index) =>
        r.method === 'PUT' && index < 6 ? tooMany({ 'retry-after': '5' }) : undefined;
      await provider.addLabels(issue(1), ['x']);
      expect(clock.sleeps).toEqual([2000, 2000, 5000, 5000, 5000]);
      expect(project.issue(1)!.labels).toEqual(['x']);
      // Every attempt is a request the budget pays for.
      expect(provider.requestCounts()).toEqual({ reads: 3, writes: 4 });
    });

    it('backs off 1 s, 2 s, 4 s when GitLab says nothing, and reads the reset time when it is all it says', async () => {
      gl.onRequest = (_, index) => (index < 3 ? tooMany({}) : undefined);
      await provider.addLabels(issue(1), ['x']);
      expect(clock.sleeps).toEqual([1000, 2000, 4000]);
      gl.onRequest = (_, index) =>
        index === 4 ? tooMany({ 'ratelimit-reset': String(Math.floor(clock.t / 1000) + 30) }) : undefined;
      await provider.addLabels(issue(1), ['y']);
      expect(clock.sleeps.at(-1)).toBe(30_000);
    });

    it('stops the run cleanly (RateLimitStop) once the retries are spent; the write is not applied', async () => {
      gl.onRequest = () => tooMany({ 'retry-after': '7' });
      const stop = await rejection<RateLimitStop>(provider.addLabels(issue(1), ['x']));
      expect(stop).toBeInstanceOf(RateLimitStop);
      expect(stop.message).toBe(
        `adding label "x" to issue #1 in group/sub/app: GitLab answered 429 4 times, waiting as told between them: ` +
          `its rate limit is spent until about ${new Date(clock.t + 7000).toISOString()}; the next run will carry on.`,
      );
      expect(stop.resetAt).toEqual(new Date(clock.t + 7000));
      expect(gl.requests).toHaveLength(4);
      expect(project.issue(1)!.labels).toEqual([]);
    });

    it('stops at once when Retry-After asks for longer than a run should wait', async () => {
      gl.onRequest = () => tooMany({ 'retry-after': '3600' });
      const stop = await rejection<RateLimitStop>(collect(provider.items({ state: 'all' })));
      expect(stop).toBeInstanceOf(RateLimitStop);
      expect(stop.message).toContain('asks to wait 3600 s, longer than the 60 s a run waits');
      expect(clock.sleeps).toEqual([]);
    });

    it('a rate limit during triage stops the run with the writes deferred, not failed', async () => {
      gl.onRequest = (r) => (r.method === 'PUT' ? tooMany({ 'retry-after': '600' }) : undefined);
      const rules = parseRules(
        'version: 1\nrules:\n  - id: tag\n    when: { type: issue }\n    then:\n      - label: seen\n',
        'sift.yml',
      );
      const result = await triage({ provider, rules, now: new Date(T0), dryRun: false, maxChangeRatio: 1 });
      expect(result.stop).toMatchObject({ reason: 'rate-limit' });
      expect(result.outcomes[0].rules[0].changes[0].status).toBe('deferred');
    });

    it('retries a read that meets 502/503/504, but never a write', async () => {
      gl.onRequest = (_, index) => (index === 0 ? { status: 503, body: { message: 'down' } } : undefined);
      expect(await collect(provider.items({ state: 'all', type: 'issue' }))).toHaveLength(1);
      gl.onRequest = (r) =>
        r.method === 'PUT' ? { status: 503, body: { message: '503 Service Unavailable' } } : undefined;
      const error = await rejection(provider.addLabels(issue(1), ['x']));
      expect(error.status).toBe(503);
      expect(gl.writes()).toHaveLength(1);
    });
  });

  describe('note pacing', () => {
    beforeEach(() => {
      project.addIssue();
    });

    it('keeps note creation under the per-minute limit, so GitLab never answers 429', async () => {
      gl.notesPerMinute = 3;
      const paced = make({ notesPerMinute: 3 });
      for (let i = 0; i < 7; i++) await paced.createComment(issue(1), `note ${i}`);
      expect(gl.requests.map((r) => r.status)).toEqual(Array(7).fill(201));
      expect(clock.sleeps).toEqual([60_000, 60_000]);
      const times = project.issue(1)!.notes.map((n) => Date.parse(n.created_at) - T0);
      expect(times).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000]);
    });

    it('without pacing, GitLab’s 429 and Retry-After still get every note through', async () => {
      gl.notesPerMinute = 3;
      const unpaced = make({ notesPerMinute: Infinity });
      for (let i = 0; i < 4; i++) await unpaced.createComment(issue(1), `note ${i}`);
      expect(gl.requests.map((r) => r.status)).toEqual([201, 201, 201, 429, 201]);
      expect(clock.sleeps).toEqual([60_000]);
    });

    it('paces by default at 60 a minute (gitlab.com)', async () => {
      for (let i = 0; i < 61; i++) await provider.createComment(issue(1), `note ${i}`);
      expect(clock.sleeps).toEqual([60_000]);
      expect(() => make({ notesPerMinute: 0 })).toThrow('notesPerMinute must be a positive number');
    });
  });

  describe('errors and credentials', () => {
    beforeEach(() => {
      project.addIssue();
    });

    it('sends a private token as PRIVATE-TOKEN and a CI job token as JOB-TOKEN', async () => {
      await collect(provider.items({ state: 'all' }));
      await collect(make({ tokenKind: 'job' }).items({ state: 'all' }));
      expect([...new Set(gl.requests.map((r) => r.auth))]).toEqual(['private-token', 'job-token']);
    });

    it('explains a forbidden write in GitLab terms', async () => {
      gl.readOnly = true;
      const error = await rejection(provider.close(issue(1), 'completed'));
      expect(error).toBeInstanceOf(ItemWriteError);
      expect(error.status).toBe(403);
      expect(error.message).toBe(
        'closing issue #1 (completed) in group/sub/app failed: GitLab answered 403 Forbidden. The token may not ' +
          'change it: it needs the api scope and at least the Reporter role in group/sub/app (a CI job token ' +
          'cannot change issues or merge requests).',
      );
    });

    it('says a write to a missing item is missing, and a bad token is bad', async () => {
      const missing = await rejection(provider.addLabels(issue(99), ['x']));
      expect(missing.message).toBe(
        'adding label "x" to issue #99 in group/sub/app failed: GitLab answered 404 Issue Not Found. ' +
          'It does not exist, or the token cannot see group/sub/app.',
      );
      const read = await rejection<GitLabReadError>(
        make({ token: 'wrong-token-xyz' }).facts(issue(1), ['labelAppliedAt']),
      );
      expect(read).toBeInstanceOf(GitLabReadError);
      expect(read.message).toBe(
        'reading the resource label events of issue #1 in group/sub/app failed: GitLab answered 401 Unauthorized. ' +
          'The token is invalid, expired or revoked.',
      );
    });

    it('never puts the token in a message, even when GitLab echoes it', async () => {
      gl.onRequest = () => ({
        status: 400,
        body: { message: { base: [`token ${TOKEN} is not allowed here`] } },
      });
      const write = await rejection(provider.addLabels(issue(1), ['x']));
      expect(write.message).toBe(
        'adding label "x" to issue #1 in group/sub/app failed: GitLab answered 400 token *** is not allowed here.',
      );
      const read = await rejection(collect(provider.items({ state: 'all' })));
      expect(read.message).not.toContain(TOKEN);
      expect(read.message).toContain('***');
    });

    it('says where it could not reach GitLab', async () => {
      const url = gl.url;
      await gl.close();
      gl = await startGitLabEmulator();
      const error = await rejection(
        createGitLabProvider({
          token: TOKEN,
          project: 'group/app',
          baseUrl: url,
          clock,
          maxRetries: 1,
        }).addLabels(issue(1), ['x']),
      );
      expect(error).toBeInstanceOf(ItemWriteError);
      expect(error.message).toBe(
        `adding label "x" to issue #1 in group/app failed: could not reach GitLab at ${new URL(url).origin}: ECONNREFUSED.`,
      );
    });
  });

  describe('capabilities', () => {
    it('offers every condition but author-association, issue-type, form and project, every action but issue-type, delete-branch and project, and the facts it reads', () => {
      expect(provider.capabilities.name).toBe('gitlab');
      expect(CONDITION_KINDS.filter((k) => !provider.capabilities.conditions.has(k))).toEqual([
        'author-association',
        'issue-type',
        'form',
        'project',
      ]);
      expect(ACTION_KINDS.filter((k) => !provider.capabilities.actions.has(k))).toEqual([
        'issue-type',
        'delete-branch',
        'project',
      ]);
      expect([...provider.capabilities.facts].sort()).toEqual([
        'associations',
        'branches',
        'checks',
        'files',
        'labelAppliedAt',
        'linked',
        'parent',
        'pull',
        'reactions',
        'reviews',
        'ruleComments',
        'subIssues',
        'timeline',
      ]);
    });

    it('turns away a rules file that uses author-association, at its position', () => {
      const rules = parseRules(
        'version: 1\nrules:\n  - id: members\n    when:\n      author-association: MEMBER\n    then:\n      - label: member\n',
        'sift.yml',
      );
      expect(checkCapabilities(rules, provider.capabilities)).toEqual([
        {
          file: 'sift.yml',
          line: 3,
          col: 5,
          message:
            'rule "members" uses the condition "author-association", which the gitlab provider does not support',
        },
      ]);
    });
  });
});
