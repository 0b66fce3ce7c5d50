/**
 * Records and seeds for what the timeline, pull request and reactions endpoints serve beyond the
 * issue itself: a pull request's branches and changed files, timeline entries that only seeding can
 * create (commits, reviews, cross-references) and reactions with their authors and times.
 */
import type { UserRef } from './records.js';

/** A pull request's side of an issue record. */
export interface PullRecord {
  base: string;
  head: string;
  /** `owner/name` of the repository the head branch lives in: a fork when it is not this one. */
  headRepo: string;
  /** Changed paths, as GET .../pulls/{n}/files lists them. */
  files: string[];
  /** How some of them changed, by path (default: `modified`); a renamed file names its old path. */
  fileChanges?: Record<string, FileChange>;
  /** Its state beyond the branches: see PullStateRecord. */
  state: PullStateRecord;
}

/**
 * What GitHub says of a pull request's merge, size, reviews and checks (REST "Get a pull request",
 * "List reviews for a pull request", "List check runs for a Git reference", "Get the combined status
 * for a specific reference"; GraphQL `mergeable`, `reviewDecision`, `statusCheckRollup`).
 */
export interface PullStateRecord {
  /** true, false (conflicts) or null (not computed). */
  mergeable: boolean | null;
  /**
   * GitHub computes mergeability in the background after a read: the first `pendingReads` reads of
   * the pull request answer null (REST) or UNKNOWN (GraphQL), later ones `mergeable`.
   */
  pendingReads: number;
  additions: number;
  deletions: number;
  /** The head commit. */
  headSha: string;
  /** When the head commit was committed (GraphQL `committedDate`). */
  headAt: string;
  reviews: ReviewRecord[];
  checkRuns: CheckRunRecord[];
  statuses: StatusRecord[];
  /** Team slugs whose review is requested (logins are the issue's `requested_reviewers`). */
  requestedTeams: string[];
}

export interface ReviewRecord {
  id: number;
  user: UserRef;
  /** REST's review states. */
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  submitted_at: string;
  /** The head commit when the review was given. */
  commit_id: string;
  body: string;
  author_association: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion:
    'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  started_at: string;
  completed_at: string | null;
}

export interface StatusRecord {
  id: number;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  created_at: string;
}

/** How a test seeds a pull request's state; every field has GitHub's answer for a fresh one as default. */
export interface PullStateSeed {
  mergeable?: boolean | null;
  pendingReads?: number;
  additions?: number;
  deletions?: number;
  headSha?: string;
  headAt?: string;
  reviews?: {
    user: string;
    state: ReviewRecord['state'];
    at: string;
    /** Default: the head commit. */
    commit?: string;
    association?: string;
  }[];
  checkRuns?: {
    name: string;
    status?: CheckRunRecord['status'];
    conclusion?: CheckRunRecord['conclusion'];
  }[];
  statuses?: { context: string; state: StatusRecord['state'] }[];
  requestedTeams?: string[];
}

/** GitHub's `status` of a changed file (REST "List pull requests files"). */
export interface FileChange {
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface PullSeed {
  /** Default: the repository's default branch. */
  base?: string;
  /** Default: `pr-{number}` (as the GraphQL endpoint names it). */
  head?: string;
  /** `owner/name` of a fork the head branch comes from. Default: this repository. */
  fork?: string;
  files?: string[];
  /** See PullRecord.fileChanges. */
  fileChanges?: Record<string, FileChange>;
  /** See PullStateRecord. */
  state?: PullStateSeed;
}

/** A timeline entry besides the comments and issue events the store records by itself. */
export type TimelineEntry =
  | { event: 'committed'; at: string; author: string; message: string; sha: string }
  | { event: 'reviewed'; at: string; user: UserRef; state: string; body: string | null; id: number }
  /** Another item of the same repository mentioned this one; served with the source's live state. */
  | { event: 'cross-referenced'; at: string; actor: UserRef; source: number }
  /** Any other event GitHub lists (renamed, ready_for_review, ...): event, actor and time only. */
  | { event: string; at: string; actor: UserRef; other: true; id: number };

export type TimelineSeed =
  | { event: 'committed'; created_at: string; author?: string; message?: string }
  | {
      event: 'reviewed';
      created_at: string;
      user: string;
      state?: 'approved' | 'commented' | 'changes_requested';
      body?: string;
    }
  | { event: 'cross-referenced'; created_at: string; actor?: string; source: number }
  | { event: string; created_at: string; actor?: string };

export interface ReactionRecord {
  id: number;
  content: string;
  user: UserRef;
  created_at: string;
}

export interface ReactionSeed {
  /** `+1`, `-1`, `laugh`, `hooray`, `confused`, `heart`, `rocket`, `eyes`. */
  content: string;
  user: string;
  created_at: string;
}
