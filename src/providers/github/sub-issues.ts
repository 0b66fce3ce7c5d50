/**
 * GitHub's sub-issues through REST ("Sub-issues" and "Get parent issue" endpoints): the facts
 * `subIssues` and `parent`. The issue listing already says most of it for free: `sub_issues_summary`
 * (no sub-issues at all means no read) and `parent_issue_url` (null means no parent).
 */
import type { ItemFacts, ParentIssue, RelatedIssue } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { describeItem, reading, type Failure } from './errors.js';

export interface SubIssueTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string): Failure;
}

/** What a REST issue says of its place in the hierarchy. Both are absent on older GitHub servers. */
export interface ApiHierarchy {
  sub_issues_summary?: { total: number; completed: number } | null;
  parent_issue_url?: string | null;
}

/** A REST issue as these facts read it. */
interface ApiIssue {
  number: number;
  title: string;
  state: string;
  html_url: string;
  repository_url: string;
  labels?: (string | { name?: string })[];
}

/**
 * The facts the listed issue already decides: no sub-issues (summary total 0) and no parent (a null
 * parent URL). Anything else is read per item, and only when a rule needs it.
 */
export function listedHierarchy(
  issue: ApiHierarchy,
  isIssue: boolean,
  wanted: readonly string[],
): Pick<ItemFacts, 'subIssues' | 'parent'> {
  const facts: Pick<ItemFacts, 'subIssues' | 'parent'> = {};
  if (wanted.includes('subIssues') && (!isIssue || issue.sub_issues_summary?.total === 0))
    facts.subIssues = [];
  if (wanted.includes('parent') && (!isIssue || issue.parent_issue_url === null)) facts.parent = null;
  return facts;
}

/** The issue's sub-issues, in the parent's order (GitHub allows at most 100; pages are followed anyway). */
export async function readSubIssues(target: SubIssueTarget, item: ItemKey): Promise<RelatedIssue[]> {
  if (item.type !== 'issue') return [];
  return reading(target.failure(`reading the sub-issues of ${describeItem(item)}`), async () => {
    const subs: RelatedIssue[] = [];
    const pages = target.octokit.paginate.iterator(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
      { owner: target.owner, repo: target.repo, issue_number: item.number, per_page: 100 },
    );
    for await (const { data } of pages) for (const issue of data) subs.push(related(issue as ApiIssue));
    return subs;
  });
}

/** The issue's parent, or null: GitHub answers 404 for an issue that is no sub-issue. */
export async function readParent(target: SubIssueTarget, item: ItemKey): Promise<ParentIssue | null> {
  if (item.type !== 'issue') return null;
  return reading(target.failure(`reading the parent of ${describeItem(item)}`), async () => {
    try {
      const { data } = await target.octokit.request(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/parent',
        { owner: target.owner, repo: target.repo, issue_number: item.number },
      );
      const issue = data as ApiIssue;
      return { ...related(issue), labels: labelNames(issue) };
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  });
}

function related(issue: ApiIssue): RelatedIssue {
  return {
    number: issue.number,
    title: issue.title,
    state: issue.state === 'closed' ? 'closed' : 'open',
    url: issue.html_url,
    // https://api.github.com/repos/OWNER/NAME: the last two segments.
    repository: issue.repository_url.split('/').slice(-2).join('/'),
  };
}

function labelNames(issue: ApiIssue): string[] {
  return (issue.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : []));
}
