/** The repository's label names over REST, for commands that may only add labels that exist. */
import { readError } from './errors.js';
import type { IssueTypeTarget } from './issue-type.js';

export async function readLabelNames(target: IssueTypeTarget): Promise<string[]> {
  try {
    const labels = await target.octokit.paginate('GET /repos/{owner}/{repo}/labels', {
      owner: target.owner,
      repo: target.repo,
      per_page: 100,
    });
    return labels.map((label) => label.name);
  } catch (error) {
    throw readError(error, target.failure(`reading the labels of ${target.owner}/${target.repo}`));
  }
}
