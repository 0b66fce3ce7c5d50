/**
 * Sub-issues and parents through GraphQL (`Issue.subIssues`, `Issue.parent`): the fields a listing or
 * a facts query asks for when the rules need them, and their mapping onto the facts `subIssues` and
 * `parent`. A pull request has neither, and is asked for nothing.
 */
import type { FactName, ItemFacts, ParentIssue, RelatedIssue } from '../../model/item.js';
import type { Page } from './types.js';

/** An issue related to another, as these fields read it. */
export interface RelatedNode {
  number: number;
  title: string;
  state: string;
  url: string;
  repository: { nameWithOwner: string };
}

export interface HierarchyFields {
  subIssues?: Page<RelatedNode>;
  parent?: (RelatedNode & { labels: Page<{ name: string }> | null }) | null;
}

const RELATED = 'number title state url repository { nameWithOwner }';

/**
 * GitHub allows at most 100 sub-issues per issue, so one page of 100 holds them all; labels likewise
 * (at most 100 per issue).
 */
export function hierarchyFields(wanted: ReadonlySet<FactName>): string[] {
  const fields: string[] = [];
  if (wanted.has('subIssues'))
    fields.push(`subIssues(first: 100) { pageInfo { hasNextPage } nodes { ${RELATED} } }`);
  if (wanted.has('parent')) fields.push(`parent { ${RELATED} labels(first: 100) { nodes { name } } }`);
  return fields;
}

/** The facts an issue node answers (those asked for and read); pull requests have none. */
export function hierarchyFacts(
  node: HierarchyFields,
  isIssue: boolean,
  wanted: ReadonlySet<FactName>,
): Pick<ItemFacts, 'subIssues' | 'parent'> {
  const facts: Pick<ItemFacts, 'subIssues' | 'parent'> = {};
  if (wanted.has('subIssues')) {
    if (!isIssue) facts.subIssues = [];
    else if (node.subIssues)
      facts.subIssues = (node.subIssues.nodes ?? []).flatMap((n) => (n ? [related(n)] : []));
  }
  if (wanted.has('parent')) {
    if (!isIssue) facts.parent = null;
    else if (node.parent !== undefined) facts.parent = node.parent === null ? null : parentOf(node.parent);
  }
  return facts;
}

function parentOf(node: NonNullable<HierarchyFields['parent']>): ParentIssue {
  const labels = (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : []));
  return { ...related(node), labels };
}

function related(node: RelatedNode): RelatedIssue {
  return {
    number: node.number,
    title: node.title,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    url: node.url,
    repository: node.repository.nameWithOwner,
  };
}
