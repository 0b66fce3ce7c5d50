/**
 * A pull request's state over GraphQL, in the listing query when the rules need it (no request per
 * pull request) and in the facts query otherwise: mergeability, size, requested reviewers, GitHub's
 * own review decision and each reviewer's latest verdict, and the head commit's check rollup.
 */
import type { FactName, ItemFacts } from '../../model/item.js';
/** The fields to read for the pull-request facts wanted; none for other facts. */
export declare function pullStateFields(wanted: ReadonlySet<FactName>): string[];
interface Nodes<T> {
    nodes?: (T | null)[] | null;
}
export interface PullStateNode {
    mergeable?: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
    additions?: number;
    deletions?: number;
    changedFiles?: number;
    headRefOid?: string;
    reviewRequests?: Nodes<{
        requestedReviewer: {
            login?: string;
            slug?: string;
        } | null;
    }> | null;
    reviewDecision?: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
    latestOpinionatedReviews?: Nodes<{
        state: string;
        submittedAt: string | null;
        author: {
            login: string;
        } | null;
        commit: {
            oid: string;
        } | null;
    }> | null;
    commits?: Nodes<{
        commit: {
            oid: string;
            statusCheckRollup: {
                contexts: Nodes<{
                    __typename: string;
                    name?: string;
                    status?: string;
                    conclusion?: string | null;
                    context?: string;
                    state?: string;
                }>;
            } | null;
        };
    }>;
}
/**
 * The facts a node carries. `unknownMergeable`: what an UNKNOWN mergeability becomes — in a listing
 * it is left out (the pull request is asked again once, through the facts query); there it is null.
 */
export declare function pullStateFacts(node: PullStateNode, wanted: ReadonlySet<FactName>, isPull: boolean, listing: boolean): Pick<ItemFacts, 'pull' | 'reviews' | 'checks'>;
export {};
