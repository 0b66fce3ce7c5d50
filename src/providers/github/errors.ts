/**
 * Turns Octokit's HTTP errors into errors that say what failed and what to do about it. Converted at
 * the provider boundary so nothing above sees Octokit; messages never carry the token.
 */
import type { ItemType } from '../../model/item.js';
import { ItemWriteError, RateLimitStop, type ItemKey } from '../provider.js';

// One class for every forge: the pipeline stops cleanly on it, whichever provider threw it.
export { RateLimitStop };

/** A failed read (listing, facts, comments): the run or the item cannot go on. */
export class GitHubReadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GitHubReadError';
  }
}

/**
 * No complete answer (headers and body) within the client's timeout. Thrown by the client's fetch;
 * Octokit wraps it as the `cause` of a status-500 RequestError, which the retry plugin retries. Its
 * name must not be `AbortError`: Octokit rethrows those unwrapped, and the retry plugin skips them.
 */
export class RequestTimeout extends Error {
  constructor(readonly ms: number) {
    super(`GitHub did not answer within ${formatWait(ms)}`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * A successful answer whose JSON body does not parse (cut off by a proxy, say). Octokit would hand the
 * text on as if it were data, and the provider would fail later on a string with no clue why.
 */
export class MalformedResponse extends Error {
  constructor(
    readonly status: number,
    readonly bytes: number,
  ) {
    super(`GitHub answered ${status} with a body that is not valid JSON (${bytes} bytes)`);
    this.name = 'MalformedResponseError';
  }
}

/** The parts of Octokit's RequestError we use; duck-typed so we need no import of a transitive package. */
interface HttpFailure {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
  /** The request as sent; `request.request` holds the client's per-request settings. */
  request?: { method?: string; request?: RequestSettings };
  cause?: unknown;
}

/** What the client records on each request it sends, read back here to describe a failure. */
export interface RequestSettings {
  /** False when sending the request twice could do twice what once does (post two comments). */
  idempotent?: boolean;
  /** Retries made, set by the retry and throttling plugins. */
  retryCount?: number;
}

export function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number';
}

/**
 * What went wrong below HTTP: a timeout, a dropped connection, a garbled body. Octokit reports them as
 * status 500 with the real failure as `cause`; "GitHub answered 500" would then be untrue.
 */
export function transportFailure(error: unknown): string | undefined {
  if (!isHttpFailure(error) || !isErrorLike(error.cause)) return undefined;
  const cause = error.cause;
  if (cause instanceof RequestTimeout || cause instanceof MalformedResponse) return cause.message;
  // undici: TypeError "fetch failed" whose cause names the socket error (ECONNRESET, other side closed).
  // Duck-typed: undici's errors may come from another realm (test runners), where instanceof fails.
  const inner = isErrorLike(cause.cause) ? cause.cause : undefined;
  const code = typeof inner?.code === 'string' && !inner.message.includes(inner.code) ? inner.code : '';
  const reason = [inner?.message, code].filter(Boolean).join(', ');
  return `the connection to GitHub failed (${reason || cause.message})`;
}

function isErrorLike(value: unknown): value is { message: string; code?: unknown; cause?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as Error).message === 'string';
}

/** GitHub's own message from the response body ("Not Found", "Label does not exist"...). */
export function apiMessage(error: unknown): string {
  if (!isHttpFailure(error)) return error instanceof Error ? error.message : String(error);
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    const details = validationDetails(data);
    return details ? `${data.message} (${details})` : data.message;
  }
  return error.message;
}

/** Which `permissions:` entry lets a workflow token write to this kind of item. */
export function permissionFor(type: ItemType): string {
  if (type === 'discussion') return 'discussions: write';
  return type === 'pull_request' ? 'pull-requests: write' : 'issues: write';
}

export function describeItem(item: ItemKey): string {
  return `${item.type === 'pull_request' ? 'pull request' : item.type} #${item.number}`;
}

export interface Failure {
  /** What was being done, e.g. `adding label "bug" to issue #4`. */
  doing: string;
  repository: string;
  /** The permission a workflow token needs for this write. */
  permission?: string;
  /** Values that must never appear in a message. */
  secrets: readonly string[];
}

/** A failed write; a rate-limit stop passes through (with what was being done) so the run stops cleanly. */
export function writeError(error: unknown, failure: Failure): ItemWriteError | RateLimitStop {
  if (error instanceof RateLimitStop) return stopWhile(error, failure);
  return new ItemWriteError(compose(error, failure), httpStatus(error));
}

/** A failed read; a rate-limit stop passes through (with what was being done) so the run stops cleanly. */
export function readError(error: unknown, failure: Failure): GitHubReadError | RateLimitStop {
  if (error instanceof RateLimitStop) return stopWhile(error, failure);
  return new GitHubReadError(compose(error, failure), httpStatus(error));
}

/** Runs a read, turning its failure into a readError that says what was being done. */
export async function reading<T>(failure: Failure, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw readError(error, failure);
  }
}

/** The HTTP status GitHub answered with; none when no answer came (timeout, dropped connection). */
function httpStatus(error: unknown): number | undefined {
  if (!isHttpFailure(error) || transportFailure(error)) return undefined;
  return error.status;
}

function stopWhile(stop: RateLimitStop, { doing, repository, secrets }: Failure): RateLimitStop {
  return new RateLimitStop(redact(`${doing} in ${repository}: ${stop.message}`, secrets), stop.resetAt);
}

function compose(error: unknown, { doing, repository, permission, secrets }: Failure): string {
  const message = apiMessage(error);
  const status = httpStatus(error);
  const transport = transportFailure(error);
  const answer = transport ?? (status ? `GitHub answered ${status} ${message}` : message);
  const hints = [hintFor(status, message, repository, permission), retryNote(error, status, transport)];
  const hint = hints.filter(Boolean).join(' ');
  return redact(`${doing} in ${repository} failed: ${answer}.${hint ? ` ${hint}` : ''}`, secrets);
}

function hintFor(
  status: number | undefined,
  message: string,
  repository: string,
  permission?: string,
): string {
  if (status === 401) return 'The token is invalid or expired.';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    const needed = permission ?? 'issues: write';
    return (
      `The workflow's token lacks a permission: add \`permissions: { ${needed} }\` to the workflow or job. ` +
      'On pull requests from forks the token is read-only whatever the permissions say; run on a schedule instead.'
    );
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return 'The API rate limit is spent; the next run will carry on.';
  }
  if (status === 404) return `It does not exist, or the token cannot see ${repository}.`;
  if (status === 410) return 'It was deleted, or issues are disabled in this repository.';
  return '';
}

/**
 * For failures that retrying could cure (5xx, no answer): how often it was tried, or why it was not.
 * A request that is not idempotent (posting a comment) may have gone through before the failure, so
 * the client does not repeat it; the executor's marker lookup makes the next run finish the job.
 */
function retryNote(error: unknown, status: number | undefined, transport: string | undefined): string {
  if (!isHttpFailure(error) || (!transport && (status === undefined || status < 500))) return '';
  const settings = error.request?.request;
  if (settings?.idempotent === false) {
    return 'Not retried, as it may have gone through: the next run checks for it before doing it again.';
  }
  const retries = settings?.retryCount ?? 0;
  return retries > 0 ? `Tried ${retries + 1} times.` : '';
}

/** Why a run stops instead of waiting out a rate limit, with when it resets. */
export interface RateLimitHit {
  kind: 'primary' | 'secondary';
  resetAt: Date;
  /** Requests per window, when GitHub said. */
  limit?: number;
  /** The longest wait the client sits out. */
  maxWaitMs: number;
  now: number;
}

export function rateLimitStop({ kind, resetAt, limit, maxWaitMs, now }: RateLimitHit): RateLimitStop {
  const budget = `GitHub's API rate limit${limit ? ` of ${limit} requests an hour` : ''}`;
  if (resetAt.getTime() <= now) {
    // Still refused after the announced reset, and after the retries: likely a clock out of step.
    return new RateLimitStop(
      `${budget} is still spent although it was to reset at ${resetAt.toISOString()} (is the runner's clock right?); ` +
        'stopped cleanly, the next run carries on',
      resetAt,
    );
  }
  const when = `${resetAt.toISOString()} (in ${formatWait(resetAt.getTime() - now)})`;
  const what =
    kind === 'primary'
      ? `${budget} is spent until ${when}`
      : `GitHub's secondary rate limit asks to wait until ${when}`;
  return new RateLimitStop(
    `${what}, longer than the ${formatWait(maxWaitMs)} Sift waits; stopped cleanly, the next run carries on`,
    resetAt,
  );
}

/** `750 ms`, `30 s`, `59 min`: waits as a person reads them. */
export function formatWait(ms: number): string {
  const positive = Math.max(0, ms);
  if (positive < 1000) return `${Math.round(positive)} ms`;
  if (positive < 120_000) return `${Math.round(positive / 1000)} s`;
  return `${Math.round(positive / 60_000)} min`;
}

function validationDetails(data: object): string {
  if (!('errors' in data) || !Array.isArray(data.errors)) return '';
  return data.errors
    .map((e: unknown) => {
      if (typeof e === 'string') return e;
      if (typeof e !== 'object' || e === null) return '';
      const { field, code, message } = e as { field?: unknown; code?: unknown; message?: unknown };
      return typeof message === 'string'
        ? message
        : [field, code].filter((x) => typeof x === 'string').join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/** Real tokens are 40+ characters; a short test token would otherwise blank out ordinary words. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}
