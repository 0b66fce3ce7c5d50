/**
 * One issue or pull request by number through REST, for both GitHub providers: an event whose payload
 * lacks fields, or an item to explain. REST's issue is the shape webhook payloads carry, so the item
 * read here is the one a complete payload would have given.
 */
import type { Item } from '../../model/item.js';
import { toItem, type ApiIssue } from '../github-rest/map.js';
import { readError } from './errors.js';
import type { IssueTypeTarget } from './issue-type.js';

/**
 * The item, or null when it is not in this repository: 404 (never was, or no access), 410 (deleted),
 * or an answer for another repository (GitHub redirects a transferred issue to its new home).
 */
export async function readItem(target: IssueTypeTarget, number: number): Promise<Item | null> {
  let data: ApiIssue & { repository_url?: string };
  try {
    ({ data } = await target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: target.owner,
      repo: target.repo,
      issue_number: number,
    }));
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 410) return null;
    throw readError(error, target.failure(`reading #${number}`));
  }
  if (data.repository_url !== undefined && !sameRepository(data.repository_url, target)) return null;
  return toItem(data);
}

function sameRepository(repositoryUrl: string, target: IssueTypeTarget): boolean {
  const suffix = `/repos/${target.owner}/${target.repo}`.toLowerCase();
  return repositoryUrl.toLowerCase().endsWith(suffix);
}
