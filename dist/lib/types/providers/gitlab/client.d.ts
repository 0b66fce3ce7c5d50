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
    /**
     * One GraphQL query against GitLab's GraphQL endpoint (`/api/graphql` beside the REST root): the same
     * token header, retries and counting as a read (a query changes nothing). The whole answer is
     * returned, `errors` included: what they mean is the caller's to say.
     */
    graphql<T>(query: string, variables: object): Promise<{
        data?: T;
        errors?: {
            message: string;
        }[];
    }>;
    private request;
    /** Sends, retrying a 429 (any request) and, for reads, 502/503/504 and lost connections. */
    private fetchJson;
}
/**
 * GitLab serves GraphQL at `/api/graphql` beside REST's `/api/v4`, also under a relative URL root
 * (`https://host/gitlab/api/v4` -> `https://host/gitlab/api/graphql`).
 */
export declare function graphqlUrlOf(restRoot: string): string;
