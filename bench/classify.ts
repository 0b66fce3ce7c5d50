/** Sorts the emulator's request log into the benchmark's kinds of request. */
import type { RequestLogEntry } from '../src/emulator/github/index.js';

export interface Requests {
  list: number;
  reads: number;
  writes: number;
  total: number;
}

/** Listing requests, per-item reads (facts, comments, id lookups), and writes (REST writes, mutations). */
export function classify(requests: readonly RequestLogEntry[]): Requests {
  const counts: Requests = { list: 0, reads: 0, writes: 0, total: requests.length };
  for (const r of requests) {
    if (r.graphql) {
      if (r.graphql.operation === 'mutation') counts.writes++;
      else if (/^Sift(Issues|PullRequests)$/.test(r.graphql.operationName ?? '')) counts.list++;
      else counts.reads++;
    } else if (r.method !== 'GET') counts.writes++;
    else if (/^\/repos\/[^/]+\/[^/]+\/(issues|pulls)$/.test(r.path)) counts.list++;
    else counts.reads++;
  }
  return counts;
}

/**
 * Requests by endpoint, most first: method and path with item and comment numbers as `N`, and the
 * query's parameter names (`page` left out); GraphQL by operation name. What a row's count is made of.
 */
export function byEndpoint(requests: readonly RequestLogEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const params = Object.keys(r.query)
      .filter((name) => name !== 'page')
      .sort()
      .join(',');
    const key = r.graphql
      ? `POST /graphql ${r.graphql.operationName ?? r.graphql.operation ?? ''}`.trim()
      : `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/N')}${params ? `?${params}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
