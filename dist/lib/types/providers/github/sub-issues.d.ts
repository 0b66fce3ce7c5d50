/**
 * GitHub's sub-issues through REST ("Sub-issues" and "Get parent issue" endpoints): the facts
 * `subIssues` and `parent`. The issue listing already says most of it for free: `sub_issues_summary`
 * (no sub-issues at all means no read) and `parent_issue_url` (null means no parent).
 */
import type { ItemFacts, ParentIssue, RelatedIssue } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { type Failure } from './errors.js';
export interface SubIssueTarget {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string): Failure;
}
/** What a REST issue says of its place in the hierarchy. Both are absent on older GitHub servers. */
export interface ApiHierarchy {
    sub_issues_summary?: {
        total: number;
        completed: number;
    } | null;
    parent_issue_url?: string | null;
}
/**
 * The facts the listed issue already decides: no sub-issues (summary total 0) and no parent (a null
 * parent URL). Anything else is read per item, and only when a rule needs it.
 */
export declare function listedHierarchy(issue: ApiHierarchy, isIssue: boolean, wanted: readonly string[]): Pick<ItemFacts, 'subIssues' | 'parent'>;
/** The issue's sub-issues, in the parent's order (GitHub allows at most 100; pages are followed anyway). */
export declare function readSubIssues(target: SubIssueTarget, item: ItemKey): Promise<RelatedIssue[]>;
/** The issue's parent, or null: GitHub answers 404 for an issue that is no sub-issue. */
export declare function readParent(target: SubIssueTarget, item: ItemKey): Promise<ParentIssue | null>;
