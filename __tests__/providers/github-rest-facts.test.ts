/**
 * The REST provider's per-item facts (timeline, label history, changed files, branches, linked items)
 * against the emulator over real HTTP, and what they cost: which requests, and only when asked.
 */
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitHubRestProvider, type GitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { ItemKey } from '../../src/providers/provider.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number): string =>
  new Date(NOW.getTime() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const issue = (number: number): ItemKey => ({ type: 'issue', number });
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });
const MARKER = '<!-- sift:rule=mark-stale -->';

/** What GitHub says of a comment's or review's author with no tie to the repository. */
const NO_ASSOCIATION = { association: 'NONE' } as const;
describe('GitHub REST provider facts', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubRestProvider;
  /** Paths requested since the last call, without the repository prefix. */
  const requested = (): string[] => {
    const paths = gh.requests.map((r) => r.path.replace('/repos/octo/demo', ''));
    gh.requests.length = 0;
    return paths;
  };

  beforeEach(async () => {
    gh = await startGitHubEmulator({ now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    provider = createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: gh.url });
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  describe('timeline', () => {
    it('maps comments, label changes and state changes, with bots and Sift marked, oldest first', async () => {
      repo.addIssue({
        user: 'alice',
        created_at: daysAgo(30),
        labels: ['bug'],
        comments: [
          { body: 'Still happens', user: 'bob', created_at: daysAgo(20), author_association: 'MEMBER' },
          { body: `Stale. ${MARKER}`, user: 'sift[bot]', created_at: daysAgo(10) },
          { body: 'Bumped', user: 'renovate[bot]', created_at: daysAgo(9) },
          // A person's comment carrying the marker: Sift's only if Sift runs as that person (see below).
          { body: `Again ${MARKER}`, user: 'maintainer', created_at: daysAgo(8) },
          // Another bot quoting a marker (a CI bot echoing a title): that bot's comment, not Sift's.
          { body: `crash ${MARKER}`, user: 'ci-bot[bot]', created_at: daysAgo(7) },
        ],
        labelEvents: [
          { label: 'stale', created_at: daysAgo(10), actor: 'sift[bot]' },
          { label: 'stale', created_at: daysAgo(5), actor: 'carol', event: 'unlabeled' },
        ],
        timeline: [{ event: 'renamed', created_at: daysAgo(3), actor: 'carol' }],
      });

      const facts = await provider.facts(issue(1), ['timeline', 'labelAppliedAt']);

      expect(facts.timeline).toEqual([
        { kind: 'labeled', at: daysAgo(30), actor: 'alice', actorIsBot: false, label: 'bug' },
        // Comments carry their author's association (the `by: maintainers` clock reads it).
        { kind: 'comment', at: daysAgo(20), actor: 'bob', actorIsBot: false, association: 'MEMBER' },
        { kind: 'labeled', at: daysAgo(10), actor: 'sift[bot]', actorIsBot: true, label: 'stale' },
        {
          kind: 'comment',
          ...NO_ASSOCIATION,
          at: daysAgo(10),
          actor: 'sift[bot]',
          actorIsBot: true,
          bySift: true,
        },
        { kind: 'comment', ...NO_ASSOCIATION, at: daysAgo(9), actor: 'renovate[bot]', actorIsBot: true },
        { kind: 'comment', ...NO_ASSOCIATION, at: daysAgo(8), actor: 'maintainer', actorIsBot: false },
        { kind: 'comment', ...NO_ASSOCIATION, at: daysAgo(7), actor: 'ci-bot[bot]', actorIsBot: true },
        { kind: 'unlabeled', at: daysAgo(5), actor: 'carol', actorIsBot: false, label: 'stale' },
        { kind: 'edited', at: daysAgo(3), actor: 'carol', actorIsBot: false },
      ]);
      // Both facts from one read of the timeline; the issue's own linked pull requests come along.
      expect(facts.labelAppliedAt).toEqual({ bug: daysAgo(30) });
      expect(facts.linked).toEqual([]);
      // A marker comment asks who Sift runs as, once per provider: GraphQL's viewer, which answers an
      // installation token too (writes by sift[bot]; GET /user would be 403).
      expect(requested()).toEqual(['/issues/1/timeline', '/graphql']);
      await provider.facts(issue(1), ['timeline']);
      expect(requested()).toEqual(['/issues/1/timeline']);
    });

    it("counts a person's marker comment as Sift's when Sift runs as that person (GraphQL viewer, once)", async () => {
      const asPerson = await startGitHubEmulator({ now: () => NOW, login: 'maintainer' });
      try {
        const store = asPerson.store.addRepo('octo/demo');
        const comments = [
          { body: `Again ${MARKER}`, user: 'maintainer', created_at: daysAgo(8) },
          { body: `Pasted ${MARKER}`, user: 'carol', created_at: daysAgo(7) },
        ];
        store.addIssue({ user: 'alice', created_at: daysAgo(30), comments });
        store.addIssue({ user: 'alice', created_at: daysAgo(30), comments });
        const own = createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: asPerson.url });
        for (const number of [1, 2]) {
          const { timeline = [] } = await own.facts(issue(number), ['timeline']);
          expect(timeline.map((e) => [e.actor, e.bySift === true])).toEqual([
            ['maintainer', true],
            ['carol', false],
          ]);
        }
        expect((await own.findComment(issue(1), MARKER))?.body).toBe(`Again ${MARKER}`);
        // Posted before the cycle (a second before `since`): another cycle's.
        const afterIt = new Date(Date.parse(daysAgo(8)) + 1000).toISOString();
        expect(await own.findComment(issue(2), MARKER, afterIt)).toBeNull();
        expect(asPerson.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
        expect(asPerson.serverErrors).toEqual([]);
      } finally {
        await asPerson.close();
      }
    });

    it("adds an edit of a comment as its own event, by the comment's author, Sift's for its own", async () => {
      repo.addIssue({
        user: 'alice',
        created_at: daysAgo(30),
        comments: [
          { body: 'Edited later', user: 'bob', created_at: daysAgo(20), updated_at: daysAgo(4) },
          { body: `Warning ${MARKER}`, user: 'sift[bot]', created_at: daysAgo(10), updated_at: daysAgo(2) },
          { body: 'Never edited', user: 'carol', created_at: daysAgo(9) },
        ],
      });
      const { timeline } = await provider.facts(issue(1), ['timeline']);
      expect(timeline).toEqual([
        { kind: 'comment', ...NO_ASSOCIATION, at: daysAgo(20), actor: 'bob', actorIsBot: false },
        {
          kind: 'comment',
          ...NO_ASSOCIATION,
          at: daysAgo(10),
          actor: 'sift[bot]',
          actorIsBot: true,
          bySift: true,
        },
        { kind: 'comment', ...NO_ASSOCIATION, at: daysAgo(9), actor: 'carol', actorIsBot: false },
        { kind: 'edited', ...NO_ASSOCIATION, at: daysAgo(4), actor: 'bob', actorIsBot: false },
        {
          kind: 'edited',
          ...NO_ASSOCIATION,
          at: daysAgo(2),
          actor: 'sift[bot]',
          actorIsBot: true,
          bySift: true,
        },
      ]);
      // A comment carries the marker: who Sift runs as is read, once (GraphQL viewer).
      expect(requested()).toEqual(['/issues/1/timeline', '/graphql']);
    });

    it('maps commits (by git author), reviews and line comments of a pull request', async () => {
      repo.addIssue({
        pull_request: true,
        user: 'alice',
        created_at: daysAgo(10),
        timeline: [
          { event: 'committed', created_at: daysAgo(9), author: 'alice' },
          { event: 'committed', created_at: daysAgo(8), author: 'dependabot[bot]' },
          { event: 'reviewed', created_at: daysAgo(7), user: 'bob', state: 'approved' },
          { event: 'ready_for_review', created_at: daysAgo(6), actor: 'alice' },
        ],
      });
      const { timeline } = await provider.facts(pull(1), ['timeline']);
      expect(timeline).toEqual([
        { kind: 'commit', at: daysAgo(9), actor: 'alice', actorIsBot: false },
        { kind: 'commit', at: daysAgo(8), actor: 'dependabot[bot]', actorIsBot: false },
        { kind: 'review', ...NO_ASSOCIATION, at: daysAgo(7), actor: 'bob', actorIsBot: false },
        { kind: 'other', at: daysAgo(6), actor: 'alice', actorIsBot: false },
      ]);
    });

    it('follows the timeline across pages', async () => {
      const comments = Array.from({ length: 130 }, (_, i) => ({
        body: `comment ${i}`,
        user: 'bob',
        created_at: daysAgo(200 - i),
      }));
      repo.addIssue({ created_at: daysAgo(300), comments });
      const { timeline = [] } = await provider.facts(issue(1), ['timeline']);
      expect(timeline).toHaveLength(130);
      expect(requested()).toEqual(['/issues/1/timeline', '/issues/1/timeline']);
    });

    it('reads reactions on the description as `reaction` events only when asked for them', async () => {
      repo.addIssue({
        created_at: daysAgo(30),
        reactionList: [
          { content: '+1', user: 'dave', created_at: daysAgo(2) },
          { content: 'heart', user: 'helper[bot]', created_at: daysAgo(1) },
        ],
      });
      expect(await provider.facts(issue(1), ['timeline'])).toMatchObject({ timeline: [] });
      expect(requested()).toEqual(['/issues/1/timeline']);

      expect(await provider.facts(issue(1), ['timeline', 'reactions'])).toMatchObject({
        timeline: [],
        reactions: [
          { kind: 'reaction', at: daysAgo(2), actor: 'dave', actorIsBot: false },
          { kind: 'reaction', at: daysAgo(1), actor: 'helper[bot]', actorIsBot: true },
        ],
      });
      expect(requested()).toEqual(['/issues/1/timeline', '/issues/1/reactions']);
    });

    it('label history alone still comes from the (shorter) events listing', async () => {
      repo.addIssue({ labels: ['bug'], comments: [{ body: 'hi' }] });
      expect(await provider.facts(issue(1), ['labelAppliedAt'])).toEqual({
        labelAppliedAt: { bug: expect.any(String) },
      });
      expect(requested()).toEqual(['/issues/1/events']);
    });
  });

  describe('pull request facts', () => {
    beforeEach(() => {
      repo.addIssue({ title: 'an issue' });
      repo.addIssue({
        pull_request: true,
        pull: { base: 'release/2.x', head: 'fix/crash', files: ['docs/a.md', 'src/b.ts'] },
      });
      repo.addIssue({
        pull_request: true,
        pull: { head: 'main', fork: 'mallory/demo', files: Array.from({ length: 150 }, (_, i) => `f${i}`) },
      });
    });

    it('reads changed files (all pages) and branches; a fork is a head in another repository', async () => {
      expect(await provider.facts(pull(2), ['files', 'branches'])).toEqual({
        files: ['docs/a.md', 'src/b.ts'],
        branches: { base: 'release/2.x', head: 'fix/crash', fork: false },
      });
      expect(requested()).toEqual(['/pulls/2/files', '/pulls/2']);

      const fork = await provider.facts(pull(3), ['files', 'branches']);
      expect(fork.files).toHaveLength(150);
      expect(fork.branches).toEqual({ base: 'main', head: 'main', fork: true });
      expect(requested()).toEqual(['/pulls/3/files', '/pulls/3/files', '/pulls/3']);
    });

    it('an issue has no files and no branches, known without a request', async () => {
      expect(await provider.facts(issue(1), ['files', 'branches'])).toEqual({ files: [], branches: null });
      expect(requested()).toEqual([]);
    });
  });

  describe('linked items', () => {
    it('an issue: the pull requests that referenced it, once each, as they are now', async () => {
      repo.addIssue({ title: 'the issue' });
      repo.addIssue({ pull_request: true, title: 'fix', updated_at: daysAgo(1) });
      repo.addIssue({ pull_request: true, title: 'old attempt', state: 'closed', updated_at: daysAgo(40) });
      repo.addIssue({ title: 'a related issue' });
      repo.require(1).timeline = [
        { event: 'cross-referenced', at: daysAgo(5), actor: { login: 'bob', type: 'User' }, source: 2 },
        { event: 'cross-referenced', at: daysAgo(4), actor: { login: 'bob', type: 'User' }, source: 2 },
        { event: 'cross-referenced', at: daysAgo(50), actor: { login: 'eve', type: 'User' }, source: 3 },
        { event: 'cross-referenced', at: daysAgo(3), actor: { login: 'eve', type: 'User' }, source: 4 },
      ];

      const facts = await provider.facts(issue(1), ['linked']);
      // In the order of their first reference.
      expect(facts.linked).toEqual([
        { type: 'pull_request', number: 3, state: 'closed', updatedAt: daysAgo(40) },
        { type: 'pull_request', number: 2, state: 'open', updatedAt: daysAgo(1) },
      ]);
      // References happen elsewhere: they are not activity on the issue.
      expect(facts.timeline).toEqual([]);
      expect(requested()).toEqual(['/issues/1/timeline']);
    });

    it('a pull request: the issues of this repository its closing keywords name', async () => {
      repo.addIssue({ title: 'one', updated_at: daysAgo(3) });
      repo.addIssue({ title: 'two', state: 'closed', updated_at: daysAgo(2) });
      repo.addIssue({ pull_request: true, title: 'a pull request' });
      repo.addIssue({
        pull_request: true,
        body: 'Fixes #1, closes octo/demo#2 and resolves other/repo#1.\nSee #3; fixes #3; fixes #99.',
      });

      const facts = await provider.facts(pull(4), ['linked']);
      expect(facts.linked).toEqual([
        { type: 'issue', number: 1, state: 'open', updatedAt: daysAgo(3) },
        { type: 'issue', number: 2, state: 'closed', updatedAt: daysAgo(2) },
      ]);
      // #3 is a pull request and #99 does not exist: looked at, linked to nothing.
      expect(requested()).toEqual(['/pulls/4', '/issues/1', '/issues/2', '/issues/3', '/issues/99']);
    });
  });

  describe('in a run: the human-activity clock and what it costs', () => {
    const RULES = `version: 1
activity: { ignore-actors: [ci-user] }
rules:
  - id: mark-stale
    when:
      type: issue
      labels: { none: [stale] }
      inactive: 30d
    then:
      - label: stale
  - id: unstale
    when:
      active-after-label: stale
    then:
      - unlabel: stale
`;

    it('reads the timeline only of items updated within the span, and ignores bots, Sift and ignored actors', async () => {
      // 1: not updated for 40 days: quiet, no request.
      repo.addIssue({ title: 'quiet', created_at: daysAgo(90), updated_at: daysAgo(40) });
      // 2: updated 2 days ago, but only by bots, Sift and an ignored account: still quiet.
      repo.addIssue({
        title: 'only bots',
        user: 'alice',
        created_at: daysAgo(90),
        comments: [
          { body: 'bump', user: 'renovate[bot]', created_at: daysAgo(3) },
          { body: 'CI passed', user: 'ci-user', created_at: daysAgo(2) },
        ],
        labelEvents: [
          { label: 'wontfix', created_at: daysAgo(2), actor: 'github-actions[bot]', event: 'unlabeled' },
        ],
        updated_at: daysAgo(2),
      });
      // 3: a person answered 5 days ago: active.
      repo.addIssue({
        title: 'answered',
        created_at: daysAgo(90),
        comments: [{ body: 'Any news?', user: 'bob', created_at: daysAgo(5) }],
        updated_at: daysAgo(5),
      });
      // 4: created 10 days ago by a person: active, known without a request.
      repo.addIssue({ title: 'new', created_at: daysAgo(10) });
      // 5: marked stale by Sift 20 days ago, a person replied since: unstale.
      repo.addIssue({
        title: 'replied',
        created_at: daysAgo(90),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: daysAgo(20), actor: 'sift[bot]' }],
        comments: [
          { body: `Stale ${MARKER}`, user: 'sift[bot]', created_at: daysAgo(20) },
          { body: 'Still relevant!', user: 'dave', created_at: daysAgo(1) },
        ],
        updated_at: daysAgo(1),
      });
      // 6: marked stale 20 days ago, nothing since (updated_at says so): stays, no request.
      repo.addIssue({
        title: 'no reply',
        created_at: daysAgo(90),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: daysAgo(20), actor: 'sift[bot]' }],
        updated_at: daysAgo(20),
      });

      const result = await triage({
        provider,
        rules: parseRules(RULES, 'sift.yml'),
        now: NOW,
        dryRun: true,
        maxChangeRatio: 1,
      });
      expect(result.outcomes.map((o) => [o.item.number, o.rules.map((r) => r.rule)])).toEqual([
        [1, ['mark-stale']],
        [2, ['mark-stale']],
        [5, ['unstale']],
      ]);
      // One listing page and the repository's comments and issue events since the window (30 days):
      // they show a person on #3. This repository has no event older than the window, so the events
      // feed covers only 20 days (it may have ended early): one timeline each for #2, updated within
      // the span by bots only, and for the stale ones (#5, #6: when `stale` was applied and what
      // happened since, in one read). With older history, the feeds alone would decide all three.
      expect(requested().filter((p) => p !== '/issues')).toEqual([
        '/issues/comments',
        '/issues/events',
        '/issues/2/timeline',
        '/issues/5/timeline',
        '/issues/6/timeline',
        // #5's timeline has a bot's comment carrying a marker: is it Sift's own (for the cycle of
        // its comments)? Who Sift runs as (GraphQL viewer), once. The feeds' copy of that comment
        // asked nothing: a bot is no person's activity, whoever it runs for.
        '/graphql',
      ]);
    });
  });
});
