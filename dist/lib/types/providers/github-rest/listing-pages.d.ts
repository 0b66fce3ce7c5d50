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
import type { GitHubClient, RateLimits } from '../github/client.js';
/** Listing pages on the wire at once: a small number, as GitHub's best practices ask. */
export declare const LISTING_CONCURRENCY = 4;
/** Pages asked for or held ahead of the consumer (of which LISTING_CONCURRENCY on the wire). */
export declare const LISTING_PAGES_AHEAD: number;
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
/**
 * The first page from `route` and `params`; the rest from its `Link` header. Resolves each page's
 * answer as the client gave it (a 304 from the ETag cache comes as the stored 200), its entries passed
 * through `keep` as soon as it arrives: a page waiting its turn then holds only what the caller keeps
 * of it, and the answer's full JSON (some 2 kB an issue) is garbage at once, before the collector
 * would move it to the old generation (a walk of 100,000 items spent much of its time collecting it).
 */
export declare function listingPages<T, U = T>(src: ListingPagesSource, route: string, params: Record<string, unknown>, keep?: (entry: T) => U): AsyncGenerator<ListingPage<U>>;
interface Links {
    next?: string;
    last?: string;
}
/** GitHub's `Link` header: `<url>; rel="next", <url>; rel="last"`. */
export declare function parseLinks(header: string | number | undefined): Links;
export {};
