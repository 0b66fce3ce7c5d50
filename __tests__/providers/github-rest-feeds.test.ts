/**
 * The REST provider's repository-wide activity feeds (src/providers/github-rest/feeds.ts): a walk reads
 * the repository's comments and issue events once, back to the rules' window, instead of a timeline
 * per recently updated item. The plan must be exactly the one the per-item reads give, for fewer
 * requests; against the emulator over HTTP, request counts pinned.
 */
import { readFileSync } from 'node:fs';
import { parseRules } from '../../src/config/index.js';
import type { ActivityEvent, Item } from '../../src/model/item.js';
import { triage } from '../../src/pipeline/triage.js';
import { ActivityFeeds, commentActivity, type FeedEvent } from '../../src/providers/github-rest/feeds.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { RuleSet } from '../../src/model/rules.js';
import { limitEventsFeed } from '../../src/emulator/github/feed-routes.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { STALE_RULES } from '../helpers/rules.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number): string =>
  new Date(NOW.getTime() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const WINDOW_START = daysAgo(60);
const WARNING = 'This issue has had no activity. <!-- sift:rule=mark-stale -->';
const PEOPLE = ['alice', 'bob', 'carol', 'dave'];

/**
 * A repository of 160 items as a real one looks: most old issues were commented on recently by people,
 * some only by bots, some warned 8 days ago by github-actions[bot] (a few answered since), some quiet
 * for long, some fresh; pull requests with comments, and some with only commits or reviews lately.
 */
function seed(repo: RepoStore): void {
  const person = (i: number) => PEOPLE[i % PEOPLE.length];
  // 80 old issues a person commented on within the window (one edited an old comment instead).
  for (let i = 0; i < 80; i++) {
    repo.addIssue({
      user: person(i),
      created_at: daysAgo(100 + i),
      labels: i % 3 === 0 ? ['bug'] : [],
      comments: [
        { body: 'Any news?', user: person(i + 1), created_at: daysAgo(90 + (i % 10)) },
        i === 7
          ? { body: 'Still broken (edited)', user: 'erin', created_at: daysAgo(95), updated_at: daysAgo(12) }
          : { body: 'Same here', user: person(i + 2), created_at: daysAgo(1 + (i % 50)) },
      ],
    });
  }
  // 15 old issues only bots touched within the window: stale, and the warning needs their exact days.
  for (let i = 0; i < 15; i++) {
    repo.addIssue({
      user: person(i),
      created_at: daysAgo(200 + i),
      comments: [
        { body: 'Repro attached', user: person(i + 1), created_at: daysAgo(80 + i) },
        { body: 'Coverage report', user: 'codecov[bot]', created_at: daysAgo(5 + i) },
      ],
    });
  }
  // 20 warned 8 days ago by github-actions[bot]; 5 of them answered by a person since.
  for (let i = 0; i < 20; i++) {
    repo.addIssue({
      user: person(i),
      created_at: daysAgo(300 + i),
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: daysAgo(8), actor: 'github-actions[bot]' }],
      comments: [
        { body: 'Me too', user: person(i + 1), created_at: daysAgo(75 + i) },
        { body: WARNING, user: 'github-actions[bot]', created_at: daysAgo(8) },
        ...(i < 5 ? [{ body: 'Still relevant!', user: person(i + 2), created_at: daysAgo(3) }] : []),
      ],
    });
  }
  // 5 quiet for long (marked in both runs; their warning reads the timeline for its days).
  for (let i = 0; i < 5; i++) {
    repo.addIssue({ user: person(i), created_at: daysAgo(400 + i), updated_at: daysAgo(120 + i) });
  }
  // 15 fresh: opened within the window.
  for (let i = 0; i < 15; i++) {
    repo.addIssue({
      user: person(i),
      created_at: daysAgo(2 + i),
      comments: [{ body: 'Thanks', user: 'dependabot[bot]', created_at: daysAgo(1 + i) }],
    });
  }
  // 5 old issues whose description a person edited within the window (no event anywhere on REST).
  for (let i = 0; i < 5; i++) {
    repo.addIssue({ user: person(i), created_at: daysAgo(150 + i), edits: [{ at: daysAgo(20 + i) }] });
  }
  // 15 old pull requests with a person's comment within the window.
  for (let i = 0; i < 15; i++) {
    repo.addIssue({
      pull_request: true,
      user: person(i),
      created_at: daysAgo(120 + i),
      comments: [{ body: 'LGTM?', user: person(i + 1), created_at: daysAgo(4 + i) }],
    });
  }
  // 5 old pull requests with only a commit or a review within the window: only their timeline tells.
  for (let i = 0; i < 5; i++) {
    repo.addIssue({
      pull_request: true,
      user: person(i),
      created_at: daysAgo(130 + i),
      timeline:
        i % 2 === 0
          ? [{ event: 'committed', created_at: daysAgo(10 + i), author: person(i) }]
          : [{ event: 'reviewed', created_at: daysAgo(10 + i), user: person(i + 1), state: 'commented' }],
    });
  }
}

const stale = parseRules(STALE_RULES, 'sift.yml');
const example = parseRules(
  readFileSync(new URL('../../examples/stale.yml', import.meta.url), 'utf8'),
  'stale.yml',
);

describe('REST activity feeds through triage()', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: 't', now: () => NOW, login: 'github-actions[bot]' });
    repo = gh.store.addRepo('octo/demo');
    seed(repo);
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  /** Paths of the requests since the last call, without the repository prefix, by kind. */
  const counted = () => {
    const paths = gh.requests.map((r) => r.path.replace('/repos/octo/demo', ''));
    gh.requests.length = 0;
    const count = (test: (path: string) => boolean) => paths.filter(test).length;
    return {
      list: count((p) => p === '/issues'),
      feeds: count((p) => p === '/issues/comments' || p === '/issues/events'),
      timelines: count((p) => /^\/issues\/\d+\/timeline$/.test(p)),
      other: count(
        (p) =>
          p !== '/issues' &&
          p !== '/issues/comments' &&
          p !== '/issues/events' &&
          !/^\/issues\/\d+\/timeline$/.test(p),
      ),
      total: paths.length,
    };
  };

  const plan = async (rules: RuleSet, activityFeeds: boolean) => {
    const provider = createGitHubRestProvider({
      token: 't',
      repository: 'octo/demo',
      baseUrl: gh.url,
      activityFeeds,
    });
    const result = await triage({
      provider,
      rules,
      now: NOW,
      dryRun: true,
      maxOperations: 1_000,
      maxChangeRatio: 1,
    });
    expect(result.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    return { walked: result.walked, outcomes: result.outcomes, requests: counted(), reads: result.requests };
  };

  test.each([
    [
      'the README stale rules',
      stale,
      // 2 pages; the timelines of the 80 commented, 15 bot-only, 5 long-quiet and 5 edited old issues
      // (the rules are about issues); the label histories of the 5 warned answered since. Sift's
      // earlier comments on the 20 to mark come from their timelines: no comment lookup.
      { list: 2, feeds: 0, timelines: 105, other: 5, total: 112 },
      // 2 pages; 2 pages of comments and 1 of events; only the timelines of the 20 to mark (their
      // warning's {{inactive_days}} predates the window), which also answer their comment lookups.
      // The warnings in the comment feed are a bot's: no person's activity, whoever wrote them, so
      // no need to ask who Sift runs as.
      { list: 2, feeds: 3, timelines: 20, other: 0, total: 25 },
    ],
    [
      'examples/stale.yml',
      example,
      // 2 pages; the timelines of all 120 old issues and 5 edited ones, and of the 20 pull requests,
      // which also answer the comment lookups of the 20 to mark and the 15 warned to close; the
      // account Sift runs as (GraphQL viewer), to own its warnings.
      { list: 2, feeds: 0, timelines: 145, other: 1, total: 148 },
      // 2 pages, 3 feed pages; the timelines of the 20 to mark and of the 15 to close (a comment's
      // cycle needs the last human activity, which predates the window), and of the 5 pull requests
      // with only a commit or a review lately; the 35 comment lookups come from those timelines.
      // The account Sift runs as (GraphQL viewer), to own its warnings.
      { list: 2, feeds: 3, timelines: 40, other: 1, total: 46 },
    ],
  ])('%s: the same plan as per-item reads, for far fewer requests', async (_name, rules, before, after) => {
    const perItem = await plan(rules, false);
    const feeds = await plan(rules, true);
    expect(feeds.walked).toBe(160);
    expect(feeds.outcomes).toEqual(perItem.outcomes);
    expect(feeds.outcomes.length).toBeGreaterThan(30);
    expect(perItem.requests).toEqual(before);
    expect(feeds.requests).toEqual(after);
    // The provider counts the feed reads like any other read.
    expect(feeds.reads.reads).toBe(after.total);
  });

  test('an events feed that ends before the window start narrows the window to what it showed', async () => {
    // GitHub kept only the 10 newest events (of the 20 warnings' labels, 8 days ago): the feed ends
    // before the window start, so the window is what it showed.
    limitEventsFeed(repo, 10);
    const provider = createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: gh.url });
    const items: Item[] = [];
    for await (const item of provider.items({
      state: 'open',
      prefetch: ['timeline', 'labelAppliedAt'],
      recentSince: WINDOW_START,
    })) {
      items.push(item);
    }
    const paths = gh.requests.map((r) => r.path.replace('/repos/octo/demo', ''));
    expect(paths.filter((p) => p === '/issues/events')).toHaveLength(1);
    const sinces = new Set(items.flatMap((i) => (i.prefetched?.recent ? [i.prefetched.recent.since] : [])));
    expect(sinces.size).toBe(1);
    const [since] = [...sinces];
    expect(Date.parse(since)).toBeGreaterThan(Date.parse(WINDOW_START));
    // Nothing older than it is claimed, and the items updated before it carry no window.
    for (const item of items) {
      const recent = item.prefetched?.recent;
      if (item.updatedAt < since) expect(recent).toBeUndefined();
      for (const event of recent?.events ?? []) expect(event.at >= since).toBe(true);
    }
    // And the plan still equals the per-item one.
    gh.requests.length = 0;
    const result = (activityFeeds: boolean) =>
      triage({
        provider: createGitHubRestProvider({
          token: 't',
          repository: 'octo/demo',
          baseUrl: gh.url,
          activityFeeds,
        }),
        rules: stale,
        now: NOW,
        dryRun: true,
        maxChangeRatio: 1,
      });
    expect((await result(true)).outcomes).toEqual((await result(false)).outcomes);
  });

  test('rules without activity spans, or counting reactions, read no feed', async () => {
    const labelsOnly = parseRules(
      'version: 1\nrules:\n  - id: triage\n    when: { labels: { none: [bug] } }\n    then: [{ label: triage }]\n',
      'sift.yml',
    );
    await triage({
      provider: createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: gh.url }),
      rules: labelsOnly,
      now: NOW,
      dryRun: true,
      maxChangeRatio: 1,
    });
    expect(counted().feeds).toBe(0);
    const provider = createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: gh.url });
    for await (const item of provider.items({
      state: 'open',
      prefetch: ['timeline', 'reactions'],
      recentSince: WINDOW_START,
    })) {
      expect(item.prefetched?.recent).toBeUndefined();
    }
    expect(counted().feeds).toBe(0);
  });
});

describe('feed mapping', () => {
  const user = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
  let commentId = 0;
  const comment = (number: number, login: string, created: number, updated = created, body = 'hi') => ({
    id: ++commentId,
    issue_url: `https://api.github.com/repos/octo/demo/issues/${number}`,
    user: user(login),
    body,
    created_at: daysAgo(created),
    updated_at: daysAgo(updated),
  });
  const event = (number: number, name: string, login: string, at: number, label?: string): FeedEvent => ({
    event: name,
    created_at: daysAgo(at),
    actor: user(login),
    issue: { number },
    ...(label ? { label: { name: label } } : {}),
  });
  const item = (number: number, updated: number, type: Item['type'] = 'issue') => ({
    type,
    number,
    updatedAt: daysAgo(updated),
  });
  const reached = (events: FeedEvent[]) => ({ events, reached: true });

  test('a comment posted before the window and edited within it is only an edit', () => {
    const feeds = new ActivityFeeds(WINDOW_START, [comment(1, 'alice', 90, 10)], reached([]), null);
    expect(feeds.recentFor(item(1, 10))).toEqual({
      since: WINDOW_START,
      events: [{ kind: 'edited', at: daysAgo(10), actor: 'alice', actorIsBot: false }],
      explainsUpdates: true,
    });
  });

  test('comments and events of an item, oldest first; Sift only for its own account, never another bot', () => {
    const marker = 'Stale <!-- sift:rule=mark-stale -->';
    const feeds = new ActivityFeeds(
      WINDOW_START,
      [
        comment(2, 'github-actions[bot]', 8, 8, marker),
        comment(2, 'mallory', 6, 6, marker),
        comment(2, 'sift-user', 5, 4, marker),
        comment(3, 'bob', 1),
      ],
      reached([event(2, 'labeled', 'github-actions[bot]', 8, 'stale'), event(2, 'subscribed', 'x', 7)]),
      'sift-user',
    );
    const expected: ActivityEvent[] = [
      // Another bot quoting a marker is not Sift (here Sift runs as sift-user).
      { kind: 'comment', at: daysAgo(8), actor: 'github-actions[bot]', actorIsBot: true },
      { kind: 'labeled', at: daysAgo(8), actor: 'github-actions[bot]', actorIsBot: true, label: 'stale' },
      { kind: 'comment', at: daysAgo(6), actor: 'mallory', actorIsBot: false },
      { kind: 'comment', at: daysAgo(5), actor: 'sift-user', actorIsBot: false, bySift: true },
      { kind: 'edited', at: daysAgo(4), actor: 'sift-user', actorIsBot: false, bySift: true },
    ];
    expect(feeds.recentFor(item(2, 4))?.events).toEqual(expected);
    // A pull request's feeds miss reviews and commits; an item updated before the window needs none.
    expect(feeds.recentFor(item(3, 1, 'pull_request'))?.explainsUpdates).toBe(false);
    expect(feeds.recentFor(item(4, 61))).toBeUndefined();
    expect(commentActivity(comment(5, 'carol', 3), null)).toEqual([
      { kind: 'comment', at: daysAgo(3), actor: 'carol', actorIsBot: false },
    ]);
  });

  test('an events feed that ends before the window start narrows the window for every item', () => {
    const feeds = new ActivityFeeds(
      WINDOW_START,
      [comment(1, 'alice', 50)],
      { events: [event(1, 'closed', 'bob', 5), event(2, 'labeled', 'carol', 40, 'bug')], reached: false },
      null,
    );
    // Just after the oldest event shown: another of the same second may be on the page never served.
    const since = new Date(Date.parse(daysAgo(40)) + 1).toISOString();
    expect(feeds.since).toBe(since);
    expect(feeds.recentFor(item(1, 5))).toEqual({
      since,
      events: [{ kind: 'closed', at: daysAgo(5), actor: 'bob', actorIsBot: false }],
      explainsUpdates: true,
    });
    expect(feeds.recentFor(item(2, 40))).toBeUndefined();
    // A feed that showed nothing covers nothing.
    expect(
      new ActivityFeeds(WINDOW_START, [], { events: [], reached: false }, null).recentFor(item(1, 0)),
    ).toBe(undefined);
  });
});
