/**
 * A merge request's state in Sift's terms, from GitLab's answers (pure; the provider reads them, each
 * only when a rule needs it):
 * - `pull`: the merge request itself (GET .../merge_requests/:iid: `detailed_merge_status`,
 *   `has_conflicts`, `changes_count`, `sha`, `reviewers`), its diffs for the lines changed, and its
 *   reviewers' review states when it has reviewers;
 * - `reviews`: its approvals (GET .../approvals) and its reviewers' states (GET .../reviewers), which
 *   are where GitLab keeps "Request changes";
 * - `checks`: the jobs of its head pipeline (GET /projects/:id/pipelines/:pipeline_id/jobs).
 */
import type { CheckResult, PullReviews, PullState } from '../../model/item.js';
import type { GitLabUser } from './types.js';
/** The fields of a single merge request (GET .../merge_requests/:iid) this module reads. */
export interface GitLabMergeRequestDetail {
    state: string;
    /** GitLab 15.6+; older servers send only `merge_status`. */
    detailed_merge_status?: string;
    merge_status?: string;
    has_conflicts?: boolean;
    /** A string: `"1000+"` past GitLab's diff limit; null until GitLab has computed it. */
    changes_count?: string | null;
    sha?: string | null;
    reviewers?: GitLabUser[] | null;
    head_pipeline?: {
        id: number;
        project_id?: number;
        sha?: string;
        status?: string;
    } | null;
    updated_at: string;
}
/** One entry of GET .../merge_requests/:iid/reviewers. */
export interface GitLabReviewer {
    user: GitLabUser | null;
    /** unreviewed, review_started, reviewed, requested_changes, approved, unapproved. */
    state: string;
    created_at?: string;
}
/** GET .../merge_requests/:iid/approvals, the fields read. */
export interface GitLabApprovals {
    approvals_required?: number;
    approvals_left?: number;
    approved_by?: {
        user: GitLabUser | null;
        approved_at?: string | null;
    }[];
}
/** One job of a pipeline (GET /projects/:id/pipelines/:pipeline_id/jobs). */
export interface GitLabJob {
    name: string;
    status: string;
    allow_failure?: boolean;
}
/** Whether GitLab has not yet computed whether the merge request conflicts with its target branch. */
export declare function mergeabilityPending(mr: GitLabMergeRequestDetail): boolean;
/** false: conflicts with its target branch; null: not computed. Other blockers (approvals, CI) are not conflicts. */
export declare function mergeableOf(mr: GitLabMergeRequestDetail): boolean | null;
export declare function pullStateOf(mr: GitLabMergeRequestDetail, diffs: {
    files: number;
    lines: number;
}, reviewers: readonly GitLabReviewer[]): PullState;
/** Lines added plus deleted in one file's diff text (GitLab's `diff` holds hunks, no file header). */
export declare function changedLines(diff: string): number;
/**
 * Each reviewer's verdict: approvals from the approvals (at `approved_at`), requests for changes from
 * the reviewers' states. The decision is GitLab's: changes requested by a reviewer wins; approvals
 * left (approval rules not yet satisfied) is review-required; else approved when someone approved,
 * and derived (none) otherwise. GitLab names no commit an approval or a request was given on.
 */
export declare function pullReviewsOf(approvals: GitLabApprovals, reviewers: readonly GitLabReviewer[], fallbackAt: string): PullReviews;
/**
 * A job as a check. Running or waiting is pending; a failure that is allowed (`allow_failure`) passes,
 * as GitLab's pipeline does; skipped passes (GitHub's merge box treats skipped checks so too);
 * canceled fails. Manual jobs nobody started are not checks yet: a blocking one (not allowed to fail)
 * holds the pipeline, so it is pending; an optional one is left out.
 */
export declare function jobCheck(job: GitLabJob): CheckResult | null;
