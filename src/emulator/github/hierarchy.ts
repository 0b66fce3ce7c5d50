/**
 * Sub-issues, as GitHub's docs describe them ("Adding sub-issues", REST "Sub-issues" and "Get parent
 * issue", GraphQL `Issue.subIssues` / `subIssuesSummary` / `parent`):
 * - an issue has at most one parent and at most 100 sub-issues; a pull request is neither;
 * - a sub-issue belongs to the same owner as its parent (it may live in another of its repositories);
 * - adding one that already has a parent is 422 unless `replace_parent` is true;
 * - REST issues carry `sub_issues_summary { total, completed, percent_completed }` (completed: closed
 *   sub-issues) and `parent_issue_url` (the parent's API URL, or null);
 * - `GET .../issues/{n}/parent` answers 404 for an issue that is no sub-issue.
 * Kept beside the store's records (weak maps keyed by them), so the records' shape is untouched.
 * Not modelled: the `sub_issue_added` / `parent_issue_added` timeline events and reprioritising.
 */
import { ApiError, notFound, page, validationFailed, type ApiResponse, type PageRequest } from './http.js';
import type { RouteContext } from './routes.js';
import type { GitHubStore, IssueRecord, RepoStore } from './store.js';

export interface IssueRef {
  repo: RepoStore;
  number: number;
}

/** GitHub's documented limit of sub-issues per parent. */
export const MAX_SUB_ISSUES = 100;

const parents = new WeakMap<IssueRecord, IssueRef>();
const children = new WeakMap<IssueRecord, IssueRef[]>();

function record(ref: IssueRef): IssueRecord {
  return ref.repo.require(ref.number);
}

/**
 * Makes `child` a sub-issue of `parent` (appended last), with GitHub's checks; the errors are the
 * REST answers (422 Validation Failed, 404).
 */
export function addSubIssue(parent: IssueRef, child: IssueRef, replaceParent = false): void {
  const p = record(parent);
  const c = record(child);
  if (p.pull_request || c.pull_request)
    throw validationFailed(
      'Issue',
      'sub_issue_id',
      'invalid',
      'Pull requests cannot be sub-issues or have sub-issues',
    );
  if (p === c)
    throw validationFailed('Issue', 'sub_issue_id', 'invalid', 'An issue cannot be its own sub-issue');
  if (parent.repo.owner.toLowerCase() !== child.repo.owner.toLowerCase())
    throw validationFailed(
      'Issue',
      'sub_issue_id',
      'invalid',
      'Sub-issue must belong to the same owner as the parent',
    );
  const current = parents.get(c);
  if (current && !replaceParent)
    throw validationFailed(
      'Issue',
      'sub_issue_id',
      'invalid',
      'Issue may not contain duplicate sub-issues / already has a parent',
    );
  const list = children.get(p) ?? [];
  if (list.length >= MAX_SUB_ISSUES)
    throw validationFailed(
      'Issue',
      'sub_issue_id',
      'invalid',
      `Parent cannot have more than ${MAX_SUB_ISSUES} sub-issues`,
    );
  if (current) removeSubIssue(current, child);
  list.push(child);
  children.set(p, list);
  parents.set(c, parent);
}

export function removeSubIssue(parent: IssueRef, child: IssueRef): void {
  const p = record(parent);
  const c = record(child);
  const list = children.get(p) ?? [];
  const at = list.findIndex((ref) => record(ref) === c);
  if (at < 0) throw notFound();
  list.splice(at, 1);
  parents.delete(c);
}

export function subIssuesOf(issue: IssueRecord): IssueRef[] {
  return children.get(issue) ?? [];
}

export function parentOf(issue: IssueRecord): IssueRef | null {
  return parents.get(issue) ?? null;
}

export function summaryOf(issue: IssueRecord): {
  total: number;
  completed: number;
  percent_completed: number;
} {
  const subs = subIssuesOf(issue).map(record);
  const completed = subs.filter((s) => s.state === 'closed').length;
  const total = subs.length;
  return { total, completed, percent_completed: total === 0 ? 0 : Math.floor((completed * 100) / total) };
}

/** The REST fields of an issue (not of a pull request, which has none). */
export function hierarchyJson(
  apiUrl: string,
  issue: IssueRecord,
): { sub_issues_summary?: ReturnType<typeof summaryOf>; parent_issue_url?: string | null } {
  if (issue.pull_request) return {};
  const parent = parentOf(issue);
  return {
    sub_issues_summary: summaryOf(issue),
    parent_issue_url: parent ? `${apiUrl}/repos/${parent.repo.fullName}/issues/${parent.number}` : null,
  };
}

/** An issue of any repository of the store by its database id (`sub_issue_id` of the REST API). */
function byId(store: GitHubStore, id: number): IssueRef | null {
  for (const repo of store.allRepos()) {
    const issue = repo.issues.find((i) => i.id === id);
    if (issue) return { repo, number: issue.number };
  }
  return null;
}

type Params = Record<string, string>;
type On = (method: string, pattern: string, handler: (ctx: RouteContext, p: Params) => ApiResponse) => void;

export function registerHierarchyRoutes(
  on: On,
  repoOf: (ctx: RouteContext, p: Params) => RepoStore,
  pageRequest: (ctx: RouteContext) => PageRequest,
): void {
  on('GET', '/repos/:owner/:repo/issues/:number/sub_issues', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const subs = subIssuesOf(repo.require(Number(p.number)));
    return page(pageRequest(ctx), subs.length, (i) => ctx.json.issue(subs[i].repo, record(subs[i])));
  });

  on('POST', '/repos/:owner/:repo/issues/:number/sub_issues', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const parent = { repo, number: Number(p.number) };
    const body = (ctx.body ?? {}) as { sub_issue_id?: unknown; replace_parent?: unknown };
    if (typeof body.sub_issue_id !== 'number')
      throw validationFailed('Issue', 'sub_issue_id', 'missing_field');
    const child = byId(ctx.store, body.sub_issue_id);
    if (!child) throw notFound();
    addSubIssue(parent, child, body.replace_parent === true);
    return { status: 201, body: ctx.json.issue(repo, record(parent)) };
  });

  on('DELETE', '/repos/:owner/:repo/issues/:number/sub_issue', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const body = (ctx.body ?? {}) as { sub_issue_id?: unknown };
    const child = typeof body.sub_issue_id === 'number' ? byId(ctx.store, body.sub_issue_id) : null;
    if (!child) throw notFound();
    removeSubIssue({ repo, number: Number(p.number) }, child);
    return { status: 200, body: ctx.json.issue(repo, repo.require(Number(p.number))) };
  });

  on('GET', '/repos/:owner/:repo/issues/:number/parent', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const parent = parentOf(repo.require(Number(p.number)));
    if (!parent) throw new ApiError(404, 'Not Found');
    return { status: 200, body: ctx.json.issue(parent.repo, record(parent)) };
  });
}
