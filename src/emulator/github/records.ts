/**
 * The emulator's records (what the store holds, in GitHub's field names) and seeds (what tests give
 * `addIssue` and `addMilestone`).
 */
import type { components } from '@octokit/openapi-types';
import type {
  PullRecord,
  PullSeed,
  ReactionRecord,
  ReactionSeed,
  TimelineEntry,
  TimelineSeed,
} from './records-timeline.js';

export type * from './records-timeline.js';

export type AuthorAssociation = components['schemas']['author-association'];
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';
export type IssueLockReason = 'off-topic' | 'too heated' | 'resolved' | 'spam';
export type IssueSort = 'created' | 'updated' | 'comments';

export const LOCK_REASONS: readonly IssueLockReason[] = ['off-topic', 'too heated', 'resolved', 'spam'];

export interface UserRef {
  login: string;
  type: 'User' | 'Bot';
}

/**
 * One of the organisation's issue types (GET /orgs/{org}/issue-types). GitHub defines them per
 * organisation; the emulator keeps them on the repository, which inherits them.
 */
export interface IssueTypeRecord {
  id: number;
  node_id: string;
  name: string;
  description: string | null;
  color: 'gray' | 'blue' | 'green' | 'yellow' | 'orange' | 'red' | 'pink' | 'purple' | null;
  is_enabled: boolean;
  created_at: string;
  updated_at: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface MilestoneRecord {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  due_on: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRef;
  created_at: string;
  updated_at: string;
  author_association: AuthorAssociation;
  /** Reactions on the comment, with who and when (also its `reactions` rollup). */
  reactionList?: ReactionRecord[];
}

export interface EventRecord {
  id: number;
  event: string;
  created_at: string;
  actor: UserRef;
  label?: { name: string; color: string };
  assignee?: UserRef;
  requested_reviewer?: UserRef;
  lock_reason?: string | null;
  milestone?: { title: string };
  /** `renamed` events: the title before and after. */
  rename?: { from: string; to: string };
}

/**
 * An edit of the description. GitHub lists no timeline or issue event for it; GraphQL reports the
 * latest one as `lastEditedAt` and `editor` (and every one in `userContentEdits`).
 */
export interface EditRecord {
  at: string;
  editor: UserRef;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: UserRef;
  author_association: AuthorAssociation;
  /** Canonical label names (the repository label's spelling). */
  labels: string[];
  state: 'open' | 'closed';
  state_reason: StateReason | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  locked: boolean;
  active_lock_reason: string | null;
  assignees: string[];
  /** Milestone number. */
  milestone: number | null;
  /** The count GitHub reports; may exceed commentList.length when seeded with a bare number. */
  comments: number;
  commentList: CommentRecord[];
  /** Reaction counts on the description, by GitHub's reaction content names (`+1`, `heart`, ...). */
  reactions: Record<string, number>;
  /** Chronological, as GET .../events returns them. */
  events: EventRecord[];
  pull_request: boolean;
  draft: boolean;
  requested_reviewers: string[];
  /** Branches and files of a pull request (see records-timeline.ts); absent on issues. */
  pull?: PullRecord;
  /** Seeded timeline entries besides comments and events, chronological. */
  timeline?: TimelineEntry[];
  /** Reactions on the description with their authors (counted in `reactions` too). */
  reactionList?: ReactionRecord[];
  /** Edits of the description, oldest first (no event records them; see EditRecord). */
  edits: EditRecord[];
  /** The issue type's name (one of the repository's issueTypes), or null; pull requests have none. */
  issue_type: string | null;
}

export interface CommentSeed {
  body: string;
  /** A login ending in `[bot]` is a Bot unless userType says otherwise. */
  user?: string;
  userType?: 'User' | 'Bot';
  created_at?: string;
  updated_at?: string;
  author_association?: AuthorAssociation;
  /** Reactions on the comment (`created_at` defaults to the comment's). */
  reactions?: { content: string; user: string; created_at?: string }[];
}

export interface LabelEventSeed {
  label: string;
  created_at: string;
  /** Defaults to the issue's author. */
  actor?: string;
  event?: 'labeled' | 'unlabeled';
}

/** A partial issue; everything has a default. Timestamps are normalised to GitHub's second precision. */
export interface IssueSeed {
  /** Defaults to the next free number (issues and pull requests share the sequence). */
  number?: number;
  title?: string;
  body?: string | null;
  /** Author login; a login ending in `[bot]` is a Bot unless userType says otherwise. */
  user?: string;
  userType?: 'User' | 'Bot';
  author_association?: AuthorAssociation;
  labels?: string[];
  state?: 'open' | 'closed';
  state_reason?: StateReason | null;
  created_at?: string;
  /**
   * Defaults to the latest seeded write (created_at, comments' updated_at, events, timeline entries,
   * description edits), as GitHub's is; reactions do not count. An explicit value is taken as given.
   */
  updated_at?: string;
  /** Defaults to updated_at for closed seeds. */
  closed_at?: string | null;
  locked?: boolean;
  active_lock_reason?: IssueLockReason | null;
  assignees?: string[];
  /** A milestone title (created when missing) or number. */
  milestone?: string | number | null;
  /** A count only, or comments with bodies (listable through the API). */
  comments?: number | CommentSeed[];
  pull_request?: boolean;
  draft?: boolean;
  requested_reviewers?: string[];
  /** Reaction counts by content (`+1`, `-1`, `laugh`, `hooray`, `confused`, `heart`, `rocket`, `eyes`). */
  reactions?: Record<string, number>;
  /**
   * Label history. A label in `labels` that no seeded event applies gets a `labeled` event at
   * created_at by the author, as every label on a real issue has one.
   */
  labelEvents?: LabelEventSeed[];
  /**
   * Labels in `labels` that have no `labeled` event at all: an issue transferred from another
   * repository, or history the API no longer keeps.
   */
  labelsWithoutHistory?: string[];
  /**
   * Edits of the description (no timeline event; GraphQL `lastEditedAt`/`editor`). `by` defaults to the
   * author; a login ending in `[bot]` is a Bot. When absent, an `updated_at` later than every seeded
   * write is taken to be an edit by the author at `updated_at` (what such an update is on GitHub).
   */
  edits?: { at: string; by?: string }[];
  /** Pull requests: branches, fork, changed files (defaults: default branch, `pr-{n}`, none). */
  pull?: PullSeed;
  /** Timeline entries only seeding can create: commits, reviews, cross-references, others. */
  timeline?: TimelineSeed[];
  /** Reactions with authors and times, for GET .../reactions; added to `reactions` counts. */
  reactionList?: ReactionSeed[];
  /** The issue type by name: one of the repository's (see RepoStore.enableIssueTypes). */
  issue_type?: string | null;
}

export interface MilestoneSeed {
  title: string;
  number?: number;
  description?: string | null;
  state?: 'open' | 'closed';
  due_on?: string | null;
}

export interface ListQuery {
  state: 'open' | 'closed' | 'all';
  sort: IssueSort;
  /** All must be on the issue (case-insensitive). */
  labels: string[];
}

export interface IssuePatch {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: StateReason | null;
  milestone?: number | null;
  labels?: string[];
  assignees?: string[];
  /** An issue type name (any case), or null to clear it. */
  type?: string | null;
}
