/**
 * Turns the client's failures into errors that say what failed and what to do about it, in GitLab's
 * terms (scopes, roles). Converted at the provider boundary; messages never carry the token.
 */
import { ItemWriteError, RateLimitStop, type ItemKey } from '../provider.js';

/** GitLab answered with an error status (after any retries). */
export class GitLabHttpError extends Error {
  constructor(
    readonly status: number,
    /** GitLab's own message from the body, e.g. "404 Project Not Found". */
    readonly apiMessage: string,
  ) {
    super(apiMessage);
    this.name = 'GitLabHttpError';
  }
}

/** GitLab could not be reached at all (DNS, refused connection, TLS, dropped connection). */
export class GitLabNetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitLabNetworkError';
  }
}

/** A failed read (listing, facts, notes): the run or the item cannot go on. */
export class GitLabReadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GitLabReadError';
  }
}

/** `issue #4`, `merge request !4`: how GitLab itself refers to them. */
export function describeItem(item: ItemKey): string {
  return item.type === 'pull_request' ? `merge request !${item.number}` : `issue #${item.number}`;
}

export interface Failure {
  /** What was being done, e.g. `adding label "bug" to issue #4`. */
  doing: string;
  /** Project path, e.g. `group/sub/app`. */
  project: string;
  /** A project-wide read (the listing): a 404 then means the project itself. */
  projectWide?: boolean;
  /** Values that must never appear in a message. */
  secrets: readonly string[];
}

/** A write failed; a spent rate limit stays a RateLimitStop, so the run stops cleanly instead. */
export function writeError(error: unknown, failure: Failure): ItemWriteError | RateLimitStop {
  if (error instanceof RateLimitStop) return stopWhile(error, failure);
  if (error instanceof ItemWriteError) return error;
  return new ItemWriteError(compose(error, failure, 'write'), statusOf(error));
}

/** A read failed; a spent rate limit stays a RateLimitStop, so the run stops cleanly instead. */
export function readError(error: unknown, failure: Failure): GitLabReadError | RateLimitStop {
  if (error instanceof RateLimitStop) return stopWhile(error, failure);
  if (error instanceof GitLabReadError) return error;
  return new GitLabReadError(compose(error, failure, 'read'), statusOf(error));
}

/** GitLab's rate limit, spent: what the run was doing when it hit it, and when to try again. */
export function rateLimitStop(
  attempts: number,
  waitMs: number,
  maxWaitMs: number,
  now: number,
): RateLimitStop {
  const resetAt = new Date(now + waitMs);
  const seconds = Math.ceil(waitMs / 1000);
  const why =
    waitMs > maxWaitMs
      ? `GitLab answered 429 and asks to wait ${seconds} s, longer than the ${Math.round(maxWaitMs / 1000)} s a run waits`
      : `GitLab answered 429 ${attempts} times, waiting as told between them`;
  return new RateLimitStop(
    `${why}: its rate limit is spent until about ${resetAt.toISOString()}; the next run will carry on.`,
    resetAt,
  );
}

function stopWhile(stop: RateLimitStop, { doing, project, secrets }: Failure): RateLimitStop {
  return new RateLimitStop(redact(`${doing} in ${project}: ${stop.message}`, secrets), stop.resetAt);
}

/** Flattens GitLab's error bodies: `{message: "..."}`, `{message: {field: ["..."]}}`, `{error: "..."}`. */
export function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null)
    return typeof body === 'string' && body.trim() ? body.trim() : undefined;
  const record = body as Record<string, unknown>;
  // GraphQL answers: `{ errors: [{ message }] }`.
  if (Array.isArray(record.errors)) {
    const text = record.errors
      .map((e) => (typeof e === 'object' && e !== null ? flatten((e as { message?: unknown }).message) : ''))
      .filter(Boolean)
      .join('; ');
    if (text) return text;
  }
  for (const key of ['message', 'error', 'error_description']) {
    const text = flatten(record[key]);
    if (text) return text;
  }
  return undefined;
}

function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flatten).filter(Boolean).join('; ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, v]) => {
        const text = flatten(v);
        // `{ error: "..." }` reads better without the key; `{ title: ["is too long"] }` needs it.
        return key === 'error' || key === 'base' ? text : `${key} ${text}`;
      })
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

function statusOf(error: unknown): number | undefined {
  return error instanceof GitLabHttpError ? error.status : undefined;
}

function compose(error: unknown, failure: Failure, mode: 'read' | 'write'): string {
  const { doing, project, secrets } = failure;
  let answer: string;
  let hint = '';
  if (error instanceof GitLabHttpError) {
    // GitLab's messages often start with the status already ("404 Project Not Found").
    const message = error.apiMessage.startsWith(String(error.status))
      ? error.apiMessage
      : `${error.status} ${error.apiMessage}`;
    answer = `GitLab answered ${message}`;
    hint = hintFor(error, failure, mode);
  } else {
    answer = error instanceof Error ? error.message : String(error);
  }
  return redact(`${doing} in ${project} failed: ${answer}.${hint ? ` ${hint}` : ''}`, secrets);
}

function hintFor(error: GitLabHttpError, { project, projectWide }: Failure, mode: 'read' | 'write'): string {
  switch (error.status) {
    case 401:
      return 'The token is invalid, expired or revoked.';
    case 403:
      return mode === 'write'
        ? `The token may not change it: it needs the api scope and at least the Reporter role in ${project} (a CI job token cannot change issues or merge requests).`
        : `The token may not read it: it needs the read_api or api scope and access to ${project}.`;
    case 404:
      return projectWide
        ? `Check the project path "${project}": the project does not exist, or the token cannot see it (the token needs the api or read_api scope).`
        : `It does not exist, or the token cannot see ${project}.`;
    default:
      return '';
  }
}

/** Real tokens are 20+ characters; a very short test token would otherwise blank out ordinary words. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}
