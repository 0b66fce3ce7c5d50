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
import { apiMessage, describeItem, isHttpFailure, writeError, type Failure } from './errors.js';

export interface BranchTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string, permission?: string): Failure;
}

interface ApiPull {
  state: string;
  head: { ref: string; repo: { full_name: string } | null };
}

/** The workflow permission a branch deletion needs: branches are repository contents. */
const PERMISSION = 'contents: write';

export async function deleteHeadBranch(target: BranchTarget, item: ItemKey): Promise<BranchDeletion> {
  const doing = `deleting the head branch of ${describeItem(item)}`;
  const { octokit, owner, repo } = target;
  const kept = (why: string): BranchDeletion => ({ deleted: false, note: why });
  try {
    if (item.type !== 'pull_request') return kept('only pull requests have a head branch');
    const { data: pull } = (await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner,
      repo,
      pull_number: item.number,
    })) as { data: ApiPull };
    // Deleting an open pull request's head branch would close it: only ever after the close.
    if (pull.state !== 'closed') return kept('kept the head branch: the pull request is open');
    const branch = pull.head.ref;
    const home = pull.head.repo?.full_name;
    if (home === undefined) return kept(`kept branch ${branch}: its repository no longer exists`);
    if (home.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
      return kept(`kept branch ${branch}: it lives in ${home}, not in this repository`);
    const { data: repository } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
    if (repository.default_branch === branch) return kept(`kept branch ${branch}: it is the default branch`);
    const found = await branchInfo(target, branch);
    if (found === null) return kept(`branch ${branch} is already deleted`);
    if (found.protected) return kept(`kept branch ${branch}: it is protected`);
    try {
      await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
        owner,
        repo,
        ref: `heads/${branch}`,
      });
    } catch (error) {
      // The branch was there a moment ago: "Reference does not exist" now means it is gone, most
      // likely by this very request, whose first answer was lost and which the client retried.
      if (
        isHttpFailure(error) &&
        error.status === 422 &&
        /reference does not exist/i.test(apiMessage(error))
      ) {
        return { deleted: true, note: `deleted branch ${branch}` };
      }
      // GitHub says no: reported beside the change, the item and the run go on.
      if (isHttpFailure(error) && (error.status === 403 || error.status === 422)) {
        const message = apiMessage(error);
        const hint = /not accessible by integration/i.test(message)
          ? ` (the workflow needs \`permissions: { ${PERMISSION} }\`)`
          : '';
        return kept(`kept branch ${branch}: GitHub answered ${error.status} ${message}${hint}`);
      }
      throw error;
    }
    return { deleted: true, note: `deleted branch ${branch}` };
  } catch (error) {
    throw writeError(error, target.failure(doing, PERMISSION));
  }
}

/** The branch's `protected` flag (readable with read access), or null when there is no such branch. */
async function branchInfo(target: BranchTarget, branch: string): Promise<{ protected: boolean } | null> {
  try {
    const { data } = await target.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
      owner: target.owner,
      repo: target.repo,
      branch,
    });
    return { protected: data.protected };
  } catch (error) {
    if (isHttpFailure(error) && error.status === 404) return null;
    throw error;
  }
}
