import type { ProjectRef } from '../../model/projects.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
import type { CloseReason, FactName, Item, ItemFacts, LockReason, RuleComment } from '../../model/item.js';
import { type ClientOptions } from '../github/client.js';
import { RateLimitStop, type BranchDeletion, type Capabilities, type CommentLookup, type ItemKey, type ItemQuery, type OwnComment, type ProjectLookup, type Provider, type Quota } from '../provider.js';
import { type WriteResult } from './batch.js';
import type { Write } from './mutations.js';
import { type GraphqlBudget } from './transport.js';
export type { Write } from './mutations.js';
export type { WriteResult } from './batch.js';
export type { GraphqlBudget } from './transport.js';
export { DEFAULT_GRAPHQL_URL, graphqlUrlFor, graphqlUrlFromEnv, restUrlFor } from './url.js';
export interface GitHubGraphqlProviderOptions {
    token: string;
    /** `owner/name`. */
    repository: string;
    /**
     * GraphQL endpoint. Default: beside `baseUrl` when that is given, else api.github.com's.
     * Entry points pass `graphqlUrlFromEnv()` (GITHUB_GRAPHQL_URL, or derived from GITHUB_API_URL).
     */
    graphqlUrl?: string;
    /**
     * REST API root for the shared client. Default: beside `graphqlUrl`. Issue types go through REST
     * (see github/issue-type.ts): the pinned GraphQL schema predates them; so does branch clean-up,
     * whose checks REST answers directly (github/branch-cleanup.ts).
     */
    baseUrl?: string;
    userAgent?: string;
    /** Items per listing request, 1 to 100. Default 100. */
    perPage?: number;
    /** Mutations per request in `batch()`, 1 to 25. Default 10: GitHub fails large batches part-way. */
    batchSize?: number;
    /**
     * Timeline items read with each listed item when the rules need the timeline or `labelAppliedAt`,
     * 1 to 100. Default 50. An item with more is left to `facts()`, which reads all of it.
     */
    timelineDepth?: number;
    /** Retry, timeout and rate-limit settings of the shared client. */
    client?: Omit<ClientOptions, 'token' | 'baseUrl' | 'userAgent'>;
    /**
     * A token for GitHub projects only (reads and writes of `project` rules), through a client of its
     * own; absent: `token` serves them too. See github/projects.ts.
     */
    projectToken?: string;
}
export declare function createGitHubGraphqlProvider(options: GitHubGraphqlProviderOptions): GitHubGraphqlProvider;
/**
 * Pull-request pages read ahead while the consumer still takes issues: enough for a repository of a
 * few hundred open pull requests to be listed by the time the issues are, and a bound on what is held
 * (a page is up to 100 items with their timelines) in one of thousands.
 */
export declare const PULL_PAGES_AHEAD = 5;
/**
 * Pages of the first connection (issues) read ahead of the consumer: one on its way while the one before
 * it is planned, and one more held for a consumer slower than a round trip.
 */
export declare const FIRST_PAGES_AHEAD = 2;
export declare class GitHubGraphqlProvider implements Provider {
    readonly capabilities: Capabilities;
    readonly repository: string;
    private readonly owner;
    private readonly name;
    private readonly token;
    private readonly perPage;
    private readonly timelineDepth;
    private readonly counts;
    private readonly transport;
    private readonly ids;
    private readonly batcher;
    /** REST, for what the pinned GraphQL schema cannot express (issue types). */
    private readonly rest;
    private assignable;
    /**
     * Sift's comments on the items listed last whose comments the page held completely: findComment
     * answers these without a request. Started afresh by each listing and dropped on any write (a batch
     * writes to many items at once), so it is never stale and never grows with the repository.
     */
    private listedComments;
    /** The repository's issue forms, read through REST once a run (fact `form`). */
    private forms;
    /** GitHub projects, through the project token's client when there is one. */
    private readonly projects;
    /** Requests of the project token's client; null when projects share the main client. */
    private readonly projectCounts;
    constructor(options: GitHubGraphqlProviderOptions);
    /**
     * Issues, then pull requests, each oldest first, one request per page. The items carry as
     * `prefetched` the facts of `query.prefetch` that the page held completely.
     *
     * The two connections are walked at the same time: each needs the previous page's cursor, so pages
     * of one come one after another, but pull requests need not wait for the last issue. Each page is
     * asked for as soon as the one before it has come (issues at most `FIRST_PAGES_AHEAD` ahead of the
     * consumer, pull requests `PULL_PAGES_AHEAD`), and pull requests are handed on (or their error
     * thrown) only once every issue has been, so the order is the same as reading one connection after
     * the other.
     */
    items(query: ItemQuery): AsyncGenerator<Item>;
    /** One connection's pages, oldest first, each read when the one before it is taken (items() reads ahead). */
    private listPages;
    /**
     * Discussions, oldest first, one request per page. They carry no facts: a discussion's history is
     * read per item, and only when the listing's `updatedAt` cannot decide (see `discussionFacts`).
     */
    private discussions;
    /**
     * One issue or pull request by number, or null when it is not in this repository: one REST read
     * (github/read-item.ts), the shape of an event's payload, for an event whose payload lacks fields
     * and for explain.
     */
    getItem(number: number): Promise<Item | null>;
    /** One discussion by number (an event's, or one to explain), or null when there is none. */
    getDiscussion(number: number): Promise<Item | null>;
    /**
     * A discussion's facts: its activity (comments, replies, edits, the answer's choice, reactions when
     * they count) in one request per 100 comments. It has no label history, files, branches or links.
     */
    private discussionFacts;
    private issueForms;
    /** The facts asked for, in one request (more only for a connection longer than 100). */
    commandComments(item: ItemKey, scope: {
        since: string;
        commentId?: string;
    }): Promise<CommandComment[]>;
    /** Through REST, as issue types are: one request per 100 labels, once a run. */
    labelNames(): Promise<string[]>;
    /** Through REST: GraphQL has no "can this login be assigned here" (`assignableUsers` searches). */
    unknownUsers(logins: readonly string[]): Promise<string[]>;
    milestoneTitles(): Promise<string[]>;
    addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void>;
    facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
    /** The item's comments with their thumbs-down counts, in pages of 100: no request per comment. */
    ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>>;
    findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null>;
    /** An item's comments, oldest first, a page of 100 at a time, as `document` selects them. */
    private commentPages;
    /**
     * Applies several writes in ceil(n / batchSize) mutation requests (plus at most one lookup of ids
     * not yet known, and one to create missing labels). One result per write, in order; a failed write
     * does not stop the others, even on the same item. Rejects only with RateLimitStop.
     */
    batch(writes: readonly Write[]): Promise<WriteResult[]>;
    /**
     * The Provider's batched writes: see `batch()`. Issue types go through REST one by one (the pinned
     * schema predates them), the rest as batched mutations; results stay in the order of `writes`.
     */
    applyBatch(writes: readonly Write[]): Promise<WriteResult[]>;
    /** A write the batcher cannot send, through REST, as a WriteResult. */
    private restWrite;
    /** Through REST, like issue types: see github/branch-cleanup.ts. */
    deleteBranch(item: ItemKey): Promise<BranchDeletion>;
    setIssueType(item: ItemKey, name: string | null): Promise<void>;
    addLabels(item: ItemKey, labels: string[]): Promise<void>;
    removeLabel(item: ItemKey, label: string): Promise<void>;
    createComment(item: ItemKey, body: string): Promise<string | void>;
    /**
     * One query for all the lookups: the oldest 100 comments of an item, or with a `since` its newest
     * 100 (a cycle's comments are the latest; more than 100 comments in one cycle would hide its first).
     */
    findComments(lookups: readonly CommentLookup[]): Promise<(OwnComment | null)[]>;
    /** `commentId` is a node id (from createComment or findComment). */
    deleteComment(item: ItemKey, commentId: string): Promise<void>;
    /** `commentId` is the node id findComment returned. */
    updateComment(item: ItemKey, commentId: string, body: string): Promise<void>;
    close(item: ItemKey, reason: CloseReason): Promise<void>;
    reopen(item: ItemKey): Promise<void>;
    lock(item: ItemKey, reason: LockReason | null): Promise<void>;
    unlock(item: ItemKey): Promise<void>;
    addAssignees(item: ItemKey, logins: string[]): Promise<void>;
    removeAssignees(item: ItemKey, logins: string[]): Promise<void>;
    setMilestone(item: ItemKey, title: string | null): Promise<void>;
    requestReviewers(item: ItemKey, logins: string[]): Promise<void>;
    /** Requests sent: queries are reads, mutations writes (each retry counts). */
    requestCounts(): {
        reads: number;
        writes: number;
    };
    projectSchemas(refs: readonly ProjectRef[], fields?: readonly string[]): Promise<ProjectLookup[]>;
    addToProject(item: ItemKey, project: ProjectRef): Promise<void>;
    setProjectField(item: ItemKey, project: ProjectRef, field: string, value: string): Promise<void>;
    /** GitHub's GraphQL point budget as last reported, and the points this provider spent. */
    rateLimit(): GraphqlBudget;
    quota(): Quota | null;
    private write;
    private confirmed;
    /** Keeps Sift's comments of a listed item whose comments the page held completely. */
    private rememberComments;
    private remember;
    private listPage;
    private read;
    /** `type`: whose read permission a FORBIDDEN answer is about. */
    private readFailure;
    private failure;
}
export { RateLimitStop };
