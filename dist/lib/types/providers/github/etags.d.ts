/**
 * Conditional requests for GitHub's REST API: a repository swept every night has mostly not changed,
 * and GitHub answers a GET that carries the ETag of the last answer (`If-None-Match`) with
 * `304 Not Modified`, which does not count against the primary rate limit when the request was
 * authorised. An `EtagStore` keeps, per request, the ETag and the JSON of the last 200 answer; the
 * client plugin below sends the ETag and, on a 304, hands the stored answer on as if it were a 200
 * (with its `Link` header, so `paginate.iterator` follows the same pages).
 *
 * Web-standard only: the store is a plain JSON-able snapshot; reading and writing it (a file, the
 * Actions cache) is the entry points' business. A lost, stale or corrupt store only costs requests:
 * a stored body is used only on a real 304 for the same method, URL and media type.
 */
/** What is kept of one 200 answer. */
export interface EtagEntry {
    etag: string;
    /** The answer's JSON, as Octokit parsed it. */
    data: unknown;
    /** The answer's `Link` header, for pagination. */
    link?: string;
}
/** The store as JSON: key (see `etagKey`) -> entry. Version 1. */
export interface EtagSnapshot {
    version: 1;
    entries: Record<string, EtagEntry>;
}
/** How many conditional requests a run made and how many of them were answered 304. */
export interface EtagStats {
    /** Requests sent with `If-None-Match`. */
    conditional: number;
    /** Of those, answered 304 (free) and served from the store. */
    notModified: number;
    /** Entries the snapshot carried in. */
    loaded: number;
}
/**
 * The ETags of the last run (read only) and of this one. `snapshot()` holds only the entries this run
 * used or refreshed, so answers for items that left the listing (closed, deleted) do not pile up.
 */
export declare class EtagStore {
    private readonly previous;
    private readonly current;
    readonly stats: EtagStats;
    constructor(snapshot?: unknown);
    /** The entry for a request, from this run if it made it already, else from the last run. */
    get(key: string): EtagEntry | undefined;
    set(key: string, entry: EtagEntry): void;
    /** Keeps the last run's entry for this run's snapshot (it was confirmed by a 304). */
    keep(key: string, entry: EtagEntry): void;
    delete(key: string): void;
    get size(): number;
    /** This run's entries, to persist for the next run. */
    snapshot(): EtagSnapshot;
}
/**
 * Checks a parsed snapshot; anything malformed throws, so the caller can warn and start empty. Entries
 * that are not well formed are an error too, not skipped: a file that is partly wrong is not trusted.
 */
export declare function parseEtagSnapshot(value: unknown): EtagSnapshot;
/** The store's key of a request: method and absolute URL with its query, plus the media type if not the default. */
export declare function etagKey(method: string, url: string, accept?: string): string;
interface EndpointLike {
    method: string;
    url: string;
    headers: Record<string, string | number | undefined>;
}
interface OctokitLike {
    request: {
        endpoint: {
            parse: (options: never) => EndpointLike;
        };
    };
    hook: {
        wrap: (name: 'request', wrapper: (send: (options: never) => Promise<unknown>, options: never) => Promise<unknown>) => void;
    };
}
/**
 * An Octokit plugin for GETs: with an entry in the store, send its ETag as `If-None-Match`; on 304
 * answer with the stored data (status 200, the 304's headers plus the stored Link), so neither the
 * retry and throttling plugins nor the callers see the 304 as a failure; on 200 with an ETag, store
 * it. It goes right above the attempt counter (which then counts every request sent, 304s too) and
 * below the throttling and retry plugins.
 */
export declare function etagPlugin(store: EtagStore | undefined, onNotModified?: () => void): (octokit: OctokitLike) => void;
export {};
