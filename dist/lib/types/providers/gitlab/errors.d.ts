/**
 * Turns the client's failures into errors that say what failed and what to do about it, in GitLab's
 * terms (scopes, roles). Converted at the provider boundary; messages never carry the token.
 */
import { ItemWriteError, RateLimitStop, type ItemKey } from '../provider.js';
/** GitLab answered with an error status (after any retries). */
export declare class GitLabHttpError extends Error {
    readonly status: number;
    /** GitLab's own message from the body, e.g. "404 Project Not Found". */
    readonly apiMessage: string;
    constructor(status: number, 
    /** GitLab's own message from the body, e.g. "404 Project Not Found". */
    apiMessage: string);
}
/** GitLab could not be reached at all (DNS, refused connection, TLS, dropped connection). */
export declare class GitLabNetworkError extends Error {
    constructor(message: string);
}
/** A failed read (listing, facts, notes): the run or the item cannot go on. */
export declare class GitLabReadError extends Error {
    readonly status?: number | undefined;
    constructor(message: string, status?: number | undefined);
}
/** `issue #4`, `merge request !4`: how GitLab itself refers to them. */
export declare function describeItem(item: ItemKey): string;
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
export declare function writeError(error: unknown, failure: Failure): ItemWriteError | RateLimitStop;
/** A read failed; a spent rate limit stays a RateLimitStop, so the run stops cleanly instead. */
export declare function readError(error: unknown, failure: Failure): GitLabReadError | RateLimitStop;
/** GitLab's rate limit, spent: what the run was doing when it hit it, and when to try again. */
export declare function rateLimitStop(attempts: number, waitMs: number, maxWaitMs: number, now: number): RateLimitStop;
/** Flattens GitLab's error bodies: `{message: "..."}`, `{message: {field: ["..."]}}`, `{error: "..."}`. */
export declare function messageOf(body: unknown): string | undefined;
