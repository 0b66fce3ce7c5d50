/**
 * A repository's recent items for a report's metrics (fleet/forge.ts readActivity), over GraphQL: the
 * issues updated since the period began with their comments and label events in one query a page
 * (`issues(filterBy: { since })`); pull requests, whose connection has no `since`, newest update first
 * until one is older than the period; for time-in-label the open items carrying each label. An item
 * with more than 100 timeline entries of those kinds has the rest read through `node(id:)`.
 */
import {
  type ActivityActor,
  type ActivityRead,
  type ActivityRecord,
  type ActivityRequest,
  sortHistory,
} from '../../model/activity.js';
import type { GitHubClient } from './client.js';

interface ActorNode {
  login: string;
  __typename: string;
}

interface TimelineNode {
  __typename: string;
  createdAt?: string;
  submittedAt?: string | null;
  state?: string;
  author?: ActorNode | null;
  label?: { name: string };
}

interface TimelinePage {
  pageInfo: PageInfo;
  nodes: TimelineNode[];
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface ItemNode {
  __typename: 'Issue' | 'PullRequest';
  id: string;
  number: number;
  title: string;
  url: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  author: ActorNode | null;
  labels: { nodes: { name: string }[] } | null;
  timelineItems?: TimelinePage;
}

interface ItemPage {
  pageInfo: PageInfo;
  nodes: ItemNode[];
}

/** Timeline entries of an issue; a pull request's add reviews (an issue's union has no reviews). */
const timelineNodes = (pull: boolean) => `
  pageInfo { hasNextPage endCursor }
  nodes {
    __typename
    ... on IssueComment { createdAt author { login __typename } }
    ... on LabeledEvent { createdAt label { name } }
    ... on UnlabeledEvent { createdAt label { name } }
    ${pull ? '... on PullRequestReview { submittedAt state author { login __typename } }' : ''}
  }`;

const ITEM = `
  __typename id number title url createdAt updatedAt closedAt
  author { login __typename }
  labels(first: 100) { nodes { name } }`;

/**
 * One listing of issues or pull requests, 100 a page, each with its timeline when `$timeline`:
 * `extra` adds the operation's own variables, `args` its own connection arguments.
 */
function listing(name: string, pull: boolean, extra: string, args: string): string {
  const kind = pull ? 'PullRequest' : 'Issue';
  return `query SiftActivity${name}($owner: String!, $name: String!, $after: String, $timeline: Boolean!,
  $types: [${kind}TimelineItemsItemType!]${extra}) {
  repository(owner: $owner, name: $name) {
    ${pull ? 'pullRequests' : 'issues'}(first: 100, after: $after, ${args}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        ${ITEM}
        timelineItems(first: 100, itemTypes: $types) @include(if: $timeline) { ${timelineNodes(pull)} }
      }
    }
  }
}`;
}

const BY_UPDATE = 'orderBy: { field: UPDATED_AT, direction: DESC }';
const ISSUES_SINCE = listing(
  'Issues',
  false,
  ', $since: DateTime!',
  `filterBy: { since: $since }, ${BY_UPDATE}`,
);
const PULLS_BY_UPDATE = listing('Pulls', true, '', BY_UPDATE);
const OPEN_ISSUES_LABELLED = listing(
  'LabelledIssues',
  false,
  ', $labels: [String!]',
  'labels: $labels, states: [OPEN]',
);
const OPEN_PULLS_LABELLED = listing(
  'LabelledPulls',
  true,
  ', $labels: [String!]',
  'labels: $labels, states: [OPEN]',
);

const MORE_TIMELINE = `query SiftActivityTimeline($id: ID!, $after: String,
  $issueTypes: [IssueTimelineItemsItemType!], $pullTypes: [PullRequestTimelineItemsItemType!]) {
  node(id: $id) {
    ... on Issue { timelineItems(first: 100, after: $after, itemTypes: $issueTypes) { ${timelineNodes(false)} } }
    ... on PullRequest { timelineItems(first: 100, after: $after, itemTypes: $pullTypes) { ${timelineNodes(true)} } }
  }
}`;

type RepositoryAnswer = { repository: { issues?: ItemPage; pullRequests?: ItemPage } | null };

export async function readGraphqlActivity(
  octokit: GitHubClient,
  repository: string,
  request: ActivityRequest,
  self: () => Promise<string | null>,
): Promise<ActivityRead> {
  const [owner, name] = repository.split('/');
  const labels = request.labels.length > 0;
  const timeline = request.responses || labels;
  const kinds = (responses: string[]) => [
    ...(request.responses ? responses : []),
    ...(labels ? ['LABELED_EVENT', 'UNLABELED_EVENT'] : []),
  ];
  const types = {
    issueTypes: kinds(['ISSUE_COMMENT']),
    pullTypes: kinds(['ISSUE_COMMENT', 'PULL_REQUEST_REVIEW']),
  };
  const base = { owner, name, timeline };
  const since = Date.parse(request.since);
  const found = new Map<string, ItemNode>();

  /** Walks one listing; `stop` ends it at the first node past what it wants (an ordered listing). */
  const walk = async (query: string, variables: Record<string, unknown>, stop?: (n: ItemNode) => boolean) => {
    let after: string | null = null;
    for (;;) {
      const answer: RepositoryAnswer = await octokit.graphql<RepositoryAnswer>(query, {
        ...base,
        ...variables,
        after,
      });
      if (!answer.repository)
        throw new Error(`GitHub has no repository ${repository} that this token can see`);
      const page = answer.repository.issues ?? answer.repository.pullRequests;
      if (!page) return;
      for (const node of page.nodes) {
        if (stop?.(node)) return;
        found.set(node.id, node);
      }
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor;
    }
  };

  const issues = { types: types.issueTypes };
  const pulls = { types: types.pullTypes };
  await walk(ISSUES_SINCE, { ...issues, since: request.since });
  await walk(PULLS_BY_UPDATE, pulls, (node) => Date.parse(node.updatedAt) < since);
  for (const label of request.labels) {
    await walk(OPEN_ISSUES_LABELLED, { ...issues, labels: [label] });
    await walk(OPEN_PULLS_LABELLED, { ...pulls, labels: [label] });
  }

  const items: ActivityRecord[] = [];
  for (const node of [...found.values()].sort((a, b) => a.number - b.number)) {
    const entries = node.timelineItems ? await wholeTimeline(octokit, node, types) : [];
    items.push(toRecord(node, entries, Date.parse(node.createdAt) >= since && request.responses));
  }
  return { items, self: request.responses ? await self() : null };
}

async function wholeTimeline(
  octokit: GitHubClient,
  node: ItemNode,
  types: { issueTypes: string[]; pullTypes: string[] },
): Promise<TimelineNode[]> {
  const entries = [...node.timelineItems!.nodes];
  let pageInfo = node.timelineItems!.pageInfo;
  while (pageInfo.hasNextPage) {
    const answer = await octokit.graphql<{ node: { timelineItems: TimelinePage } | null }>(MORE_TIMELINE, {
      id: node.id,
      after: pageInfo.endCursor,
      ...types,
    });
    if (!answer.node) break;
    entries.push(...answer.node.timelineItems.nodes);
    pageInfo = answer.node.timelineItems.pageInfo;
  }
  return entries;
}

function toRecord(node: ItemNode, entries: TimelineNode[], responses: boolean): ActivityRecord {
  const item: ActivityRecord = {
    kind: node.__typename === 'PullRequest' ? 'pull_request' : 'issue',
    number: node.number,
    title: node.title,
    url: node.url,
    author: actor(node.author),
    createdAt: node.createdAt,
    closedAt: node.closedAt,
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    responses: [],
    labelEvents: [],
  };
  for (const entry of entries) {
    if (entry.__typename === 'IssueComment' && entry.createdAt && responses) {
      item.responses.push({ at: entry.createdAt, by: actor(entry.author) });
    } else if (entry.__typename === 'PullRequestReview' && entry.submittedAt && responses) {
      if (entry.state !== 'PENDING') item.responses.push({ at: entry.submittedAt, by: actor(entry.author) });
    } else if (
      (entry.__typename === 'LabeledEvent' || entry.__typename === 'UnlabeledEvent') &&
      entry.label
    ) {
      const action = entry.__typename === 'LabeledEvent' ? 'labeled' : 'unlabeled';
      item.labelEvents.push({ label: entry.label.name, action, at: entry.createdAt ?? node.createdAt });
    }
  }
  sortHistory(item);
  return item;
}

function actor(node: ActorNode | null | undefined): ActivityActor | null {
  if (!node) return null;
  return { login: node.login, bot: node.__typename === 'Bot' };
}
