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
export class EtagStore {
  private readonly previous: Map<string, EtagEntry>;
  private readonly current = new Map<string, EtagEntry>();
  readonly stats: EtagStats;

  constructor(snapshot?: unknown) {
    this.previous = new Map(Object.entries(entriesOf(snapshot)));
    this.stats = { conditional: 0, notModified: 0, loaded: this.previous.size };
  }

  /** The entry for a request, from this run if it made it already, else from the last run. */
  get(key: string): EtagEntry | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  set(key: string, entry: EtagEntry): void {
    this.current.set(key, entry);
  }

  /** Keeps the last run's entry for this run's snapshot (it was confirmed by a 304). */
  keep(key: string, entry: EtagEntry): void {
    if (!this.current.has(key)) this.current.set(key, entry);
  }

  delete(key: string): void {
    this.current.delete(key);
    this.previous.delete(key);
  }

  get size(): number {
    return this.current.size;
  }

  /** This run's entries, to persist for the next run. */
  snapshot(): EtagSnapshot {
    return { version: 1, entries: Object.fromEntries(this.current) };
  }
}

/**
 * Checks a parsed snapshot; anything malformed throws, so the caller can warn and start empty. Entries
 * that are not well formed are an error too, not skipped: a file that is partly wrong is not trusted.
 */
export function parseEtagSnapshot(value: unknown): EtagSnapshot {
  return { version: 1, entries: entriesOf(value) };
}

function entriesOf(value: unknown): Record<string, EtagEntry> {
  if (value === undefined || value === null) return {};
  if (!isObject(value) || value.version !== 1 || !isObject(value.entries)) {
    throw new Error('not an ETag snapshot (version 1)');
  }
  const entries: Record<string, EtagEntry> = {};
  for (const [key, entry] of Object.entries(value.entries)) {
    if (
      !isObject(entry) ||
      typeof entry.etag !== 'string' ||
      entry.etag === '' ||
      !('data' in entry) ||
      (entry.link !== undefined && typeof entry.link !== 'string')
    ) {
      throw new Error(`malformed entry for ${key}`);
    }
    entries[key] = {
      etag: entry.etag,
      data: entry.data,
      ...(entry.link !== undefined ? { link: entry.link } : {}),
    };
  }
  return entries;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DEFAULT_ACCEPT = 'application/vnd.github.v3+json';

/** The store's key of a request: method and absolute URL with its query, plus the media type if not the default. */
export function etagKey(method: string, url: string, accept?: string): string {
  const media = accept && accept !== DEFAULT_ACCEPT ? ` ${accept}` : '';
  return `${method.toUpperCase()} ${url}${media}`;
}

// ---- the Octokit plugin --------------------------------------------------------------------------

interface EndpointLike {
  method: string;
  url: string;
  headers: Record<string, string | number | undefined>;
}

interface OctokitLike {
  request: { endpoint: { parse: (options: never) => EndpointLike } };
  hook: {
    wrap: (
      name: 'request',
      wrapper: (send: (options: never) => Promise<unknown>, options: never) => Promise<unknown>,
    ) => void;
  };
}

interface ResponseLike {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * An Octokit plugin for GETs: with an entry in the store, send its ETag as `If-None-Match`; on 304
 * answer with the stored data (status 200, the 304's headers plus the stored Link), so neither the
 * retry and throttling plugins nor the callers see the 304 as a failure; on 200 with an ETag, store
 * it. It goes right above the attempt counter (which then counts every request sent, 304s too) and
 * below the throttling and retry plugins.
 */
export function etagPlugin(store: EtagStore | undefined, onNotModified?: () => void) {
  return (octokit: OctokitLike): void => {
    if (!store) return;
    octokit.hook.wrap('request', async (send, rawOptions) => {
      // Every hook of a request shares one options object and the inner hooks ignore what they are
      // passed (before-after-hook binds it): headers are changed on that object, in place.
      const options = rawOptions as unknown as EndpointLike;
      if (String(options.method).toUpperCase() !== 'GET') return send(rawOptions);
      const parsed = octokit.request.endpoint.parse(rawOptions);
      const key = etagKey('GET', parsed.url, headerOf(parsed.headers, 'accept'));
      const known = store.get(key);
      const plain = options.headers;
      if (known) {
        options.headers = { ...plain, 'if-none-match': known.etag };
        store.stats.conditional++;
      }
      let response: ResponseLike;
      try {
        response = (await send(rawOptions)) as ResponseLike;
      } catch (error) {
        const status = (error as { status?: number }).status;
        const answer = (error as { response?: ResponseLike }).response;
        if (status !== 304 || !known || !answer) throw error;
        store.stats.notModified++;
        onNotModified?.();
        // GitHub's ETag covers the body, not the Link header: a full last page stays 304 when a new
        // page appears after it. Ask again without the ETag (one request, only in that case).
        if (mayHaveGrown(parsed.url, known)) {
          store.delete(key);
          options.headers = plain;
          return remember(store, key, (await send(rawOptions)) as ResponseLike);
        }
        store.keep(key, known);
        const headers: ResponseLike['headers'] = { ...answer.headers };
        delete headers.link;
        if (known.link !== undefined) headers.link = known.link;
        return { status: 200, url: answer.url || parsed.url, headers, data: structuredClone(known.data) };
      } finally {
        options.headers = plain;
      }
      return remember(store, key, response);
    });
  };
}

/** Stores a 200 answer's ETag and data; forgets the key when the answer has no ETag. */
function remember(store: EtagStore, key: string, response: ResponseLike): ResponseLike {
  const etag = headerOf(response.headers, 'etag');
  if (response.status === 200 && etag) {
    const link = headerOf(response.headers, 'link');
    store.set(key, { etag, data: response.data, ...(link ? { link } : {}) });
  } else {
    store.delete(key); // no ETag any more: do not send a stale one again
  }
  return response;
}

/** A stored listing page that was full and had no next page: items added since would be on a new page. */
function mayHaveGrown(url: string, entry: EtagEntry): boolean {
  if (!Array.isArray(entry.data) || /\brel="next"/.test(entry.link ?? '')) return false;
  let perPage = 30;
  try {
    const raw = new URL(url).searchParams.get('per_page');
    if (raw !== null) perPage = Number(raw);
  } catch {
    return false;
  }
  return entry.data.length > 0 && entry.data.length >= perPage;
}

function headerOf(headers: Record<string, string | number | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && value !== undefined) return String(value);
  }
  return undefined;
}
