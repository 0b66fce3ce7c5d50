/**
 * A pull request's state through the GraphQL provider (facts `pull`, `reviews`, `checks`): read in the
 * listing when the rules need them, the same answers as REST from the same store, and every document
 * validated against GitHub's real schema (afterEach).
 */
import {
  createGitHubGraphqlProvider,
  type GitHubGraphqlProvider,
} from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { Item } from '../../src/model/item.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number): string =>
  new Date(NOW.getTime() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const OLD = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const PULL_FACTS = ['pull', 'reviews', 'checks'] as const;

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('GitHub GraphQL provider: pull request state', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubGraphqlProvider;
  const operations = (): (string | null | undefined)[] => {
    const names = gh.requests.filter((r) => r.path === '/graphql').map((r) => r.graphql?.operationName);
    gh.requests.length = 0;
    return names;
  };

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    provider = createGitHubGraphqlProvider({
      token: TOKEN,
      repository: 'octo/demo',
      graphqlUrl: gh.graphqlUrl,
    });
  });
  afterEach(async () => {
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  function seed(): void {
    repo.requiredApprovals.set('main', 1);
    repo.addIssue({ created_at: daysAgo(9) });
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(8),
      requested_reviewers: ['carol'],
      pull: {
        files: ['a.ts', 'b.ts'],
        state: {
          mergeable: false,
          additions: 40,
          deletions: 2,
          headSha: HEAD,
          requestedTeams: ['docs'],
          reviews: [
            { user: 'bob', state: 'CHANGES_REQUESTED', at: daysAgo(3), commit: OLD },
            { user: 'dave', state: 'COMMENTED', at: daysAgo(2) },
          ],
          checkRuns: [
            { name: 'build', conclusion: 'failure' },
            { name: 'e2e', status: 'queued' },
          ],
          statuses: [{ context: 'coverage', state: 'success' }],
        },
      },
    });
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(7),
      pull: {
        state: {
          mergeable: true,
          pendingReads: 1,
          reviews: [{ user: 'bob', state: 'APPROVED', at: daysAgo(1) }],
        },
      },
    });
  }

  it('carries them in the listing: one request for the page, the same facts as REST', async () => {
    seed();
    const items = await collect(provider.items({ state: 'open', prefetch: [...PULL_FACTS] }));
    const pulls = items.filter((i) => i.type === 'pull_request');
    expect(pulls[0].prefetched).toEqual({
      pull: { mergeable: false, lines: 42, files: 2, requestedReviewers: ['carol', 'docs'], headSha: HEAD },
      reviews: {
        latest: [{ reviewer: 'bob', verdict: 'changes_requested', at: daysAgo(3), commit: OLD }],
        required: 0,
        decision: 'changes-requested',
      },
      checks: [
        { name: 'build', state: 'failure' },
        { name: 'e2e', state: 'pending' },
        { name: 'coverage', state: 'success' },
      ],
    });
    // Mergeability not computed yet: left out of the listing, so the pull request is asked again.
    expect(pulls[1].prefetched?.pull).toBeUndefined();
    expect(pulls[1].prefetched?.reviews?.decision).toBe('approved');
    // Both connections are read at the same time: either may arrive first.
    expect(operations().sort()).toEqual(['SiftIssues', 'SiftPullRequests']);
    expect((await provider.facts(pulls[1], ['pull'])).pull?.mergeable).toBe(true);
    expect(operations()).toEqual(['SiftFacts']);

    // REST reads the same store to the same facts, but for GitHub's own decision and the rulesets'
    // required approvals, which only one of them can see.
    const rest = createGitHubRestProvider({
      token: TOKEN,
      repository: 'octo/demo',
      baseUrl: gh.url,
      mergeablePauseMs: 0,
    });
    const viaRest = await rest.facts(pulls[0], [...PULL_FACTS]);
    expect(viaRest.pull).toEqual(pulls[0].prefetched?.pull);
    expect(viaRest.checks).toEqual(pulls[0].prefetched?.checks);
    expect(viaRest.reviews).toEqual({ ...pulls[0].prefetched?.reviews, decision: undefined, required: 1 });
  });

  it('facts() of one pull request: UNKNOWN mergeability asked once is unknown; an issue has none', async () => {
    seed();
    repo.require(3).pull!.state.pendingReads = 5;
    const facts = await provider.facts({ type: 'pull_request', number: 3 }, [...PULL_FACTS]);
    expect(facts.pull?.mergeable).toBeNull();
    expect(facts.checks).toEqual([]);
    expect(operations()).toEqual(['SiftFacts']);
    expect(await provider.facts({ type: 'issue', number: 1 }, [...PULL_FACTS])).toEqual({
      pull: null,
      reviews: null,
      checks: null,
    });
    expect(operations()).toEqual([]);
  });

  it('reads none of it for rules that do not ask', async () => {
    seed();
    await collect(provider.items({ state: 'open', prefetch: ['branches'] }));
    const queries = gh.requests.map((r) => String((r.body as { query?: string } | undefined)?.query ?? ''));
    expect(queries.some((q) => /statusCheckRollup|latestOpinionatedReviews|mergeable/.test(q))).toBe(false);
  });
});
