/**
 * The GitHub GraphQL provider against the emulator's GraphQL endpoint over real HTTP on 127.0.0.1.
 * Every document it sends is validated against GitHub's real schema (afterEach: none rejected), and
 * the REST provider reads the same store, so REST and GraphQL answers are compared item by item.
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import type { RequestLogEntry } from '../../src/emulator/github/index.js';
import {
  FIRST_PAGES_AHEAD,
  PULL_PAGES_AHEAD,
  RateLimitStop,
  createGitHubGraphqlProvider,
  graphqlUrlFor,
  graphqlUrlFromEnv,
  restUrlFor,
  type GitHubGraphqlProvider,
  type GitHubGraphqlProviderOptions,
  type Write,
} from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider, type GitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { GitHubReadError } from '../../src/providers/github/errors.js';
import { ItemWriteError, type ItemKey } from '../../src/providers/provider.js';
import type { FactName, Item } from '../../src/model/item.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../src/model/rules.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const at = (day: number, minute = 0): string =>
  new Date(Date.UTC(2026, 0, day, 0, minute)).toISOString().replace('.000', '');
const issue = (number: number): ItemKey => ({ type: 'issue', number });
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });

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

const withoutPrefetched = (item: Item): Item => {
  const copy = { ...item };
  delete copy.prefetched;
  return copy;
};

describe('GitHub GraphQL provider', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubGraphqlProvider;
  let rest: GitHubRestProvider;
  const make = (options: Partial<GitHubGraphqlProviderOptions> = {}): GitHubGraphqlProvider =>
    createGitHubGraphqlProvider({
      token: TOKEN,
      repository: 'octo/demo',
      graphqlUrl: gh.graphqlUrl,
      ...options,
    });
  const graphql = (operationName?: string): RequestLogEntry[] =>
    gh.requests.filter(
      (r) => r.path === '/graphql' && (!operationName || r.graphql?.operationName === operationName),
    );
  /** Mutation requests, including those a fault answered before the emulator parsed them. */
  const mutations = (): RequestLogEntry[] =>
    graphql().filter((r) => ((r.body as { query?: string } | undefined)?.query ?? '').startsWith('mutation'));

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    provider = make();
    rest = createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url });
  });
  afterEach(async () => {
    // Every document sent was one GitHub accepts, and the emulator served every field it asked for.
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  describe('configuration', () => {
    it('declares every condition, action and fact', () => {
      expect(provider.capabilities.name).toBe('github-graphql');
      expect([...provider.capabilities.conditions]).toEqual([...CONDITION_KINDS]);
      expect([...provider.capabilities.actions]).toEqual([...ACTION_KINDS]);
      expect([...provider.capabilities.facts].sort()).toEqual(
        [
          'branches',
          'files',
          'labelAppliedAt',
          'linked',
          'timeline',
          'reactions',
          'issueType',
          'subIssues',
          'parent',
          'form',
          'pull',
          'reviews',
          'checks',
          'ruleComments',
          'projects',
        ].sort(),
      );
      expect(provider.repository).toBe('octo/demo');
    });

    it('finds the GraphQL endpoint beside a REST root, on github.com and on GitHub Enterprise Server', () => {
      expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
      expect(graphqlUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
      expect(restUrlFor('https://ghe.example.com/api/graphql')).toBe('https://ghe.example.com/api/v3');
      expect(restUrlFor('https://api.github.com/graphql')).toBe('https://api.github.com');
      expect(graphqlUrlFromEnv({})).toBe('https://api.github.com/graphql');
      expect(graphqlUrlFromEnv({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' })).toBe(
        'https://ghe.example.com/api/graphql',
      );
      expect(
        graphqlUrlFromEnv({
          GITHUB_API_URL: 'https://ghe.example.com/api/v3',
          GITHUB_GRAPHQL_URL: 'https://graphql.example.com/graphql',
        }),
      ).toBe('https://graphql.example.com/graphql');
    });

    it('refuses settings out of range', () => {
      expect(() => make({ repository: 'octo' })).toThrow(/owner\/name/);
      expect(() => make({ perPage: 101 })).toThrow(/perPage/);
      expect(() => make({ batchSize: 0 })).toThrow(/batchSize/);
      expect(() => make({ timelineDepth: 1.5 })).toThrow(/timelineDepth/);
    });

    it('talks to /api/graphql when the REST root is /api/v3, as on GitHub Enterprise Server', async () => {
      const ghes = await startGitHubEmulator({ token: TOKEN, pathPrefix: '/api/v3' });
      try {
        ghes.store.addRepo('octo/demo').addIssue({ title: 'On GHES' });
        expect(ghes.graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/graphql$/);
        // Given only the REST root (GITHUB_API_URL), the provider finds GraphQL beside it.
        const onGhes = createGitHubGraphqlProvider({
          token: TOKEN,
          repository: 'octo/demo',
          baseUrl: ghes.url,
        });
        expect((await collect(onGhes.items({ state: 'open' }))).map((i) => i.title)).toEqual(['On GHES']);
        expect(graphqlUrlFromEnv({ GITHUB_API_URL: ghes.url })).toBe(ghes.graphqlUrl);
        expect(ghes.requests.map((r) => [r.path, r.status])).toEqual([
          ['/graphql', 200],
          ['/graphql', 200],
        ]);
        expect(ghes.graphql.invalid).toEqual([]);
      } finally {
        await ghes.close();
      }
    });
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
    const oldestFirst = (pullRequest: boolean, state: 'open' | 'closed' | 'all' = 'open') =>
      [...repo.issues]
        .filter((i) => i.pull_request === pullRequest && (state === 'all' || i.state === state))
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((i) => i.number);

    it('walks every matching item once: issues then pull requests, each oldest first, a page per request', async () => {
      const items = await collect(provider.items({ state: 'open' }));
      expect(items.map((i) => i.number)).toEqual([...oldestFirst(false), ...oldestFirst(true)]);
      expect(items.slice(0, 3).map((i) => i.number)).toEqual([10, 9, 7]);
      expect(new Set(items.map((i) => i.number)).size).toBe(245);
      // 185 open issues in 2 pages, 60 open pull requests in 1, read at the same time: the pull
      // requests' page is asked for before the issues' second (which waits for the first's cursor).
      const operations = graphql().map((r) => r.graphql?.operationName);
      expect(operations.filter((name) => name === 'SiftIssues')).toHaveLength(2);
      expect(operations.filter((name) => name === 'SiftPullRequests')).toHaveLength(1);
      expect(operations.indexOf('SiftPullRequests')).toBeLessThan(operations.lastIndexOf('SiftIssues'));
      expect(graphql('SiftIssues').map((r) => r.graphql?.variables)).toEqual([
        expect.objectContaining({ first: 100, after: null, states: ['OPEN'] }),
        expect.objectContaining({ first: 100, after: expect.any(String), states: ['OPEN'] }),
      ]);
      expect(graphql('SiftPullRequests').map((r) => r.graphql?.variables)).toEqual([
        expect.objectContaining({ first: 100, after: null, states: ['OPEN'] }),
      ]);
      expect(provider.requestCounts()).toEqual({ reads: 3, writes: 0 });
    });

    it('filters state on the server and asks only for the type wanted', async () => {
      const closed = await collect(provider.items({ state: 'closed' }));
      expect(closed.map((i) => i.number)).toEqual([50, 150, 250, 100, 200]);
      expect(graphql('SiftIssues').map((r) => r.graphql?.variables.states)).toEqual([['CLOSED']]);
      expect(graphql('SiftPullRequests').map((r) => r.graphql?.variables.states)).toEqual([
        ['CLOSED', 'MERGED'],
      ]);
      gh.requests.length = 0;
      const pulls = await collect(provider.items({ state: 'all', type: 'pull_request' }));
      expect(pulls.map((i) => i.number)).toEqual(oldestFirst(true, 'all'));
      expect(pulls.every((i) => i.type === 'pull_request')).toBe(true);
      expect(graphql().map((r) => [r.graphql?.operationName, r.graphql?.variables.states])).toEqual([
        ['SiftPullRequests', null],
      ]);
    });

    it('asks each issue page as soon as the one before it came, at most FIRST_PAGES_AHEAD ahead, and pull-request pages at most PULL_PAGES_AHEAD ahead', async () => {
      const small = make({ perPage: 10 });
      const iterator = small.items({ state: 'all' })[Symbol.asyncIterator]();
      expect(graphql()).toHaveLength(0);
      await iterator.next();
      // The consumer still holds the first item: pages 2 and 3 are asked for meanwhile, and no more.
      for (let wait = 0; wait < 400 && graphql('SiftIssues').length < 1 + FIRST_PAGES_AHEAD; wait++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(graphql('SiftIssues')).toHaveLength(1 + FIRST_PAGES_AHEAD);
      // 188 issues: 19 pages. Pull requests (62: 7 pages) are read meanwhile, never more than the bound.
      for (let i = 1; i < 188; i++) {
        const { value } = await iterator.next();
        expect(value?.type).toBe('issue');
        expect(graphql('SiftIssues').length).toBeLessThanOrEqual(Math.ceil((i + 1) / 10) + FIRST_PAGES_AHEAD);
        expect(graphql('SiftPullRequests').length).toBeLessThanOrEqual(PULL_PAGES_AHEAD);
      }
      expect(graphql('SiftIssues')).toHaveLength(19);
      expect(graphql('SiftPullRequests').length).toBeGreaterThan(0);
      const { value } = await iterator.next();
      expect(value?.type).toBe('pull_request');
      await iterator.return?.(undefined);
      // Stopping early leaves nothing running: no page is asked for after return().
      const sent = graphql().length;
      await new Promise((resolve) => setImmediate(resolve));
      expect(graphql()).toHaveLength(sent);
      expect(graphql('SiftPullRequests').length).toBeLessThanOrEqual(PULL_PAGES_AHEAD + 1);
    });

    it('sees every item when items close mid-walk: cursors do not shift', async () => {
      // #99 is closed before the walk reaches it, so it is rightly not seen.
      const expected = [...oldestFirst(false), ...oldestFirst(true)].filter((n) => n !== 99);
      const seen: number[] = [];
      for await (const item of make({ perPage: 10 }).items({ state: 'open' })) {
        seen.push(item.number);
        // Close what was just seen, and something further on: neither moves a later item past the walk.
        repo.update(item.number, { state: 'closed' }, 'alice');
        if (seen.length === 5) repo.update(99, { state: 'closed' }, 'alice');
      }
      expect(seen).toEqual(expected);
      expect(seen).toHaveLength(244);
    });
  });

  describe('mapping', () => {
    it('maps every field exactly as the REST provider does for the same items', async () => {
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
        reactions: { '+1': 5, heart: 2, eyes: 1 },
      });
      repo.addIssue({
        title: 'Draft',
        user: 'dependabot[bot]',
        pull_request: true,
        draft: true,
        created_at: at(4),
      });
      repo.addIssue({ title: 'Ready', pull_request: true, created_at: at(5), author_association: 'MEMBER' });
      repo.addIssue({
        title: 'Commented',
        created_at: at(6),
        comments: [{ body: 'one', user: 'bob' }, { body: 'two' }],
      });

      const viaGraphql = await collect(provider.items({ state: 'all' }));
      const viaRest = await collect(rest.items({ state: 'all' }));
      const byNumber = (items: Item[]) => [...items].sort((a, b) => a.number - b.number);
      expect(byNumber(viaGraphql).map(withoutPrefetched)).toEqual(byNumber(viaRest));
      expect(viaGraphql[0]).toEqual({
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
        reactions: { total: 8, thumbsUp: 5 },
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-02T00:00:00Z',
        closedAt: '2026-01-03T00:00:00Z',
        closedAs: 'completed',
        url: 'https://github.com/octo/demo/issues/1',
      });
      // GraphQL calls the bot `dependabot`; the item says `dependabot[bot]`, as REST does.
      expect(viaGraphql.find((i) => i.number === 2)).toMatchObject({
        author: 'dependabot[bot]',
        draft: true,
      });
      expect(viaGraphql.some((i) => i.prefetched)).toBe(false);
    });
  });

  describe('asks only for what the rules need', () => {
    beforeEach(() => {
      repo.addIssue({ title: 'An issue', labels: ['bug'] });
      repo.addIssue({ title: 'A pull request', pull_request: true });
    });
    const queries = async (prefetch: FactName[]): Promise<{ issues: string; pulls: string }> => {
      gh.requests.length = 0;
      await collect(provider.items({ state: 'open', prefetch }));
      const [issues] = graphql('SiftIssues').map((r) => r.graphql?.query ?? '');
      const [pulls] = graphql('SiftPullRequests').map((r) => r.graphql?.query ?? '');
      return { issues, pulls };
    };

    it('reads no timeline, branches, files or links when no rule needs them', async () => {
      const { issues, pulls } = await queries([]);
      for (const text of [issues, pulls]) {
        expect(text).not.toMatch(
          /timelineItems|baseRefName|files|closingIssuesReferences|closedByPull|lastEditedAt/,
        );
        expect(text).toMatch(/labels\(first: 100\)/);
      }
      // A page of 100 items with labels and assignees: (1 + 100 + 100) / 100 = 2 points.
      expect(graphql().map((r) => r.graphql?.cost)).toEqual([2, 2]);
    });

    it('reads only label changes for labelAppliedAt, and the whole timeline only for timeline', async () => {
      const labels = await queries(['labelAppliedAt']);
      expect(labels.issues).toMatch(
        /timelineItems\(last: 50, itemTypes: \[LABELED_EVENT, UNLABELED_EVENT\]\)/,
      );
      expect(labels.issues).not.toMatch(/IssueComment|lastEditedAt/);
      const full = await queries(['timeline']);
      expect(full.issues).toMatch(/itemTypes: \[ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, CLOSED_EVENT/);
      expect(full.issues).not.toMatch(/PULL_REQUEST_COMMIT/);
      expect(full.pulls).toMatch(/PULL_REQUEST_COMMIT, PULL_REQUEST_REVIEW/);
      expect(full.issues).toMatch(/lastEditedAt editor/);
      // One more nested connection per page: 3 points.
      expect(graphql().map((r) => r.graphql?.cost)).toEqual([3, 3]);
    });

    it('reads branches and files on pull requests only, and the links of both', async () => {
      const { issues, pulls } = await queries(['branches', 'files', 'linked']);
      expect(pulls).toMatch(/baseRefName headRefName isCrossRepository/);
      expect(pulls).toMatch(/files\(first: 100\)/);
      expect(pulls).toMatch(/closingIssuesReferences\(first: 25\)/);
      expect(issues).not.toMatch(/baseRefName|files/);
      expect(issues).toMatch(/closedByPullRequestsReferences\(first: 25, includeClosedPrs: true\)/);
    });
  });

  describe('facts', () => {
    it('prefetches labelAppliedAt equal to what the REST provider reads from the same store', async () => {
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
      repo.addIssue({ labels: ['needs-info'], pull_request: true, created_at: at(7) });
      repo.addIssue({ created_at: at(8) });
      repo.addIssue({
        labels: ['bug'],
        created_at: at(9),
        labelEvents: [{ label: 'BUG', created_at: at(10) }],
      });

      const items = await collect(provider.items({ state: 'open', prefetch: ['labelAppliedAt'] }));
      expect(items).toHaveLength(4);
      for (const item of items) {
        expect(item.prefetched).toEqual(await rest.facts(item, ['labelAppliedAt']));
      }
      // And every fact REST can read agrees too (issue types from REST's listing, a page per 100).
      const common = [...rest.capabilities.facts].filter((f) => provider.capabilities.facts.has(f));
      const withAll = await collect(make().items({ state: 'open', prefetch: common }));
      for (const item of withAll) expect(item.prefetched).toEqual(await rest.facts(item, common));
      expect(items[0].prefetched?.labelAppliedAt).toEqual({ stale: at(4), bug: at(1), Pinned: at(1) });
    });

    it('agrees with the REST provider on every fact both read, prefetched or fetched, reactions counted', async () => {
      // Seeds beyond REST's issue fields (commits, reviews, other events, reactions with authors, pull
      // request branches and files) reach the store only where it records them; what it does not
      // record, neither provider sees, so they still agree.
      const seeds: Parameters<RepoStore['addIssue']>[0][] = [];
      const issueSeed = {
        title: 'Crash',
        user: 'alice',
        labels: ['bug'],
        created_at: at(1),
        updated_at: at(9),
        comments: [
          { body: 'me too', user: 'bob', created_at: at(2) },
          { body: 'Stale. <!-- sift:rule=mark-stale -->', user: 'sift[bot]', created_at: at(3) },
        ],
        labelEvents: [{ label: 'bug', created_at: at(2), actor: 'renovate[bot]' }],
        reactionList: [
          { content: '+1', user: 'carol', created_at: at(4) },
          { content: 'heart', user: 'dependabot[bot]', created_at: at(5) },
        ],
        // GitHub lists a mention by a pull request that closes the issue as a cross-reference.
        timeline: [
          { event: 'renamed', created_at: at(6), actor: 'dave' },
          { event: 'cross-referenced', created_at: at(9), actor: 'erin', source: 2 },
        ],
      };
      const pullSeed = {
        title: 'Fix',
        user: 'erin',
        pull_request: true,
        body: 'Fixes #1, closes octo/other#5',
        created_at: at(7),
        updated_at: at(12),
        pull: { base: 'main', head: 'fix/crash', fork: 'erin/demo', files: ['src/a.ts', 'src/b.ts'] },
        timeline: [
          { event: 'committed', created_at: at(8), author: 'erin' },
          { event: 'reviewed', created_at: at(10), user: 'carol', state: 'approved' },
          { event: 'ready_for_review', created_at: at(11), actor: 'erin' },
          { event: 'merged', created_at: at(12), actor: 'carol' },
        ],
      };
      seeds.push(issueSeed, pullSeed, { title: 'Quiet', created_at: at(13) });
      for (const seed of seeds) repo.addIssue(seed);
      repo.requestReviewers(2, ['dave'], 'erin');
      // Reactions are a fact both read (the rules file's `activity.reactions` asks for them).
      expect([
        rest.capabilities.facts.has('reactions'),
        provider.capabilities.facts.has('reactions'),
      ]).toEqual([true, true]);

      // Sift's comments with their vetoes are read by ruleComments() (with the rule ids), not facts().
      const facts = [...rest.capabilities.facts].filter(
        (f) => provider.capabilities.facts.has(f) && f !== 'ruleComments',
      );
      const items = await collect(provider.items({ state: 'all', prefetch: facts }));
      expect(items).toHaveLength(3);
      for (const item of items) {
        const viaRest = await rest.facts(item, facts);
        expect(await provider.facts(item, facts)).toEqual(viaRest);
        // What the listing carried is what REST reads; what it left out (none here) facts() reads.
        for (const [name, value] of Object.entries(item.prefetched ?? {})) {
          expect([name, value]).toEqual([name, viaRest[name as FactName]]);
        }
        expect(Object.keys(item.prefetched ?? {}).sort()).toEqual([...facts].sort());
      }
    });

    it('prefetches the timeline, oldest first, with bots and Sift marked, equal to facts()', async () => {
      repo.addIssue({
        user: 'alice',
        labels: ['triage'],
        created_at: at(1),
        comments: [
          { body: 'me too', user: 'bob', created_at: at(2) },
          { body: 'stale <!-- sift:rule=mark-stale -->', user: 'sift[bot]', created_at: at(3) },
        ],
        labelEvents: [{ label: 'triage', created_at: at(4), actor: 'renovate[bot]' }],
      });
      repo.addIssue({ user: 'carol', created_at: at(5), pull_request: true });
      repo.lock(2, 'resolved', 'dave');

      const [first, second] = await collect(provider.items({ state: 'open', prefetch: ['timeline'] }));
      expect(first.prefetched?.timeline).toEqual([
        { kind: 'comment', at: at(2), actor: 'bob', actorIsBot: false, association: 'NONE' },
        {
          kind: 'comment',
          at: at(3),
          actor: 'sift[bot]',
          actorIsBot: true,
          bySift: true,
          association: 'NONE',
        },
        { kind: 'labeled', at: at(4), actor: 'renovate[bot]', actorIsBot: true, label: 'triage' },
      ]);
      expect(second.prefetched?.timeline).toEqual([
        { kind: 'locked', at: NOW.toISOString().replace('.000', ''), actor: 'dave', actorIsBot: false },
      ]);
      expect(await provider.facts(first, ['timeline'])).toEqual({ timeline: first.prefetched?.timeline });
      expect(await provider.facts(second, ['timeline'])).toEqual({ timeline: second.prefetched?.timeline });
    });

    it('leaves out what a long timeline cuts off, and facts() reads all of it', async () => {
      // #1: bug applied long ago, then many other label changes: the window of 5 misses it.
      repo.addIssue({
        labels: ['bug'],
        created_at: at(1),
        labelEvents: [
          { label: 'bug', created_at: at(2) },
          ...[3, 4, 5, 6, 7, 8].map((day) => ({
            label: 'flaky',
            created_at: at(day),
            event: day % 2 ? ('labeled' as const) : ('unlabeled' as const),
          })),
        ],
      });
      // #2: long history, but its one label was applied last: the window holds all it needs.
      repo.addIssue({
        labels: ['stale'],
        created_at: at(1),
        labelEvents: [
          ...[2, 3, 4, 5, 6, 7].map((day) => ({
            label: 'other',
            created_at: at(day),
            event: day % 2 ? ('unlabeled' as const) : ('labeled' as const),
          })),
          { label: 'stale', created_at: at(9) },
        ],
      });
      const shallow = make({ timelineDepth: 5 });
      const [first, second] = await collect(
        shallow.items({ state: 'open', prefetch: ['labelAppliedAt', 'timeline'] }),
      );
      expect(first.prefetched).toBeUndefined();
      expect(second.prefetched).toEqual({ labelAppliedAt: { stale: at(9) } });
      expect(await shallow.facts(first, ['labelAppliedAt'])).toEqual(
        await rest.facts(first, ['labelAppliedAt']),
      );
      expect((await shallow.facts(first, ['timeline'])).timeline).toHaveLength(7);
    });

    it('pages a timeline longer than 100 items within facts()', async () => {
      repo.addIssue({
        created_at: at(1),
        comments: Array.from({ length: 130 }, (_, i) => ({
          body: `c${i}`,
          user: 'bob',
          created_at: at(2, i),
        })),
      });
      gh.requests.length = 0;
      const { timeline } = await provider.facts(issue(1), ['timeline']);
      expect(timeline).toHaveLength(130);
      expect(timeline?.[129]).toEqual({
        kind: 'comment',
        at: at(2, 129),
        actor: 'bob',
        actorIsBot: false,
        association: 'NONE',
      });
      expect(graphql().map((r) => r.graphql?.variables.timelineAfter)).toEqual([
        undefined,
        expect.any(String),
      ]);
    });

    it('reads branches, files and linked items of a pull request; an issue needs no request for the first two', async () => {
      repo.addIssue({ title: 'Bug', created_at: at(1) });
      const pr = repo.addIssue({ pull_request: true, body: 'Fixes #1, closes #9', created_at: at(2) });
      gh.graphql.setPullDetails(pr, {
        base: 'main',
        head: 'fix/crash',
        fork: true,
        files: Array.from({ length: 120 }, (_, i) => `src/f${i}.ts`),
      });
      expect(await provider.facts(pull(2), ['branches', 'files', 'linked'])).toEqual({
        branches: { base: 'main', head: 'fix/crash', fork: true },
        files: Array.from({ length: 120 }, (_, i) => `src/f${i}.ts`),
        linked: [{ type: 'issue', number: 1, state: 'open', updatedAt: at(1) }],
      });
      gh.requests.length = 0;
      expect(await provider.facts(issue(1), ['branches', 'files'])).toEqual({ branches: null, files: [] });
      expect(gh.requests).toHaveLength(0);
      expect(await provider.facts(issue(1), ['linked'])).toEqual({
        linked: [{ type: 'pull_request', number: 2, state: 'open', updatedAt: at(2) }],
      });
      // In the listing: a page holds the first 100 files, so `files` is left to facts().
      const [listedIssue, listedPull] = await collect(
        provider.items({ state: 'open', prefetch: ['branches', 'files', 'linked'] }),
      );
      expect(listedIssue.prefetched).toEqual({
        branches: null,
        files: [],
        linked: [{ type: 'pull_request', number: 2, state: 'open', updatedAt: at(2) }],
      });
      expect(listedPull.prefetched).toEqual({
        branches: { base: 'main', head: 'fix/crash', fork: true },
        linked: [{ type: 'issue', number: 1, state: 'open', updatedAt: at(1) }],
      });
    });

    it('finds its own comment by marker across pages of comments', async () => {
      repo.addIssue({
        comments: [
          ...Array.from({ length: 120 }, (_, i) => ({ body: `noise ${i}` })),
          { body: 'Stale.\n\n<!-- sift:rule=mark-stale -->', user: 'sift[bot]' },
        ],
      });
      const found = await provider.findComment(issue(1), '<!-- sift:rule=mark-stale -->');
      expect(found).toEqual({
        id: expect.stringMatching(/^IC_/),
        body: 'Stale.\n\n<!-- sift:rule=mark-stale -->',
        createdAt: repo.require(1).commentList[120].created_at,
      });
      expect(await provider.findComment(issue(1), '<!-- sift:rule=other -->')).toBeNull();
      expect(graphql('SiftComments')).toHaveLength(4);
    });
  });

  describe('writes', () => {
    beforeEach(() => {
      repo.addMilestone({ title: 'v1' });
      repo.addIssue({ title: 'Bug', labels: ['bug', 'stale'], user: 'alice', created_at: at(1) });
      repo.addIssue({ title: 'Fix', pull_request: true, user: 'bob', created_at: at(2) });
    });
    const viaRest = async (number: number): Promise<Item> => {
      const found = (await collect(rest.items({ state: 'all' }))).find((i) => i.number === number);
      if (!found) throw new Error(`#${number} not listed through REST`);
      return found;
    };

    it('applies every kind of write through mutations, visible to REST reads', async () => {
      await provider.addLabels(issue(1), ['triage', 'BUG']);
      await provider.removeLabel(issue(1), 'stale');
      await provider.close(issue(1), 'not_planned');
      await provider.setMilestone(issue(1), 'v1');
      await provider.lock(issue(1), 'too heated');
      await provider.addAssignees(issue(1), ['carol', 'dave']);
      await provider.removeAssignees(issue(1), ['dave']);
      expect(await viaRest(1)).toMatchObject({
        labels: ['bug', 'triage'],
        state: 'closed',
        milestone: 'v1',
        locked: true,
        assignees: ['carol'],
      });
      expect(repo.require(1)).toMatchObject({
        state_reason: 'not_planned',
        active_lock_reason: 'too heated',
      });
      expect((await rest.facts(issue(1), ['labelAppliedAt'])).labelAppliedAt).toEqual({
        bug: at(1),
        triage: NOW.toISOString().replace('.000', ''),
      });

      await provider.reopen(issue(1));
      await provider.unlock(issue(1));
      await provider.setMilestone(issue(1), null);
      expect(await viaRest(1)).toMatchObject({ state: 'open', locked: false, milestone: null });

      await provider.close(pull(2), 'completed');
      await provider.reopen(pull(2));
      await provider.requestReviewers(pull(2), ['carol']);
      await provider.lock(pull(2), null);
      expect(await viaRest(2)).toMatchObject({ state: 'open', locked: true });
      expect(repo.require(2)).toMatchObject({ requested_reviewers: ['carol'], active_lock_reason: null });
      // Each write, and the few id lookups, went as GraphQL: no REST write at all.
      expect(gh.writes().every((r) => r.path === '/graphql')).toBe(true);
      expect(new Set(mutations().map((r) => r.graphql?.operationName))).toEqual(
        new Set(['SiftCreateLabels', 'SiftWrites']),
      );
    });

    it('posts a comment, finds it by its marker and edits it in place', async () => {
      const marker = '<!-- sift:rule=hello -->';
      await provider.createComment(issue(1), `Hello\n\n${marker}`);
      const own = await provider.findComment(issue(1), marker);
      expect(own?.body).toBe(`Hello\n\n${marker}`);
      await provider.updateComment(issue(1), own?.id ?? '', `Hello again\n\n${marker}`);
      expect(await rest.findComment(issue(1), marker)).toMatchObject({ body: `Hello again\n\n${marker}` });
      expect(repo.require(1).commentList.map((c) => [c.body, c.user.login])).toEqual([
        [`Hello again\n\n${marker}`, 'sift[bot]'],
      ]);
    });

    it('creates a label the repository lacks, as REST does, and removing an unknown one is a no-op', async () => {
      await provider.addLabels(issue(1), ['new-label']);
      expect(repo.labels().find((l) => l.name === 'new-label')).toMatchObject({ color: 'ededed' });
      expect((await viaRest(1)).labels).toEqual(['bug', 'stale', 'new-label']);
      expect(graphql().map((r) => r.graphql?.operationName)).toEqual([
        'SiftLookup',
        'SiftCreateLabels',
        'SiftWrites',
      ]);

      gh.requests.length = 0;
      await provider.removeLabel(issue(1), 'never-existed');
      expect(mutations()).toHaveLength(0);
      await provider.removeLabel(pull(2), 'bug'); // exists in the repository, not on the item
      expect((await viaRest(2)).labels).toEqual([]);
    });

    it('needs no lookup for items and labels it has listed: one request per write', async () => {
      await collect(provider.items({ state: 'open' }));
      gh.requests.length = 0;
      await provider.removeLabel(issue(1), 'stale');
      await provider.close(pull(2), 'completed');
      expect(graphql().map((r) => r.graphql?.operationName)).toEqual(['SiftWrites', 'SiftWrites']);
    });

    it('reports what it cannot do with ItemWriteError, naming the item and never the token', async () => {
      repo.assignable = new Set(['carol']);
      const errors = [
        await rejection(provider.setMilestone(issue(1), 'v9')),
        await rejection(provider.addAssignees(issue(1), ['carol', 'mallory'])),
        await rejection(provider.requestReviewers(issue(1), ['carol'])),
        await rejection(provider.close(issue(99), 'completed')),
        await rejection(provider.addAssignees(issue(1), ['dependabot[bot]'])),
      ];
      for (const error of errors) {
        expect(error).toBeInstanceOf(ItemWriteError);
        expect(error.message).not.toContain(TOKEN);
      }
      expect(errors.map((e) => [e.message, e.status])).toEqual([
        ['setting milestone "v9" on issue #1 in octo/demo failed: milestone "v9" does not exist.', 422],
        [
          'assigning carol, mallory to issue #1 in octo/demo failed: GitHub ignored mallory; only users with access to the repository can be assigned.',
          undefined,
        ],
        [
          'requesting review from carol on issue #1 in octo/demo failed: only pull requests have reviewers.',
          422,
        ],
        [
          'closing issue #99 as completed in octo/demo failed: GitHub answered NOT_FOUND Could not resolve to an Issue with the number of 99. It does not exist, or the token cannot see octo/demo.',
          404,
        ],
        [
          "assigning dependabot[bot] to issue #1 in octo/demo failed: GitHub answered NOT_FOUND Could not resolve to a User with the login of 'dependabot[bot]'. It does not exist, or the token cannot see octo/demo.",
          404,
        ],
      ]);
      expect(repo.require(1).assignees).toEqual(['carol']);
    });

    it('names the permission a forbidden write needs', async () => {
      gh.readOnly = true;
      const onIssue = await rejection(provider.close(issue(1), 'completed'));
      const onPull = await rejection(provider.requestReviewers(pull(2), ['carol']));
      expect(onIssue.status).toBe(403);
      expect(onIssue.message).toBe(
        'closing issue #1 as completed in octo/demo failed: GitHub answered FORBIDDEN Resource not accessible by integration. ' +
          "The workflow's token lacks a permission: add `permissions: { issues: write }` to the workflow or job. " +
          'On pull requests from forks the token is read-only whatever the permissions say; run on a schedule instead.',
      );
      expect(onPull.message).toMatch(/permissions: \{ pull-requests: write \}/);
      expect(repo.require(1).state).toBe('open');
    });
  });

  describe('batch', () => {
    beforeEach(() => {
      for (let n = 1; n <= 12; n++) repo.addIssue({ title: `#${n}`, labels: ['stale'], created_at: at(n) });
    });
    const writesFor = (numbers: number[]): Write[] =>
      numbers.flatMap((n): Write[] => [
        { kind: 'addLabels', item: issue(n), labels: ['triaged'] },
        { kind: 'removeLabel', item: issue(n), label: 'stale' },
      ]);

    it('sends n writes in ceil(n / batchSize) requests, in order, visible through REST', async () => {
      await collect(provider.items({ state: 'open' })); // ids are known from the listing
      repo.ensureLabel('triaged');
      gh.requests.length = 0;
      const writes: Write[] = [
        ...writesFor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        { kind: 'close', item: issue(12), reason: 'not_planned' },
      ];
      const results = await provider.batch(writes);
      expect(results.map((r) => r.ok)).toEqual(writes.map(() => true));
      // 23 writes, 10 a request (plus one lookup of the label "triaged", not listed on any item).
      expect(graphql().map((r) => [r.graphql?.operationName, r.graphql?.fields.length])).toEqual([
        ['SiftLookup', 2],
        ['SiftWrites', 10],
        ['SiftWrites', 10],
        ['SiftWrites', 3],
      ]);
      const after = await collect(rest.items({ state: 'all' }));
      expect(after.filter((i) => i.number <= 11).every((i) => i.labels.join() === 'triaged')).toBe(true);
      expect(after.find((i) => i.number === 12)?.state).toBe('closed');
      expect(provider.requestCounts()).toEqual({ reads: 3, writes: 3 }); // issues, pull requests, lookup
    });

    it('honours batchSize', async () => {
      const small = make({ batchSize: 4 });
      await small.batch(writesFor([1, 2, 3, 4, 5]));
      expect(mutations().map((r) => r.graphql?.fields.length)).toEqual([1, 4, 4, 2]); // createLabel first
    });

    it('fails only the write GitHub refused; the others of the request go through', async () => {
      gh.graphql.forbidWrites(repo.require(2));
      const results = await provider.batch([
        { kind: 'close', item: issue(1), reason: 'completed' },
        { kind: 'close', item: issue(2), reason: 'completed' },
        { kind: 'close', item: issue(3), reason: 'completed' },
        { kind: 'requestReviewers', item: issue(4), logins: ['carol'] },
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
      expect(results[1]).toMatchObject({ ok: false, error: { status: 403 } });
      expect(!results[1].ok && results[1].error.message).toMatch(
        /^closing issue #2 as completed in octo\/demo failed: GitHub answered FORBIDDEN/,
      );
      expect([1, 2, 3].map((n) => repo.require(n).state)).toEqual(['closed', 'open', 'closed']);
      expect(mutations()).toHaveLength(1);
    });

    it('falls back to one write per request when a whole batch fails, without posting a comment twice', async () => {
      const body = 'Closing.\n\n<!-- sift:rule=close -->';
      let failed = false;
      gh.onRequest = (request) => {
        if (failed || request.path !== '/graphql') return undefined;
        const text = (request.body as { query?: string } | undefined)?.query ?? '';
        if (!text.startsWith('mutation SiftWrites')) return undefined;
        failed = true;
        // The comment went through, but the answer was lost: a retry must not post it again.
        repo.addComment(1, body, 'sift[bot]');
        return { status: 502, body: { message: 'Server Error' } };
      };
      const results = await provider.batch([
        { kind: 'createComment', item: issue(1), body },
        { kind: 'close', item: issue(1), reason: 'not_planned' },
        { kind: 'addLabels', item: issue(2), labels: ['stale', 'triaged'] },
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true]);
      expect(repo.require(1).commentList.map((c) => c.body)).toEqual([body]);
      expect(repo.require(1).state).toBe('closed');
      expect(repo.require(2).labels).toEqual(['stale', 'triaged']);
      expect(graphql().map((r) => [r.graphql?.operationName ?? 'failed', r.status])).toEqual([
        ['SiftLookup', 200],
        ['SiftCreateLabels', 200],
        ['failed', 502],
        ['SiftRecentComments', 200],
        ['SiftWrites', 200],
        ['SiftWrites', 200],
      ]);
    });

    it('falls back when GitHub answers a batch with an error that names no mutation', async () => {
      let failed = false;
      gh.onRequest = (request) => {
        const text = (request.body as { query?: string } | undefined)?.query ?? '';
        if (failed || !text.startsWith('mutation SiftWrites')) return undefined;
        failed = true;
        return {
          status: 200,
          body: { data: null, errors: [{ message: 'Resource limits for this query exceeded.' }] },
        };
      };
      const results = await provider.batch([
        { kind: 'close', item: issue(1), reason: 'completed' },
        { kind: 'lock', item: issue(2), reason: 'spam' },
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true]);
      expect(mutations().map((r) => r.graphql?.fields.length ?? 'failed')).toEqual(['failed', 1, 1]);
      expect(mutations()[0].status).toBe(200);
      expect(repo.require(2)).toMatchObject({ locked: true, active_lock_reason: 'spam' });
    });

    it('stops with RateLimitStop when the GraphQL points are spent', async () => {
      const limited = await startGitHubEmulator({
        token: TOKEN,
        graphql: { rateLimit: 3, enforceRateLimit: true },
      });
      try {
        limited.store.addRepo('octo/demo').addIssue({ labels: ['bug'] });
        const spent = createGitHubGraphqlProvider({
          token: TOKEN,
          repository: 'octo/demo',
          graphqlUrl: limited.graphqlUrl,
        });
        await collect(spent.items({ state: 'open', type: 'issue' })); // 2 points
        await spent.close(issue(1), 'completed'); // 1 point
        const stop = await rejection<RateLimitStop>(spent.batch([{ kind: 'reopen', item: issue(1) }]));
        expect(stop).toBeInstanceOf(RateLimitStop);
        // Stopped by the client (it saw the budget spent in the last answer's headers) or by GitHub's
        // RATE_LIMITED answer: either way the run stops cleanly, saying what it was doing.
        expect(stop.message).toMatch(/^reopening issue #1 in octo\/demo: .*rate limit.* spent until /);
        expect(stop.resetAt).toBeInstanceOf(Date);
        const read = await rejection<RateLimitStop>(collect(spent.items({ state: 'open' })));
        expect(read).toBeInstanceOf(RateLimitStop);
      } finally {
        await limited.close();
      }
    });
  });

  describe('budget and failures of reads', () => {
    it('reports the GraphQL points spent and left, and counts queries as reads, mutations as writes', async () => {
      for (let n = 1; n <= 3; n++) repo.addIssue({ labels: ['bug'] });
      await collect(provider.items({ state: 'open', prefetch: ['timeline'] }));
      await provider.facts(issue(1), ['timeline']);
      await provider.batch([
        { kind: 'close', item: issue(1), reason: 'completed' },
        { kind: 'close', item: issue(2), reason: 'completed' },
      ]);
      const costs = graphql().reduce((sum, r) => sum + (r.graphql?.cost ?? 0), 0);
      expect(provider.rateLimit()).toEqual({
        spent: costs,
        lastCost: 1,
        limit: 5000,
        remaining: 5000 - costs,
        used: costs,
        resetAt: new Date(gh.graphql.rate.reset * 1000).toISOString().replace('.000', ''),
      });
      expect(gh.graphql.rate.remaining).toBe(5000 - costs);
      expect(provider.requestCounts()).toEqual({ reads: 3, writes: 1 });
    });

    it('fails a listing with GitHubReadError that says why', async () => {
      const wrongToken = createGitHubGraphqlProvider({
        token: 'ghs_SomeOtherToken456',
        repository: 'octo/demo',
        graphqlUrl: gh.graphqlUrl,
      });
      const unauthorized = await rejection<GitHubReadError>(collect(wrongToken.items({ state: 'open' })));
      expect(unauthorized).toBeInstanceOf(GitHubReadError);
      expect(unauthorized.status).toBe(401);
      expect(unauthorized.message).toMatch(
        /^listing open issues in octo\/demo failed: GitHub answered 401 Bad credentials\./,
      );

      const missing = await rejection<GitHubReadError>(
        collect(make({ repository: 'octo/nope' }).items({ state: 'open' })),
      );
      expect(missing.message).toBe(
        "listing open issues in octo/nope failed: GitHub answered NOT_FOUND Could not resolve to a Repository with the name 'octo/nope'. It does not exist, or the token cannot see octo/nope.",
      );
      expect(missing.status).toBe(404);
    });
  });
});
