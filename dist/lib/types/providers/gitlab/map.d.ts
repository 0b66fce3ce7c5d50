/**
 * GitLab's issue and merge request JSON -> Sift's Item, and a merge request's branches.
 */
import type { Item, ItemType, PullBranches } from '../../model/item.js';
import type { GitLabIssue, GitLabMergeRequest } from './types.js';
export declare function toItem(type: ItemType, api: GitLabIssue | GitLabMergeRequest): Item;
/** A fork is a source project other than the target project. */
export declare function branchesOf(mr: GitLabMergeRequest): PullBranches;
