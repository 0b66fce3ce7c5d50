/**
 * The Octokit instance GitHub providers (REST and GraphQL) talk through, built for unattended runs:
 *
 * - rate limits (`@octokit/plugin-throttling`): a secondary limit's `retry-after`, or a spent primary
 *   budget's `x-ratelimit-reset`, is waited out when it is short; when it is longer than `maxWaitMs`,
 *   the request fails with RateLimitStop (and once the budget is known to be spent, later requests fail
 *   with it before they are sent), so a run stops cleanly instead of sleeping for an hour on a runner;
 * - after a secondary rate limit, one request at a time for the rest of the run (GitHub's advice);
 * - transient failures (`@octokit/plugin-retry`): 5xx answers, dropped connections, timeouts and
 *   garbled bodies are retried a few times with growing waits plus jitter, but only for requests
 *   that are safe to repeat (see `isIdempotent`);
 * - every attempt has a timeout covering the answer and its whole body;
 * - a count of the requests actually sent, retries and pages included, and the last rate-limit figures
 *   GitHub sent, for the report;
 * - with an ETag store (etags.ts), conditional GETs: a `304 Not Modified` is free and answered from
 *   the store.
 *
 * Hooks, from the outside in: budget gate and error conversion (here), retry, throttling, ETags, then
 * the attempt hook (counting, jitter) right above the fetch that sends it.
 */
import { checkApiUrl } from '../api-url.js';
import { GitHub, defaults, getOctokitOptions } from '@actions/github/lib/utils';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { EndpointDefaults, OctokitResponse } from '@octokit/types';
import Bottleneck from 'bottleneck';
import { VERSION } from '../../version.js';
import { etagPlugin, type EtagStore } from './etags.js';
import type { ClientTuning } from './tuning.js';
import type { RequestSlots } from './request-slots.js';
import {
  MalformedResponse,
  RateLimitStop,
  RequestTimeout,
  isHttpFailure,
  rateLimitStop,
  redact,
  type RequestSettings,
} from './errors.js';

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

const DEFAULTS: Required<ClientTuning> = {
  retries: 3,
  retryBaseMs: 1000,
  timeoutMs: 30_000,
  maxWaitMs: 60_000,
  reserve: 0,
  writeIntervalMs: 0,
  secondMs: 1000,
};

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
export function concurrencyCap(max: number): Bottleneck.Group {
  let running = 0;
  const waiting: (() => void)[] = [];
  const schedule = async (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => {
    if (running >= max) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      return await task(...args);
    } finally {
      const next = waiting.shift();
      // The place passes to the next request in line; with none waiting it is given back.
      if (next) next();
      else running--;
    }
  };
  return { key: () => ({ schedule }) } as unknown as Bottleneck.Group;
}

/** Requests of one client at once, as the throttling plugin's global group allows. */
export const MAX_REQUESTS_AT_ONCE = 10;

/**
 * What the throttling plugin needs of its retry limiter (by default a Bottleneck, whose queue waits a
 * few timer turns before running each request: see concurrencyCap): run the request, and when it fails,
 * ask the `failed` listeners for a wait in ms, then run it again; when none answers one, give up.
 * Listeners are called as Bottleneck calls them: with the error and `{ args, retryCount }`, all of
 * them, the first answer that is not null deciding.
 */
class RetryRunner {
  private readonly listeners: ((error: unknown, info: { args: unknown[]; retryCount: number }) => unknown)[] =
    [];

  on(
    event: string,
    listener: (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown,
  ): void {
    if (event === 'failed') this.listeners.push(listener);
  }

  async schedule<T>(task: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await task(...args);
      } catch (error) {
        const answers = await Promise.all(
          this.listeners.map(async (listener) => {
            try {
              return await listener(error, { args, retryCount });
            } catch {
              return null; // as Bottleneck: a listener that throws answers nothing
            }
          }),
        );
        const wait = answers.find((answer) => answer !== null && answer !== undefined);
        if (wait === undefined) throw error;
        await sleep(Math.trunc(Number(wait)) || 0);
      }
    }
  }
}

/** What GitHub waits for when a secondary limit comes without `retry-after`, in seconds (GitHub's docs). */
const SECONDARY_FALLBACK_S = 60;

/**
 * Failures the retry plugin must leave alone: client errors say the request itself is wrong, and rate
 * limits (403, 429) belong to the throttling plugin, which knows how long to wait, or to RateLimitStop.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export function createClient(options: ClientOptions): Client {
  const tuning = tuningOf(options);
  const counts: RequestCounts = { reads: 0, writes: 0, ...(options.etags ? { notModified: 0 } : {}) };
  const rate = new RateLimits();
  const secrets = [options.token];
  const trusted = [options.baseUrl, ...(options.alsoTrusted ?? [])];
  const Octokit = octokitClass({ counts, jitterMs: tuning.retryBaseMs, etags: options.etags, rate });
  const octokit = new Octokit(
    getOctokitOptions(options.token, {
      // Checked before any request (a library caller's address, too); trailing slashes dropped, since
      // every path would be `//repos/...`, which GitHub Enterprise answers with 404.
      baseUrl: checkApiUrl(options.baseUrl, 'The GitHub API baseUrl', 'https://api.github.com'),
      userAgent: options.userAgent ?? `sift/${VERSION}`,
      request: {
        fetch: originGuard(timedFetch(baseFetch(), tuning.timeoutMs, rate), trusted),
      },
      retry: { retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs, doNotRetry: DO_NOT_RETRY },
      throttle: {
        // Waits GitHub asks for are in seconds; a second lasts `secondMs`.
        retryAfterBaseValue: tuning.secondMs,
        fallbackSecondaryRateRetryAfter: SECONDARY_FALLBACK_S,
        // The plugin's own pacing (1 s between writes, 3 s between comments, shared by every client in
        // the process) is replaced: the executor paces comments, and writes go one at a time.
        // With no interval the write group would only queue (GraphQL queries pass it too); the global
        // group keeps its cap of 10 requests at once. Both without Bottleneck's queue: concurrencyCap.
        write:
          tuning.writeIntervalMs > 0
            ? new Bottleneck.Group({ maxConcurrent: 1, minTime: tuning.writeIntervalMs })
            : concurrencyCap(Infinity),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: tuning.writeIntervalMs }),
        ...({ global: concurrencyCap(MAX_REQUESTS_AT_ONCE), retryLimiter: new RetryRunner() } as object),
        onRateLimit: (retryAfterS: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < tuning.retries && retryAfterS * 1000 <= tuning.maxWaitMs,
        onSecondaryRateLimit: (
          retryAfterS: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => {
          // Counted by the attempt hook as the answer came (before another request could go out).
          return retryCount < tuning.retries && retryAfterS * 1000 <= tuning.maxWaitMs;
        },
      },
    }),
  );

  octokit.hook.before('request', async (request) => {
    // A refused host is refused here too, outside the retry plugin: the refusal is final, and
    // retrying it would only wait (originGuard stays the backstop at the fetch).
    if (/^https?:\/\//i.test(request.url)) refuseUntrusted(request.url, trusted);
    // Octokit hands every request the same `request` settings object, and the plugins write retry
    // counts into it: give each request its own copy so nothing leaks into the next one.
    const settings: RequestSettings & Record<string, unknown> = { ...request.request };
    settings.idempotent ??= isIdempotent(request.method, request.url, request);
    // Not safe to repeat: a 5xx or a dropped connection may come after GitHub did it. Rate-limit
    // answers are still retried (GitHub did nothing), by the throttling plugin.
    if (settings.idempotent === false) settings.retries ??= 0;
    request.request = settings;
    await gate(rate, resourceOf(request.url), tuning);
  });
  octokit.hook.error('request', (error) => {
    throw asRateLimitStop(error, tuning) ?? scrub(error, secrets);
  });
  return { octokit, counts, rate };
}

/**
 * Whether sending a request twice does no more than sending it once, so it may be retried after a
 * failure that leaves unknown whether it went through. GET, PUT, PATCH and DELETE are (GitHub's
 * remove-label answers 404 the second time, which the provider takes as done); of the POSTs, adding
 * labels, assignees or reviewers is, and so is a GraphQL query, but not a mutation nor a new comment.
 * A caller can say otherwise with `request: { idempotent }` (a batch of label mutations, say).
 */
export function isIdempotent(method: string, url: string, params: { query?: unknown } = {}): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  const path = url.split('?')[0];
  if (/\/issues\/[^/]+\/(?:labels|assignees)$|\/pulls\/[^/]+\/requested_reviewers$/.test(path)) return true;
  if (/\/graphql$/.test(path)) return !isMutation(params.query);
  return false;
}

/** The rate-limit figures GitHub sent last, per bucket. */
export class RateLimits {
  private readonly buckets = new Map<string, RateLimitState>();
  /** The most recent figures, whichever bucket they were for. */
  latest: RateLimitState | undefined;
  /**
   * Secondary rate limits met so far (each a 403 or 429 the client waited out or gave up on): a walk
   * that reads pages at once goes one at a time after one (github-rest/listing-pages.ts).
   */
  secondaryLimits = 0;

  get(resource = 'core'): RateLimitState | undefined {
    return this.buckets.get(resource);
  }

  observe(headers: Headers): void {
    const limit = Number(headers.get('x-ratelimit-limit'));
    const remaining = Number(headers.get('x-ratelimit-remaining'));
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (!headers.has('x-ratelimit-remaining') || ![limit, remaining, reset].every(Number.isFinite)) return;
    const resource = headers.get('x-ratelimit-resource') ?? 'core';
    // Answers to requests sent at once (listing pages) arrive in any order: within one window the
    // budget only goes down, so an older, higher figure never replaces a newer one.
    const known = this.buckets.get(resource);
    const sameWindow = known !== undefined && known.resetAt.getTime() === reset * 1000;
    const left = sameWindow ? Math.min(remaining, known.remaining) : remaining;
    this.latest = { resource, limit, remaining: left, resetAt: new Date(reset * 1000) };
    this.buckets.set(resource, this.latest);
  }

  /** Drops a bucket's figures once its window has been waited out; the next answer brings new ones. */
  forget(resource: string): void {
    this.buckets.delete(resource);
  }
}

// ---- internals ------------------------------------------------------------------------------------

type Plugin = (...args: Parameters<typeof retry>) => void;

interface AttemptHooks {
  counts: RequestCounts;
  jitterMs: number;
  etags?: EtagStore;
  /** Its `secondaryLimits`: once one was met, attempts go one at a time. */
  rate: RateLimits;
}

function octokitClass(hooks: AttemptHooks) {
  // The attempt plugin comes first, so its hook is the innermost: it sees every attempt the retry and
  // throttling plugins make, not just the first. The ETag plugin comes next: it turns a 304 into the
  // stored answer before throttling and retry could take it for a failure.
  const notModified = () => {
    hooks.counts.notModified = (hooks.counts.notModified ?? 0) + 1;
  };
  const etags = etagPlugin(hooks.etags, notModified) as unknown as Plugin;
  return GitHub.plugin(attemptPlugin(hooks), etags, throttling, retry);
}

/**
 * Counts each request as it is actually sent, and spreads retries out by a random jitter. Once GitHub
 * answered with a secondary rate limit, every attempt of this client waits for the one before it to
 * finish, for the rest of the run: GitHub asks integrators that meet one to make requests serially
 * (the throttling plugin waits out each request's `retry-after`, but would send the retries of
 * requests refused together together again). A request of a walk (`request.slots`, see
 * request-slots.ts) first waits for one of the walk's slots; the limit is counted before the slot is
 * given to the next request, so that one already goes alone.
 */
function attemptPlugin({ counts, jitterMs, rate }: AttemptHooks): Plugin {
  const attempts = new Attempts();
  return (octokit) => {
    octokit.hook.wrap('request', async (send, options) => {
      const retryCount: unknown = options.request.retryCount;
      // Clients that failed together should not all come back at the same instant.
      if (typeof retryCount === 'number' && retryCount > 0) await sleep(Math.random() * jitterMs);
      const { slots, rank } = options.request as SlotSettings;
      const release = slots ? await slots.acquire(rank) : undefined;
      const attempt = async () => {
        if (isRead(options.method, options.url, options)) counts.reads++;
        else counts.writes++;
        try {
          return await sendParsingOnce(send, options);
        } catch (error) {
          const named = namedSecondaryLimit(error);
          if (isSecondaryLimit(named)) rate.secondaryLimits++;
          throw named;
        }
      };
      try {
        return await attempts.run(attempt, rate.secondaryLimits > 0);
      } finally {
        release?.();
      }
    });
  };
}

/** A walk's request settings: its slots, and its rank among the walk's requests (a page number). */
export interface SlotSettings {
  slots?: RequestSlots;
  rank?: number;
}

type SendOptions = Required<EndpointDefaults>;
type Send = (options: SendOptions) => OctokitResponse<unknown> | Promise<OctokitResponse<unknown>>;

/**
 * Sends with Octokit's parsing of a successful answer's body turned off, and hands on the body
 * timedFetch parsed already (it parses every JSON answer to refuse a garbled one): Octokit's own
 * parser (json-with-bigint, which turns integers beyond 2^53 into BigInt) was a fifth of a sweep's
 * CPU, parsing every answer a second time, slowly. GitHub's integers (ids, counts) are far below
 * 2^53, and a BigInt could not be written back as JSON anyway. Other bodies are what Octokit makes of
 * them: text for text, bytes for anything else. Errors keep Octokit's own parsing.
 */
async function sendParsingOnce(send: Send, options: SendOptions): Promise<OctokitResponse<unknown>> {
  // Hooks are handed one options object per request (what `send` is given is ignored), so the switch
  // is made on it, with a mark to tell it from a caller that asked for the raw body (none in Sift
  // today), who gets it. Each request has its own `request` settings (see createClient).
  const settings = options.request as { parseSuccessResponseBody?: boolean; [PARSED_HERE]?: true };
  if (settings.parseSuccessResponseBody === false && !settings[PARSED_HERE]) return send(options);
  settings.parseSuccessResponseBody = false;
  settings[PARSED_HERE] = true;
  const response = await send(options);
  // 204, 205 and HEAD answers carry no body: Octokit leaves `data` as it is.
  const body: unknown = response.data;
  if (body === null || body instanceof ReadableStream) {
    response.data = await successBody(body, response.headers['content-type']);
  }
  return response;
}

const PARSED_HERE = Symbol('sift parses the body');

/** Bodies parsed by timedFetch, by the stream Octokit hands on as `data` when it does not parse. */
const parsedBodies = new WeakMap<ReadableStream, { json: unknown }>();

/** What Octokit's `getResponseData` makes of a successful answer's body. */
async function successBody(body: ReadableStream | null, contentType: string | undefined): Promise<unknown> {
  const parsed = body && parsedBodies.get(body);
  if (parsed) return parsed.json;
  const answer = new Response(body);
  if (contentType === undefined) return answer.text();
  const media = mediaTypeOf(contentType);
  // A JSON answer not parsed by timedFetch is empty (or an error's): Octokit gives its text then.
  if (OCTOKIT_JSON.includes(media.type)) return answer.text();
  const text =
    media.type.startsWith('text/') ||
    (media.charset === 'utf-8' && media.type !== 'application/octet-stream');
  return text ? answer.text() : answer.arrayBuffer();
}

/** The media types Octokit parses as JSON. */
const OCTOKIT_JSON = ['application/json', 'application/scim+json'];

function mediaTypeOf(contentType: string): { type: string; charset?: string } {
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^";]*)"?$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return { type: type.toLowerCase(), charset: charset?.toLowerCase() };
}

/**
 * Every attempt of a client in flight, and a queue of one for when they must go one at a time: a
 * queued task starts once the one before it and every attempt already on its way have settled.
 */
class Attempts {
  private readonly flying = new Set<Promise<unknown>>();
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>, oneAtATime: boolean): Promise<T> {
    if (!oneAtATime) return this.track(task());
    const result = this.tail.then(async () => {
      while (this.flying.size > 0) await Promise.allSettled([...this.flying]);
      return this.track(task());
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  private track<T>(attempt: Promise<T>): Promise<T> {
    this.flying.add(attempt);
    const done = () => this.flying.delete(attempt);
    attempt.then(done, done);
    return attempt;
  }
}

function isRead(method: string, url: string, params: { query?: unknown }): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  return method === 'POST' && /\/graphql(?:\?|$)/.test(url) && !isMutation(params.query);
}

function isMutation(query: unknown): boolean {
  if (typeof query !== 'string') return true; // unknown: assume the worst
  return /^mutation\b/.test(query.replace(/^(?:\s|#[^\n]*)*/, ''));
}

/**
 * GitHub answers 429, and 403 with `retry-after`, only for rate limits; when it is not the primary
 * budget (`x-ratelimit-remaining: 0`) it is a secondary limit, whatever the message says (GHES and
 * proxies word it differently). The throttling plugin recognises secondary limits by their message, so
 * name it there; its `retry-after` is then honoured like any other.
 */
function namedSecondaryLimit(error: unknown): unknown {
  if (!isHttpFailure(error) || (error.status !== 429 && error.status !== 403)) return error;
  const headers = error.response?.headers ?? {};
  if (String(headers['x-ratelimit-remaining']) === '0' || /\bsecondary rate\b/i.test(error.message))
    return error;
  if (error.status === 429 || headers['retry-after'] !== undefined) {
    error.message = `${error.message} (secondary rate limit)`;
  }
  return error;
}

/** What the throttling plugin takes for a secondary limit (and waits out, or gives up on). */
function isSecondaryLimit(error: unknown): boolean {
  return (
    isHttpFailure(error) &&
    (error.status === 403 || error.status === 429) &&
    /\bsecondary rate\b/i.test(error.message)
  );
}

/**
 * Before a request: when the bucket it spends from is known to be spent, wait for the reset if that
 * is soon, else stop without sending a request GitHub would refuse.
 */
async function gate(
  rate: RateLimits,
  resource: string | null,
  tuning: Required<ClientTuning>,
): Promise<void> {
  if (resource === null) return;
  const state = rate.get(resource);
  if (!state || state.remaining > tuning.reserve) return;
  const now = Date.now();
  const waitMs = state.resetAt.getTime() - now;
  if (waitMs <= 0) return; // the window has rolled over since
  if (waitMs > tuning.maxWaitMs) {
    throw rateLimitStop({
      kind: 'primary',
      resetAt: state.resetAt,
      limit: state.limit,
      maxWaitMs: tuning.maxWaitMs,
      now,
    });
  }
  await sleep((waitMs * tuning.secondMs) / 1000);
  rate.forget(resource);
}

/** The bucket a request spends from; null for the free `GET /rate_limit`. */
function resourceOf(url: string): string | null {
  const path = url.split('?')[0];
  if (/\/rate_limit$/.test(path)) return null;
  if (/\/graphql$/.test(path)) return 'graphql';
  if (/\/search\//.test(path)) return 'search';
  return 'core';
}

/**
 * A rate-limit answer that got past the throttling plugin: it declined to wait (too long) or had
 * waited enough times. Either way the run should stop, not go on spending requests that fail.
 */
function asRateLimitStop(error: unknown, tuning: Required<ClientTuning>): RateLimitStop | undefined {
  if (!isHttpFailure(error) || (error.status !== 403 && error.status !== 429)) return undefined;
  const headers = error.response?.headers ?? {};
  const now = Date.now();
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const limit = Number(headers['x-ratelimit-limit']);
    return rateLimitStop({
      kind: 'primary',
      resetAt: new Date(Number.isFinite(reset) && reset > 0 ? reset * 1000 : now + 3_600_000),
      limit: Number.isFinite(limit) && limit > 0 ? limit : undefined,
      maxWaitMs: tuning.maxWaitMs,
      now,
    });
  }
  if (!/\bsecondary rate\b/i.test(error.message)) return undefined;
  const retryAfterS = Number(headers['retry-after']) || SECONDARY_FALLBACK_S;
  return rateLimitStop({
    kind: 'secondary',
    resetAt: new Date(now + retryAfterS * 1000),
    maxWaitMs: tuning.maxWaitMs,
    now,
  });
}

/**
 * Whoever reads an error from the client (not only our providers) never sees the token, even from a
 * server that echoes it: in the message, the stack, or the answer's body a log might print.
 */
function scrub(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return error;
  error.message = redact(error.message, secrets);
  if (error.stack) error.stack = redact(error.stack, secrets);
  const response = (error as { response?: { data?: unknown } }).response;
  if (response && response.data !== undefined) {
    const text = JSON.stringify(response.data);
    if (text !== undefined && text !== redact(text, secrets))
      response.data = JSON.parse(redact(text, secrets));
  }
  return error;
}

type Fetch = typeof globalThis.fetch;

/**
 * @actions/github's fetch, which honours the runner's proxy settings (`https_proxy`, `no_proxy`...),
 * where a proxy applies to the API's address; Node's own otherwise. Without a proxy, @actions/github's
 * is undici's fetch with no dispatcher, the same as Node's, but it would load the bundle's copy of
 * undici (about 900 kB) into every run: the bundles load undici only when something uses it
 * (src/bundle/undici/index.cjs). The choice is @actions/http-client's, the one @actions/github made its fetch
 * with, for the same address.
 */
function baseFetch(): Fetch {
  const proxied: unknown = defaults.request?.fetch;
  if (typeof proxied !== 'function') return globalThis.fetch;
  const api = defaults.baseUrl;
  return api === undefined || getProxyUrl(new URL(api))?.hostname ? (proxied as Fetch) : globalThis.fetch;
}

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
export function originGuard(inner: Fetch, roots: readonly string[]): Fetch {
  return (input, init) => {
    try {
      refuseUntrusted(typeof input === 'string' || input instanceof URL ? input : input.url, roots);
    } catch (error) {
      return Promise.reject(error);
    }
    return inner(input, init);
  };
}

/** Throws unless `url` is on the origin of one of `roots`. */
function refuseUntrusted(url: string | URL, roots: readonly string[]): void {
  const allowed = new Set(roots.map((root) => new URL(root).origin));
  const { origin } = new URL(url);
  if (!allowed.has(origin)) {
    throw new Error(
      `Refused to send the token to ${origin}: it is not the configured API (${[...allowed].join(', ')})`,
    );
  }
}

function timedFetch(inner: Fetch, timeoutMs: number, rate: RateLimits): Fetch {
  return async (input, init) => {
    const timer = new AbortController();
    const timeout = new RequestTimeout(timeoutMs);
    const handle = setTimeout(() => timer.abort(timeout), timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
    try {
      const response = await inner(input, { ...init, signal });
      rate.observe(response.headers);
      const noBody = [101, 204, 205, 304].includes(response.status);
      const body = noBody ? null : await response.arrayBuffer();
      const json =
        response.ok && body && body.byteLength > 0 && isJson(response.headers)
          ? checkJson(body, response.status)
          : undefined;
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      // Parsed once: the attempt hook hands this on instead of letting Octokit parse it again.
      const type = response.headers.get('content-type');
      if (json && copy.body && type !== null && OCTOKIT_JSON.includes(mediaTypeOf(type).type)) {
        parsedBodies.set(copy.body, json);
      }
      return copy;
    } catch (error) {
      // undici may report the abort as its own AbortError; what happened is the timeout.
      if (timer.signal.aborted) throw timeout;
      throw error;
    } finally {
      clearTimeout(handle);
    }
  };
}

function isJson(headers: Headers): boolean {
  return /\bjson\b/i.test(headers.get('content-type') ?? '');
}

/** The parsed body, or MalformedResponse (retried: a garbled answer may come whole the next time). */
function checkJson(body: ArrayBuffer, status: number): { json: unknown } {
  try {
    return { json: JSON.parse(new TextDecoder().decode(body)) as unknown };
  } catch {
    throw new MalformedResponse(status, body.byteLength);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The defaults, overridden by each setting the caller gave (one left undefined keeps its default). */
function tuningOf(options: ClientTuning): Required<ClientTuning> {
  const tuning = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof ClientTuning)[])
    tuning[key] = options[key] ?? DEFAULTS[key];
  return tuning;
}
