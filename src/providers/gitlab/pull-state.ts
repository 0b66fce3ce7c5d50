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
import type { CheckResult, CheckState, PullReviews, PullState, ReviewVerdictOf } from '../../model/item.js';
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
  head_pipeline?: { id: number; project_id?: number; sha?: string; status?: string } | null;
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
  approved_by?: { user: GitLabUser | null; approved_at?: string | null }[];
}

/** One job of a pipeline (GET /projects/:id/pipelines/:pipeline_id/jobs). */
export interface GitLabJob {
  name: string;
  status: string;
  allow_failure?: boolean;
}

/**
 * Statuses while GitLab is still computing mergeability in the background (after a push, or on the
 * first read of a merge request): asked once more, then left unknown.
 */
const COMPUTING = new Set([
  'checking',
  'unchecked',
  'preparing',
  'cannot_be_merged_recheck',
  'cannot_be_merged_rechecking',
]);

/** Whether GitLab has not yet computed whether the merge request conflicts with its target branch. */
export function mergeabilityPending(mr: GitLabMergeRequestDetail): boolean {
  if (mr.state !== 'opened') return false;
  const status = mr.detailed_merge_status ?? mr.merge_status;
  return status !== undefined && COMPUTING.has(status);
}

/** false: conflicts with its target branch; null: not computed. Other blockers (approvals, CI) are not conflicts. */
export function mergeableOf(mr: GitLabMergeRequestDetail): boolean | null {
  if (mergeabilityPending(mr)) return null;
  if (mr.detailed_merge_status === 'conflict' || mr.has_conflicts === true) return false;
  if (mr.has_conflicts === false) return true;
  return mr.merge_status === 'cannot_be_merged' ? false : mr.merge_status === undefined ? null : true;
}

/** Review requested and not yet given: a reviewer whose state is unreviewed or a review in progress. */
const WAITING_STATES = new Set(['unreviewed', 'review_started']);

export function pullStateOf(
  mr: GitLabMergeRequestDetail,
  diffs: { files: number; lines: number },
  reviewers: readonly GitLabReviewer[],
): PullState {
  return {
    mergeable: mergeableOf(mr),
    lines: diffs.lines,
    files: filesChanged(mr.changes_count, diffs.files),
    requestedReviewers: reviewers.flatMap((r) =>
      r.user && WAITING_STATES.has(r.state) ? [r.user.username] : [],
    ),
    headSha: mr.sha ?? '',
  };
}

/** `changes_count` when GitLab computed an exact one; past its limit (`"1000+"`) or unset, the diffs read. */
function filesChanged(count: string | null | undefined, listed: number): number {
  if (count !== null && count !== undefined && /^\d+$/.test(count)) return Number(count);
  if (count !== null && count !== undefined && /^\d+\+$/.test(count))
    return Math.max(listed, parseInt(count, 10));
  return listed;
}

/** Lines added plus deleted in one file's diff text (GitLab's `diff` holds hunks, no file header). */
export function changedLines(diff: string): number {
  let lines = 0;
  for (const line of diff.split('\n')) {
    if (
      (line.startsWith('+') && !line.startsWith('+++')) ||
      (line.startsWith('-') && !line.startsWith('---'))
    )
      lines++;
  }
  return lines;
}

/**
 * Each reviewer's verdict: approvals from the approvals (at `approved_at`), requests for changes from
 * the reviewers' states. The decision is GitLab's: changes requested by a reviewer wins; approvals
 * left (approval rules not yet satisfied) is review-required; else approved when someone approved,
 * and derived (none) otherwise. GitLab names no commit an approval or a request was given on.
 */
export function pullReviewsOf(
  approvals: GitLabApprovals,
  reviewers: readonly GitLabReviewer[],
  fallbackAt: string,
): PullReviews {
  const latest = new Map<string, ReviewVerdictOf>();
  for (const entry of approvals.approved_by ?? []) {
    if (!entry.user) continue;
    latest.set(entry.user.username.toLowerCase(), {
      reviewer: entry.user.username,
      verdict: 'approved',
      at: entry.approved_at ?? fallbackAt,
    });
  }
  for (const reviewer of reviewers) {
    if (!reviewer.user || reviewer.state !== 'requested_changes') continue;
    latest.set(reviewer.user.username.toLowerCase(), {
      reviewer: reviewer.user.username,
      verdict: 'changes_requested',
      at: reviewer.created_at ?? fallbackAt,
    });
  }
  const verdicts = [...latest.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const required = approvals.approvals_required ?? 0;
  const left = approvals.approvals_left ?? 0;
  const decision = verdicts.some((v) => v.verdict === 'changes_requested')
    ? 'changes-requested'
    : left > 0
      ? 'review-required'
      : verdicts.length > 0
        ? 'approved'
        : null;
  return { latest: verdicts, required, decision };
}

/**
 * A job as a check. Running or waiting is pending; a failure that is allowed (`allow_failure`) passes,
 * as GitLab's pipeline does; skipped passes (GitHub's merge box treats skipped checks so too);
 * canceled fails. Manual jobs nobody started are not checks yet: a blocking one (not allowed to fail)
 * holds the pipeline, so it is pending; an optional one is left out.
 */
export function jobCheck(job: GitLabJob): CheckResult | null {
  const state = jobState(job);
  return state === null ? null : { name: job.name, state };
}

function jobState(job: GitLabJob): CheckState | null {
  switch (job.status) {
    case 'success':
    case 'skipped':
      return 'success';
    case 'failed':
      return job.allow_failure ? 'success' : 'failure';
    case 'canceled':
    case 'canceling':
      return 'failure';
    case 'manual':
      return job.allow_failure === false ? 'pending' : null;
    default:
      // created, pending, running, preparing, scheduled, waiting_for_resource, waiting_for_callback
      return 'pending';
  }
}
