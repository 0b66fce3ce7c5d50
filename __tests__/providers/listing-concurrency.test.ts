/**
 * The walk at the physical limit: REST listing pages read several at a time once the first page's
 * `Link` names the last, GraphQL's two connections read together, and both slowing down when GitHub
 * answers concurrent requests with a secondary rate limit. Everything is counted (requests the
 * emulator held at once, pages asked for, refusals), never timed.
 */
import { setImmediate as nextMacrotask, setTimeout as sleep } from 'node:timers/promises';
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type RepoStore,
  type RequestLogEntry,
} from '../../src/emulator/github/index.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { LISTING_CONCURRENCY, LISTING_PAGES_AHEAD } from '../../src/providers/github-rest/listing-pages.js';
import type { Item } from '../../src/model/item.js';

const TOKEN = 'ghs_ListingConcurrencyToken';
const NOW = new Date('2026-03-01T12:00:00Z');
/** Fast waits: a second of `retry-after` lasts 1 ms, retries wait a few ms. Counts only, no timings. */
const FAST = { secondMs: 1, retryBaseMs: 5, retries: 3 };

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * Counts how many listing requests the emulator holds at once: each is held `holdMs` in the hook
 * (so requests sent together overlap), and `refuse` may answer one that arrives while another is held.
 */
function overlapMeter(
  gh: GitHubEmulator,
  isListing: (r: RequestLogEntry) => boolean,
  options: { holdMs: number; refuse?: 403 | 429 },
) {
  const meter = { held: 0, maxHeld: 0, refused: 0, answered: 0, maxHeldAfterRefusal: 0 };
  gh.onRequest = async (request) => {
    if (!isListing(request)) return undefined;
    if (options.refuse !== undefined && meter.held > 0) {
      meter.refused++;
      // GitHub's answer to too many concurrent requests: a secondary rate limit with retry-after.
      return {
        status: options.refuse,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
    }
    meter.held++;
    meter.maxHeld = Math.max(meter.maxHeld, meter.held);
    if (meter.refused > 0) meter.maxHeldAfterRefusal = Math.max(meter.maxHeldAfterRefusal, meter.held);
    await sleep(options.holdMs);
    meter.held--;
    meter.answered++;
    return undefined;
  };
  return meter;
}

describe('listing at the physical limit', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  const restListing = (r: RequestLogEntry) => r.path === '/repos/octo/demo/issues' && r.method === 'GET';
  const pageOf = (r: RequestLogEntry) => Number(r.query.page ?? 1);

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    for (let n = 1; n <= 250; n++) {
      repo.addIssue({
        created_at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        pull_request: n % 5 === 0,
      });
    }
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    expect(gh.nonconforming).toEqual([]);
    expect(gh.graphql.invalid).toEqual([]);
    await gh.close();
  });

  const rest = () =>
    createGitHubRestProvider({
      token: TOKEN,
      repository: 'octo/demo',
      baseUrl: gh.url,
      perPage: 10,
      client: FAST,
    });
  const graphql = () =>
    createGitHubGraphqlProvider({
      token: TOKEN,
      repository: 'octo/demo',
      baseUrl: gh.url,
      graphqlUrl: gh.graphqlUrl,
      perPage: 10,
      client: FAST,
    });
  const allNumbers = Array.from({ length: 250 }, (_, k) => k + 1);

  describe('REST', () => {
    it('reads the pages after the first LISTING_CONCURRENCY at a time, each once, items in walk order', async () => {
      const meter = overlapMeter(gh, restListing, { holdMs: 20 });
      const provider = rest();
      const seen: number[] = [];
      for await (const item of provider.items({ state: 'open' })) {
        seen.push(item.number);
        // Never more pages asked for than the consumer has reached plus the bound.
        const reached = Math.ceil(seen.length / 10);
        expect(gh.requests.filter(restListing).length).toBeLessThanOrEqual(reached + LISTING_PAGES_AHEAD);
      }
      expect(seen).toEqual(allNumbers);
      const pages = gh.requests.filter(restListing).map(pageOf);
      expect([...pages].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, k) => k + 1));
      expect(pages[0]).toBe(1);
      expect(meter.maxHeld).toBeGreaterThan(1);
      expect(meter.maxHeld).toBeLessThanOrEqual(LISTING_CONCURRENCY);
      expect(provider.requestCounts()).toEqual({ reads: 25, writes: 0 });
    });

    it('asks LISTING_PAGES_AHEAD pages ahead of a slow consumer, never more than LISTING_CONCURRENCY on the wire', async () => {
      const meter = overlapMeter(gh, restListing, { holdMs: 10 });
      const provider = rest();
      const seen: number[] = [];
      let mostAhead = 0;
      for await (const item of provider.items({ state: 'open' })) {
        seen.push(item.number);
        const reached = Math.ceil(seen.length / 10);
        mostAhead = Math.max(mostAhead, gh.requests.filter(restListing).length - reached);
        // The consumer spends a while on the first item of each page: the pages ahead pile up.
        if (seen.length % 10 === 1) await sleep(40);
      }
      expect(seen).toEqual(allNumbers);
      expect(mostAhead).toBe(LISTING_PAGES_AHEAD);
      expect(meter.maxHeld).toBe(LISTING_CONCURRENCY);
      expect(provider.requestCounts()).toEqual({ reads: 25, writes: 0 });
    });

    it('goes on past the page named last when the repository grew meanwhile', async () => {
      let grown = false;
      gh.onRequest = (request) => {
        // Page 25 was named last by page 1; 15 issues are opened before it is answered.
        if (restListing(request) && request.query.page === '25' && !grown) {
          grown = true;
          for (let n = 251; n <= 265; n++)
            repo.addIssue({ created_at: new Date(Date.UTC(2025, 1, 1) + n * 60_000).toISOString() });
        }
        return undefined;
      };
      const items = await collect(rest().items({ state: 'open' }));
      expect(items.map((i) => i.number)).toEqual(Array.from({ length: 265 }, (_, k) => k + 1));
      const pages = gh.requests.filter(restListing).map(pageOf);
      expect([...pages].sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, k) => k + 1));
    });

    it('leaves nothing running when the consumer stops early', async () => {
      overlapMeter(gh, restListing, { holdMs: 5 });
      const provider = rest();
      const iterator = provider.items({ state: 'open' })[Symbol.asyncIterator]();
      for (let k = 0; k < 15; k++) await iterator.next();
      await iterator.return?.(undefined);
      const sent = gh.requests.filter(restListing).length;
      // Pages 1 and 2 were reached; at most LISTING_PAGES_AHEAD beyond them were asked for, and those
      // still waiting for a slot when the walk ended were never sent (nor counted).
      expect(sent).toBeLessThanOrEqual(2 + LISTING_PAGES_AHEAD);
      expect(provider.requestCounts().reads).toBe(sent);
      expect(gh.requests.filter(restListing).every((r) => r.status !== 0)).toBe(true);
      await nextMacrotask();
      expect(gh.requests.filter(restListing)).toHaveLength(sent);
    });

    it('goes one page at a time once the budget left is about the reserve', async () => {
      // The real clock: the budget's reset is an hour away, too long to wait.
      const low = await startGitHubEmulator({ token: TOKEN, rateLimit: 13 });
      try {
        const small = low.store.addRepo('octo/demo');
        for (let n = 1; n <= 250; n++)
          small.addIssue({ created_at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString() });
        const meter = overlapMeter(low, restListing, { holdMs: 10 });
        const provider = createGitHubRestProvider({
          token: TOKEN,
          repository: 'octo/demo',
          baseUrl: low.url,
          perPage: 10,
          client: { ...FAST, reserve: 10 },
        });
        // 13 requests in the window, 10 kept: page 1 leaves 12, so pages 2 and 3 at once at most; then
        // one at a time up to the reserve, where the client's gate stops the walk.
        await expect(collect(provider.items({ state: 'open' }))).rejects.toThrow(/rate limit/i);
        expect(meter.maxHeld).toBeLessThanOrEqual(2);
        expect(low.requests.filter(restListing)).toHaveLength(3);
      } finally {
        await low.close();
      }
    });
  });

  describe.each([403, 429] as const)('secondary rate limit (%i) on concurrent requests', (status) => {
    it('REST: the walk slows down to one page at a time and finishes with every item once', async () => {
      const meter = overlapMeter(gh, restListing, { holdMs: 30, refuse: status });
      const provider = rest();
      const items = await collect(provider.items({ state: 'open' }));
      expect(items.map((i) => i.number)).toEqual(allNumbers);
      // Only the first burst (pages 2 to 5, sent together) can collide; after it, one at a time.
      expect(meter.refused).toBeGreaterThanOrEqual(1);
      expect(meter.refused).toBeLessThanOrEqual(LISTING_CONCURRENCY - 1);
      expect(meter.maxHeldAfterRefusal).toBe(1);
      expect(meter.answered).toBe(25);
      // Every refusal was asked again: the requests are the pages plus the refusals.
      expect(gh.requests.filter(restListing)).toHaveLength(25 + meter.refused);
      expect(provider.requestCounts()).toEqual({ reads: 25 + meter.refused, writes: 0 });
    });

    it('GraphQL: the two connections slow down to one request at a time and finish with every item once', async () => {
      const meter = overlapMeter(gh, (r) => r.path === '/graphql', { holdMs: 30, refuse: status });
      const provider = graphql();
      const items = await collect(provider.items({ state: 'open' }));
      const issues = allNumbers.filter((n) => n % 5 !== 0);
      const pulls = allNumbers.filter((n) => n % 5 === 0);
      expect(items.map((i) => i.number)).toEqual([...issues, ...pulls]);
      // Issues: 200 in 20 pages (a 21st is not needed: hasNextPage is false on the 20th); pulls: 5.
      expect(meter.answered).toBe(25);
      expect(meter.refused).toBeGreaterThanOrEqual(1);
      expect(meter.maxHeldAfterRefusal).toBe(1);
      expect(provider.requestCounts()).toEqual({ reads: 25 + meter.refused, writes: 0 });
    });
  });
});
