/**
 * GitLab's work-item hierarchy as Sift's facts `subIssues` and `parent`. GitLab keeps an issue's child
 * items (its tasks) and an item's parent (a task's issue; an issue's epic, Premium) in the hierarchy
 * widget of its work items, which only its GraphQL API serves (`WorkItemWidgetHierarchy.children` and
 * `.parent`); REST issue links are `relates_to` / `blocks` / `is_blocked_by`, never a parent. So:
 * sub-issues are the hierarchy's children, the parent is the hierarchy's parent.
 *
 * One query reads the hierarchy of many issues at once (`Project.workItems(iids:)`): the provider asks
 * once per listing page, and once for an item read on its own. An issue with more than 100 children
 * has the rest read by further queries of its own (`children(after:)`).
 */
import type { ItemFacts } from '../../model/item.js';
import type { GitLabClient } from './client.js';
export type HierarchyFact = 'subIssues' | 'parent';
export type HierarchyFacts = Pick<ItemFacts, 'subIssues' | 'parent'>;
export declare class HierarchyReader {
    private readonly client;
    /** The project's full path, `group/sub/app`. */
    private readonly project;
    constructor(client: GitLabClient, 
    /** The project's full path, `group/sub/app`. */
    project: string);
    /**
     * The wanted facts of each issue, by iid, in one query (plus one per issue with more than 100
     * children). Issues GitLab does not answer for (deleted since, or hidden from the token) are absent.
     * Throws on a failed request or on GraphQL errors, with GitLab's messages.
     */
    read(iids: readonly number[], wanted: ReadonlySet<HierarchyFact>): Promise<Map<number, HierarchyFacts>>;
    private children;
    private workItems;
    private parentOf;
    /**
     * A related work item as Sift names one. Its repository is its namespace's path: a project's for an
     * issue or a task, a group's for an epic.
     */
    private related;
}
