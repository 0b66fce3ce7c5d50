/**
 * Sift's latest comment of each rule on an item, from the item's comments as any forge lists them, for
 * `vetoed`: a rule's comment is the newest one that carries its marker and is Sift's (the caller says
 * which are: the account Sift runs as), and what counts against it is a thumbs-down from someone else,
 * or a comment posted after it by someone else (the engine keeps those of the item's author).
 */
import type { RuleComment } from '../model/item.js';
/** The marker of a rule's comment (as the executor writes it). */
export declare function ruleMarker(rule: string): string;
export interface ListedComment {
    /** The forge's id, to read reactions with. */
    id: string;
    body: string;
    /** ISO 8601. */
    createdAt: string;
    author: string;
    /** Written by the account Sift runs as. */
    sift: boolean;
}
/** The latest comment of each rule among `comments` (any order), by rule id. */
export declare function latestRuleComments(comments: readonly ListedComment[], rules: readonly string[]): Map<string, ListedComment>;
/** The rule comment with the thumbs-downs read for it and the others' comments after it. */
export declare function ruleCommentOf(comment: ListedComment, comments: readonly ListedComment[], thumbsDown: number): RuleComment;
