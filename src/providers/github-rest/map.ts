/**
 * GitHub's issue JSON (the issues listing returns pull requests too) -> Sift's Item.
 */
import type { Item } from '../../model/item.js';
import { issueClosedAs } from '../github/close-reason.js';
import type { ApiIssueType } from '../github/issue-type.js';

/**
 * The fields read here, written out rather than picked from @octokit/openapi-types: Octokit's endpoint
 * types come from an older copy of that schema (which allows `assignees: null`), and both must fit.
 */
export interface ApiIssue extends ApiIssueType {
  /** GraphQL's id of the issue or pull request (projects are read and written through GraphQL). */
  node_id?: string;
  number: number;
  title: string;
  body?: string | null;
  state: string;
  draft?: boolean;
  locked: boolean;
  user: { login: string } | null;
  author_association?: string;
  labels: (string | { name?: string })[];
  assignee: { login: string } | null;
  assignees?: { login: string }[] | null;
  milestone: { title: string } | null;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** completed, not_planned, duplicate, reopened (an open issue that was closed once), or null. */
  state_reason?: string | null;
  html_url: string;
  pull_request?: object;
  reactions?: { total_count: number; '+1': number };
}

export function toItem(issue: ApiIssue): Item {
  const isPull = issue.pull_request !== undefined;
  return {
    type: isPull ? 'pull_request' : 'issue',
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    draft: isPull ? (issue.draft ?? false) : false,
    locked: issue.locked,
    // A deleted account shows as null; GitHub's web UI calls it "ghost".
    author: issue.user?.login ?? 'ghost',
    authorAssociation: issue.author_association ?? 'NONE',
    labels: issue.labels
      .map((label) => (typeof label === 'string' ? label : label.name))
      .filter((name): name is string => typeof name === 'string' && name !== ''),
    // Older payloads carry only the singular `assignee`.
    assignees: issue.assignees
      ? issue.assignees.map((a) => a.login)
      : issue.assignee
        ? [issue.assignee.login]
        : [],
    milestone: issue.milestone?.title ?? null,
    comments: issue.comments,
    reactions: { total: issue.reactions?.total_count ?? 0, thumbsUp: issue.reactions?.['+1'] ?? 0 },
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
    closedAt: issue.closed_at,
    closedAs: isPull || issue.state !== 'closed' ? null : issueClosedAs(issue.state_reason),
    url: issue.html_url,
  };
}
