/**
 * Discussions over GitHub's GraphQL API (REST has none): the listing query, the query of one
 * discussion's history, and their mapping onto Sift's Item and activity events.
 *
 * A discussion has no timeline: GitHub records who commented, replied, edited, reacted and chose the
 * answer, but not who labelled, closed or locked it. Its activity is built from what is recorded; the
 * engine does not count an update nothing explains on a discussion (see activity.ts), so Sift's own
 * labels do not restart the clock.
 */
import { type ActivityEvent, type Item } from '../../model/item.js';
import type { ActorNode, CommentNode, Page, ReactionNode } from './types.js';
export type { ReactionNode };
/** A discussion as listed. */
export interface DiscussionNode {
    __typename: 'Discussion';
    id: string;
    number: number;
    title: string;
    body: string;
    closed: boolean;
    locked: boolean;
    url: string;
    createdAt: string;
    updatedAt: string;
    closedAt: string | null;
    /** RESOLVED, OUTDATED, DUPLICATE, REOPENED or null. */
    stateReason?: string | null;
    authorAssociation: string;
    author: ActorNode | null;
    labels: Page<{
        id: string;
        name: string;
    }> | null;
    comments: {
        totalCount: number;
    };
    reactionGroups: {
        content: string;
        reactors: {
            totalCount: number;
        };
    }[] | null;
    category: {
        name: string;
    };
    /** Null where the category has no answers (not Q&A). */
    isAnswered: boolean | null;
}
/** A comment or reply as the history query reads it. */
export interface DiscussionCommentNode extends CommentNode {
    lastEditedAt: string | null;
    authorAssociation?: string;
    replies?: {
        nodes: (DiscussionCommentNode | null)[] | null;
    };
}
/** One discussion's history: its comments (with replies), edit, answer and, when asked, reactions. */
export interface DiscussionHistoryNode {
    __typename: 'Discussion';
    id: string;
    lastEditedAt?: string | null;
    editor?: ActorNode | null;
    answerChosenAt?: string | null;
    answerChosenBy?: ActorNode | null;
    comments?: {
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        nodes: (DiscussionCommentNode | null)[] | null;
    };
    reactions?: {
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        nodes: (ReactionNode | null)[] | null;
    };
}
/**
 * One page of discussions, oldest first (`CREATED_AT ASC`: stable cursors, as for issues; GitHub's
 * default order, most recently updated first, would shift under writes). Variables: owner, name,
 * first, after, states.
 */
export declare function discussionListQuery(): string;
/** One discussion by number, with the fields of a listing (variables owner, name, number). */
export declare function discussionQuery(): string;
/**
 * One discussion's history: with `comments` its comments (100 a page, from $commentsAfter) with their
 * newest replies, its latest edit and chosen answer; with `reactions` its reactions (100 a page, from
 * $reactionsAfter).
 */
export declare function discussionHistoryQuery(parts: {
    comments: boolean;
    reactions: boolean;
}): string;
export declare function discussionToItem(node: DiscussionNode): Item;
/**
 * A discussion's activity, oldest first: each comment (kind `comment`, Sift's own marked) and reply
 * (kind `other`: `comments` counts top-level comments, as GitHub's count does), each edit of them by
 * their author, the answer's choice, and the description's latest edit. Reactions are a fact apart.
 */
export declare function discussionActivity(comments: readonly DiscussionCommentNode[], history: Pick<DiscussionHistoryNode, 'lastEditedAt' | 'editor' | 'answerChosenAt' | 'answerChosenBy'>): ActivityEvent[];
