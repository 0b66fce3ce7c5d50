import type { Change } from '../model/plan.js';
import type { ItemKey, Provider } from '../providers/provider.js';
import { ruleMarker } from '../providers/rule-comments.js';
import type { ChangeOutcome } from './outcome.js';
/**
 * The hidden marker that lets a rerun find the comment a rule posted before, instead of posting twice
 * (and `vetoed` find the comment a veto answers).
 */
export declare const commentMarker: typeof ruleMarker;
/**
 * What posting a rule's comment comes down to, once Sift's earlier comment has been looked up. With a
 * `since` (the comment's cycle), only a comment posted at or after it is "already said": unchanged when its
 * text is the same, edited in place otherwise; an older one belongs to an earlier cycle and is kept,
 * and a new comment is posted. Without one (a check's status comment), any earlier comment is edited.
 */
export type CommentResolution = {
    kind: 'create';
    body: string;
} | {
    kind: 'update';
    commentId: string;
    body: string;
} | {
    kind: 'unchanged';
};
export declare function resolveComment(provider: Provider, key: ItemKey, change: Extract<Change, {
    kind: 'comment';
}>): Promise<CommentResolution>;
export declare const DUPLICATE_REMOVED = "another run posted it first; removed the duplicate";
/** A comment this run just posted for a rule: `change` is the rule's comment change. */
export interface PostedComment {
    item: ItemKey;
    change: Extract<Change, {
        kind: 'comment';
    }>;
    /** The new comment's id, as the forge gave it. */
    id: string;
}
/**
 * The one rule against overlapping runs, for one-by-one and batched runs alike. Two runs that overlap
 * (a schedule firing while the last run is still going) can both find no comment and both post one.
 * Each run looks again after posting: the oldest comment with the marker posted in the comment's cycle
 * (after its `since`) wins, and a run whose own comment is not that one deletes it, so exactly one
 * stays per cycle. One look for all of `posted` where the provider allows it (findComments). Returns,
 * for each posted comment, whether it was removed.
 */
export declare function removeDuplicates(provider: Provider, posted: readonly PostedComment[]): Promise<boolean[]>;
export interface ApplyContext {
    provider: Provider;
    dryRun: boolean;
    /** Called before each content-creating request, to pace them. */
    beforeContent: () => Promise<void>;
    /**
     * When set, a posted comment is handed here for a later, grouped duplicate check (removeDuplicates
     * over many comments in one look) instead of being checked at once.
     */
    posted?: (comment: PostedComment) => void;
}
/**
 * Applies one change through the provider, or in a dry run says what a real run would do. Comments
 * arrive resolved (fresh, edit, or already there), so a dry run reports exactly what a real run does.
 */
export declare function applyChange(ctx: ApplyContext, key: ItemKey, change: Change, comment?: CommentResolution): Promise<ChangeOutcome>;
