/**
 * `vetoed` on GraphQL: Sift's latest comment of each rule with its thumbs-downs and the comments after
 * it, from comment nodes that carry their reaction groups. GitHub's reaction groups count every reactor
 * and say whether the token's own account is one, so Sift's own reaction is taken off the count without
 * a request per comment. The nodes come from the item's comment pages, or from the listing's newest
 * comments when those are enough to decide (`ruleCommentsInListing`).
 */
import type { RuleComment } from '../../model/item.js';
import type { CommentNode } from './types.js';
/** Each rule's comment among `nodes` (all of the item's comments, any order); a rule without one is absent. */
export declare function ruleCommentsOf(nodes: readonly CommentNode[], rules: readonly string[]): Record<string, RuleComment>;
/**
 * The rules' comments from a listed item's newest comments, when those decide: every comment is there
 * (no earlier page), or each rule's comment is among them (what counts against a comment is newer than
 * it, so it is there too). undefined: an older comment may be a rule's, read the item's pages instead.
 */
export declare function ruleCommentsInListing(comments: {
    pageInfo?: {
        hasPreviousPage: boolean;
    };
    nodes?: (CommentNode | null)[] | null;
} | undefined, rules: readonly string[]): Record<string, RuleComment> | undefined;
