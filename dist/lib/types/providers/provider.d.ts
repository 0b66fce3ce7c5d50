/**
 * The seam between Sift's core and a forge. The engine, executor and report use providers only
 * through this interface, so a new forge (GitHub GraphQL, GitLab) is a new folder here and nothing else.
 */
import type { CommandComment, Reaction } from '../model/commands.js';
import type { CloseReason, ClosedAs, FactName, Item, ItemFacts, ItemType, LockReason, RuleComment } from '../model/item.js';
import type { Forge } from '../model/item-name.js';
import type { ProjectRef, ProjectSchema } from '../model/projects.js';
import type { ActionKind, ConditionKind } from '../model/rules.js';
export interface ItemQuery {
    /** Which states to list. */
    state: 'open' | 'closed' | 'all';
    /** Restrict to one type; both when absent. */
    type?: ItemType;
    /**
     * Facts the rules may need. A provider that can carry some of them in the listing itself at little
     * cost attaches them as `item.prefetched`; the others are fetched per item, and only when needed.
     */
    prefetch?: readonly FactName[];
    /**
     * The rules post comments: a provider that can list each item's recent comments cheaply may carry
     * Sift's marker comments in the listing, so `findComment` for a listed item needs no request.
     */
    commentMarkers?: boolean;
    /**
     * The rules whose comments `vetoed` conditions read (with `ruleComments` in `prefetch`): a provider
     * that lists each item's recent comments with their reactions may attach `prefetched.ruleComments`
     * where those comments decide, so `Provider.ruleComments` is not asked for that item.
     */
    vetoed?: readonly string[];
    /**
     * ISO 8601. The rules decide activity and label timers no further back than this (their longest
     * span): a provider that can read repository-wide activity feeds back to it, once per walk, may
     * attach `recent` facts to listed items instead of reading each item's history.
     */
    recentSince?: string;
}
/** One logical write to one item, as data, so a provider can send several in one request. */
export type Write = {
    kind: 'addLabels';
    item: ItemKey;
    labels: string[];
} | {
    kind: 'removeLabel';
    item: ItemKey;
    label: string;
} | {
    kind: 'createComment';
    item: ItemKey;
    body: string;
} | {
    kind: 'updateComment';
    item: ItemKey;
    commentId: string;
    body: string;
} | {
    kind: 'close';
    item: ItemKey;
    reason: CloseReason;
} | {
    kind: 'reopen';
    item: ItemKey;
} | {
    kind: 'lock';
    item: ItemKey;
    reason: LockReason | null;
} | {
    kind: 'unlock';
    item: ItemKey;
} | {
    kind: 'addAssignees';
    item: ItemKey;
    logins: string[];
} | {
    kind: 'removeAssignees';
    item: ItemKey;
    logins: string[];
} | {
    kind: 'setMilestone';
    item: ItemKey;
    title: string | null;
} | {
    kind: 'requestReviewers';
    item: ItemKey;
    logins: string[];
}
/** GitHub's issue type by name; null clears it. */
 | {
    kind: 'setIssueType';
    item: ItemKey;
    name: string | null;
}
/** A closed pull request's head branch, when the forge allows (see BranchDeletion). */
 | {
    kind: 'deleteBranch';
    item: ItemKey;
}
/** GitHub projects (v2): the item joins the project (a no-op when it is in it already). */
 | {
    kind: 'addToProject';
    item: ItemKey;
    project: ProjectRef;
}
/** One field of the item's entry in the project, by the field's name and the value as a rule gives it. */
 | {
    kind: 'setProjectField';
    item: ItemKey;
    project: ProjectRef;
    field: string;
    value: string;
}
/** Sift's answer to a comment with commands (GitLab: award emoji thumbsup / confused). */
 | {
    kind: 'addReaction';
    item: ItemKey;
    commentId: string;
    content: Reaction;
};
/** A project as `projectSchemas` found it: its definition, or why there is none. */
export type ProjectLookup = {
    ref: ProjectRef;
    schema: ProjectSchema;
} | {
    ref: ProjectRef;
    schema: null;
    problem: string;
};
/** The outcome of one write of a batch, in the batch's order. */
export type WriteResult = 
/**
 * `createdId`: the new comment's id, for a createComment the forge confirmed. `kept`: a
 * deleteBranch the forge did not do, for the reason in `note` (reported, not a failure).
 */
{
    write: Write;
    ok: true;
    createdId?: string;
    kept?: boolean;
    note?: string;
} | {
    write: Write;
    ok: false;
    error: Error;
};
/**
 * What came of deleting a pull request's head branch. `deleted` false: the branch stays, for the
 * reason in `note` (a fork's, the default branch, protected, already gone, or refused with a 403 or
 * 422): reported beside the change, never a failure of the item.
 */
export interface BranchDeletion {
    deleted: boolean;
    /** `deleted branch fix/x`, or why it was kept. */
    note: string;
}
/** What a provider can do, so a rules file can be checked against it before any request. */
export interface Capabilities {
    /** Provider name for messages, e.g. "github-rest". */
    name: string;
    conditions: ReadonlySet<ConditionKind>;
    actions: ReadonlySet<ActionKind>;
    facts: ReadonlySet<FactName>;
    /** Lists and changes discussions (`type: discussion` rules). Absent: it cannot. */
    discussions?: boolean;
    /** Reads comments with commands and reacts to them (`commandComments`, `addReaction`). */
    commands?: boolean;
    /**
     * The close reasons of issues the forge records and the provider reads into `Item.closedAs`
     * (GitHub: completed, not_planned, duplicate; GitLab: duplicate only). Absent: none, always null.
     */
    closeReasons?: readonly ClosedAs[];
    /** Why the forge lacks a condition or action, and what to do instead, added to the refusal. */
    why?: Partial<Record<ConditionKind | ActionKind, string>>;
}
export interface Quota {
    /** e.g. "REST", "GraphQL points". */
    kind: string;
    limit: number;
    remaining: number;
    /** ISO 8601. */
    resetAt: string;
}
export interface ItemKey {
    type: ItemType;
    number: number;
}
export interface CommentLookup {
    item: ItemKey;
    marker: string;
    since?: string;
}
export interface OwnComment {
    id: string;
    body: string;
    /** ISO 8601: when it was posted. */
    createdAt: string;
}
export interface Provider {
    readonly capabilities: Capabilities;
    /** Human-readable name of the repository or project, e.g. "octo/demo". */
    readonly repository: string;
    /** Whose notation reports name items in (GitLab's merge requests are `!12`); absent: GitHub's. */
    readonly forge?: Forge;
    /**
     * Every item matching the query, exactly once, paging lazily: the next page is requested only when
     * the consumer asks for the next item after the current page.
     */
    items(query: ItemQuery): AsyncIterable<Item>;
    /**
     * One item by number (issue or pull request), or null when there is none. `type` says which on a
     * forge that numbers them apart (GitLab: issue 1 and merge request !1); GitHub's numbers are shared.
     */
    getItem?(number: number, type?: 'issue' | 'pull_request'): Promise<Item | null>;
    /** One discussion by number, or null when there is none (providers with `capabilities.discussions`). */
    getDiscussion?(number: number): Promise<Item | null>;
    /** Fetches facts the listing lacks, for one item. Reads only. */
    facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
    /**
     * findComment for several items at once (one request where the forge allows it), one answer per
     * lookup. Optional; callers fall back to findComment per item.
     */
    findComments?(lookups: readonly CommentLookup[]): Promise<(OwnComment | null)[]>;
    /**
     * The oldest comment Sift posted that carries `marker` and was posted at or after `since` (ISO 8601;
     * any time when absent), or null. Reads only. Only comments written by a bot or by the account Sift
     * runs as count: a person who pastes a marker into a comment does not silence a rule.
     */
    findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null>;
    /**
     * Sift's latest comment of each of these rules on the item (its marker, written by the account Sift
     * runs as), with the thumbs-down reactions it got from others and who commented after it; a rule
     * without a comment is absent. Reads only. For `vetoed`; a provider with it lists `ruleComments`
     * among its capabilities' facts.
     */
    ruleComments?(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>>;
    /**
     * The item's comments created at or after `since` (ISO 8601) that hold a command line (see
     * engine/command-lines.ts), with their author's standing and whether Sift answered them already
     * (its `+1` or `confused` reaction); only `commentId` when given. Reads only. Optional: a provider
     * without it cannot run a rules file with `commands:`.
     */
    commandComments?(item: ItemKey, scope: {
        since: string;
        commentId?: string;
    }): Promise<CommandComment[]>;
    addLabels(item: ItemKey, labels: string[]): Promise<void>;
    removeLabel(item: ItemKey, label: string): Promise<void>;
    /** Posts a comment; resolves to its id where the forge says it (used to undo a duplicate). */
    createComment(item: ItemKey, body: string): Promise<string | void>;
    /**
     * Deletes one of Sift's own comments. Optional: with it, a run that finds another run posted the same
     * rule's comment first removes its own, so overlapping runs never leave a duplicate.
     */
    deleteComment?(item: ItemKey, commentId: string): Promise<void>;
    updateComment(item: ItemKey, commentId: string, body: string): Promise<void>;
    close(item: ItemKey, reason: CloseReason): Promise<void>;
    reopen(item: ItemKey): Promise<void>;
    lock(item: ItemKey, reason: LockReason | null): Promise<void>;
    unlock(item: ItemKey): Promise<void>;
    addAssignees(item: ItemKey, logins: string[]): Promise<void>;
    removeAssignees(item: ItemKey, logins: string[]): Promise<void>;
    /** Sets the milestone by title; null clears it. */
    setMilestone(item: ItemKey, title: string | null): Promise<void>;
    requestReviewers(item: ItemKey, logins: string[]): Promise<void>;
    /**
     * The repository's label names, so `/label` can refuse a label that does not exist. Reads only.
     * Optional: without it, commands add whatever labels their allowlist lets through.
     */
    labelNames?(): Promise<string[]>;
    /** Reacts to a comment of the item as Sift's answer to its commands. Already there is success. */
    addReaction?(item: ItemKey, commentId: string, content: Reaction): Promise<void>;
    /**
     * Of these logins, the ones the forge does not know or cannot assign in this repository (GitHub:
     * `GET /repos/{owner}/{repo}/assignees/{assignee}` answers 404; GitLab: no user by that username),
     * each asked once a run. Commands naming them are refused as "unknown user" instead of written.
     */
    unknownUsers?(logins: readonly string[]): Promise<string[]>;
    /** The repository's milestone titles (open and closed), for commands that name one. */
    milestoneTitles?(): Promise<string[]>;
    /** Sets GitHub's issue type by name; null clears it. Optional: only GitHub has issue types. */
    setIssueType?(item: ItemKey, name: string | null): Promise<void>;
    /**
     * GitHub projects (v2), read once a run before any item is walked: each project's definition, or why
     * it cannot be had (unknown, or the token cannot see it). `fields`: the field names the rules use (any
     * case), whose values the `projects` fact then carries. Optional: without it, `project` is refused.
     */
    projectSchemas?(refs: readonly ProjectRef[], fields?: readonly string[]): Promise<ProjectLookup[]>;
    /** Adds the item to a project resolved by `projectSchemas`; already there is success. */
    addToProject?(item: ItemKey, project: ProjectRef): Promise<void>;
    /** Sets one field of the item's entry in the project (a value of the field's type, see ProjectSet). */
    setProjectField?(item: ItemKey, project: ProjectRef, field: string, value: string): Promise<void>;
    /**
     * Deletes a closed pull request's head branch when it lives in this repository, is not the default
     * branch and is not protected; otherwise keeps it and says why. Rejects only for failures that are
     * not the forge refusing (network, rate limit). Optional: providers without it refuse the action.
     */
    deleteBranch?(item: ItemKey): Promise<BranchDeletion>;
    /**
     * Optional: applies several writes (of several items) in few requests, in order. One result per
     * write; a failed write does not stop the others. Rejects only with RateLimitStop. Providers
     * without it get one request per write.
     */
    applyBatch?(writes: readonly Write[]): Promise<WriteResult[]>;
    /**
     * Requests made so far, by kind, for the report. `notModified`: of the reads, those answered
     * `304 Not Modified` (conditional requests, free of the rate limit), when the provider makes them.
     */
    requestCounts(): {
        reads: number;
        writes: number;
        notModified?: number;
    };
    /** What is left of the forge's API budget, as last reported, for the report; null if unknown. */
    quota?(): Quota | null;
}
/** An item that cannot be changed (deleted, locked, forbidden): reported, and the walk goes on. */
export declare class ItemWriteError extends Error {
    readonly status?: number | undefined;
    constructor(message: string, status?: number | undefined);
}
/**
 * The forge's rate limit ran out, or will before the walk ends, and waiting for it would outlast any
 * sensible run: the run stops cleanly and reports it instead of sleeping for an hour on a runner.
 */
export declare class RateLimitStop extends Error {
    /** When the forge's budget resets, if it said. */
    readonly resetAt?: Date | undefined;
    constructor(message: string, 
    /** When the forge's budget resets, if it said. */
    resetAt?: Date | undefined);
}
