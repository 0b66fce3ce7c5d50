/**
 * The fields of GitLab's API v4 JSON the provider reads, written out rather than taken from a client
 * library: a handful of fields of six resources, which also documents exactly what Sift depends on.
 */
export interface GitLabUser {
    id: number;
    username: string;
    /** Present on GitLab's full user entity (and on some author objects); see timeline.ts for fallbacks. */
    bot?: boolean;
}
export interface GitLabMilestone {
    id: number;
    title: string;
    state?: 'active' | 'closed';
}
/** GitLab lists labels as names, or as objects with `with_labels_details=true`. */
export type GitLabLabelRef = string | {
    name: string;
};
export interface GitLabIssue {
    iid: number;
    title: string;
    description: string | null;
    /** `opened` | `closed` (merge requests also `merged` | `locked`). */
    state: string;
    author: GitLabUser | null;
    labels: GitLabLabelRef[];
    assignees?: GitLabUser[] | null;
    assignee?: GitLabUser | null;
    milestone: {
        title: string;
    } | null;
    user_notes_count: number;
    upvotes: number;
    downvotes: number;
    /** null until someone first locks or unlocks. */
    discussion_locked: boolean | null;
    created_at: string;
    updated_at: string;
    closed_at: string | null;
    web_url: string;
    /**
     * Issues: `closed_as_duplicate_of` is the API URL of the issue it was closed as a duplicate of
     * (`/duplicate #N`), null otherwise (GitLab 15.1; absent before, and on merge requests).
     */
    _links?: {
        closed_as_duplicate_of?: string | null;
    };
}
export interface GitLabMergeRequest extends GitLabIssue {
    draft?: boolean;
    /** The field before GitLab 14: still sent, same meaning as `draft`. */
    work_in_progress?: boolean;
    source_branch: string;
    target_branch: string;
    source_project_id: number;
    target_project_id: number;
    reviewers?: GitLabUser[] | null;
    merged_at?: string | null;
}
export interface GitLabNote {
    id: number;
    body: string;
    author: GitLabUser | null;
    created_at: string;
    /** The last edit (equal to created_at, or a moment later, when never edited). */
    updated_at?: string;
    /** GitLab's own notes ("closed", "assigned to @x"), not written by a person. */
    system: boolean;
}
export interface GitLabLabelEvent {
    id: number;
    user: GitLabUser | null;
    created_at: string;
    /** null when the label was deleted since. */
    label: {
        name: string;
    } | null;
    action: 'add' | 'remove';
}
/** One changed file of a merge request (GET .../merge_requests/:iid/diffs). */
export interface GitLabDiff {
    old_path: string;
    new_path: string;
    deleted_file?: boolean;
    /** The file's hunks; empty when GitLab collapsed a large diff (its lines are then not counted). */
    diff?: string;
}
