import type { Clock } from '../../model/clock.js';
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
export declare class GitLabClient {
    private readonly options;
    readonly counts: RequestCounts;
    private readonly root;
    private readonly headers;
    constructor(options: GitLabClientOptions);
    get<T>(path: string, query?: Query): Promise<T>;
    send<T>(method: 'POST' | 'PUT', path: string, body: object): Promise<T>;
    delete(path: string): Promise<void>;
    /**
     * The pages of a listing, one request per page, the next requested only when the consumer asks for
     * it. Only the query of GitLab's next link is used, against our own root: the token never follows a
     * link to another host.
     */
    pages<T>(path: string, query: Query): AsyncGenerator<T[]>;
    private request;
}
