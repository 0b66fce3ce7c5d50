/**
 * What a pull request's state says, from its facts alone (pure): the review decision, the checks'
 * overall state, and whose move it is. The providers read the facts; every forge is judged here.
 */
import type { CheckResult, CheckState, PullReviews, PullState } from '../model/item.js';
import type { ReviewDecision, WaitingOn } from '../model/rules.js';
/**
 * The review decision. The forge's own where it has one (GitHub GraphQL's `reviewDecision` sees
 * CODEOWNERS and rulesets; GitLab's approvals); else from each reviewer's latest verdict: a request
 * for changes that stands wins; then approvals (as many as the base branch requires); then
 * `review-required` when the branch requires reviews; `none` when nobody reviewed and none is required.
 * Unlike GitHub's `reviewDecision`, which is null on a branch that requires no review, an approval
 * there is `approved`: that is what someone triaging means by it.
 */
export declare function reviewDecision(reviews: PullReviews): ReviewDecision;
/**
 * The checks' overall state: `none` without any, `failure` when one failed, `pending` while one has
 * not finished, else `success`.
 */
export declare function checksState(checks: readonly CheckResult[]): CheckState | 'none';
/**
 * Whose move it is:
 * - `author` when a check failed, or a request for changes stands and nothing was pushed since it
 *   (it was given on the head commit; where the forge does not say on which commit, it stands);
 * - `reviewers` when a request for changes stands and the author pushed since (it is theirs to look
 *   again), when reviews are requested and not yet given, or when the base branch requires reviews
 *   and the author pushed after the latest one (or nobody reviewed yet);
 * - `none` otherwise (approved and green, or nobody is asked to review).
 */
export declare function waitingOn(pull: PullState, reviews: PullReviews, checks: readonly CheckResult[]): WaitingOn;
