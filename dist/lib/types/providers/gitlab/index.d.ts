/**
 * The GitLab provider over REST API v4, through a small typed `fetch` client (client.ts). Lists issues
 * and merge requests lazily, interleaved oldest first; reads label history from resource label events
 * and the timeline from notes, and sub-issues and parents from the work-item hierarchy through GraphQL
 * (hierarchy.ts: one query per listing page, only when a rule needs them); writes through PUT on the issue or merge request and the notes
 * endpoints, converting failures into ItemWriteError (GitLabReadError for reads, and RateLimitStop,
 * which stops the run cleanly, when GitLab's rate limit is spent).
 *
 * Where GitLab has no equivalent, the difference is documented here rather than faked:
 * - no author association: the condition is not in the capabilities (a rules file using it fails at
 *   load time), and items carry `authorAssociation: 'NONE'`;
 * - no close reason and no lock reason: `close(item, reason)` and `lock(item, reason)` close or lock,
 *   and the reason is not sent;
 * - assignees and reviewers are replaced as a whole by id lists, so adding or removing some reads the
 *   item first (one GET) and sends the new full list.
 */
import type { CloseReason, FactName, Item, ItemFacts, LockReason, RuleComment } from '../../model/item.js';
import { type Capabilities, type ItemKey, type ItemQuery, type OwnComment, type Provider } from '../provider.js';
import { type TokenKind } from './client.js';
import { type Clock } from '../../model/clock.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
export { GitLabReadError } from './errors.js';
export type { Clock } from '../../model/clock.js';
export interface GitLabProviderOptions {
    token: string;
    /** Full project path, `group/project` or `group/sub/project`. */
    project: string;
    /** API root. Default `https://gitlab.com/api/v4`; self-managed: `https://HOST/api/v4`. */
    baseUrl?: string;
    /** Page size of listings, 1 to 100. Default 100 (fewest requests). */
    perPage?: number;
    /**
     * `private` (default): a personal, project or group access token, sent as PRIVATE-TOKEN.
     * `job`: CI_JOB_TOKEN, sent as JOB-TOKEN; GitLab lets a job token read little and change no issues,
     * so it suits dry runs at most.
     */
    tokenKind?: TokenKind;
    /** With a job token, declare the write actions anyway (a dry run sends none). */
    allowJobTokenWrites?: boolean;
    /** Notes created per minute at most. Default 60 (gitlab.com's limit); Infinity turns pacing off. */
    notesPerMinute?: number;
    /** Retries after a 429 (and transient read failures). Default 3; after them the run stops (RateLimitStop). */
    maxRetries?: number;
    /** A Retry-After longer than this stops the run at once (RateLimitStop). Default 60,000 ms. */
    maxRetryWaitMs?: number;
    /** Time for retries, pacing and the mergeability pause; tests inject a fake one. */
    clock?: Clock;
    /**
     * How long to wait before asking once more for a merge request whose mergeability GitLab is still
     * computing (`checking`, `unchecked`). Default 2,000 ms; after the second answer it is unknown.
     */
    mergeablePauseMs?: number;
    userAgent?: string;
}
export declare function createGitLabProvider(options: GitLabProviderOptions): GitLabProvider;
export declare class GitLabProvider implements Provider {
    readonly capabilities: Capabilities;
    readonly repository: string;
    /** Merge requests are `!12` in reports, as GitLab writes them (`#12` is issue 12 here). */
    readonly forge: "gitlab";
    private readonly client;
    private readonly directory;
    private readonly hierarchy;
    private readonly pacer;
    private readonly perPage;
    private readonly token;
    /** `/projects/group%2Fsub%2Fapp`: GitLab takes the URL-encoded path wherever it takes an id. */
    private readonly projectRoot;
    /** The username Sift runs as (GET /user), read once, and only when a person's note carries a marker. */
    private selfUsername;
    /** Author associations by user id, read once per run (see associationOf). */
    private readonly associations;
    private readonly clock;
    private readonly mergeablePauseMs;
    /**
     * Merge requests as read one at a time (GET .../merge_requests/:iid), by iid, once per run: the
     * branches, the state and the head pipeline of one answer. `again` marks those asked twice already.
     */
    private readonly details;
    private readonly askedAgain;
    /** Reviewers and their review states by iid, once per run (state and reviews both read them). */
    private readonly reviewerStates;
    /** What the diffs say (paths, lines), by iid, once per run (files and size both read them). */
    private readonly diffSummaries;
    constructor(options: GitLabProviderOptions);
    /**
     * Issues and merge requests interleaved by creation time, oldest first: the order GitHub's single
     * listing has, so a rules file plans in the same order on both forges. Each listing pages lazily.
     * Issues use keyset pagination: the next page starts after a cursor, so items that close or reopen
     * mid-walk shift nothing (GitLab versions without it answer with offset pages, followed the same way).
     * Merge requests have offset pages only; an item seen twice after such a shift is yielded once.
     */
    items(query: ItemQuery): AsyncGenerator<Item>;
    /**
     * One issue (`12` and `#12` name an issue on GitLab) or merge request (`!12`) by its iid, or null
     * when the project has none (404). One request.
     */
    getItem(number: number, type?: 'issue' | 'pull_request'): Promise<Item | null>;
    facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
    /** Mergeability (asked again once while GitLab computes it), size, and reviewers yet to review. */
    private pullState;
    /** Approvals and requests for changes: the approvals, and the reviewers' states. */
    private pullReviews;
    /** The jobs of the head pipeline (in the project it ran in: a fork's, for a fork's pipeline). */
    private pipelineChecks;
    private detail;
    private reviewers;
    /** Paths after the change (a deleted file by the path it had), and lines added plus deleted. */
    private diffSummary;
    /** One read per item and run; a failed read is forgotten, so a later call tries again. */
    private remember;
    /**
     * Notes with command lines created since `scope.since`, newest first until older ones (the scope is
     * a few days: one page for most items). For each person's note, the author's access level (one read
     * per author per run) and the award emoji (one read per note with commands).
     */
    commandComments(item: ItemKey, scope: {
        since: string;
        commentId?: string;
    }): Promise<CommandComment[]>;
    /** The project's labels, its groups' included (GitLab's default for this listing). */
    labelNames(): Promise<string[]>;
    /** GitLab answers a second award of the same emoji by the same user with 404 "already been taken". */
    addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void>;
    /**
     * The association of each person who wrote a note or a system note (bots aside), from their access
     * level: one read per person and run, shared with commands.
     */
    private noteAssociations;
    /** Usernames GitLab has no user by (GET /users?username=, once per name and run). */
    unknownUsers(logins: readonly string[]): Promise<string[]>;
    milestoneTitles(): Promise<string[]>;
    /** The member's access level as GitHub's author association (see docs/commands.md). */
    private associationOf;
    /** Sift's thumbsup or confused is on the note: by the user Sift runs as, or by a bot when unknown. */
    private answered;
    /**
     * The item's notes, then the thumbsdown award emoji of each rule's latest note: one request more per
     * note, only for the rules `vetoed` names that have one. Sift's notes are those of the user it runs as.
     */
    ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>>;
    /** Notes come oldest first (by creation); the first of Sift's with the marker after `since` wins. */
    findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null>;
    addLabels(item: ItemKey, labels: string[]): Promise<void>;
    /** Removing a label the item does not have is no error on GitLab: the call is idempotent as is. */
    removeLabel(item: ItemKey, label: string): Promise<void>;
    createComment(item: ItemKey, body: string): Promise<string>;
    deleteComment(item: ItemKey, commentId: string): Promise<void>;
    updateComment(item: ItemKey, commentId: string, body: string): Promise<void>;
    /** GitLab has no close reason: the item is closed, the reason is not sent. */
    close(item: ItemKey, reason: CloseReason): Promise<void>;
    reopen(item: ItemKey): Promise<void>;
    /** GitLab has no lock reason: the discussion is locked, and the reason appears only in messages. */
    lock(item: ItemKey, reason: LockReason | null): Promise<void>;
    unlock(item: ItemKey): Promise<void>;
    addAssignees(item: ItemKey, logins: string[]): Promise<void>;
    removeAssignees(item: ItemKey, logins: string[]): Promise<void>;
    setMilestone(item: ItemKey, title: string | null): Promise<void>;
    requestReviewers(item: ItemKey, logins: string[]): Promise<void>;
    requestCounts(): {
        reads: number;
        writes: number;
    };
    /**
     * The username Sift runs as, from GET /user, once per provider: its notes are the only ones Sift
     * owns. A token that cannot read it (a CI job token: 401 or 403) leaves it unknown: no note is
     * Sift's (such a token cannot write notes either).
     */
    private self;
    private itemPath;
    private failure;
    /** One issue's hierarchy facts, in one query (an item read on its own, or missed by its page's query). */
    private itemHierarchy;
    /**
     * One listing as a lazy stream of items; the next page is requested when the stream is pulled past a
     * page. With `hierarchy` (issues), each page's hierarchy is read in one GraphQL query by the page's iids.
     */
    private listing;
    /** Every entry of a paginated collection, lazily, with read failures explained. */
    private collection;
    /** The pages of a paginated collection, lazily, with read failures explained. */
    private pagesOf;
    private labelEvents;
    /**
     * An issue's linked items are the merge requests that close it on merge; a merge request's are the
     * issues it closes. GitLab's own relation, the one its UI shows, rather than guesses from text.
     */
    private linked;
    /** Every entry of one of the item's sub-collections (`notes`, `diffs`...), all pages. */
    private all;
    private read;
    private write;
    private update;
    /** The item as it is now, for writes that replace a whole list; failures belong to the write. */
    private current;
    private userIds;
    /** GitLab answers 200 but silently drops users without access to the project. */
    private checkApplied;
}
/**
 * GitLab's access levels in GitHub's words, so one `allow.association` list serves both forges:
 * Owner OWNER, Maintainer MEMBER, Developer COLLABORATOR, Reporter, Planner and Guest CONTRIBUTOR,
 * anything less (minimal access) NONE.
 */
export declare function associationOfLevel(level: number): string;
