/**
 * Retry, timeout and rate-limit settings of a GitHub client (client.ts). The defaults suit real runs;
 * tests shrink the waits. Kept apart from the client so that the library's public declarations
 * (provider options) do not reach Octokit's types, which the package does not ship.
 */
export interface ClientTuning {
    /** Retries of one request: after a 5xx, no answer, a garbled body, or a rate limit worth waiting for. Default 3. */
    retries?: number;
    /** The n-th retry waits n² times this, plus a random jitter of up to this. Default 1000. */
    retryBaseMs?: number;
    /** How long one attempt may take, answer and body included. Default 30 000. */
    timeoutMs?: number;
    /** The longest rate-limit wait worth sitting out; a longer one stops the run (RateLimitStop). Default 60 000. */
    maxWaitMs?: number;
    /** Requests of the rate-limit budget to leave unspent (for other workflows); stop at this many. Default 0. */
    reserve?: number;
    /** Least time between two writes. Default 0: Sift writes one at a time and the executor paces comments. */
    writeIntervalMs?: number;
    /** How long a second of a wait GitHub asks for lasts, in ms: 1000, except in tests. */
    secondMs?: number;
}
