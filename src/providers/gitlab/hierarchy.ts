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
import type { ItemFacts, ParentIssue, RelatedIssue } from '../../model/item.js';
import type { GitLabClient } from './client.js';

export type HierarchyFact = 'subIssues' | 'parent';
export type HierarchyFacts = Pick<ItemFacts, 'subIssues' | 'parent'>;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Connection<T> {
  nodes: (T | null)[] | null;
  pageInfo?: PageInfo;
}

/** A related work item as the queries read it. */
interface RelatedNode {
  iid: string;
  title: string;
  state: string;
  webUrl: string | null;
  namespace: { fullPath: string } | null;
}

interface HierarchyWidget {
  parent?: (RelatedNode & { widgets: { labels?: Connection<{ title: string }> | null }[] | null }) | null;
  children?: Connection<RelatedNode> | null;
}

interface WorkItemNode {
  iid: string;
  widgets: HierarchyWidget[] | null;
}

interface Answer {
  project: { workItems: Connection<WorkItemNode> | null } | null;
}

const RELATED = 'iid title state webUrl namespace { fullPath }';
/** GitLab's largest page: 100 nodes. A listing page is at most 100 issues, so one page holds them. */
const PAGE = 100;

/** The query for `wanted`; with `after`, only the children after that cursor. */
function queryOf(wanted: ReadonlySet<HierarchyFact>, after: boolean): string {
  const fields: string[] = [];
  if (wanted.has('parent') && !after)
    fields.push(
      `parent { ${RELATED} widgets { ... on WorkItemWidgetLabels { labels(first: ${PAGE}) { nodes { title } } } } }`,
    );
  if (wanted.has('subIssues'))
    fields.push(
      `children(first: ${PAGE}${after ? ', after: $after' : ''}) { nodes { ${RELATED} } pageInfo { hasNextPage endCursor } }`,
    );
  const params = `$fullPath: ID!, $iids: [String!]!${after ? ', $after: String!' : ''}`;
  return (
    `query SiftHierarchy(${params}) { project(fullPath: $fullPath) { workItems(iids: $iids, first: ${PAGE}) ` +
    `{ nodes { iid widgets { ... on WorkItemWidgetHierarchy { ${fields.join(' ')} } } } } } }`
  );
}

export class HierarchyReader {
  constructor(
    private readonly client: GitLabClient,
    /** The project's full path, `group/sub/app`. */
    private readonly project: string,
  ) {}

  /**
   * The wanted facts of each issue, by iid, in one query (plus one per issue with more than 100
   * children). Issues GitLab does not answer for (deleted since, or hidden from the token) are absent.
   * Throws on a failed request or on GraphQL errors, with GitLab's messages.
   */
  async read(
    iids: readonly number[],
    wanted: ReadonlySet<HierarchyFact>,
  ): Promise<Map<number, HierarchyFacts>> {
    const out = new Map<number, HierarchyFacts>();
    if (iids.length === 0 || wanted.size === 0) return out;
    const nodes = await this.workItems(queryOf(wanted, false), { iids: iids.map(String) });
    for (const node of nodes) {
      const widget = hierarchyWidget(node);
      const facts: HierarchyFacts = {};
      if (wanted.has('parent')) facts.parent = widget.parent ? this.parentOf(widget.parent) : null;
      if (wanted.has('subIssues')) facts.subIssues = await this.children(node.iid, widget.children ?? null);
      out.set(Number(node.iid), facts);
    }
    return out;
  }

  private async children(iid: string, first: Connection<RelatedNode> | null): Promise<RelatedIssue[]> {
    const related = (c: Connection<RelatedNode> | null) =>
      (c?.nodes ?? []).flatMap((n) => (n ? [this.related(n)] : []));
    const all = related(first);
    let page = first?.pageInfo;
    while (page?.hasNextPage && page.endCursor) {
      const [node] = await this.workItems(queryOf(new Set(['subIssues']), true), {
        iids: [iid],
        after: page.endCursor,
      });
      if (!node) throw new Error(`GitLab's GraphQL API no longer answers for issue #${iid}`);
      const next = hierarchyWidget(node).children ?? null;
      all.push(...related(next));
      page = next?.pageInfo;
    }
    return all;
  }

  private async workItems(query: string, variables: Record<string, unknown>): Promise<WorkItemNode[]> {
    const { data, errors } = await this.client.graphql<Answer>(query, {
      fullPath: this.project,
      ...variables,
    });
    if (errors && errors.length > 0)
      throw new Error(`GitLab's GraphQL API answered: ${errors.map((e) => e.message).join('; ')}`);
    if (!data?.project)
      throw new Error(
        `GitLab's GraphQL API does not show the project (it does not exist, or the token cannot read it: it needs the read_api or api scope)`,
      );
    return (data.project.workItems?.nodes ?? []).flatMap((n) => (n ? [n] : []));
  }

  private parentOf(node: NonNullable<HierarchyWidget['parent']>): ParentIssue {
    const labels = (node.widgets ?? []).flatMap((w) =>
      (w.labels?.nodes ?? []).flatMap((l) => (l ? [l.title] : [])),
    );
    return { ...this.related(node), labels };
  }

  /**
   * A related work item as Sift names one. Its repository is its namespace's path: a project's for an
   * issue or a task, a group's for an epic.
   */
  private related(node: RelatedNode): RelatedIssue {
    return {
      number: Number(node.iid),
      title: node.title,
      state: node.state === 'CLOSED' ? 'closed' : 'open',
      url: node.webUrl ?? '',
      repository: node.namespace?.fullPath ?? this.project,
    };
  }
}

/** The node's hierarchy widget; other widgets answer the inline fragment with `{}`. */
function hierarchyWidget(node: WorkItemNode): HierarchyWidget {
  return (node.widgets ?? []).find((w) => 'children' in w || 'parent' in w) ?? {};
}
