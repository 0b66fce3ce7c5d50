/**
 * A small typed client over `fetch` for GitLab's API v4: authentication, JSON, request counting,
 * retries after 429 (honouring Retry-After) and lazy pagination that follows GitLab's own next-page
 * pointers (keyset `Link` cursors or offset `x-next-page`). A 429 that persists after the retries, or
 * asks for a longer wait than a run should sit out, becomes RateLimitStop: the run stops cleanly.
 */
import { checkApiUrl } from '../api-url.js';
import { VERSION } from '../../version.js';
import type { Clock } from '../../model/clock.js';
import { GitLabHttpError, GitLabNetworkError, messageOf, rateLimitStop } from './errors.js';

export type TokenKind = 'private' | 'job';
export type Query = Record<string, string>;

export interface GitLabClientOptions {
  /** API root, e.g. `https://gitlab.com/api/v4`. */
  baseUrl: string;
  token: string;
  /** `private`: personal, project or group access token (PRIVATE-TOKEN); `job`: CI_JOB_TOKEN (JOB-TOKEN). */
  tokenKind: TokenKind;
  clock: Clock;
  /** Retries after a 429 (any request) or a 502/503/504 or lost connection (reads only). */
  maxRetries: number;
  /** A Retry-After longer than this stops the run (RateLimitStop) instead of stalling it. */
  maxRetryWaitMs: number;
  userAgent?: string;
}

export interface RequestCounts {
  reads: number;
  writes: number;
}

/** Statuses worth retrying for reads: the gateway or GitLab itself is briefly unavailable. */
const TRANSIENT = new Set([502, 503, 504]);

export class GitLabClient {
  readonly counts: RequestCounts = { reads: 0, writes: 0 };
  private readonly root: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: GitLabClientOptions) {
    // Checked before any request; a trailing slash would make every path `//projects/...`.
    this.root = checkApiUrl(options.baseUrl, 'The GitLab API baseUrl', 'https://gitlab.com/api/v4');
    this.headers = {
      accept: 'application/json',
      'user-agent': options.userAgent ?? `sift/${VERSION}`,
      [options.tokenKind === 'job' ? 'job-token' : 'private-token']: options.token,
    };
  }

  async get<T>(path: string, query: Query = {}): Promise<T> {
    return (await this.request<T>('GET', path, query)).data;
  }

  async send<T>(method: 'POST' | 'PUT', path: string, body: object): Promise<T> {
    return (await this.request<T>(method, path, {}, body)).data;
  }

  async delete(path: string): Promise<void> {
    await this.request<unknown>('DELETE', path, {});
  }

  /**
   * The pages of a listing, one request per page, the next requested only when the consumer asks for
   * it. Only the query of GitLab's next link is used, against our own root: the token never follows a
   * link to another host.
   */
  async *pages<T>(path: string, query: Query): AsyncGenerator<T[]> {
    let current: Query | null = query;
    while (current) {
      const { data, headers }: { data: T[]; headers: Headers } = await this.request<T[]>(
        'GET',
        path,
        current,
      );
      if (!Array.isArray(data)) throw new Error(`GitLab answered ${path} with something that is not a list`);
      yield data;
      current = data.length === 0 ? null : nextQuery(headers, current);
    }
  }

  /**
   * One GraphQL query against GitLab's GraphQL endpoint (`/api/graphql` beside the REST root): the same
   * token header, retries and counting as a read (a query changes nothing). The whole answer is
   * returned, `errors` included: what they mean is the caller's to say.
   */
  async graphql<T>(query: string, variables: object): Promise<{ data?: T; errors?: { message: string }[] }> {
    const url = graphqlUrlOf(this.root);
    return (
      await this.fetchJson<{ data?: T; errors?: { message: string }[] }>(
        'POST',
        url,
        { query, variables },
        true,
      )
    ).data;
  }

  private async request<T>(
    method: string,
    path: string,
    query: Query,
    body?: object,
  ): Promise<{ data: T; headers: Headers }> {
    const search = new URLSearchParams(query).toString();
    const url = `${this.root}${path}${search ? `?${search}` : ''}`;
    return this.fetchJson<T>(method, url, body, method === 'GET');
  }

  /** Sends, retrying a 429 (any request) and, for reads, 502/503/504 and lost connections. */
  private async fetchJson<T>(
    method: string,
    url: string,
    body: object | undefined,
    read: boolean,
  ): Promise<{ data: T; headers: Headers }> {
    const init: RequestInit = {
      method,
      headers: body ? { ...this.headers, 'content-type': 'application/json' } : this.headers,
      body: body ? JSON.stringify(body) : undefined,
    };
    const { clock, maxRetries, maxRetryWaitMs } = this.options;
    for (let attempt = 1; ; attempt++) {
      if (read) this.counts.reads++;
      else this.counts.writes++;
      let response: Response;
      try {
        response = await fetch(url, init);
      } catch (error) {
        if (read && attempt <= maxRetries) {
          await clock.sleep(backoffMs(attempt));
          continue;
        }
        throw new GitLabNetworkError(
          `could not reach GitLab at ${new URL(this.root).origin}: ${causeOf(error)}`,
        );
      }
      if (response.status === 429) {
        // GitLab says how long; without Retry-After, RateLimit-Reset (epoch s) says until when.
        const wait = retryAfterMs(response.headers, clock.now()) ?? backoffMs(attempt);
        await response.body?.cancel();
        if (attempt > maxRetries || wait > maxRetryWaitMs)
          throw rateLimitStop(attempt, wait, maxRetryWaitMs, clock.now());
        await clock.sleep(wait);
        continue;
      }
      if (read && TRANSIENT.has(response.status) && attempt <= maxRetries) {
        await response.body?.cancel();
        await clock.sleep(backoffMs(attempt));
        continue;
      }
      const text = await response.text();
      const data = parse(text);
      if (!response.ok) {
        throw new GitLabHttpError(response.status, messageOf(data) ?? response.statusText);
      }
      return { data: data as T, headers: response.headers };
    }
  }
}

/**
 * GitLab serves GraphQL at `/api/graphql` beside REST's `/api/v4`, also under a relative URL root
 * (`https://host/gitlab/api/v4` -> `https://host/gitlab/api/graphql`).
 */
export function graphqlUrlOf(restRoot: string): string {
  return restRoot.replace(/\/api\/v4$/, '') + '/api/graphql';
}

/** The next page's query: from `Link: <...>; rel="next"` (keyset and offset), else from x-next-page. */
function nextQuery(headers: Headers, current: Query): Query | null {
  const next = /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
  if (next) {
    const query = Object.fromEntries(new URL(next, 'http://link.invalid').searchParams);
    // A server that points "next" at the page just served would loop forever.
    return sameQuery(query, current) ? null : query;
  }
  const page = headers.get('x-next-page');
  return page ? { ...current, page } : null;
}

function sameQuery(a: Query, b: Query): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** Retry-After in seconds or as an HTTP date, else RateLimit-Reset; undefined when neither is readable. */
function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value && /^\d+$/.test(value)) return Number(value) * 1000;
  const date = value ? Date.parse(value) : NaN;
  if (!Number.isNaN(date)) return Math.max(0, date - now);
  const reset = headers.get('ratelimit-reset')?.trim();
  return reset && /^\d+$/.test(reset) ? Math.max(0, Number(reset) * 1000 - now) : undefined;
}

/** 1 s, 2 s, 4 s...: for a 429 without Retry-After and for transient failures. */
function backoffMs(attempt: number): number {
  return 1000 * 2 ** (attempt - 1);
}

function parse(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `ECONNREFUSED` and the like, from fetch's `TypeError: fetch failed` and its cause. */
function causeOf(error: unknown): string {
  // Duck-typed: errors from Node's fetch may come from another realm (test sandboxes), failing instanceof.
  const cause =
    typeof error === 'object' && error !== null && 'cause' in error && error.cause ? error.cause : error;
  if (typeof cause === 'object' && cause !== null) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    if ('message' in cause && typeof cause.message === 'string') return cause.message;
  }
  return String(cause);
}
