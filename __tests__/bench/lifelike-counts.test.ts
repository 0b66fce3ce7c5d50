/**
 * The lifelike repository in its real-world mix (1,000 items: 90% active within the rules' 60 days, 8%
 * warned and waiting, 1% to mark, 1% to close), the README's stale rules, triage() in-process over
 * real HTTP to the emulator, through both GitHub APIs. Each item ends as its hand-written expectation
 * says, REST and GraphQL make the same plan wherever the expectation is the same for both, and the
 * requests of a first run and of a rerun are pinned: a change that adds a request per item fails here.
 * (`npm run bench` measures the same workload through the bundled Action, with latency and memory.)
 */
import { classify, type Requests } from '../../bench/classify.js';
import { parseRules } from '../../src/config/index.js';
import type { ItemOutcome } from '../../src/executor/outcome.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { Provider } from '../../src/providers/provider.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { IssueRecord } from '../../src/emulator/github/records.js';
import { STALE_RULES } from '../helpers/rules.js';
import {
  forApi,
  lifelikeRepository,
  type LifelikeItem,
} from '../../src/emulator/samples/lifelike/repository.js';
import { loadIntoGitHub, README_WARNINGS } from '../../src/emulator/samples/lifelike/seed.js';

type Api = 'graphql' | 'rest';
const TOKEN = 'lifelike-counts-token';
const REPOSITORY = 'acme/widgets';
const NOW = new Date();
const ITEMS = lifelikeRepository(1_000, 'real-world');
const rules = parseRules(STALE_RULES, 'sift.yml');

/** What each run costs, by API: list pages, per-item and feed reads, write requests. */
const EXPECTED: Record<Api, { first: Requests; rerun: Requests }> = {
  graphql: {
    // 8 issue and 3 pull request pages (timelines, label times and Sift's comments come with them);
    // 11 to mark (GraphQL also sees the bot's description edit) and 10 to close: the 11 comments and
    // 10 closes in 3 batched requests of 10, then the 11 labels in 2; one read after posting, for all
    // the comments, to remove a duplicate from an overlapping run.
    first: { list: 11, reads: 1, writes: 5, total: 17 },
    rerun: { list: 11, reads: 0, writes: 0, total: 11 },
  },
  rest: {
    // 10 listing pages; the repository's comments since the window (19 pages) and its issue events
    // (3 pages); the timelines of the 10 to mark (the days of their last activity predate the window;
    // the same read shows Sift has not warned them yet); one comments-feed page after posting, for all
    // 10 warnings; 30 writes, one request each. The rerun meets Sift's warnings in the feed: a bot's
    // comments are no person's activity, whoever wrote them, so it need not ask who Sift runs as.
    first: { list: 10, reads: 33, writes: 30, total: 73 },
    rerun: { list: 10, reads: 22, writes: 0, total: 32 },
  },
};

interface Run {
  requests: Requests;
  /** Item number -> the rules that changed it and how, e.g. `mark-stale:label`. */
  plan: Map<number, string[]>;
}

async function sweep(gh: GitHubEmulator, api: Api): Promise<Run> {
  const provider: Provider =
    api === 'graphql'
      ? createGitHubGraphqlProvider({ token: TOKEN, repository: REPOSITORY, graphqlUrl: gh.graphqlUrl })
      : createGitHubRestProvider({ token: TOKEN, repository: REPOSITORY, baseUrl: gh.url });
  const before = gh.requests.length;
  const result = await triage({
    provider,
    rules,
    now: NOW,
    dryRun: false,
    maxOperations: 1_000,
    maxChangeRatio: 1,
    commentsPerMinute: 0,
  });
  expect(result.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
  return { requests: classify(gh.requests.slice(before)), plan: planOf(result.outcomes) };
}

function planOf(outcomes: readonly ItemOutcome[]): Map<number, string[]> {
  const plan = new Map<number, string[]>();
  for (const o of outcomes) {
    const changes = o.rules.flatMap((r) =>
      r.changes.filter((c) => c.status === 'applied').map((c) => `${r.rule}:${c.change.kind}`),
    );
    if (changes.length > 0) plan.set(o.item.number, changes.sort());
  }
  return plan;
}

/** What the README's rules must do to an item, from its expectation: the changes, as planOf says them. */
function expectedChanges(item: LifelikeItem, api: Api): string[] {
  const outcome = forApi(item.expect.readme, api);
  if (outcome.mark) return ['mark-stale:comment', 'mark-stale:label'];
  if (outcome.close) return ['close-stale:close'];
  return [];
}

describe('the lifelike repository, real-world mix, 1,000 items', () => {
  const runs = new Map<Api, { first: Run; rerun: Run; records: Map<string, IssueRecord> }>();

  beforeAll(async () => {
    for (const api of ['graphql', 'rest'] as const) {
      const gh = await startGitHubEmulator({ token: TOKEN });
      try {
        const records = loadIntoGitHub(gh.store.addRepo(REPOSITORY), ITEMS, {
          now: NOW.getTime(),
          warnings: README_WARNINGS,
        });
        const first = await sweep(gh, api);
        const rerun = await sweep(gh, api);
        runs.set(api, { first, rerun, records });
      } finally {
        await gh.close();
      }
    }
  }, 120_000);

  it.each<Api>(['graphql', 'rest'])('%s: every item is changed as its expectation says, once', (api) => {
    const { first, rerun, records } = runs.get(api)!;
    for (const item of ITEMS) {
      if ((item.state ?? 'open') === 'closed') continue;
      const number = records.get(item.key)!.number;
      expect({ key: item.key, changes: first.plan.get(number) ?? [] }).toEqual({
        key: item.key,
        changes: expectedChanges(item, api),
      });
    }
    // A rerun finds nothing left to do: the warned wait, the closed are not listed.
    expect(rerun.plan.size).toBe(0);
  });

  it('REST and GraphQL plan the same wherever the expectation is the same for both', () => {
    const rest = runs.get('rest')!;
    const graphql = runs.get('graphql')!;
    let compared = 0;
    for (const item of ITEMS) {
      if (expectedChanges(item, 'rest').join() !== expectedChanges(item, 'graphql').join()) continue;
      const n = rest.records.get(item.key)!.number;
      expect(graphql.records.get(item.key)!.number).toBe(n);
      expect(rest.first.plan.get(n)).toEqual(graphql.first.plan.get(n));
      compared++;
    }
    expect(compared).toBeGreaterThan(990);
  });

  it.each<Api>(['graphql', 'rest'])('%s: the requests of a first run and a rerun are pinned', (api) => {
    const { first, rerun } = runs.get(api)!;
    expect({ first: first.requests, rerun: rerun.requests }).toEqual(EXPECTED[api]);
  });
});
