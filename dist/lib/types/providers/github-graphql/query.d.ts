import type { FactName, ItemType } from '../../model/item.js';
/** Every query reports its price, so the provider can track the point budget. */
export declare const RATE_LIMIT = "rateLimit { cost remaining resetAt limit used }";
export type TimelineScope = 'labels' | 'full';
/** Item types to read: label changes alone for `labelAppliedAt`, so more of them fit in a window. */
export declare function timelineTypes(type: ItemType, scope: TimelineScope): string[];
/** What timeline items to read for these facts; null when none of them needs the timeline. */
export declare function timelineScope(facts: ReadonlySet<FactName>): TimelineScope | null;
export interface ListOptions {
    /** Timeline items (and reactions) read with each item. */
    timelineDepth: number;
    /** Newest comments read with each item, so Sift's own are known without a request; 0: none. */
    commentDepth?: number;
    /** Those comments carry their reaction groups (for `vetoed`, see rule-comments.ts). */
    commentReactions?: boolean;
    /** Read each item's projects with these fields' values (fact `projects`); absent: not read. */
    projectFields?: readonly string[];
}
/** The repository field that reads one item of this type by number. */
export declare function itemField(type: ItemType): 'issue' | 'pullRequest' | 'discussion';
/**
 * One page of issues or of pull requests, oldest first. Variables: owner, name, first, after, states.
 * Cursors are stable while items change, so closing an item mid-walk shifts nothing.
 */
export declare function listQuery(type: Exclude<ItemType, 'discussion'>, facts: ReadonlySet<FactName>, options: ListOptions): string;
/** Which connections a facts query reads; each one present is read from its `after` variable. */
export interface FactsParts {
    timeline?: TimelineScope;
    /** Reactions on the description, as activity (with the full timeline). */
    reactions?: boolean;
    files?: boolean;
    branches?: boolean;
    linked?: boolean;
    /** Sub-issues and the parent (issues only; one page holds them all). */
    hierarchy?: ReadonlySet<FactName>;
    /** A pull request's state, reviews and checks (pull-state.ts). */
    pullState?: ReadonlySet<FactName>;
}
/**
 * Facts of one item in one request: all the connections the facts need, oldest first, 100 a page.
 * A connection with more pages is asked for again alone, from its cursor (variables timelineAfter,
 * reactionsAfter, filesAfter, linkedAfter).
 */
export declare function factsQuery(type: ItemType, parts: FactsParts): string;
/** An item's comments, oldest first, 100 a page (variables owner, name, number, after). */
export declare function commentsQuery(type: ItemType): string;
/**
 * An item's comments with their thumbs-down counts, oldest first, 100 a page (for `vetoed`, when the
 * listing's newest comments did not decide): Sift's own reaction, if any, is taken off the count
 * without a request per comment.
 */
export declare function ruleCommentsQuery(type: ItemType): string;
/** The newest comments of an item: whether a comment went through before a failed batch. */
export declare function recentCommentsQuery(type: ItemType): string;
/**
 * Comments of several items in one query, aliased i0, i1, ...: the oldest 100 of each, or the newest
 * 100 for an item looked up with `newest` (a comment cycle's comments are the item's latest ones).
 */
export declare function firstCommentsQuery(items: readonly {
    type: ItemType;
    number: number;
    newest?: boolean;
}[]): string;
/** The repository's milestones, 100 a page (variables owner, name, after). */
export declare function milestonesQuery(): string;
export interface LookupRequest {
    items: {
        alias: string;
        type: ItemType;
    }[];
    labels: string[];
    users: string[];
}
/**
 * Node ids for a batch of writes, in one request: `i<k>` items (variables of the same name, Int),
 * `l<k>` labels and `u<k>` users (String), plus the repository's own id (to create labels).
 */
export declare function lookupQuery({ items, labels, users }: LookupRequest): string;
export interface MutationOp {
    /** Mutation field, e.g. `addLabelsToLabelable`. */
    field: string;
    /** Its input type, e.g. `AddLabelsToLabelableInput`. */
    inputType: string;
    input: Record<string, unknown>;
    /** What to read back from the payload. */
    selection: string;
}
/**
 * Several mutations in one request, aliased `m0`, `m1`... with inputs `$m0`, `$m1`... GitHub runs
 * them one after the other, in this order; one failing does not undo or stop the others.
 */
export declare function mutationDocument(name: string, ops: readonly MutationOp[]): string;
