/**
 * Turns Octokit's HTTP errors into errors that say what failed and what to do about it. Converted at
 * the provider boundary so nothing above sees Octokit; messages never carry the token.
 */
import type { ItemType } from '../../model/item.js';
import { ItemWriteError, RateLimitStop, type ItemKey } from '../provider.js';
export { RateLimitStop };
/** A failed read (listing, facts, comments): the run or the item cannot go on. */
export declare class GitHubReadError extends Error {
    readonly status?: number | undefined;
    constructor(message: string, status?: number | undefined);
}
/**
 * No complete answer (headers and body) within the client's timeout. Thrown by the client's fetch;
 * Octokit wraps it as the `cause` of a status-500 RequestError, which the retry plugin retries. Its
 * name must not be `AbortError`: Octokit rethrows those unwrapped, and the retry plugin skips them.
 */
export declare class RequestTimeout extends Error {
    readonly ms: number;
    constructor(ms: number);
}
/**
 * A successful answer whose JSON body does not parse (cut off by a proxy, say). Octokit would hand the
 * text on as if it were data, and the provider would fail later on a string with no clue why.
 */
export declare class MalformedResponse extends Error {
    readonly status: number;
    readonly bytes: number;
    constructor(status: number, bytes: number);
}
/** The parts of Octokit's RequestError we use; duck-typed so we need no import of a transitive package. */
interface HttpFailure {
    status: number;
    message: string;
    response?: {
        data?: unknown;
        headers?: Record<string, string | number | undefined>;
    };
    /** The request as sent; `request.request` holds the client's per-request settings. */
    request?: {
        method?: string;
        request?: RequestSettings;
    };
    cause?: unknown;
}
/** What the client records on each request it sends, read back here to describe a failure. */
export interface RequestSettings {
    /** False when sending the request twice could do twice what once does (post two comments). */
    idempotent?: boolean;
    /** Retries made, set by the retry and throttling plugins. */
    retryCount?: number;
}
export declare function isHttpFailure(error: unknown): error is HttpFailure;
/**
 * What went wrong below HTTP: a timeout, a dropped connection, a garbled body. Octokit reports them as
 * status 500 with the real failure as `cause`; "GitHub answered 500" would then be untrue.
 */
export declare function transportFailure(error: unknown): string | undefined;
/** GitHub's own message from the response body ("Not Found", "Label does not exist"...). */
export declare function apiMessage(error: unknown): string;
/** Which `permissions:` entry lets a workflow token write to this kind of item. */
export declare function permissionFor(type: ItemType): string;
export declare function describeItem(item: ItemKey): string;
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
export declare function writeError(error: unknown, failure: Failure): ItemWriteError | RateLimitStop;
/** A failed read; a rate-limit stop passes through (with what was being done) so the run stops cleanly. */
export declare function readError(error: unknown, failure: Failure): GitHubReadError | RateLimitStop;
/** Runs a read, turning its failure into a readError that says what was being done. */
export declare function reading<T>(failure: Failure, run: () => Promise<T>): Promise<T>;
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
export declare function rateLimitStop({ kind, resetAt, limit, maxWaitMs, now }: RateLimitHit): RateLimitStop;
/** `750 ms`, `30 s`, `59 min`: waits as a person reads them. */
export declare function formatWait(ms: number): string;
/** Real tokens are 40+ characters; a short test token would otherwise blank out ordinary words. */
export declare function redact(text: string, secrets: readonly string[]): string;
