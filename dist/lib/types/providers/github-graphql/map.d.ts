import type { ActivityEvent, FactName, Item, ItemFacts, ItemType, LinkedItem } from '../../model/item.js';
import type { OwnComment } from '../provider.js';
import type { ActorNode, CommentNode, ItemNode, LinkedNode, Page, ReactionNode, TimelineNode } from './types.js';
/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by the
 * account Sift runs as (`viewerDidAuthor`). A person who pastes a marker, or another bot that quotes
 * one (a CI bot echoing a title), is commenting.
 */
export declare function isSiftComment(node: {
    body?: string;
    author?: ActorNode | null;
    viewerDidAuthor?: boolean;
}, marker?: string): boolean;
/** A comment node as an OwnComment, if it is Sift's (see isSiftComment). */
export declare function ownComment(node: CommentNode | null, marker?: string): OwnComment | null;
/** The oldest of Sift's comments with `marker` posted at or after `since` (any time when absent); oldest first in. */
export declare function firstOwnAfter(nodes: readonly (CommentNode | OwnComment | null)[], marker: string, since?: string): OwnComment | null;
export declare function itemType(node: {
    __typename: string;
}): ItemType;
/** REST's login for an actor: bots keep their `[bot]` suffix; a deleted account is "ghost". */
export declare function loginOf(actor: ActorNode | null | undefined): string;
export declare function isBotActor(actor: ActorNode | null | undefined): boolean;
export declare function nodesOf<T>(page: Page<T> | null | undefined): T[];
/** The reactions of an issue, pull request or discussion, from its reaction groups. */
export declare function reactionsOf(node: Pick<ItemNode, 'reactionGroups'>): Item['reactions'];
export declare function toItem(node: ItemNode): Item;
/**
 * The facts a listing node carries completely. A timeline cut off by `last: N` still gives
 * `labelAppliedAt` when every label on the item was applied within the window (a label's latest
 * application is the only one that counts); otherwise the fact is left out and fetched per item.
 */
export declare function listedFacts(node: ItemNode, wanted: ReadonlySet<FactName>): ItemFacts | undefined;
export declare function branchesOf(node: Pick<ItemNode, 'baseRefName' | 'headRefName' | 'isCrossRepository'>): {
    base: string;
    head: string;
    fork: boolean;
};
/** An issue's linked items are pull requests; a pull request's are issues. */
export declare function toLinked(type: ItemType, nodes: LinkedNode[]): LinkedItem[];
/**
 * Timeline items (oldest first) -> activity events; items of types Sift does not read are dropped. A
 * comment edited after it was posted adds an `edited` event at `lastEditedAt`, by its author, Sift's
 * when the comment is; the events come out oldest first.
 */
export declare function toActivity(nodes: TimelineNode[]): ActivityEvent[];
/** Reactions on the description as activity of kind `reaction`. */
export declare function reactionActivity(nodes: ReactionNode[]): ActivityEvent[];
/**
 * The timeline with the latest edit of the description in its place: GitHub lists edits apart from
 * the timeline, and only the latest (`lastEditedAt`, `editor`) comes with the item.
 */
export declare function withLastEdit(events: ActivityEvent[], node: {
    lastEditedAt?: string | null;
    editor?: ActorNode | null;
}): ActivityEvent[];
/**
 * When each label now on the item was last applied, from its complete label history (oldest first):
 * a label is on the item if its last labeled/unlabeled event is `labeled`. Names match
 * case-insensitively, as GitHub's do.
 */
export declare function labelAppliedAt(events: ActivityEvent[]): Record<string, string>;
