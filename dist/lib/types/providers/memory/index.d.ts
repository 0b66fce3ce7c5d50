/**
 * An in-memory provider: the reference implementation of the Provider interface, for tests and for
 * people who embed Sift with items they already hold. It pages like a real forge (lazily, in pages of
 * `pageSize`) so tests of the walk see the same shape as production.
 */
import type { ActivityEvent, CloseReason, FactName, Item, ItemFacts, LockReason, RuleComment } from '../../model/item.js';
import { type Capabilities, type ItemKey, type ItemQuery, type OwnComment, type ProjectLookup, type Provider } from '../provider.js';
import { type ProjectMembership, type ProjectRef, type ProjectSchema } from '../../model/projects.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
export interface MemoryComment {
    id: string;
    author: string;
    body: string;
    /** ISO 8601; when absent from a seed, the item's `updatedAt` stands in (see `MemoryItem.timeline`). */
    createdAt?: string;
    /** ISO 8601: its last edit, when it was edited after it was posted. */
    updatedAt?: string;
    /** GitHub's author association of the comment (default NONE). */
    association?: string;
    /** Reactions on the comment, as GitHub lists them (content `+1`, `confused`, ...). */
    reactions?: {
        content: string;
        user: string;
    }[];
}
export interface MemoryItem extends Item {
    /** When each label currently on the item was applied (ISO 8601). */
    labelAppliedAt: Record<string, string>;
    commentList: MemoryComment[];
    /** The reason the last close write asked for (tests read it); `closedAs` is what the forge reads back. */
    closeReason: CloseReason | null;
    lockReason: LockReason | null;
    reviewers: string[];
    /**
     * What happened on the item, oldest first (the activity clock reads it; reactions, kind `reaction`,
     * are answered as the `reactions` fact). A seed without one gets one
     * built from what the seed says: its comments (and an `edited` event per comment edited after it was
     * posted) and a `labeled` event per `labelAppliedAt` entry, credited to the author, since a seed says
     * when but not who. Nothing stands in for a later `updatedAt`: as on a forge, an update no event
     * explains is for the activity clock to judge. Writes append events by the provider's actor.
     */
    timeline?: ActivityEvent[];
    /** The GitHub projects (v2) the item is in, with its values (see MemoryProviderOptions.projects). */
    projects?: ProjectMembership[];
}
export interface MemoryProviderOptions {
    repository?: string;
    pageSize?: number;
    /** Milestone titles that exist; setting any other is an error, as on a real forge. */
    milestones?: string[];
    /** Clock for writes (timestamps of labels applied). */
    now?: () => Date;
    /**
     * Login that writes are attributed to: the account Sift runs as. Default `sift[bot]`. A comment
     * carrying Sift's marker is Sift's only when written by this account or by a bot.
     */
    actor?: string;
    /** Runs before every write and may throw, to play a forge that refuses (tests of failure handling). */
    beforeWrite?: (key: ItemKey, writeNumber: number) => void;
    /** GitHub projects (v2) that exist, with their fields: `project` rules resolve against these. */
    projects?: ProjectSchema[];
}
export declare class MemoryProvider implements Provider {
    readonly capabilities: Capabilities;
    readonly repository: string;
    /** Pages handed out so far; lets tests prove the walk is lazy. */
    pagesServed: number;
    private readonly store;
    private readonly pageSize;
    private readonly milestones;
    private readonly now;
    private readonly actor;
    private readonly beforeWrite?;
    private reads;
    private writes;
    private nextCommentId;
    private readonly projects;
    constructor(items: MemoryItem[], options?: MemoryProviderOptions);
    /** The current state of an item, for assertions. */
    get(number: number): MemoryItem | undefined;
    all(): MemoryItem[];
    items(query: ItemQuery): AsyncIterable<Item>;
    getItem(number: number): Promise<Item | null>;
    facts(key: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
    projectSchemas(refs: readonly ProjectRef[]): Promise<ProjectLookup[]>;
    addToProject(key: ItemKey, ref: ProjectRef): Promise<void>;
    setProjectField(key: ItemKey, ref: ProjectRef, fieldName: string, value: string): Promise<void>;
    private project;
    ruleComments(key: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>>;
    findComment(key: ItemKey, marker: string, since?: string): Promise<OwnComment | null>;
    commandComments(key: ItemKey, scope: {
        since: string;
        commentId?: string;
    }): Promise<CommandComment[]>;
    addReaction(key: ItemKey, commentId: string, content: Reaction): Promise<void>;
    addLabels(key: ItemKey, labels: string[]): Promise<void>;
    removeLabel(key: ItemKey, label: string): Promise<void>;
    createComment(key: ItemKey, body: string): Promise<string>;
    deleteComment(key: ItemKey, commentId: string): Promise<void>;
    updateComment(key: ItemKey, commentId: string, body: string): Promise<void>;
    close(key: ItemKey, reason: CloseReason): Promise<void>;
    reopen(key: ItemKey): Promise<void>;
    lock(key: ItemKey, reason: LockReason | null): Promise<void>;
    unlock(key: ItemKey): Promise<void>;
    addAssignees(key: ItemKey, logins: string[]): Promise<void>;
    removeAssignees(key: ItemKey, logins: string[]): Promise<void>;
    /** The titles setMilestone accepts, as a forge's listing would give them. */
    milestoneTitles(): Promise<string[]>;
    setMilestone(key: ItemKey, title: string | null): Promise<void>;
    requestReviewers(key: ItemKey, logins: string[]): Promise<void>;
    requestCounts(): {
        reads: number;
        writes: number;
    };
    /** Appends an event by the provider's actor, as the forge would record the write. */
    private record;
    private find;
    private write;
}
/** A MemoryItem with sensible defaults, for seeding tests and demos. */
export declare function memoryItem(seed: Partial<MemoryItem> & {
    number: number;
}): MemoryItem;
