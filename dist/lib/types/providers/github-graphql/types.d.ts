import type { HierarchyFields } from './hierarchy.js';
import type { PullStateNode } from './pull-state.js';
/**
 * The shapes of GitHub's GraphQL answers that Sift reads: what query.ts asks for, map.ts reads, and
 * the emulator serves. Optional fields are those a query asks for only when the rules need them.
 */
/** One entry of GitHub's `errors` array. `type` is GitHub's (NOT_FOUND, FORBIDDEN, ...). */
export interface GraphqlError {
    type?: string;
    message: string;
    path?: readonly (string | number)[];
}
export interface RateLimitNode {
    cost: number;
    remaining: number;
    resetAt: string;
    limit: number;
    used: number;
}
export interface PageInfo {
    hasNextPage: boolean;
    endCursor: string | null;
}
/** What a listing asks of a nested connection: only whether it holds more than the page. */
export interface PartialPageInfo {
    hasNextPage?: boolean;
    hasPreviousPage?: boolean;
    endCursor?: string | null;
}
export interface ActorNode {
    __typename: string;
    login: string;
}
/** A timeline item; which fields are there depends on its type. */
export interface TimelineNode {
    __typename: string;
    createdAt?: string;
    actor?: ActorNode | null;
    author?: ActorNode | null;
    label?: {
        name: string;
    };
    /** Comments and reviews: the author's association with the repository. */
    authorAssociation?: string;
    /** Comments: to tell Sift's own (by its marker and author). */
    body?: string;
    /** Comments: their last edit, null when never edited. */
    lastEditedAt?: string | null;
    /** Comments: written by the account Sift runs as. */
    viewerDidAuthor?: boolean;
    submittedAt?: string | null;
    commit?: {
        authoredDate: string;
        author: {
            name: string | null;
            user: {
                login: string;
            } | null;
        } | null;
    };
}
/** A comment as the marker lookups read it. */
export interface CommentNode {
    id: string;
    body: string;
    createdAt: string;
    /** Written by the account Sift runs as (the token's user or app). */
    viewerDidAuthor: boolean;
    author: ActorNode | null;
    /** Asked for where `vetoed` reads the comment's thumbs-downs (query.ts COMMENT_REACTIONS). */
    reactionGroups?: {
        content: string;
        viewerHasReacted: boolean;
        reactors: {
            totalCount: number;
        };
    }[] | null;
}
export interface ReactionNode {
    createdAt: string;
    user: {
        login: string;
    } | null;
}
export interface LinkedNode {
    number: number;
    state: string;
    updatedAt: string;
}
export interface Page<T> {
    totalCount?: number;
    pageInfo?: PartialPageInfo;
    nodes: (T | null)[] | null;
}
/** An Issue or PullRequest of a listing or a facts query (sub-issues and parent: issues only). */
export interface ItemNode extends HierarchyFields, PullStateNode {
    __typename: 'Issue' | 'PullRequest';
    id: string;
    number: number;
    title: string;
    body: string;
    state: string;
    locked: boolean;
    url: string;
    createdAt: string;
    updatedAt: string;
    closedAt: string | null;
    /** Issues only: `stateReason(enableDuplicate: true)`, COMPLETED, NOT_PLANNED, DUPLICATE, REOPENED or null. */
    stateReason?: string | null;
    authorAssociation: string;
    author: ActorNode | null;
    isDraft?: boolean;
    labels: Page<{
        id: string;
        name: string;
    }> | null;
    assignees: Page<{
        login: string;
    }>;
    milestone: {
        title: string;
    } | null;
    /** `nodes`: the newest comments, asked for only when the rules post comments (commentMarkers). */
    comments: {
        totalCount: number;
        pageInfo?: {
            hasPreviousPage: boolean;
        };
        nodes?: (CommentNode | null)[] | null;
    };
    reactionGroups: {
        content: string;
        reactors: {
            totalCount: number;
        };
    }[] | null;
    timelineItems?: Page<TimelineNode>;
    /** Reactions on the description (asked for when the rules count them as activity). */
    reactions?: Page<ReactionNode>;
    /** The latest edit of the description (asked for with the full timeline). */
    lastEditedAt?: string | null;
    editor?: ActorNode | null;
    baseRefName?: string;
    headRefName?: string;
    isCrossRepository?: boolean;
    files?: Page<{
        path: string;
    }> | null;
    closingIssuesReferences?: Page<LinkedNode> | null;
    closedByPullRequestsReferences?: Page<LinkedNode> | null;
}
