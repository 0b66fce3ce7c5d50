/**
 * Sends GraphQL documents through the shared Octokit client (so its retry, throttling and rate-limit
 * handling apply) and keeps the point budget. GraphQL reports failures in an `errors` array next to
 * partial `data`; both are handed back instead of thrown, because a batch of mutations can half
 * succeed. Only failures below GraphQL (HTTP errors, no answer, a rate-limit stop) are thrown.
 */
import type { GitHubClient } from '../github/client.js';
import type { GraphqlError } from './types.js';
export interface GraphqlAnswer<T> {
    data: T | null;
    errors: GraphqlError[];
}
/** GitHub's GraphQL point budget as last reported, and what this provider spent of it. */
export interface GraphqlBudget {
    /**
     * Points this provider's requests cost: each query's own `rateLimit.cost`; for a mutation request
     * the rise of GitHub's `x-ratelimit-used` header (1, GitHub's minimum, when it cannot be told).
     */
    spent: number;
    /** Cost of the latest query, as GitHub reported it. */
    lastCost: number | null;
    limit: number | null;
    remaining: number | null;
    used: number | null;
    /** ISO 8601: when the budget is refilled. */
    resetAt: string | null;
}
export interface SendOptions {
    /**
     * False when sending twice could do twice what once does (a batch that posts a comment): the
     * client then does not retry it. Queries are always safe to retry.
     */
    idempotent?: boolean;
}
export declare class GraphqlTransport {
    private readonly octokit;
    private readonly url;
    private readonly state;
    constructor(octokit: GitHubClient, url: string);
    budget(): GraphqlBudget;
    send<T extends object>(document: string, variables: Record<string, unknown>, options?: SendOptions): Promise<GraphqlAnswer<T>>;
    private noteCost;
    /**
     * Answers to requests sent at once (two connections listed together) arrive in any order: within
     * one window the budget only goes down, so an older, higher figure never replaces a newer one.
     */
    private update;
    private observe;
}
