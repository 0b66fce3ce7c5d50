/**
 * What a pull request's state says, from its facts alone (pure): the review decision, the checks'
 * overall state, and whose move it is. The providers read the facts; every forge is judged here.
 */
import type { CheckResult, CheckState, PullReviews, PullState, ReviewVerdictOf } from '../model/item.js';
import type { ReviewDecision, WaitingOn } from '../model/rules.js';

/**
 * The review decision. The forge's own where it has one (GitHub GraphQL's `reviewDecision` sees
 * CODEOWNERS and rulesets; GitLab's approvals); else from each reviewer's latest verdict: a request
 * for changes that stands wins; then approvals (as many as the base branch requires); then
 * `review-required` when the branch requires reviews; `none` when nobody reviewed and none is required.
 * Unlike GitHub's `reviewDecision`, which is null on a branch that requires no review, an approval
 * there is `approved`: that is what someone triaging means by it.
 */
export function reviewDecision(reviews: PullReviews): ReviewDecision {
  if (reviews.decision !== undefined && reviews.decision !== null) return reviews.decision;
  const latest = reviews.latest;
  if (latest.some((r) => r.verdict === 'changes_requested')) return 'changes-requested';
  const approvals = latest.filter((r) => r.verdict === 'approved').length;
  if (approvals > 0 && approvals >= reviews.required) return 'approved';
  return reviews.required > 0 ? 'review-required' : 'none';
}

/**
 * The checks' overall state: `none` without any, `failure` when one failed, `pending` while one has
 * not finished, else `success`.
 */
export function checksState(checks: readonly CheckResult[]): CheckState | 'none' {
  if (checks.length === 0) return 'none';
  if (checks.some((c) => c.state === 'failure')) return 'failure';
  return checks.some((c) => c.state === 'pending') ? 'pending' : 'success';
}

/**
 * Whose move it is:
 * - `author` when a check failed, or a request for changes stands and nothing was pushed since it
 *   (it was given on the head commit; where the forge does not say on which commit, it stands);
 * - `reviewers` when a request for changes stands and the author pushed since (it is theirs to look
 *   again), when reviews are requested and not yet given, or when the base branch requires reviews
 *   and the author pushed after the latest one (or nobody reviewed yet);
 * - `none` otherwise (approved and green, or nobody is asked to review).
 */
export function waitingOn(pull: PullState, reviews: PullReviews, checks: readonly CheckResult[]): WaitingOn {
  if (checksState(checks) === 'failure') return 'author';
  const pushedAfter = (review: ReviewVerdictOf | undefined): boolean =>
    review === undefined || (review.commit !== undefined && review.commit !== pull.headSha);
  const standing = newest(reviews.latest.filter((r) => r.verdict === 'changes_requested'));
  if (standing !== undefined) return pushedAfter(standing) ? 'reviewers' : 'author';
  if (pull.requestedReviewers.length > 0) return 'reviewers';
  if (reviewDecision(reviews) === 'review-required' && pushedAfter(newest(reviews.latest)))
    return 'reviewers';
  return 'none';
}

function newest(reviews: readonly ReviewVerdictOf[]): ReviewVerdictOf | undefined {
  let found: ReviewVerdictOf | undefined;
  for (const review of reviews)
    if (found === undefined || Date.parse(review.at) >= Date.parse(found.at)) found = review;
  return found;
}
