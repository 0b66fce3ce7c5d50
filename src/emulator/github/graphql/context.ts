/**
 * What every resolver of one GraphQL request can reach: the store, who is asking, the endpoint's
 * per-record settings, and counters the endpoint reads back (nodes returned, for the latency model).
 */
import type { GitHubStore, IssueRecord, RepoStore } from '../store.js';

/** Pull request facts the REST store does not model (branches, changed files), set per record by tests. */
export interface PullDetails {
  base: string;
  head: string;
  /** The head branch lives in a fork. */
  fork: boolean;
  files: string[];
}

export interface RateSnapshot {
  cost: number;
  nodeCount: number;
  limit: number;
  remaining: number;
  used: number;
  /** ISO 8601. */
  resetAt: string;
}

export interface RequestContext {
  store: GitHubStore;
  /** Login that writes are attributed to. */
  actor: string;
  readOnly: boolean;
  /** Projects answer FORBIDDEN to this request's token (a workflow's token, see the emulator's `projectToken`). */
  projectsForbidden?: boolean;
  /** Items returned by connections so far: the per-node part of the latency model. */
  nodesReturned: number;
  /** The request's cost and the bucket after it, for `rateLimit`. */
  rate: RateSnapshot;
  /** Defaults: base is the default branch, head `pr-N`, not a fork, no files. */
  pullDetails(repo: RepoStore, record: IssueRecord): PullDetails;
  /** True when a write to this record must fail as forbidden (consumes one armed failure). */
  takeForbidden(record: IssueRecord): boolean;
  /** Per-request caches (e.g. closing references parsed from pull request bodies). */
  memo: Map<string, unknown>;
}
