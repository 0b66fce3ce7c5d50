/**
 * Deleting a closed pull request's head branch (actions/stale's `delete-branch`), through REST for both
 * GitHub providers: the checks read the pull request, the repository and the branch, which REST answers
 * one request each, and `DELETE .../git/refs/heads/{branch}` does the deed.
 *
 * A branch is kept, and the reason reported, when it lives in another repository (a fork: not ours to
 * delete), is the default branch, is protected, is already gone, or GitHub refuses (403: the token may
 * not; 422: a ruleset or a race). Only failures that are not GitHub saying no (the network, the rate
 * limit) reject, as for any other write.
 */
import type { BranchDeletion, ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { type Failure } from './errors.js';
export interface BranchTarget {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string, permission?: string): Failure;
}
export declare function deleteHeadBranch(target: BranchTarget, item: ItemKey): Promise<BranchDeletion>;
