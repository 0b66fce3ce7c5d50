/**
 * Store records -> GraphQL objects. Plain objects: graphql-js reads properties, calls functions with
 * `(args, context)`, and resolves unions and interfaces from `__typename`. A field missing here is
 * answered with a NOT_EMULATED error (see the endpoint's field resolver), never with a silent null.
 *
 * Only what Sift reads is served: issues and pull requests with their labels, assignees, milestone,
 * comments, reactions and timeline; pull request branches, files and closing references.
 */
import { userRef, type CommentRecord, type GitHubStore, type IssueRecord, type RepoStore } from '../store.js';
import type { LabelRecord, MilestoneRecord, UserRef } from '../records.js';
import {
  ascending,
  compareKeys,
  connection,
  descending,
  type ConnectionArgs,
  type OrderedList,
  type SortKey,
} from './connection.js';
import type { RequestContext } from './context.js';
import { GitHubGraphqlError, notEmulated } from './errors.js';
import { extrasOf } from './extras.js';
import { decodeNodeId, nodeId } from './ids.js';
import { timelineConnection, type TimelineArgs } from './timeline.js';
import { pullStateFields } from './pull-state.js';
import { parentOf, subIssuesOf, summaryOf } from '../hierarchy.js';
import {
  isOrganization,
  ownerProject,
  ownsOrganizationProjects,
  projectItemsConnection,
  projectNode,
} from './project-views.js';
import { discussionsOf } from '../discussions.js';
import {
  commentView as discussionCommentView,
  discussionView,
  repositoryDiscussionFields,
} from './discussion-views.js';

export type View = { __typename: string } & Record<string, unknown>;

const WEB = 'https://github.com';

// ---- repository -----------------------------------------------------------------------------------

type IssueOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS';

interface ItemsArgs extends ConnectionArgs {
  states?: string[] | null;
  orderBy?: { field: IssueOrderField; direction: 'ASC' | 'DESC' } | null;
  labels?: string[] | null;
  /** IssueFilters; only `since` is served (issues updated at or after it). */
  filterBy?: Record<string, unknown> | null;
  headRefName?: string | null;
  baseRefName?: string | null;
}

interface LabelsArgs extends ConnectionArgs {
  query?: string | null;
  orderBy?: { field: 'NAME' | 'CREATED_AT'; direction: 'ASC' | 'DESC' } | null;
}

interface MilestonesArgs extends ConnectionArgs {
  states?: ('OPEN' | 'CLOSED')[] | null;
  query?: string | null;
  orderBy?: unknown;
}

export function repositoryView(repo: RepoStore): View {
  return {
    __typename: 'Repository',
    id: nodeId('Repository', repo.fullName),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    isPrivate: repo.isPrivate,
    url: `${WEB}/${repo.fullName}`,
    owner: { __typename: 'User', id: nodeId('User', repo.owner), login: repo.owner },
    issues: (args: ItemsArgs, ctx: RequestContext) => itemConnection(repo, 'issue', args, ctx),
    pullRequests: (args: ItemsArgs, ctx: RequestContext) => itemConnection(repo, 'pull', args, ctx),
    issue: ({ number }: { number: number }) => {
      const record = repo.issue(number);
      if (!record || record.pull_request) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to an Issue with the number of ${number}.`,
        );
      }
      return itemView(repo, record);
    },
    pullRequest: ({ number }: { number: number }) => {
      const record = repo.issue(number);
      if (!record || !record.pull_request) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${number}.`,
        );
      }
      return itemView(repo, record);
    },
    issueOrPullRequest: ({ number }: { number: number }) => {
      const record = repo.issue(number);
      if (!record) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to an issue or pull request with the number of ${number}.`,
        );
      }
      return itemView(repo, record);
    },
    labels: (args: LabelsArgs, ctx: RequestContext) => {
      const query = args.query?.toLowerCase();
      const labels = repo.labels().filter((l) => !query || l.name.toLowerCase().includes(query));
      // Label ids grow with creation, so CREATED_AT order is id order.
      const byName = args.orderBy?.field === 'NAME';
      const key = (l: LabelRecord): SortKey => (byName ? [l.name.toLowerCase(), l.id] : [l.id]);
      labels.sort((a, b) => compareKeys(key(a), key(b)));
      const list = args.orderBy?.direction === 'DESC' ? descending(labels, key) : ascending(labels, key);
      return connection('LabelConnection', list, args, (l) => labelView(repo, l), ctx);
    },
    // GitHub matches label names case-insensitively and answers null (no error) for a missing one.
    label: ({ name }: { name: string }) => {
      const label = repo.labels().find((l) => l.name.toLowerCase() === name.toLowerCase());
      return label ? labelView(repo, label) : null;
    },
    milestones: (args: MilestonesArgs, ctx: RequestContext) => {
      if (args.orderBy) throw notEmulated('Repository.milestones(orderBy:)');
      const states = args.states?.map((s) => s.toLowerCase());
      const query = args.query?.toLowerCase();
      const list = repo.milestones.filter(
        (m) =>
          (!states || states.length === 0 || states.includes(m.state)) &&
          (!query || m.title.toLowerCase().includes(query)),
      );
      return connection(
        'MilestoneConnection',
        ascending(list, (m) => [m.number]),
        args,
        (m) => milestoneView(repo, m),
        ctx,
      );
    },
    milestone: ({ number }: { number: number }) => {
      const milestone = repo.milestones.find((m) => m.number === number);
      return milestone ? milestoneView(repo, milestone) : null;
    },
    ...repositoryDiscussionFields(repo),
  };
}

/** Issues and pull requests of one listing, split once per cached store list (the store reuses its arrays). */
const splitCache = new WeakMap<readonly IssueRecord[], { issue: IssueRecord[]; pull: IssueRecord[] }>();

function split(list: readonly IssueRecord[]): { issue: IssueRecord[]; pull: IssueRecord[] } {
  let parts = splitCache.get(list);
  if (!parts) {
    parts = { issue: [], pull: [] };
    for (const record of list) (record.pull_request ? parts.pull : parts.issue).push(record);
    splitCache.set(list, parts);
  }
  return parts;
}

const SORTS = {
  CREATED_AT: { sort: 'created', key: (r: IssueRecord): SortKey => [r.created_at, r.number] },
  UPDATED_AT: { sort: 'updated', key: (r: IssueRecord): SortKey => [r.updated_at, r.number] },
  COMMENTS: { sort: 'comments', key: (r: IssueRecord): SortKey => [r.comments, r.number] },
} as const;

function itemConnection(repo: RepoStore, kind: 'issue' | 'pull', args: ItemsArgs, ctx: RequestContext): View {
  // viewerSubscribed defaults to false in the schema: present on every filterBy, filtering nothing.
  const filters = Object.entries(args.filterBy ?? {}).filter(
    ([name, v]) => v !== null && v !== undefined && !(name === 'viewerSubscribed' && v === false),
  );
  if (filters.some(([name]) => name !== 'since') || args.headRefName || args.baseRefName) {
    throw notEmulated(
      `${kind === 'issue' ? 'issues' : 'pullRequests'} filters other than states, labels and since`,
    );
  }
  const since = typeof args.filterBy?.since === 'string' ? Date.parse(args.filterBy.since) : null;
  const states = args.states ?? [];
  const open = states.length === 0 || states.includes('OPEN');
  // The store has no merged pull requests: MERGED alone matches nothing.
  const closed = states.length === 0 || states.includes('CLOSED');
  const { sort, key } = SORTS[args.orderBy?.field ?? 'CREATED_AT'];
  let records: readonly IssueRecord[] = [];
  if (open || closed) {
    const state = open && closed ? 'all' : open ? 'open' : 'closed';
    // `labels`: items with any of them (GitHub's union, unlike REST's `labels=a,b`, which wants all).
    const labelled = (args.labels ?? []).map((l) => l.toLowerCase());
    records = split(repo.list({ state, sort, labels: [] }))[kind];
    if (labelled.length > 0) {
      records = records.filter((r) => r.labels.some((l) => labelled.includes(l.toLowerCase())));
    }
    if (since !== null) records = records.filter((r) => Date.parse(r.updated_at) >= since);
  }
  const list = args.orderBy?.direction === 'DESC' ? descending(records, key) : ascending(records, key);
  return connection(
    kind === 'issue' ? 'IssueConnection' : 'PullRequestConnection',
    list,
    args,
    (r) => itemView(repo, r),
    ctx,
  );
}

// ---- issues and pull requests ---------------------------------------------------------------------

const REACTIONS: [string, string][] = [
  ['THUMBS_UP', '+1'],
  ['THUMBS_DOWN', '-1'],
  ['LAUGH', 'laugh'],
  ['HOORAY', 'hooray'],
  ['CONFUSED', 'confused'],
  ['HEART', 'heart'],
  ['ROCKET', 'rocket'],
  ['EYES', 'eyes'],
];

const LOCK_REASONS: Record<string, string> = {
  'off-topic': 'OFF_TOPIC',
  'too heated': 'TOO_HEATED',
  resolved: 'RESOLVED',
  spam: 'SPAM',
};

/** The store's REST lock reason as GitHub's GraphQL LockReason. */
export function lockReasonEnum(reason: string | null | undefined): string | null {
  return reason ? (LOCK_REASONS[reason] ?? null) : null;
}

export function itemUrl(repo: RepoStore, record: IssueRecord): string {
  return `${WEB}/${repo.fullName}/${record.pull_request ? 'pull' : 'issues'}/${record.number}`;
}

export function itemView(repo: RepoStore, r: IssueRecord): View {
  const typename = r.pull_request ? 'PullRequest' : 'Issue';
  const milestone = r.milestone === null ? undefined : repo.milestones.find((m) => m.number === r.milestone);
  const url = itemUrl(repo, r);
  const view: View = {
    __typename: typename,
    id: nodeId(typename, repo.fullName, r.number),
    databaseId: r.id,
    number: r.number,
    title: r.title,
    body: r.body ?? '',
    state: r.state.toUpperCase(),
    closed: r.state === 'closed',
    locked: r.locked,
    activeLockReason: lockReasonEnum(r.active_lock_reason),
    author: actorView(r.user),
    authorAssociation: r.author_association,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
    ...lastEdit(r),
    url,
    resourcePath: url.slice(WEB.length),
    repository: () => repositoryView(repo),
    // Its items in Projects (v2), every project it is in (project-views.ts).
    projectItems: (args: ConnectionArgs, ctx: RequestContext) => projectItemsConnection(repo, r, args, ctx),
    // In the order they were applied, which is the default CREATED_AT ASC; other orders are not emulated.
    labels: (
      args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null },
      ctx: RequestContext,
    ) => {
      if (args.orderBy && (args.orderBy.field !== 'CREATED_AT' || args.orderBy.direction !== 'ASC')) {
        throw notEmulated(`${typename}.labels(orderBy: ${args.orderBy.field} ${args.orderBy.direction})`);
      }
      return connection(
        'LabelConnection',
        byPosition(r.labels),
        args,
        (p) => labelView(repo, repo.ensureLabel(p.value)),
        ctx,
      );
    },
    assignees: (args: ConnectionArgs, ctx: RequestContext) =>
      connection('UserConnection', byPosition(r.assignees), args, (p) => userView(p.value), ctx),
    milestone: milestone ? milestoneView(repo, milestone) : null,
    comments: (args: ConnectionArgs & { orderBy?: unknown }, ctx: RequestContext) => {
      if (args.orderBy) throw notEmulated(`${typename}.comments(orderBy:)`);
      // The count GitHub reports, which may exceed the listable comments when seeded with a bare number.
      return connection(
        'IssueCommentConnection',
        ascending(r.commentList, (c) => [c.id]),
        args,
        (c) => commentView(repo, r, c),
        ctx,
        { totalCount: r.comments },
      );
    },
    // Built when asked for, of plain values: a listing page asks for 100 items' groups at once, and the
    // emulator's time per page is time GitHub does not spend on the caller's machine.
    reactionGroups: () =>
      REACTIONS.map(([content, rest]) => {
        const totalCount = r.reactions[rest] ?? 0;
        return {
          __typename: 'ReactionGroup',
          content,
          createdAt: null,
          viewerHasReacted: false,
          reactors: { __typename: 'ReactorConnection', totalCount },
          users: { __typename: 'ReactingUserConnection', totalCount },
        };
      }),
    // Reactions with their authors where the store has them; the count includes those seeded as bare counts.
    reactions: (
      args: ConnectionArgs & { content?: string | null; orderBy?: unknown },
      ctx: RequestContext,
    ) => {
      if (args.orderBy) throw notEmulated(`${typename}.reactions(orderBy:)`);
      const names = args.content ? REACTIONS.filter(([c]) => c === args.content) : REACTIONS;
      const contents = new Set(names.map(([, rest]) => rest));
      const list = (extrasOf(r).reactionList ?? [])
        .filter((reaction) => contents.has(reaction.content))
        .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
      return connection(
        'ReactionConnection',
        ascending(list, (reaction) => [reaction.created_at, reaction.id]),
        args,
        (reaction) => ({
          __typename: 'Reaction',
          id: nodeId('Event', repo.fullName, `reaction:${reaction.id}`),
          content: REACTIONS.find(([, rest]) => rest === reaction.content)?.[0] ?? 'THUMBS_UP',
          createdAt: reaction.created_at,
          // `Reaction.user` is a User: a bot keeps its REST login (`x[bot]`), which clients recognise.
          user: userView(reaction.user.login),
        }),
        ctx,
        {
          totalCount: names.reduce((sum, [, rest]) => sum + (r.reactions[rest] ?? 0), 0),
          viewerHasReacted: false,
        },
      );
    },
    timelineItems: (args: TimelineArgs, ctx: RequestContext) => timelineConnection(repo, r, args, ctx),
  };
  if (r.pull_request) {
    Object.assign(view, {
      isDraft: r.draft,
      merged: false,
      mergedAt: null,
      baseRefName: (_: unknown, ctx: RequestContext) => ctx.pullDetails(repo, r).base,
      headRefName: (_: unknown, ctx: RequestContext) => ctx.pullDetails(repo, r).head,
      isCrossRepository: (_: unknown, ctx: RequestContext) => ctx.pullDetails(repo, r).fork,
      changedFiles: (_: unknown, ctx: RequestContext) => ctx.pullDetails(repo, r).files.length,
      files: (args: ConnectionArgs, ctx: RequestContext) =>
        connection(
          'PullRequestChangedFileConnection',
          byPosition(ctx.pullDetails(repo, r).files),
          args,
          (p) => ({
            __typename: 'PullRequestChangedFile',
            path: p.value,
            additions: 0,
            deletions: 0,
            changeType: 'MODIFIED',
          }),
          ctx,
        ),
      closingIssuesReferences: (
        args: ConnectionArgs & { userLinkedOnly?: boolean | null },
        ctx: RequestContext,
      ) => {
        // In the order the description names them.
        const numbers = closingReferences(repo, ctx).byPull.get(r.number) ?? [];
        return connection(
          'IssueConnection',
          byPosition(numbers),
          args,
          (p) => itemView(repo, repo.require(p.value)),
          ctx,
        );
      },
      reviewRequests: (args: ConnectionArgs, ctx: RequestContext) =>
        connection(
          'ReviewRequestConnection',
          byPosition([
            ...r.requested_reviewers.map((login) => userView(login)),
            ...(r.pull?.state.requestedTeams ?? []).map((slug) => ({ __typename: 'Team', slug, name: slug })),
          ]),
          args,
          (p) => ({ __typename: 'ReviewRequest', requestedReviewer: p.value, asCodeOwner: false }),
          ctx,
        ),
      ...pullStateFields(repo, r),
    });
  } else {
    Object.assign(view, {
      // As GitHub: a duplicate reads DUPLICATE only when asked with enableDuplicate, else NOT_PLANNED.
      stateReason: ({ enableDuplicate }: { enableDuplicate?: boolean | null }) =>
        r.state_reason === 'duplicate' && enableDuplicate !== true
          ? 'NOT_PLANNED'
          : r.state_reason
            ? (STATE_REASONS[r.state_reason] ?? null)
            : null,
      closedByPullRequestsReferences: (
        args: ConnectionArgs & { includeClosedPrs?: boolean | null },
        ctx: RequestContext,
      ) => {
        const numbers = closingReferences(repo, ctx).byIssue.get(r.number) ?? [];
        const pulls = numbers
          .map((n) => repo.require(n))
          .filter((p) => args.includeClosedPrs || p.state === 'open');
        return connection(
          'PullRequestConnection',
          ascending(pulls, (p) => [p.number]),
          args,
          (p) => itemView(repo, p),
          ctx,
        );
      },
      // Sub-issues (hierarchy.ts), in the parent's order; each may live in another repository.
      subIssues: (args: ConnectionArgs, ctx: RequestContext) =>
        connection(
          'IssueConnection',
          byPosition(subIssuesOf(r)),
          args,
          (p) => itemView(p.value.repo, p.value.repo.require(p.value.number)),
          ctx,
        ),
      subIssuesSummary: () => {
        const { total, completed, percent_completed } = summaryOf(r);
        return { __typename: 'SubIssuesSummary', total, completed, percentCompleted: percent_completed };
      },
      parent: () => {
        const parent = parentOf(r);
        return parent ? itemView(parent.repo, parent.repo.require(parent.number)) : null;
      },
    });
  }
  return view;
}

/**
 * The latest edit of the description (GitHub's `lastEditedAt` and `editor`, Comment interface), from
 * the store's edit records: a description edit has no timeline item, so this is where it shows.
 */
function lastEdit(r: IssueRecord): { lastEditedAt: string | null; editor: View | null } {
  const latest = r.edits[r.edits.length - 1];
  return latest
    ? { lastEditedAt: latest.at, editor: actorView(latest.editor) }
    : { lastEditedAt: null, editor: null };
}

const STATE_REASONS: Record<string, string> = {
  completed: 'COMPLETED',
  not_planned: 'NOT_PLANNED',
  reopened: 'REOPENED',
  duplicate: 'DUPLICATE',
};

/** A list whose cursors are positions: for short per-item lists (labels, assignees, files). */
export function byPosition<T>(values: readonly T[]): OrderedList<{ index: number; value: T }> {
  return {
    length: values.length,
    at: (index) => ({ index, value: values[index] }),
    key: (p) => [p.index],
    direction: 1,
  };
}

/**
 * Which pull requests close which issues, from closing keywords in pull request bodies ("Fixes #12"),
 * as GitHub links them. Parsed once per request and repository.
 */
function closingReferences(
  repo: RepoStore,
  ctx: RequestContext,
): { byPull: Map<number, number[]>; byIssue: Map<number, number[]> } {
  const memoKey = `closing:${repo.fullName}`;
  const cached = ctx.memo.get(memoKey) as ReturnType<typeof closingReferences> | undefined;
  if (cached) return cached;
  const refs = { byPull: new Map<number, number[]>(), byIssue: new Map<number, number[]>() };
  const keyword = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+([\w.-]+\/[\w.-]+)?#(\d+)\b/gi;
  for (const pull of repo.issues) {
    if (!pull.pull_request || !pull.body) continue;
    for (const match of pull.body.matchAll(keyword)) {
      // `Fixes octo/other#3` closes an issue elsewhere: not one of this repository's.
      if (match[1] !== undefined && match[1].toLowerCase() !== repo.fullName.toLowerCase()) continue;
      const number = Number(match[2]);
      const target = repo.issue(number);
      if (!target || target.pull_request) continue;
      const issues = refs.byPull.get(pull.number) ?? [];
      if (issues.includes(number)) continue;
      issues.push(number);
      refs.byPull.set(pull.number, issues);
      refs.byIssue.set(number, [...(refs.byIssue.get(number) ?? []), pull.number]);
    }
  }
  ctx.memo.set(memoKey, refs);
  return refs;
}

// ---- small objects --------------------------------------------------------------------------------

export function labelView(repo: RepoStore, label: LabelRecord): View {
  return {
    __typename: 'Label',
    id: nodeId('Label', repo.fullName, label.id),
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: false,
    url: `${WEB}/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
  };
}

export function milestoneView(repo: RepoStore, m: MilestoneRecord): View {
  return {
    __typename: 'Milestone',
    id: nodeId('Milestone', repo.fullName, m.number),
    number: m.number,
    title: m.title,
    description: m.description,
    state: m.state.toUpperCase(),
    closed: m.state === 'closed',
    closedAt: m.closed_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    dueOn: m.due_on,
    url: `${WEB}/${repo.fullName}/milestone/${m.number}`,
  };
}

/**
 * An author or event actor. GitHub's GraphQL names a bot by its app slug: REST's `dependabot[bot]`
 * is `{ __typename: "Bot", login: "dependabot" }` here, which clients must map back.
 */
export function actorView(ref: UserRef): View {
  const bot = ref.type === 'Bot';
  const login = bot ? ref.login.replace(/\[bot\]$/, '') : ref.login;
  const path = bot ? `/apps/${login}` : `/${login}`;
  return {
    __typename: bot ? 'Bot' : 'User',
    id: nodeId(bot ? 'Bot' : 'User', ref.login),
    login,
    url: `${WEB}${path}`,
    resourcePath: path,
    avatarUrl: () => `https://avatars.githubusercontent.com/${encodeURIComponent(login)}`,
  };
}

/** Assignees and reviewers are always users. */
export function userView(login: string): View {
  return actorView(userRef(login, 'User'));
}

export function commentView(repo: RepoStore, r: IssueRecord, c: CommentRecord): View {
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', repo.fullName, c.id),
    databaseId: c.id,
    body: c.body,
    author: actorView(c.user),
    authorAssociation: c.author_association,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    lastEditedAt: c.updated_at === c.created_at ? null : c.updated_at,
    url: `${itemUrl(repo, r)}#issuecomment-${c.id}`,
    isMinimized: false,
    viewerDidAuthor: (_: unknown, ctx: RequestContext) => c.user.login === ctx.actor,
    issue: () => itemView(repo, r),
    reactionGroups: () => commentReactionGroups(c.reactionList ?? []),
  };
}

/**
 * A comment's `reactionGroups` (an issue's, a pull request's or a discussion's comment), counted from
 * its reactions with their authors; `viewerHasReacted` is the token's own. Views call it when the
 * field is asked for (a listing page holds up to 1,000 comments), and the counts are plain values.
 */
export function commentReactionGroups(
  reactions: readonly { content: string; created_at: string; user: { login: string } }[],
): View[] {
  return REACTIONS.map(([content, rest]) => {
    const list = reactions.filter((reaction) => reaction.content === rest);
    const totalCount = list.length;
    return {
      __typename: 'ReactionGroup',
      content,
      createdAt: list[0]?.created_at ?? null,
      viewerHasReacted: (_: unknown, ctx: RequestContext) =>
        list.some((reaction) => reaction.user.login === ctx.actor),
      reactors: { __typename: 'ReactorConnection', totalCount },
      users: { __typename: 'ReactingUserConnection', totalCount },
    };
  });
}

// ---- query root -----------------------------------------------------------------------------------

export function queryRoot(store: GitHubStore): View {
  return {
    __typename: 'Query',
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = store.repo(`${owner}/${name}`);
      if (!repo) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryView(repo);
    },
    rateLimit: (_: unknown, ctx: RequestContext) => ({ __typename: 'RateLimit', ...ctx.rate }),
    // The token's account. For an installation token (a workflow's GITHUB_TOKEN, a GitHub App's) GitHub
    // answers with the app's bot, its login keeping the `[bot]` suffix (`github-actions[bot]`).
    viewer: (_: unknown, ctx: RequestContext) => ({ ...userView(ctx.actor), login: ctx.actor }),
    // The REST login of a bot ends in [bot]; GitHub's `user` finds users only.
    user: ({ login }: { login: string }) => {
      // An organisation is not a user: GitHub's `user` does not find one (known here by its projects).
      if (login.endsWith('[bot]') || ownsOrganizationProjects(store, login)) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a User with the login of '${login}'.`,
        );
      }
      return {
        ...userView(login),
        projectV2: ({ number }: { number: number }, ctx: RequestContext) =>
          ownerProject(store, login, number, 'User', ctx),
      };
    },
    // An organisation is a login that owns repositories or organisation projects here.
    organization: ({ login }: { login: string }) => {
      if (!isOrganization(store, login)) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to an Organization with the login of '${login}'.`,
        );
      }
      return {
        __typename: 'Organization',
        id: nodeId('User', login),
        login,
        projectV2: ({ number }: { number: number }, ctx: RequestContext) =>
          ownerProject(store, login, number, 'Organization', ctx),
      };
    },
    node: ({ id }: { id: string }) => nodeById(store, id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => nodeById(store, id)),
  };
}

function nodeById(store: GitHubStore, id: string): View {
  const decoded = decodeNodeId(id);
  const repo =
    decoded && decoded.kind !== 'User' && decoded.kind !== 'Bot'
      ? store.repo(String(decoded.parts[0]))
      : undefined;
  const key = decoded?.parts[1];
  let view: View | null = null;
  if (decoded?.kind === 'ProjectV2' || decoded?.kind === 'ProjectV2Item') view = projectNode(store, decoded);
  else if (decoded?.kind === 'User') view = userView(String(decoded.parts[0]));
  else if (repo && decoded) {
    if (decoded.kind === 'Repository') view = repositoryView(repo);
    if (decoded.kind === 'Issue' || decoded.kind === 'PullRequest') {
      const record = repo.issue(Number(key));
      if (record && record.pull_request === (decoded.kind === 'PullRequest')) view = itemView(repo, record);
    }
    if (decoded.kind === 'Label') {
      const label = repo.labels().find((l) => l.id === key);
      if (label) view = labelView(repo, label);
    }
    if (decoded.kind === 'Milestone') {
      const milestone = repo.milestones.find((m) => m.number === key);
      if (milestone) view = milestoneView(repo, milestone);
    }
    if (decoded.kind === 'Discussion') {
      const record = discussionsOf(repo).get(Number(key));
      if (record) view = discussionView(repo, record);
    }
    if (decoded.kind === 'DiscussionComment') {
      const comment = discussionsOf(repo).comment(Number(key));
      const record = comment && discussionsOf(repo).get(comment.discussionNumber);
      if (comment && record) view = discussionCommentView(repo, record, comment);
    }
    if (decoded.kind === 'IssueComment') {
      const comment = repo.comment(Number(key));
      if (comment) view = commentView(repo, repo.require(comment.issueNumber), comment);
    }
  }
  if (!view)
    throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  return view;
}
