/**
 * Sends GraphQL documents through the shared Octokit client (so its retry, throttling and rate-limit
 * handling apply) and keeps the point budget. GraphQL reports failures in an `errors` array next to
 * partial `data`; both are handed back instead of thrown, because a batch of mutations can half
 * succeed. Only failures below GraphQL (HTTP errors, no answer, a rate-limit stop) are thrown.
 */
import type { GitHubClient } from '../github/client.js';
import type { GraphqlError, RateLimitNode } from './types.js';

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

export class GraphqlTransport {
  private readonly state: GraphqlBudget = {
    spent: 0,
    lastCost: null,
    limit: null,
    remaining: null,
    used: null,
    resetAt: null,
  };

  constructor(
    private readonly octokit: GitHubClient,
    private readonly url: string,
  ) {
    // Runs once per answer, retries included; only GraphQL's bucket is tracked here.
    octokit.hook.after('request', (response, options) => {
      this.observe(response.headers, isMutation(options.query));
    });
  }

  budget(): GraphqlBudget {
    return { ...this.state };
  }

  async send<T extends object>(
    document: string,
    variables: Record<string, unknown>,
    options: SendOptions = {},
  ): Promise<GraphqlAnswer<T>> {
    // The object form: the string form refuses `url` among the parameters.
    const params = {
      ...variables,
      query: document,
      // An absolute URL: Octokit would otherwise derive GHES's `/api/graphql` from a `/api/v3` base
      // itself, and ignore GITHUB_GRAPHQL_URL. `baseUrl` is set too, since Octokit's GHES rewrite reads it.
      url: this.url,
      baseUrl: this.url,
      ...(options.idempotent === undefined ? {} : { request: { idempotent: options.idempotent } }),
    };
    try {
      const data = await this.octokit.graphql<T>(params);
      this.noteCost(data);
      return { data, errors: [] };
    } catch (error) {
      if (!isGraphqlResponseError(error)) throw error;
      const data = (error.data ?? null) as T | null;
      this.noteCost(data);
      return { data, errors: error.errors };
    }
  }

  private noteCost(data: object | null): void {
    const rate = data && 'rateLimit' in data ? (data.rateLimit as RateLimitNode | null) : null;
    if (!rate) return;
    this.state.spent += rate.cost;
    this.state.lastCost = rate.cost;
    this.update(rate.limit, rate.remaining, rate.used, rate.resetAt);
  }

  /**
   * Answers to requests sent at once (two connections listed together) arrive in any order: within
   * one window the budget only goes down, so an older, higher figure never replaces a newer one.
   */
  private update(limit: number, remaining: number, used: number, resetAt: string): void {
    const sameWindow = this.state.resetAt === resetAt && this.state.remaining !== null;
    Object.assign(this.state, {
      limit,
      remaining: sameWindow ? Math.min(remaining, this.state.remaining ?? remaining) : remaining,
      used: sameWindow ? Math.max(used, this.state.used ?? used) : used,
      resetAt,
    });
  }

  private observe(headers: Record<string, string | number | undefined>, mutation: boolean): void {
    if (headers['x-ratelimit-resource'] !== 'graphql') return;
    const used = Number(headers['x-ratelimit-used']);
    const remaining = Number(headers['x-ratelimit-remaining']);
    const limit = Number(headers['x-ratelimit-limit']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (![used, remaining, limit, reset].every(Number.isFinite)) return;
    const resetAt = new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (mutation) {
      // Mutations cannot ask for `rateLimit`: the budget's rise within one window is their price.
      const sameWindow = this.state.resetAt === resetAt && this.state.used !== null;
      const rise = sameWindow && this.state.used !== null ? used - this.state.used : 0;
      this.state.spent += rise > 0 ? rise : 1;
    }
    this.update(limit, remaining, used, resetAt);
  }
}

function isMutation(query: unknown): boolean {
  return typeof query === 'string' && /^mutation\b/.test(query.replace(/^(?:\s|#[^\n]*)*/, ''));
}

/** @octokit/graphql's GraphqlResponseError, duck-typed: it is a transitive package we do not import. */
function isGraphqlResponseError(error: unknown): error is Error & { errors: GraphqlError[]; data?: unknown } {
  return (
    error instanceof Error &&
    error.name === 'GraphqlResponseError' &&
    Array.isArray((error as { errors?: unknown }).errors)
  );
}
