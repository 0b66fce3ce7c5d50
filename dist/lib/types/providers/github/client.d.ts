import Bottleneck from 'bottleneck';
import { type EtagStore } from './etags.js';
import type { ClientTuning } from './tuning.js';
import type { RequestSlots } from './request-slots.js';
export interface RequestCounts {
    reads: number;
    writes: number;
    /**
     * Of the reads, those answered `304 Not Modified` (free: not counted against the rate limit). Only
     * present when the client has an ETag store.
     */
    notModified?: number;
}
/** The rate-limit figures of one bucket, from the headers of GitHub's latest answer. */
export interface RateLimitState {
    /** `core` (REST), `graphql`, `search`...: GitHub counts each separately. */
    resource: string;
    limit: number;
    remaining: number;
    resetAt: Date;
}
export interface ClientOptions extends ClientTuning {
    token: string;
    baseUrl: string;
    userAgent?: string;
    /** ETags of earlier runs: GETs become conditional requests, and 304s are served from the store. */
    etags?: EtagStore;
    /** Other API roots the token may go to besides `baseUrl` (a GraphQL endpoint of its own). */
    alsoTrusted?: string[];
}
export interface Client {
    octokit: GitHubClient;
    /** Requests sent so far (each retry and each page is one), updated in place. */
    counts: RequestCounts;
    /** The latest rate-limit figures, updated in place as answers arrive. */
    rate: RateLimits;
}
export type GitHubClient = InstanceType<ReturnType<typeof octokitClass>>;
/**
 * A Bottleneck group without Bottleneck's timer turns, for the throttling plugin's groups: at most
 * `max` requests of the client at once, the others waiting in order; a request under the cap goes at
 * once. Each Bottleneck queue a request passes waits a few timer turns, and on an event loop busy with
 * other answers (a walk's pages) that delayed each request by 10 to 20 ms: at 1,000 pages in a row (a
 * GraphQL connection), 10 to 20 s. The global group keeps the plugin's cap of 10: Sift bounds most of
 * its requests itself (4 listing pages, 4 items planned at a time), but not every read a run can fan
 * out (a lookup of each comment posted after a run's writes, for one). The write group, with no
 * interval to keep, caps nothing (`Infinity`): writes go one at a time from the executor.
 */
export declare function concurrencyCap(max: number): Bottleneck.Group;
/** Requests of one client at once, as the throttling plugin's global group allows. */
export declare const MAX_REQUESTS_AT_ONCE = 10;
export declare function createClient(options: ClientOptions): Client;
/**
 * Whether sending a request twice does no more than sending it once, so it may be retried after a
 * failure that leaves unknown whether it went through. GET, PUT, PATCH and DELETE are (GitHub's
 * remove-label answers 404 the second time, which the provider takes as done); of the POSTs, adding
 * labels, assignees or reviewers is, and so is a GraphQL query, but not a mutation nor a new comment.
 * A caller can say otherwise with `request: { idempotent }` (a batch of label mutations, say).
 */
export declare function isIdempotent(method: string, url: string, params?: {
    query?: unknown;
}): boolean;
/** The rate-limit figures GitHub sent last, per bucket. */
export declare class RateLimits {
    private readonly buckets;
    /** The most recent figures, whichever bucket they were for. */
    latest: RateLimitState | undefined;
    /**
     * Secondary rate limits met so far (each a 403 or 429 the client waited out or gave up on): a walk
     * that reads pages at once goes one at a time after one (github-rest/listing-pages.ts).
     */
    secondaryLimits: number;
    get(resource?: string): RateLimitState | undefined;
    observe(headers: Headers): void;
    /** Drops a bucket's figures once its window has been waited out; the next answer brings new ones. */
    forget(resource: string): void;
}
interface AttemptHooks {
    counts: RequestCounts;
    jitterMs: number;
    etags?: EtagStore;
    /** Its `secondaryLimits`: once one was met, attempts go one at a time. */
    rate: RateLimits;
}
declare function octokitClass(hooks: AttemptHooks): typeof import("@octokit/core").Octokit & import("@octokit/core/types").Constructor<import("@octokit/plugin-rest-endpoint-methods").Api & {
    paginate: import("@octokit/plugin-paginate-rest").PaginateInterface;
}> & import("@octokit/core/types").Constructor<import("@octokit/plugin-retry").RetryPlugin>;
/** A walk's request settings: its slots, and its rank among the walk's requests (a page number). */
export interface SlotSettings {
    slots?: RequestSlots;
    rank?: number;
}
type Fetch = typeof globalThis.fetch;
/**
 * A fetch that gives each attempt `timeoutMs` for the answer and its whole body (a server that sends
 * headers and then stalls must time out too), records the rate-limit headers, and refuses a successful
 * answer whose JSON does not parse. The body is read here, so the response handed on is a copy.
 */
/**
 * The token goes to the configured API only. A `Link` header (or a next-page URL kept in the ETag
 * cache) can name any host; following it would hand that host the token. Such a request is refused
 * before it leaves, whatever asked for it.
 */
export declare function originGuard(inner: Fetch, roots: readonly string[]): Fetch;
export {};
