/**
 * GitHub's GraphQL `errors` entries -> errors that say what failed and what to do. GraphQL answers 200
 * even when nothing was done; the entry's `type` (NOT_FOUND, FORBIDDEN...) plays the part of the HTTP
 * status. HTTP-level failures (401, 5xx, no answer) go through the REST provider's conversion instead.
 */
import { GitHubReadError, type Failure } from '../github/errors.js';
import { ItemWriteError, RateLimitStop } from '../provider.js';
import type { GraphqlError } from './types.js';
export declare function statusOf(errors: readonly GraphqlError[]): number | undefined;
export declare function isRateLimited(errors: readonly GraphqlError[]): boolean;
export declare function graphqlWriteError(errors: readonly GraphqlError[], failure: Failure): ItemWriteError;
export declare function graphqlReadError(errors: readonly GraphqlError[], failure: Failure): GitHubReadError;
/** RATE_LIMITED: the run stops cleanly, as it does when the REST budget runs out. */
export declare function rateLimitedStop(failure: Failure, resetAt: string | null): RateLimitStop;
