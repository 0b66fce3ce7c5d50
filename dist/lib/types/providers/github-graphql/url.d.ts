/**
 * Where GitHub's GraphQL API lives for a given REST root. api.github.com serves REST at the root and
 * GraphQL at `/graphql`; GitHub Enterprise Server serves REST at `/api/v3` and GraphQL at `/api/graphql`.
 * Runners set GITHUB_GRAPHQL_URL; outside them GITHUB_API_URL is all there may be.
 */
export declare const DEFAULT_GRAPHQL_URL = "https://api.github.com/graphql";
/** The GraphQL endpoint beside a REST API root. */
export declare function graphqlUrlFor(apiUrl: string): string;
/** The REST API root beside a GraphQL endpoint (the inverse of graphqlUrlFor). */
export declare function restUrlFor(graphqlUrl: string): string;
/** GITHUB_GRAPHQL_URL, else the endpoint beside GITHUB_API_URL, else api.github.com's. */
export declare function graphqlUrlFromEnv(env?: Record<string, string | undefined>): string;
