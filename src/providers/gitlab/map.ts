/**
 * GitLab's issue and merge request JSON -> Sift's Item, and a merge request's branches.
 */
import type { Item, ItemType, PullBranches } from '../../model/item.js';
import type { GitLabIssue, GitLabLabelRef, GitLabMergeRequest } from './types.js';

export function toItem(type: ItemType, api: GitLabIssue | GitLabMergeRequest): Item {
  const mr = type === 'pull_request' ? (api as GitLabMergeRequest) : null;
  return {
    type,
    number: api.iid,
    title: api.title,
    body: api.description ?? '',
    // `locked` is a merge request being merged right now: still open. `merged` is closed, as on GitHub.
    state: api.state === 'closed' || api.state === 'merged' ? 'closed' : 'open',
    draft: mr ? (mr.draft ?? mr.work_in_progress ?? false) : false,
    locked: api.discussion_locked === true,
    // A deleted account shows as null; GitLab attributes its content to "ghost".
    author: api.author?.username ?? 'ghost',
    // GitLab has no author association; NONE is what GitHub reports for "no relation".
    authorAssociation: 'NONE',
    labels: api.labels.map(labelName).filter((name) => name !== ''),
    assignees: api.assignees
      ? api.assignees.map((a) => a.username)
      : api.assignee
        ? [api.assignee.username]
        : [],
    milestone: api.milestone?.title ?? null,
    // user_notes_count leaves out system notes ("closed", "assigned to @x"), as GitHub's comment count does.
    comments: api.user_notes_count,
    // The listing carries only thumbs up and down; other award emoji would cost a request per item.
    reactions: { total: api.upvotes + api.downvotes, thumbsUp: api.upvotes },
    createdAt: api.created_at,
    updatedAt: api.updated_at,
    closedAt: api.closed_at ?? mr?.merged_at ?? null,
    // GitLab records no other close reason: an issue closed otherwise reads as null, not `completed`.
    closedAs: !mr && api.state === 'closed' && api._links?.closed_as_duplicate_of ? 'duplicate' : null,
    url: api.web_url,
  };
}

/** A fork is a source project other than the target project. */
export function branchesOf(mr: GitLabMergeRequest): PullBranches {
  return {
    base: mr.target_branch,
    head: mr.source_branch,
    fork: mr.source_project_id !== mr.target_project_id,
  };
}

function labelName(label: GitLabLabelRef): string {
  return typeof label === 'string' ? label : label.name;
}
