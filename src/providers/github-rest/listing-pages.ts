/**
 * The pages of a REST listing, in order, several at a time once their number is known.
 *
 * A walk of N pages one after another is N round trips in a row. GitHub's first page names the last
 * one in its `Link` header (`rel="last"`, a URL that differs from the others only in `page=`), so the
 * pages after the first can be asked for before the one before them has come: at most
 * `LISTING_CONCURRENCY` on the wire at a time (GitHub asks integrators to avoid concurrent requests and
 * to slow down on secondary rate limits; see docs/performance.md), handed on strictly in page order.
 *
 * What keeps it polite, quick and correct:
 * - at most `concurrency` requests are on the wire at once (the walk's RequestSlots, taken right above
 *   the fetch), lowest page first;
 * - at most twice as many pages are asked for or held that the consumer has not taken yet, so memory
 *   stays a few pages whatever the repository's size; the pages asked beyond the slots have passed
 *   the client's queues by the time a slot frees, and go out at once (a page asked only then waited
 *   10 to 20 ms in them, every round trip: see request-slots.ts);
 * - after a secondary rate limit (403/429 with `retry-after`, waited out by the client), the rest of
 *   the walk goes one page at a time;
 * - with the primary budget nearly spent (GitHub's last `x-ratelimit-remaining` minus the reserve and
 *   the requests still on their way), one page at a time, so the client's own gate decides;
 * - the page named last may not be the end: the repository grew since (or the first page came from
 *   the ETag cache with an older `Link`). The last page's own `Link` decides; while it has a next
 *   page, the walk goes on from there;
 * - every page URL is built from GitHub's own `Link` URL, so the ETag cache (keyed by URL) sees the
 *   same URLs as a walk that follows `rel="next"`;
 * - an error is thrown where its page comes in the order, after every page before it; stopping early
 *   waits for the requests on their way and drops their answers (nothing unhandled, nothing left
 *   running).
 */
import type { GitHubClient, RateLimits, SlotSettings } from '../github/client.js';
import { RequestSlots } from '../github/request-slots.js';

/** Listing pages on the wire at once: a small number, as GitHub's best practices ask. */
export const LISTING_CONCURRENCY = 4;
/** Pages asked for or held ahead of the consumer (of which LISTING_CONCURRENCY on the wire). */
export const LISTING_PAGES_AHEAD = 2 * LISTING_CONCURRENCY;

export interface ListingPagesSource {
  octokit: GitHubClient;
  rate: RateLimits;
  /** Requests of the budget to leave unspent (the client's `reserve`). */
  reserve: number;
  /**
   * Requests on the wire at once; default LISTING_CONCURRENCY, with twice as many pages asked ahead.
   * 1: one after another, as `paginate.iterator` does.
   */
  concurrency?: number;
}

export interface ListingPage<T> {
  data: T[];
  headers: Record<string, string | number | undefined>;
}

type Settled<U> = { ok: true; page: ListingPage<U> } | { ok: false; error: unknown };

/**
 * The first page from `route` and `params`; the rest from its `Link` header. Resolves each page's
 * answer as the client gave it (a 304 from the ETag cache comes as the stored 200), its entries passed
 * through `keep` as soon as it arrives: a page waiting its turn then holds only what the caller keeps
 * of it, and the answer's full JSON (some 2 kB an issue) is garbage at once, before the collector
 * would move it to the old generation (a walk of 100,000 items spent much of its time collecting it).
 */
export async function* listingPages<T, U = T>(
  src: ListingPagesSource,
  route: string,
  params: Record<string, unknown>,
  keep: (entry: T) => U = (entry) => entry as unknown as U,
): AsyncGenerator<ListingPage<U>> {
  const concurrency = src.concurrency ?? LISTING_CONCURRENCY;
  const ahead = concurrency === 1 ? 1 : 2 * concurrency;
  const secondaryBefore = src.rate.secondaryLimits;
  const kept = (answer: ListingPage<T>): ListingPage<U> => ({
    data: answer.data.map(keep),
    headers: answer.headers,
  });
  let page = kept((await src.octokit.request(route, params)) as ListingPage<T>);
  let links = parseLinks(page.headers.link);
  let template = links.last ?? links.next;
  let last = farthest(links, 1);
  if (links.next === undefined || template === undefined || last === undefined) {
    // One page, or links without page numbers: follow `next` one by one, as paginate.iterator does.
    yield page;
    while (links.next !== undefined) {
      page = kept((await src.octokit.request({ method: 'GET', url: links.next } as never)) as ListingPage<T>);
      links = parseLinks(page.headers.link);
      yield page;
    }
    return;
  }
  const pending = new Map<number, Promise<Settled<U>>>();
  const slots = new RequestSlots(concurrency);
  let inFlight = 0;
  let requested = 1;
  let next = 2;

  const allowed = (): number => {
    if (src.rate.secondaryLimits > secondaryBefore) return 1;
    const core = src.rate.get('core');
    const room = core ? core.remaining - src.reserve - inFlight : Infinity;
    return room > 0 ? ahead : 1;
  };
  const pump = (): void => {
    while (requested < (last ?? 0) && pending.size < allowed()) {
      const number = ++requested;
      const url = withPage(template ?? '', number);
      inFlight++;
      const request: SlotSettings = { slots, rank: number };
      const answer = src.octokit.request({ method: 'GET', url, request } as never) as Promise<ListingPage<T>>;
      const settled = answer
        .then((result): Settled<U> => ({ ok: true, page: kept(result) }))
        .catch((error: unknown): Settled<U> => ({ ok: false, error }));
      pending.set(
        number,
        settled.finally(() => inFlight--),
      );
    }
  };

  try {
    pump();
    yield page;
    while (next <= last) {
      pump();
      const settled = await pending.get(next);
      pending.delete(next);
      if (!settled) return; // cannot happen: every page up to `last` is asked for, in order
      if (!settled.ok) throw settled.error;
      page = settled.page;
      if (next === last) {
        // The repository grew past the page named last: go on as far as this page's own links say.
        links = parseLinks(page.headers.link);
        const further = farthest(links, next);
        if (further !== undefined) {
          last = further;
          template = links.last ?? links.next;
        }
      }
      next++;
      pump();
      yield page;
    }
  } finally {
    // Stopped early or failed: pages still waiting for a slot are not sent; wait for what is on its
    // way (these promises never reject).
    slots.close();
    await Promise.all(pending.values());
  }
}

/** The highest page number the links name beyond `current`, or undefined when there is none. */
function farthest(links: Links, current: number): number | undefined {
  const numbers = [links.last, links.next]
    .map((url) => (url === undefined ? undefined : pageNumber(url)))
    .filter((n): n is number => n !== undefined && n > current);
  return numbers.length > 0 ? Math.max(...numbers) : undefined;
}

interface Links {
  next?: string;
  last?: string;
}

/** GitHub's `Link` header: `<url>; rel="next", <url>; rel="last"`. */
export function parseLinks(header: string | number | undefined): Links {
  const links: Links = {};
  for (const match of String(header ?? '').matchAll(/<([^>]+)>\s*;\s*rel="([^"]+)"/g)) {
    const rel = match[2];
    if (rel === 'next' || rel === 'last') links[rel] = match[1];
  }
  return links;
}

function pageNumber(url: string): number | undefined {
  const raw = /[?&]page=(\d+)(?:&|$)/.exec(url)?.[1];
  return raw === undefined ? undefined : Number(raw);
}

/** The URL with another page number, the rest of its text untouched (the ETag cache's key). */
function withPage(url: string, page: number): string {
  return url.replace(/([?&]page=)\d+(?=&|$)/, `$1${page}`);
}
