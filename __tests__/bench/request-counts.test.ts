/**
 * Pins the requests a fixed workload costs through the whole pipeline (triage() in-process, real HTTP
 * to the emulator), for both GitHub providers: a change that adds a request per item, or stops
 * batching writes, fails here. The workload is the benchmark's realistic mix (bench/workloads.ts) at
 * 250 items: 230 fresh, 16 stale and waiting, 2 to mark stale, 2 to close.
 */
import { byEndpoint, classify, type Requests } from '../../bench/classify.js';
import { seedRealistic, STALE_RULES } from '../../bench/workloads.js';
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { Provider } from '../../src/providers/provider.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

const TOKEN = 'request-counts-token';
const REPOSITORY = 'bench/counts';
const ITEMS = 250;
const rules = parseRules(STALE_RULES, 'sift.yml');

type Api = 'graphql' | 'rest';

function providerFor(api: Api, gh: GitHubEmulator): Provider {
  return api === 'graphql'
    ? createGitHubGraphqlProvider({ token: TOKEN, repository: REPOSITORY, graphqlUrl: gh.graphqlUrl })
    : createGitHubRestProvider({ token: TOKEN, repository: REPOSITORY, baseUrl: gh.url });
}

async function run(gh: GitHubEmulator, api: Api, now: Date, dryRun = false): Promise<Requests> {
  const before = gh.requests.length;
  const result = await triage({
    provider: providerFor(api, gh),
    rules,
    now,
    dryRun,
    maxOperations: 1_000,
    maxChangeRatio: 1,
    commentsPerMinute: 0,
  });
  expect(result.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
  return classify(gh.requests.slice(before));
}

/** Exact counts: list pages, per-item reads, write requests. */
const EXPECTED: Record<Api, { first: Requests; rerun: Requests; dryRun: Requests }> = {
  graphql: {
    // 3 pages; no per-item read (timelines and Sift's comments come with the listing); the 6 writes
    // in 2 batched requests (comments and closes, then labels: each item's changes stay in order);
    // one read after the comments went out, for all of them, to remove a duplicate from an
    // overlapping run.
    first: { list: 3, reads: 1, writes: 2, total: 6 },
    rerun: { list: 3, reads: 0, writes: 0, total: 3 },
    dryRun: { list: 3, reads: 0, writes: 0, total: 3 },
  },
  rest: {
    // 3 pages; the repository's comments (3 pages) and issue events (1 page) since the rules' window,
    // which date the 16 waiting items' `stale` (the 2 to close were not updated for 7 days: no read);
    // the 2 to mark have no comment at all (the listing says `comments: 0`), so their warning, which
    // shows no days, needs neither their timeline (for its cycle) nor a comment lookup; after
    // posting, one page of the comments feed since the listing, for both, to remove a duplicate from
    // an overlapping run; 6 writes, one each. The waiting items' warnings in the feed are a bot's: no
    // person's activity, whoever wrote them; the comments posted say who Sift runs as (their author):
    // no GraphQL viewer query.
    first: { list: 3, reads: 5, writes: 6, total: 14 },
    // The 2 closed are not listed; the 2 marked now wait as well: the feeds date them all (and do
    // not ask who wrote the bot's warnings in them).
    rerun: { list: 3, reads: 4, writes: 0, total: 7 },
    dryRun: { list: 3, reads: 4, writes: 0, total: 7 },
  },
};

/** The first run's requests by endpoint (bench/classify.ts byEndpoint), as EXPECTED counts them. */
const ENDPOINTS: Record<Api, [string, number][]> = {
  graphql: [
    ['POST /graphql SiftIssues', 3],
    ['POST /graphql SiftWrites', 2],
    // After posting: a duplicate from an overlapping run?
    ['POST /graphql SiftFirstComments', 1],
  ],
  rest: [
    // 3 feed pages and the one after posting.
    ['GET /repos/bench/counts/issues/comments?direction,per_page,since,sort', 4],
    ['GET /repos/bench/counts/issues?direction,per_page,sort,state', 3],
    ['PATCH /repos/bench/counts/issues/N', 2],
    ['POST /repos/bench/counts/issues/N/comments', 2],
    ['POST /repos/bench/counts/issues/N/labels', 2],
    ['GET /repos/bench/counts/issues/events?per_page', 1],
  ],
};

describe.each<Api>(['graphql', 'rest'])(
  `requests of the realistic mix at ${ITEMS} items through %s`,
  (api) => {
    let gh: GitHubEmulator;
    let repo: RepoStore;
    const now = new Date();

    beforeEach(async () => {
      gh = await startGitHubEmulator({ token: TOKEN, login: 'github-actions[bot]' });
      repo = gh.store.addRepo(REPOSITORY);
      seedRealistic(repo, ITEMS, now);
    });
    afterEach(() => gh.close());

    it('a first run and a rerun cost exactly the pinned requests', async () => {
      expect(await run(gh, api, now)).toEqual(EXPECTED[api].first);
      expect(repo.issues.filter((i) => i.state === 'closed')).toHaveLength(2);
      expect(repo.issues.filter((i) => i.state === 'open' && i.labels.includes('stale'))).toHaveLength(18);
      expect(await run(gh, api, now)).toEqual(EXPECTED[api].rerun);
    });

    it('a first run asks exactly these endpoints', async () => {
      await run(gh, api, now);
      expect(byEndpoint(gh.requests)).toEqual(ENDPOINTS[api]);
    });

    it('a dry run reads what a real run reads and writes nothing', async () => {
      expect(await run(gh, api, now, true)).toEqual(EXPECTED[api].dryRun);
    });
  },
);
