import type { ProjectRef } from '../../model/projects.js';
import type { CloseReason, FactName, Item, ItemFacts, LockReason, RuleComment } from '../../model/item.js';
import { type BranchDeletion, type Capabilities, type CommentLookup, type ItemKey, type ItemQuery, type OwnComment, type ProjectLookup, type Provider, type Quota } from '../provider.js';
import type { ClientTuning } from '../github/tuning.js';
import type { EtagStore } from '../github/etags.js';
import { type Clock } from '../../model/clock.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
export interface GitHubRestProviderOptions {
    token: string;
    /** `owner/name`. */
    repository: string;
    /** API root: GITHUB_API_URL on runners (`https://HOST/api/v3` on GitHub Enterprise Server). */
    baseUrl?: string;
    /**
     * GraphQL endpoint, for GitHub projects (GraphQL only). Default: beside `baseUrl`. Entry points
     * pass GITHUB_GRAPHQL_URL.
     */
    graphqlUrl?: string;
    /** A token for GitHub projects only, through a client of its own; absent: `token` serves them. */
    projectToken?: string;
    userAgent?: string;
    /** Page size of listings, 1 to 100. Default 100 (fewest requests); tests replaying recordings set it. */
    perPage?: number;
    /** Retries, timeouts and rate-limit waits of the client; the defaults suit real runs, tests shrink them. */
    client?: ClientTuning;
    /**
     * ETags of earlier runs (see github/etags.ts): every GET (listing pages, per-item reads) is sent as a
     * conditional request, and a `304 Not Modified`, free of the rate limit, is answered from the store.
     */
    etags?: EtagStore;
    /**
     * Read the repository-wide comments and issue events feeds once per walk (see feeds.ts) when the
     * query gives `recentSince`, instead of a timeline read per recently updated item. Default true.
     */
    activityFeeds?: boolean;
    /**
     * How long to wait before asking again for a pull request's mergeability when GitHub answered null
     * (it computes it in the background on the first read). Default 2,000 ms; tests set 0.
     */
    mergeablePauseMs?: number;
    /** Time for the mergeability pause; tests inject a fake one. Default: real time. */
    clock?: Clock;
}
export declare function createGitHubRestProvider(options: GitHubRestProviderOptions): GitHubRestProvider;
export declare class GitHubRestProvider implements Provider {
    readonly capabilities: Capabilities;
    readonly repository: string;
    private readonly owner;
    private readonly repo;
    private readonly octokit;
    private readonly counts;
    private readonly approvalsByBase;
    private readonly pulls;
    private readonly mergeablePauseMs;
    private readonly clock;
    private readonly rate;
    private readonly perPage;
    /** The client's `reserve`: listing pages go one at a time when the budget left is about that. */
    private readonly reserve;
    private readonly token;
    private readonly activityFeeds;
    /** GitHub projects, through GraphQL (there is no REST API for them), with the project token's client if any. */
    private readonly projects;
    /** Requests of the project token's client; null when projects share the main client. */
    private readonly projectCounts;
    /** Milestone title -> number, read once per provider (one request for most repositories). */
    private milestones;
    private assignable;
    /** The repository's issue forms, read once (fact `form`). */
    private formsOnce;
    /** The login Sift runs as (GET /user), read once, and only when a person's comment carries a marker. */
    private selfLogin;
    /** Sift's comments on the items whose timelines were read last: findComment needs no request then. */
    private readonly timelineComments;
    /** Listed items without any comment: findComment needs no request for them either. */
    private readonly uncommented;
    /** Where findComment answered "none", and when (see findComments). */
    private readonly noneSeen;
    constructor(options: GitHubRestProviderOptions);
    /**
     * Oldest first, so items created during the walk land after the cursor instead of shifting it.
     * Items that leave the listing mid-walk (closed during an open walk) still shift later pages: the
     * executor holds such writes until the walk is over.
     */
    items(query: ItemQuery): AsyncGenerator<Item>;
    private walk;
    /** The projects of a page's items the walk will yield, in one GraphQL request. */
    private pageProjects;
    projectSchemas(refs: readonly ProjectRef[], fields?: readonly string[]): Promise<ProjectLookup[]>;
    addToProject(item: ItemKey, project: ProjectRef): Promise<void>;
    setProjectField(item: ItemKey, project: ProjectRef, field: string, value: string): Promise<void>;
    /**
     * The window start to read the activity feeds back to, or undefined when they are not worth reading:
     * no `recentSince`, rules that read no activity or label times, or reactions counted (the feeds carry
     * none, so the per-item timeline decides anyway).
     */
    private feedsSince;
    private feedSource;
    getItem(number: number): Promise<Item | null>;
    /** Approvals each base branch's rulesets require, read once per run and branch (see pull-facts.ts). */
    private requiredApprovals;
    facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
    /**
     * After a run posted comments: a lookup whose answer this provider gave as "none" before (the run's
     * check before posting) needs only the comments posted since that read, so one read of the
     * repository's comments feed since the earliest of them answers every such lookup. Any other
     * lookup, or a single one, is one findComment.
     */
    findComments(lookups: readonly CommentLookup[]): Promise<(OwnComment | null)[]>;
    /**
     * Comments come oldest first. `since` is passed on as GitHub's own filter (comments updated after
     * it, which includes every comment posted after it) to skip old pages; the exact test is here.
     * A "none" is remembered with the forge's time of the read (see findComments).
     */
    findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null>;
    /**
     * The item's comments (a page of 100 at a time), then the thumbs-down reactions of each rule's latest
     * comment: one request more per comment, only for the rules `vetoed` names that have one.
     */
    ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>>;
    commandComments(item: ItemKey, scope: {
        since: string;
        commentId?: string;
    }): Promise<CommandComment[]>;
    labelNames(): Promise<string[]>;
    unknownUsers(logins: readonly string[]): Promise<string[]>;
    /** The titles the milestone writes resolve, from the same read (once a run). */
    milestoneTitles(): Promise<string[]>;
    addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void>;
    addLabels(item: ItemKey, labels: string[]): Promise<void>;
    removeLabel(item: ItemKey, label: string): Promise<void>;
    createComment(item: ItemKey, body: string): Promise<string>;
    deleteComment(item: ItemKey, commentId: string): Promise<void>;
    updateComment(item: ItemKey, commentId: string, body: string): Promise<void>;
    close(item: ItemKey, reason: CloseReason): Promise<void>;
    reopen(item: ItemKey): Promise<void>;
    lock(item: ItemKey, reason: LockReason | null): Promise<void>;
    unlock(item: ItemKey): Promise<void>;
    addAssignees(item: ItemKey, logins: string[]): Promise<void>;
    removeAssignees(item: ItemKey, logins: string[]): Promise<void>;
    setMilestone(item: ItemKey, title: string | null): Promise<void>;
    requestReviewers(item: ItemKey, logins: string[]): Promise<void>;
    setIssueType(item: ItemKey, name: string | null): Promise<void>;
    deleteBranch(item: ItemKey): Promise<BranchDeletion>;
    /** Requests sent; with an ETag store, `notModified` of the reads were free 304s. */
    requestCounts(): {
        reads: number;
        writes: number;
        notModified?: number;
    };
    quota(): Quota | null;
    /**
     * The login Sift runs as (github/self.ts), once per provider: its comments are the only ones Sift
     * takes for its own. Read only when a comment carries a marker.
     */
    private self;
    private issueForms;
    private restTarget;
    private ref;
    private forgetComments;
    private failure;
    private write;
    private milestoneNumber;
    private loadMilestones;
}
