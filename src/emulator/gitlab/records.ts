/**
 * The emulator's records (what the store holds, in GitLab's field names) and seeds (what tests give
 * `addIssue`, `addMergeRequest`, `addMilestone` and `addUser`).
 */

/** Issues and merge requests share most of their shape and all of their sub-resources. */
export type NoteableKind = 'issue' | 'merge_request';
export type IssueState = 'opened' | 'closed';
/** The work item types this emulator models (GitLab also has incident, test_case, and epics in groups). */
export type IssueType = 'issue' | 'task';
export type MergeRequestState = 'opened' | 'closed' | 'merged' | 'locked';

export interface UserRecord {
  id: number;
  username: string;
  name: string;
  /** Project and group access-token users, service accounts, GitLab's own bots. */
  bot: boolean;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface MilestoneRecord {
  id: number;
  iid: number;
  title: string;
  description: string | null;
  /** GitLab calls an open milestone "active". */
  state: 'active' | 'closed';
  created_at: string;
  updated_at: string;
  due_date: string | null;
}

export interface NoteRecord {
  id: number;
  body: string;
  author: UserRecord;
  created_at: string;
  updated_at: string;
  /** GitLab's own notes ("closed", "assigned to @x"); they do not count in user_notes_count. */
  system: boolean;
  /** Award emoji on the note (`thumbsup`, `confused`...), one per user and name. */
  awards?: AwardRecord[];
}

export interface AwardRecord {
  id: number;
  name: string;
  user: UserRecord;
  created_at: string;
}

export interface LabelEventRecord {
  id: number;
  user: UserRecord;
  created_at: string;
  label: LabelRecord;
  action: 'add' | 'remove';
}

export interface NoteableRecord {
  kind: NoteableKind;
  /** Global id (GitLab's `id`); `iid` is the number within the project. */
  id: number;
  iid: number;
  title: string;
  description: string | null;
  state: MergeRequestState;
  author: UserRecord;
  /** Label names, in the order applied. */
  labels: string[];
  assignees: UserRecord[];
  /** Milestone id (global), or null. */
  milestone: number | null;
  upvotes: number;
  downvotes: number;
  /** null until someone first locks or unlocks, as GitLab reports it. */
  discussion_locked: boolean | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: UserRecord | null;
  /** Issues: the iid of the issue this one was closed as a duplicate of (`/duplicate #N`), or null. */
  duplicated_to: number | null;
  /**
   * Issues: GitLab's `issue_type` (REST) and work item type (GraphQL): `issue`, or `task`, a child item
   * of an issue in its work-item hierarchy (hierarchy.ts). Merge requests: `issue`, never read.
   */
  issue_type: IssueType;
  /** Oldest first. */
  notes: NoteRecord[];
  /** Oldest first, as GET .../resource_label_events returns them. */
  labelEvents: LabelEventRecord[];
  // Merge requests only (defaults on issues).
  draft: boolean;
  source_branch: string;
  target_branch: string;
  source_project_id: number;
  target_project_id: number;
  reviewers: UserRecord[];
  merged_at: string | null;
  /** Paths the merge request changes. */
  files: string[];
  /** Lines added and deleted per path (absent: an edit of one line each way). */
  lines: Record<string, { additions: number; deletions: number }>;
  /** Iids of the issues in this project that merging it closes ("Closes #4" in its description). */
  closesIssues: number[];
  /** Mergeability as GitLab computes it (merge requests only). */
  merge: MergeCheckRecord;
  /** Approvals (GET .../approvals). */
  approvals: ApprovalsRecord;
  /** Each reviewer's review state by lower-cased username (GET .../reviewers); absent: unreviewed. */
  reviewerStates: Map<string, ReviewerState>;
  /** The head pipeline, or null when no pipeline ran for the head commit. */
  pipeline: PipelineRecord | null;
}

/** GitLab's review states of a merge request reviewer (GET .../merge_requests/:iid/reviewers). */
export type ReviewerState =
  'unreviewed' | 'review_started' | 'reviewed' | 'requested_changes' | 'approved' | 'unapproved';

export interface MergeCheckRecord {
  /** `detailed_merge_status` once computed: `mergeable`, `conflict`, `not_approved`, `ci_must_pass`... */
  detailed: string;
  has_conflicts: boolean;
  /**
   * GitLab computes mergeability in the background: this many more single reads answer `checking`
   * (and `has_conflicts: false`) before the computed status shows.
   */
  checkingReads: number;
}

export interface ApprovalsRecord {
  /** Approvals required by the approval rules (0 on GitLab Free). */
  required: number;
  approvedBy: { user: UserRecord; at: string }[];
  /** Names of approval rules not yet satisfied. */
  rulesLeft: string[];
}

export interface JobRecord {
  id: number;
  name: string;
  stage: string;
  /** created, pending, running, failed, success, canceled, skipped, manual, scheduled... */
  status: string;
  allow_failure: boolean;
}

export interface PipelineRecord {
  id: number;
  iid: number;
  /** running, pending, success, failed, canceled, skipped, manual, scheduled... */
  status: string;
  sha: string;
  jobs: JobRecord[];
}

export interface UserSeed {
  username: string;
  name?: string;
  bot?: boolean;
}

export interface NoteSeed {
  body: string;
  /** Username; created as a user when unknown. Default: the item's author. */
  author?: string;
  created_at?: string;
  updated_at?: string;
  system?: boolean;
  /** Award emoji on the note: `{ name: 'thumbsup', user: 'sift-bot' }`. */
  awards?: { name: string; user: string }[];
}

export interface LabelEventSeed {
  label: string;
  created_at: string;
  action?: 'add' | 'remove';
  /** Username; default: the item's author. */
  user?: string;
}

/** A partial issue; everything has a default. */
export interface IssueSeed {
  /** Defaults to the next free iid of its kind (issues and merge requests number separately). */
  iid?: number;
  title?: string;
  description?: string | null;
  state?: IssueState;
  /** Username; created as a user when unknown. */
  author?: string;
  labels?: string[];
  /**
   * Label history. A label in `labels` that no seeded `add` event applies gets one at created_at by
   * the author, as every label on a real issue has one.
   */
  labelEvents?: LabelEventSeed[];
  /** Labels in `labels` with no resource label event at all (a moved issue, history not kept). */
  labelsWithoutHistory?: string[];
  /**
   * Edits of the description: each is the system note GitLab writes, "changed the description", by
   * `by` (default: the author) at `at`.
   */
  descriptionEdits?: { at: string; by?: string }[];
  assignees?: string[];
  /** A milestone title (created when missing). */
  milestone?: string | null;
  upvotes?: number;
  downvotes?: number;
  discussion_locked?: boolean | null;
  created_at?: string;
  /**
   * Defaults to the latest seeded write (created_at, notes' updated_at, label events, description
   * edits), as GitLab's is. An explicit value is taken as given.
   */
  updated_at?: string;
  /** Defaults to updated_at for closed seeds. */
  closed_at?: string | null;
  /** Issues: closed as a duplicate of this issue (iid, same project), as `/duplicate #N` leaves it. */
  duplicate_of?: number;
  /** Issues: `issue` (default) or `task`. */
  issue_type?: IssueType;
  /**
   * Issues: the parent in the work-item hierarchy, an issue of this project by iid or of another by
   * path (`{ project: 'group/other', iid: 4 }`), or a group's epic (`{ group: 'acme', epic: 2 }`, from
   * `store.addEpic`), seeded before this one. GitLab's hierarchy restrictions: a task's parent is an
   * issue, an issue's parent an epic; the child is appended to the parent's children.
   */
  parent?: number | { project: string; iid: number } | { group: string; epic: number };
  /** Notes with bodies, or a number of generated user notes. */
  notes?: NoteSeed[] | number;
}

export interface MergeRequestSeed extends Omit<IssueSeed, 'state'> {
  state?: MergeRequestState;
  draft?: boolean;
  source_branch?: string;
  target_branch?: string;
  /** The source branch lives in another project (a fork). */
  fork?: boolean;
  reviewers?: string[];
  /** Defaults to updated_at for merged seeds. */
  merged_at?: string | null;
  /** Paths it changes (GET .../diffs). */
  files?: string[];
  /** Paths it changes with their line counts (GET .../diffs carries the diff text); adds to `files`. */
  changes?: { path: string; additions?: number; deletions?: number }[];
  /** Default `mergeable`, or `conflict` with `has_conflicts`. */
  detailed_merge_status?: string;
  has_conflicts?: boolean;
  /** Single reads that answer `checking` before the computed status (GitLab's background check). */
  checkingReads?: number;
  /** Approvals the rules require (default 0). */
  approvals_required?: number;
  /** Usernames that approved (at `approved_at`, default the merge request's updated_at). */
  approved_by?: (string | { username: string; approved_at: string })[];
  /** Unsatisfied approval rules by name (default: one "All Members" rule while approvals are left). */
  approval_rules_left?: string[];
  /** Review states of reviewers (default `unreviewed`; `approved` for one in approved_by). */
  reviewer_states?: Record<string, ReviewerState>;
  /** The head pipeline and its jobs; absent: none ran. Status defaults from the jobs. */
  pipeline?: {
    status?: string;
    jobs: { name: string; status: string; stage?: string; allow_failure?: boolean }[];
  };
  /** Iids of issues it closes on merge (GET .../closes_issues, and the issue's GET .../closed_by). */
  closesIssues?: number[];
}

export interface MilestoneSeed {
  title: string;
  description?: string | null;
  state?: 'active' | 'closed';
  due_date?: string | null;
}

/** What PUT /projects/:id/(issues|merge_requests)/:iid may change, already validated. */
export interface NoteablePatch {
  title?: string;
  description?: string | null;
  labels?: string[];
  add_labels?: string[];
  remove_labels?: string[];
  state_event?: 'close' | 'reopen';
  discussion_locked?: boolean;
  assignee_ids?: number[];
  /** null or 0 clears. */
  milestone_id?: number | null;
  reviewer_ids?: number[];
}

export type OrderBy = 'created_at' | 'updated_at' | 'id' | 'title';

export interface ListQuery {
  /** `all` lists every state; `opened`, `closed`, `merged`, `locked` one each. */
  state: 'all' | MergeRequestState;
  orderBy: OrderBy;
  sort: 'asc' | 'desc';
}

/** A group's epic (Premium): a work item of type Epic in a group, the parent an issue may have. */
export interface EpicRecord {
  kind: 'epic';
  /** Global id (`gid://gitlab/WorkItem/:id`). */
  id: number;
  iid: number;
  /** The group's full path. */
  group: string;
  title: string;
  state: IssueState;
  labels: string[];
  created_at: string;
}

export interface EpicSeed {
  /** Defaults to the group's next free epic iid. */
  iid?: number;
  title?: string;
  state?: IssueState;
  labels?: string[];
}
