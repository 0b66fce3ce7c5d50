/**
 * GitHub's GraphQL `errors` entries -> errors that say what failed and what to do. GraphQL answers 200
 * even when nothing was done; the entry's `type` (NOT_FOUND, FORBIDDEN...) plays the part of the HTTP
 * status. HTTP-level failures (401, 5xx, no answer) go through the REST provider's conversion instead.
 */
import { GitHubReadError, type Failure } from '../github/errors.js';
import { ItemWriteError, RateLimitStop } from '../provider.js';
import type { GraphqlError } from './types.js';

/** The HTTP status REST would have answered, so callers that branch on it need not know GraphQL. */
const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INSUFFICIENT_SCOPES: 403,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 403,
};

export function statusOf(errors: readonly GraphqlError[]): number | undefined {
  for (const e of errors) if (e.type && STATUS[e.type]) return STATUS[e.type];
  return undefined;
}

export function isRateLimited(errors: readonly GraphqlError[]): boolean {
  return errors.some((e) => e.type === 'RATE_LIMITED');
}

export function graphqlWriteError(errors: readonly GraphqlError[], failure: Failure): ItemWriteError {
  return new ItemWriteError(compose(errors, failure), statusOf(errors));
}

export function graphqlReadError(errors: readonly GraphqlError[], failure: Failure): GitHubReadError {
  return new GitHubReadError(compose(errors, failure), statusOf(errors));
}

/** RATE_LIMITED: the run stops cleanly, as it does when the REST budget runs out. */
export function rateLimitedStop(failure: Failure, resetAt: string | null): RateLimitStop {
  const when = resetAt ? ` until ${resetAt}` : '';
  return new RateLimitStop(
    redact(
      `${failure.doing} in ${failure.repository}: GitHub's GraphQL rate limit is spent${when}; stopped cleanly, the next run carries on`,
      failure.secrets,
    ),
    resetAt ? new Date(resetAt) : undefined,
  );
}

function compose(
  errors: readonly GraphqlError[],
  { doing, repository, permission, secrets }: Failure,
): string {
  // GitHub's messages often end in a period; the sentence here adds its own.
  const answers = errors.map((e) => {
    const message = e.message.replace(/\.$/, '');
    return e.type ? `${e.type} ${message}` : message;
  });
  const unique = [...new Set(answers)].join('; ') || 'an error without a message';
  const hint = hintFor(errors, repository, permission);
  return redact(
    `${doing} in ${repository} failed: GitHub answered ${unique}.${hint ? ` ${hint}` : ''}`,
    secrets,
  );
}

function hintFor(errors: readonly GraphqlError[], repository: string, permission?: string): string {
  const types = new Set(errors.map((e) => e.type));
  const text = errors.map((e) => e.message).join(' ');
  if (types.has('FORBIDDEN') && /not accessible by integration/i.test(text)) {
    const needed = permission ?? 'issues: write';
    return (
      `The workflow's token lacks a permission: add \`permissions: { ${needed} }\` to the workflow or job. ` +
      'On pull requests from forks the token is read-only whatever the permissions say; run on a schedule instead.'
    );
  }
  if (types.has('FORBIDDEN')) return `The token may not do this in ${repository}.`;
  if (types.has('INSUFFICIENT_SCOPES')) return "The token lacks an OAuth scope (GitHub's message names it).";
  if (types.has('NOT_FOUND')) return `It does not exist, or the token cannot see ${repository}.`;
  // Untyped errors with no path are GitHub rejecting the document itself: Sift's fault, not the user's.
  if (errors.every((e) => !e.type && !e.path))
    return 'GitHub rejected the query Sift sent; please report this.';
  return '';
}

/** Real tokens are 40+ characters; a short test token would otherwise blank out ordinary words. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}
