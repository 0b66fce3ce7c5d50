import type { CommandComment } from './commands.js';
import type { ModelAnswers, SimilarAnswers } from './answers.js';
import type { ProjectMembership } from './projects.js';
/**
 * The provider-neutral view of an issue, pull request or discussion. Every provider maps its own API
 * objects onto this shape; the engine sees nothing else.
 */
export type ItemType = 'issue' | 'pull_request' | 'discussion';
export type ItemState = 'open' | 'closed';
/** Why an issue is closed (`completed`, `not_planned`) or a discussion (`resolved`, `outdated`, `duplicate`). */
export type CloseReason = IssueCloseReason | DiscussionCloseReason;
export type IssueCloseReason = 'completed' | 'not_planned';
export type DiscussionCloseReason = 'resolved' | 'outdated' | 'duplicate';
export declare const ISSUE_CLOSE_REASONS: readonly IssueCloseReason[];
export declare const DISCUSSION_CLOSE_REASONS: readonly DiscussionCloseReason[];
/** Why an item is closed, as read: the close reasons above, and `duplicate` for issues too (GitHub and GitLab record it; Sift does not close as it). */
export type ClosedAs = CloseReason;
/** The reasons an issue can be read as closed for. */
export declare const ISSUE_CLOSED_AS: readonly ClosedAs[];
export type LockReason = 'off-topic' | 'too heated' | 'resolved' | 'spam';
export interface Item {
    type: ItemType;
    number: number;
    title: string;
    body: string;
    state: ItemState;
    draft: boolean;
    locked: boolean;
    /** Login of the author. */
    author: string;
    /** GitHub's author association (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, NONE...). */
    authorAssociation: string;
    labels: string[];
    assignees: string[];
    /** Milestone title, or null when there is none. */
    milestone: string | null;
    /** Number of comments on the item (not counting the description). */
    comments: number;
    /** Reactions on the item's description. */
    reactions: Reactions;
    /** ISO 8601 timestamps. */
    createdAt: string;
    updatedAt: string;
    closedAt: string | null;
    /**
     * Why people (or Sift) closed it, as the forge records it: an issue's `completed`, `not_planned` or
     * `duplicate` (GitHub's REST `state_reason`, GraphQL `stateReason(enableDuplicate: true)`; GitLab
     * records only `duplicate`, an issue closed with `/duplicate`), a discussion's `resolved`, `outdated`
     * or `duplicate`. null while open, for pull requests and merge requests (no forge records a reason for
     * them), and where the forge does not say (see `Capabilities.closeReasons`).
     */
    closedAs: ClosedAs | null;
    /** Link a human can open. */
    url: string;
    /** What only a discussion has; absent on issues and pull requests. */
    discussion?: DiscussionFields;
    /**
     * Facts the provider had at hand while listing (a GraphQL query can carry the timeline at almost no
     * extra cost), so the pipeline need not fetch them per item. Absent when the listing carried none.
     */
    prefetched?: ItemFacts;
}
export interface DiscussionFields {
    /** The category's name, e.g. "Q&A", "Ideas". */
    category: string;
    /** An answer was chosen (only discussions in an answerable category, such as Q&A, can have one). */
    answered: boolean;
}
export interface Reactions {
    total: number;
    /** 👍, the usual vote. */
    thumbsUp: number;
}
export type ActivityKind = 'comment' | 'labeled' | 'unlabeled' | 'closed' | 'reopened' | 'edited' | 'commit' | 'review' | 'assigned' | 'unassigned' | 'milestoned' | 'locked' | 'unlocked'
/** A reaction on the description: activity when the rules count reactions; never bumps `updatedAt`. */
 | 'reaction' | 'other';
/** One thing that happened on an item: who did what, when. The human-activity clock reads these. */
export interface ActivityEvent {
    kind: ActivityKind;
    /** ISO 8601. */
    at: string;
    /** Login; 'ghost' for a deleted account. */
    actor: string;
    /** The forge says the actor is a bot (GitHub `type: Bot`, `[bot]` logins, GitLab bot users). */
    actorIsBot: boolean;
    /**
     * The actor's association with the repository where the forge says it (GitHub's `author_association`
     * of comments and reviews; GitLab's member access level mapped onto GitHub's names). Absent elsewhere.
     */
    association?: string;
    /** The label, for labeled / unlabeled. */
    label?: string;
    /** Sift did it (a comment carrying Sift's marker), whatever account it ran as. */
    bySift?: boolean;
}
/** An item linked to this one: for an issue, pull requests that will close it; for a PR, the issues it closes. */
export interface LinkedItem {
    type: ItemType;
    number: number;
    state: ItemState;
    /** ISO 8601; the linked item's own last update, for activity that should keep this item alive. */
    updatedAt: string;
}
/** Branch facts of a pull request. */
export interface PullBranches {
    base: string;
    head: string;
    /** The head branch lives in a fork (its token is read-only on pull_request events). */
    fork: boolean;
}
/** What a pull request is now, beyond its branches (GitHub: the pull request itself; GitLab: the merge request). */
export interface PullState {
    /** false: it conflicts with its base; null: the forge has not computed it (asked twice). */
    mergeable: boolean | null;
    /** Lines added plus lines deleted. */
    lines: number;
    /** Files changed. */
    files: number;
    /** Logins (and team slugs) whose review is requested and not yet given. */
    requestedReviewers: string[];
    /** The head commit (sha), which reviews are compared with: a review of another commit is older. */
    headSha: string;
}
export type ReviewVerdict = 'approved' | 'changes_requested';
/** One reviewer's latest verdict (comments-only reviews carry none). */
export interface ReviewVerdictOf {
    reviewer: string;
    verdict: ReviewVerdict;
    /** ISO 8601. */
    at: string;
    /** The head commit the review was given on, when the forge says. */
    commit?: string;
}
export interface PullReviews {
    /** Each reviewer's latest verdict, oldest first (a dismissed review gives none). */
    latest: ReviewVerdictOf[];
    /** Approvals the base branch requires before merging; 0 when none (or the forge cannot say). */
    required: number;
    /**
     * The forge's own decision where it has one (GitHub GraphQL `reviewDecision`, null when the branch
     * requires no review; GitLab approvals); undefined: derived from `latest` and `required`.
     */
    decision?: 'approved' | 'changes-requested' | 'review-required' | null;
}
export type CheckState = 'success' | 'failure' | 'pending';
/** One check of the head commit: a check run, a commit status, or a pipeline job. */
export interface CheckResult {
    name: string;
    state: CheckState;
}
/**
 * Facts that the item listing does not carry and that cost a request per item. The engine asks for
 * them only when a condition cannot be decided without them; the pipeline fetches them once per item.
 */
export interface ItemFacts {
    /**
     * Comments that hold command lines, with their authors' standing and whether Sift answered them
     * (see model/commands.ts). Never asked for by the engine's `needs`: the pipeline reads them for the
     * run's scope (engine/commands.ts `commandScope`) before planning, when the rules file has commands.
     */
    commands?: CommandComment[];
    /** The repository's label names, read once a run beside `commands` when `/label` may run. */
    repositoryLabels?: string[];
    /**
     * Of the logins the comments' `/assign` and `/request-review` name, those the forge does not know
     * or cannot assign here (lower-cased), read beside `commands`: refused as "unknown user".
     */
    unknownUsers?: string[];
    /** The repository's milestone titles, read once a run beside `commands` when `/milestone` names one. */
    repositoryMilestones?: string[];
    /** For each label currently on the item: when it was last applied (ISO 8601). */
    labelAppliedAt?: Record<string, string>;
    /** Everything that happened on the item, oldest first (comments, label changes, commits, ...). */
    timeline?: ActivityEvent[];
    /**
     * The association of each person in the timeline whose events do not carry one, by lower-cased
     * login (GitLab: the member's access level, mapped as for commands). Read beside the timeline, by a
     * provider that declares it, when a rule counts only maintainers' activity (`by: maintainers`).
     */
    associations?: Record<string, string>;
    /**
     * Reactions on the description, oldest first, as events of kind `reaction`. The activity clock asks
     * for them beside the timeline when the rules file counts reactions (`activity.reactions`) and the
     * item has some; a forge that cannot say who reacted when answers none.
     */
    reactions?: ActivityEvent[];
    /** Paths a pull request changes. Empty for issues. */
    files?: string[];
    /** Base and head of a pull request; null for issues. */
    branches?: PullBranches | null;
    /** A pull request's state (mergeability, size, requested reviewers, head commit); null for issues. */
    pull?: PullState | null;
    /** A pull request's reviews: each reviewer's latest verdict, and what the base branch requires. */
    reviews?: PullReviews | null;
    /** The checks of a pull request's head commit (check runs and commit statuses; GitLab: its pipeline). */
    checks?: CheckResult[] | null;
    /** Linked pull requests (of an issue) or closing issues (of a pull request). */
    linked?: LinkedItem[];
    /**
     * GitHub's issue type by name, or null for none (always null for a pull request). The REST listing
     * carries it; the pinned GraphQL schema predates issue types, so that provider reads it through REST.
     */
    issueType?: string | null;
    /**
     * The item's history since an instant, from repository-wide feeds a provider read once for the
     * whole walk (GitHub REST: all comments and all issue events since then): it decides most of what
     * the full `timeline` would, at no request per item. Never asked for by the engine; a provider
     * attaches it to listed items when the query gives `recentSince`.
     */
    recent?: RecentActivity;
    /**
     * An issue's sub-issues (GitHub allows at most 100 per issue), in the parent's order; empty for a
     * pull request or an issue without any. See structure.ts.
     */
    subIssues?: RelatedIssue[];
    /** The issue this one is a sub-issue of, or null (always null for a pull request). */
    parent?: ParentIssue | null;
    /**
     * The GitHub projects (v2) the item is in, with its field values there; empty when none (always
     * empty for a discussion). See engine/projects.ts.
     */
    projects?: ProjectMembership[];
    /**
     * Models' answers to the rules' questions (`classify`), by rule id: read through the rules file's
     * `models:` endpoint (or an answer cache), never from the forge; a policy test pins them.
     */
    answers?: ModelAnswers;
    /**
     * Items similar to this one (`similar`), by `among`: from embeddings of the rules file's `models:`
     * endpoint (or the cache), computed before the engine; a policy test pins them.
     */
    similar?: SimilarAnswers;
    /**
     * Sift's latest comment of each rule a `vetoed` condition names (found by its marker and the account
     * Sift runs as), with who vetoed it; a rule without a comment on the item is absent. Read per item,
     * only when a rule asks `vetoed` and its other conditions leave it undecided.
     */
    ruleComments?: Record<string, RuleComment>;
    /**
     * The issue form the issue was written from, parsed from its body, or null when the body is no
     * form's (always null for a pull request). See src/providers/github/issue-forms.ts.
     */
    form?: IssueForm | null;
}
/** An issue's answers to one of the repository's issue forms (`.github/ISSUE_TEMPLATE/*.yml`). */
export interface IssueForm {
    /** The form's file name, e.g. `bug_report.yml`. */
    template: string;
    /**
     * Answers by field id: text for inputs, textareas and single dropdowns (empty for `_No response_`),
     * the chosen options for multiple dropdowns and the checked ones for checkboxes.
     */
    fields: Record<string, string | string[]>;
    /** Each field's label, by id, for messages (`{{form_missing}}`). */
    labels: Record<string, string>;
}
/** An issue related to this one (a sub-issue or the parent), possibly in another repository. */
export interface RelatedIssue {
    number: number;
    title: string;
    state: ItemState;
    url: string;
    /** `owner/name`, e.g. "acme/api". */
    repository: string;
}
/** The parent issue, with its labels (rules copy a parent's `area/*` labels to its sub-issues). */
export interface ParentIssue extends RelatedIssue {
    labels: string[];
}
export interface RecentActivity {
    /** ISO 8601: every event at or after this instant is in `events` (see `explainsUpdates`). */
    since: string;
    /** Oldest first, as in `timeline`. */
    events: ActivityEvent[];
    /**
     * The events hold everything that bumps the item's `updatedAt`, so an update none of them explains
     * is somebody's activity. False where the feeds miss kinds of activity (a pull request's reviews and
     * commits): an unexplained update then needs the full timeline.
     */
    explainsUpdates: boolean;
}
export type FactName = keyof ItemFacts;
/** Sift's comment of one rule on an item, and what people did after it (for `vetoed`). */
export interface RuleComment {
    /** ISO 8601: when Sift posted it. */
    postedAt: string;
    /** Thumbs-down reactions to it from others than Sift. */
    thumbsDown: number;
    /** Who commented on the item after it (not Sift), by login, oldest first. */
    laterCommenters: string[];
}
