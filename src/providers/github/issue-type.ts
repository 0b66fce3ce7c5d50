/**
 * GitHub's issue types (an organisation's Bug, Feature, Task...) through REST, for both GitHub
 * providers: the REST issue carries `type` and PATCH takes it by name. The GraphQL provider comes here
 * too, because the GraphQL schema pinned in this project (@octokit/graphql-schema) predates issue types,
 * so a query or mutation naming them could not be validated against it.
 */
import { ItemWriteError, type ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { describeItem, permissionFor, reading, writeError, type Failure } from './errors.js';

export interface IssueTypeTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string, permission?: string): Failure;
}

/** The issue type as the REST issue carries it: absent where the repository has no issue types. */
export interface ApiIssueType {
  type?: { name: string } | null;
}

export function issueTypeOf(issue: ApiIssueType): string | null {
  return issue.type?.name ?? null;
}

/** The item's issue type; a pull request or a discussion has none, and costs no request. */
export async function readIssueType(target: IssueTypeTarget, item: ItemKey): Promise<string | null> {
  if (item.type !== 'issue') return null;
  const { data } = await reading(target.failure(`reading the issue type of ${describeItem(item)}`), () =>
    target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: target.owner,
      repo: target.repo,
      issue_number: item.number,
    }),
  );
  return issueTypeOf(data as ApiIssueType);
}

/**
 * Every issue's type by number, from the REST issues listing (100 a page, pull requests included and
 * skipped): ceil(n / 100) requests for a whole walk instead of one per issue. For the GraphQL provider,
 * whose listing cannot carry types; an issue created after this read is left to `readIssueType`.
 */
export async function listIssueTypes(
  target: IssueTypeTarget,
  state: 'open' | 'closed' | 'all',
): Promise<Map<number, string | null>> {
  const types = new Map<number, string | null>();
  await reading(target.failure(`listing the issue types of ${state} issues`), async () => {
    const pages = target.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
      owner: target.owner,
      repo: target.repo,
      state,
      per_page: 100,
    });
    for await (const { data } of pages) {
      for (const issue of data) {
        if (issue.pull_request === undefined) types.set(issue.number, issueTypeOf(issue as ApiIssueType));
      }
    }
  });
  return types;
}

/**
 * Sets the type by name (GitHub matches it case-insensitively), or clears it with null. GitHub drops a
 * type change silently when the token lacks push access: the answer shows what was kept, so a drop is
 * reported instead of passing for done.
 */
export async function writeIssueType(
  target: IssueTypeTarget,
  item: ItemKey,
  name: string | null,
): Promise<void> {
  const doing =
    name === null
      ? `clearing the issue type of ${describeItem(item)}`
      : `setting issue type "${name}" on ${describeItem(item)}`;
  const failure = target.failure(doing, permissionFor(item.type));
  if (item.type !== 'issue') throw new ItemWriteError(`${doing} failed: only issues have issue types.`, 422);
  let data: unknown;
  try {
    ({ data } = await target.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: target.owner,
      repo: target.repo,
      issue_number: item.number,
      type: name,
    }));
  } catch (error) {
    throw writeError(error, failure);
  }
  const kept = issueTypeOf(data as ApiIssueType);
  const done = name === null ? kept === null : kept?.toLowerCase() === name.toLowerCase();
  if (!done) {
    throw new ItemWriteError(
      `${doing} in ${failure.repository} failed: GitHub kept the type ${kept === null ? '(none)' : `"${kept}"`}; only a token with push access can change issue types.`,
    );
  }
}
