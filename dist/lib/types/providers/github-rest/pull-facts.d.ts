/**
 * A pull request's state through REST, each read only when a rule needs it:
 * - `pull`: GET /pulls/{n} (mergeability, additions + deletions, changed files, requested reviewers,
 *   the head commit). GitHub computes `mergeable` in the background on the first read and answers
 *   null meanwhile: it is asked once more after a pause, then left unknown.
 * - `reviews`: GET /pulls/{n}/reviews, and once per run and base branch the rules in force on it
 *   (GET /rules/branches/{base}: rulesets' required approvals). Classic branch protection needs admin
 *   access to read, which a workflow token never has: GraphQL's `reviewDecision` sees it.
 * - `checks`: the head commit's check runs and its combined status (two reads).
 */
import type { CheckResult, PullReviews, PullState } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from '../github/client.js';
import { type Failure } from '../github/errors.js';
export interface PullFactSource {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string): Failure;
    /** Approvals the rules in force on `base` require, read once per run and branch. */
    requiredApprovals(base: string): Promise<number>;
    /** How long to wait before asking again for a mergeability GitHub had not computed. */
    mergeablePauseMs: number;
    /** Waits that long (the provider's clock: tests inject one that does not wait). */
    sleep(ms: number): Promise<void>;
}
/** GET /pulls/{n} as read here; the branches come from the same answer. */
export interface PullAnswer {
    mergeable: boolean | null;
    state: string;
    additions: number;
    deletions: number;
    changed_files: number;
    requested_reviewers?: ({
        login: string;
    } | null)[] | null;
    requested_teams?: ({
        slug: string;
    } | null)[] | null;
    head: {
        sha: string;
    };
    base: {
        ref: string;
    };
}
/** The pull request's state; `again` reads it once more when GitHub had not computed mergeability. */
export declare function pullState(src: PullFactSource, first: PullAnswer, again: () => Promise<PullAnswer>): Promise<PullState>;
/** Each reviewer's latest verdict: comments give none, a dismissal withdraws the reviewer's. */
export declare function pullReviews(src: PullFactSource, item: ItemKey, base: string): Promise<PullReviews>;
/**
 * Approvals the repository's rulesets require on `base` (the highest of their pull_request rules);
 * 0 when none does. A 404 (no rules, or a server that has no rulesets) is none.
 */
export declare function readRequiredApprovals(src: Pick<PullFactSource, 'octokit' | 'owner' | 'repo' | 'failure'>, base: string): Promise<number>;
/** The head commit's check runs and commit statuses, as one list of checks. */
export declare function headChecks(src: PullFactSource, item: ItemKey, sha: string): Promise<CheckResult[]>;
