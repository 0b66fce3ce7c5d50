import type { CommandComment } from '../../model/commands.js';
import type { ItemType } from '../../model/item.js';
import type { ActorNode } from './types.js';
export interface CommandCommentNode {
    id: string;
    databaseId: number | null;
    body: string;
    createdAt: string;
    authorAssociation: string;
    author: ActorNode | null;
    reactionGroups: {
        content: string;
        viewerHasReacted: boolean;
    }[] | null;
    /** A discussion comment's thread. */
    replies?: {
        nodes: (CommandCommentNode | null)[] | null;
    } | null;
}
export interface CommandCommentsPage {
    nodes: (CommandCommentNode | null)[] | null;
    pageInfo: {
        hasPreviousPage: boolean;
        startCursor: string | null;
    };
}
/**
 * The query for one page of an issue's, pull request's or discussion's comments, newest first
 * (`last`/`before`); a discussion's with their replies.
 */
export declare function commandCommentsQuery(type: ItemType): string;
/**
 * The page's comments in scope, and whether older pages may hold more (the oldest comment of this
 * one is still in scope and there is an earlier page).
 */
export declare function commandCommentsOf(page: CommandCommentsPage, scope: {
    since: string;
    commentId?: string;
}): {
    comments: CommandComment[];
    more: boolean;
};
