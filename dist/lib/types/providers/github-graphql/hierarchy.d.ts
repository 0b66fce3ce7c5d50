/**
 * Sub-issues and parents through GraphQL (`Issue.subIssues`, `Issue.parent`): the fields a listing or
 * a facts query asks for when the rules need them, and their mapping onto the facts `subIssues` and
 * `parent`. A pull request has neither, and is asked for nothing.
 */
import type { FactName, ItemFacts } from '../../model/item.js';
import type { Page } from './types.js';
/** An issue related to another, as these fields read it. */
export interface RelatedNode {
    number: number;
    title: string;
    state: string;
    url: string;
    repository: {
        nameWithOwner: string;
    };
}
export interface HierarchyFields {
    subIssues?: Page<RelatedNode>;
    parent?: (RelatedNode & {
        labels: Page<{
            name: string;
        }> | null;
    }) | null;
}
/**
 * GitHub allows at most 100 sub-issues per issue, so one page of 100 holds them all; labels likewise
 * (at most 100 per issue).
 */
export declare function hierarchyFields(wanted: ReadonlySet<FactName>): string[];
/** The facts an issue node answers (those asked for and read); pull requests have none. */
export declare function hierarchyFacts(node: HierarchyFields, isIssue: boolean, wanted: ReadonlySet<FactName>): Pick<ItemFacts, 'subIssues' | 'parent'>;
