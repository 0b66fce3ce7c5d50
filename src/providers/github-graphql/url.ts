/**
 * Where GitHub's GraphQL API lives for a given REST root. api.github.com serves REST at the root and
 * GraphQL at `/graphql`; GitHub Enterprise Server serves REST at `/api/v3` and GraphQL at `/api/graphql`.
 * Runners set GITHUB_GRAPHQL_URL; outside them GITHUB_API_URL is all there may be.
 */
export const DEFAULT_GRAPHQL_URL = 'https://api.github.com/graphql';

/** The GraphQL endpoint beside a REST API root. */
export function graphqlUrlFor(apiUrl: string): string {
  const root = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(root) ? root.replace(/\/v3$/, '/graphql') : `${root}/graphql`;
}

/** The REST API root beside a GraphQL endpoint (the inverse of graphqlUrlFor). */
export function restUrlFor(graphqlUrl: string): string {
  const url = graphqlUrl.replace(/\/+$/, '');
  if (/\/api\/graphql$/.test(url)) return url.replace(/\/graphql$/, '/v3');
  return url.replace(/\/graphql$/, '');
}

/** GITHUB_GRAPHQL_URL, else the endpoint beside GITHUB_API_URL, else api.github.com's. */
export function graphqlUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  if (env.GITHUB_GRAPHQL_URL) return env.GITHUB_GRAPHQL_URL;
  if (env.GITHUB_API_URL) return graphqlUrlFor(env.GITHUB_API_URL);
  return DEFAULT_GRAPHQL_URL;
}
