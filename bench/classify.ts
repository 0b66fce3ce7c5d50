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
