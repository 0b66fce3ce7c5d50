/**
 * The GitHub provider over the GraphQL API: one request per page of up to 100 items, carrying what the
 * loaded rules need (the timeline, branches, files or linked items only when they need them), and
 * writes as mutations that can be batched several to a request.
 *
 * Issues and pull requests are listed through `repository.issues`, then `repository.pullRequests`
 * (both connections read at the same time, items handed on in that order), oldest first: the search API would list both in one walk, but it lags behind writes and stops at
 * 1,000 results. Cursors are stable while items change, so closing items mid-walk shifts nothing.
 */
import { GitHubProjects } from '../github/projects.js';
import type { ProjectRef } from '../../model/projects.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
import { commandCommentsOf, commandCommentsQuery, type CommandCommentsPage } from './commands.js';
import { Assignable, readMilestoneTitles } from '../github/names.js';
import { readLabelNames } from '../github/labels.js';
import type {
  CloseReason,
  FactName,
  Item,
  ItemFacts,
  ItemType,
  LockReason,
  RuleComment,
} from '../../model/item.js';
import { ISSUE_CLOSED_AS } from '../../model/item.js';
import { ruleCommentsInListing, ruleCommentsOf } from './rule-comments.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../model/rules.js';
import { createClient, type ClientOptions, type RequestCounts } from '../github/client.js';
import { describeItem, readError, writeError, type Failure } from '../github/errors.js';
import {
  ItemWriteError,
  RateLimitStop,
  type BranchDeletion,
  type Capabilities,
  type CommentLookup,
  type ItemKey,
  type ItemQuery,
  type OwnComment,
  type ProjectLookup,
  type Provider,
  type Quota,
} from '../provider.js';
import { CommentMemo, MARKER_PREFIX } from '../github/comment-memo.js';
import { listIssueTypes, readIssueType, writeIssueType, type IssueTypeTarget } from '../github/issue-type.js';
import { readItem } from '../github/read-item.js';
import { deleteHeadBranch } from '../github/branch-cleanup.js';
import { WriteBatcher, type WriteResult } from './batch.js';
import {
  discussionActivity,
  discussionHistoryQuery,
  discussionListQuery,
  discussionQuery,
  discussionToItem,
  type DiscussionCommentNode,
  type DiscussionHistoryNode,
  type DiscussionNode,
} from './discussions.js';
import { graphqlReadError, isRateLimited, rateLimitedStop } from './errors.js';
import { IdResolver } from './lookup.js';
import {
  firstOwnAfter,
  itemType,
  branchesOf,
  labelAppliedAt,
  listedFacts,
  nodesOf,
  ownComment,
  reactionActivity,
  toActivity,
  toItem,
  toLinked,
  withLastEdit,
} from './map.js';
import { hierarchyFacts } from './hierarchy.js';
import { IssueForms } from '../github/issue-forms.js';
import { pullStateFacts } from './pull-state.js';
import type { Write } from './mutations.js';
import {
  commentsQuery,
  factsQuery,
  listQuery,
  firstCommentsQuery,
  mutationDocument,
  ruleCommentsQuery,
  timelineScope,
  type FactsParts,
} from './query.js';
import { GraphqlTransport, type GraphqlAnswer, type GraphqlBudget } from './transport.js';
import type { CommentNode, ItemNode, LinkedNode, PageInfo, ReactionNode, TimelineNode } from './types.js';
import { DEFAULT_GRAPHQL_URL, graphqlUrlFor, restUrlFor } from './url.js';
import { NumberSet } from '../number-set.js';
import { readAhead } from '../../pipeline/read-ahead.js';

export type { Write } from './mutations.js';
export type { WriteResult } from './batch.js';
export type { GraphqlBudget } from './transport.js';
export { DEFAULT_GRAPHQL_URL, graphqlUrlFor, graphqlUrlFromEnv, restUrlFor } from './url.js';

export interface GitHubGraphqlProviderOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /**
   * GraphQL endpoint. Default: beside `baseUrl` when that is given, else api.github.com's.
   * Entry points pass `graphqlUrlFromEnv()` (GITHUB_GRAPHQL_URL, or derived from GITHUB_API_URL).
   */
  graphqlUrl?: string;
  /**
   * REST API root for the shared client. Default: beside `graphqlUrl`. Issue types go through REST
   * (see github/issue-type.ts): the pinned GraphQL schema predates them; so does branch clean-up,
   * whose checks REST answers directly (github/branch-cleanup.ts).
   */
  baseUrl?: string;
  userAgent?: string;
  /** Items per listing request, 1 to 100. Default 100. */
  perPage?: number;
  /** Mutations per request in `batch()`, 1 to 25. Default 10: GitHub fails large batches part-way. */
  batchSize?: number;
  /**
   * Timeline items read with each listed item when the rules need the timeline or `labelAppliedAt`,
   * 1 to 100. Default 50. An item with more is left to `facts()`, which reads all of it.
   */
  timelineDepth?: number;
  /** Retry, timeout and rate-limit settings of the shared client. */
  client?: Omit<ClientOptions, 'token' | 'baseUrl' | 'userAgent'>;
  /**
   * A token for GitHub projects only (reads and writes of `project` rules), through a client of its
   * own; absent: `token` serves them too. See github/projects.ts.
   */
  projectToken?: string;
}

export function createGitHubGraphqlProvider(options: GitHubGraphqlProviderOptions): GitHubGraphqlProvider {
  return new GitHubGraphqlProvider(options);
}

interface ListPage<N> {
  pageInfo: PageInfo;
  nodes: (N | null)[] | null;
}

interface ListData<N = ItemNode> {
  repository: { items: ListPage<N> } | null;
}

interface FactsNode extends Partial<Omit<ItemNode, 'timelineItems' | 'files'>> {
  __typename: 'Issue' | 'PullRequest';
  id: string;
  timelineItems?: { pageInfo: PageInfo; nodes: (TimelineNode | null)[] | null };
  files?: { pageInfo: PageInfo; nodes: ({ path: string } | null)[] | null } | null;
}

interface CommentsData<N extends CommentNode = CommentNode> {
  repository: {
    item: { comments: { pageInfo: PageInfo; nodes: (N | null)[] | null } } | null;
  } | null;
}

/** Newest comments read with each listed item when the rules post comments (`commentMarkers`). */
const COMMENTS_IN_LISTING = 10;

/**
 * Pull-request pages read ahead while the consumer still takes issues: enough for a repository of a
 * few hundred open pull requests to be listed by the time the issues are, and a bound on what is held
 * (a page is up to 100 items with their timelines) in one of thousands.
 */
export const PULL_PAGES_AHEAD = 5;

/**
 * Pages of the first connection (issues) read ahead of the consumer: one on its way while the one before
 * it is planned, and one more held for a consumer slower than a round trip.
 */
export const FIRST_PAGES_AHEAD = 2;

/** `issueType` is read through REST: the pinned GraphQL schema predates issue types. */
const ALL_FACTS: readonly FactName[] = [
  'ruleComments',
  'labelAppliedAt',
  'timeline',
  'reactions',
  'files',
  'branches',
  'linked',
  'issueType',
  'subIssues',
  'parent',
  'form',
  'pull',
  'reviews',
  'checks',
  'projects',
];

export class GitHubGraphqlProvider implements Provider {
  readonly capabilities: Capabilities = {
    name: 'github-graphql',
    conditions: new Set(CONDITION_KINDS),
    actions: new Set(ACTION_KINDS),
    facts: new Set<FactName>(ALL_FACTS),
    discussions: true,
    commands: true,
    closeReasons: ISSUE_CLOSED_AS,
  };
  readonly repository: string;
  private readonly owner: string;
  private readonly name: string;
  private readonly token: string;
  private readonly perPage: number;
  private readonly timelineDepth: number;
  private readonly counts: RequestCounts;
  private readonly transport: GraphqlTransport;
  private readonly ids: IdResolver;
  private readonly batcher: WriteBatcher;
  /** REST, for what the pinned GraphQL schema cannot express (issue types). */
  private readonly rest: IssueTypeTarget;
  private assignable: Assignable | null = null;
  /**
   * Sift's comments on the items listed last whose comments the page held completely: findComment
   * answers these without a request. Started afresh by each listing and dropped on any write (a batch
   * writes to many items at once), so it is never stale and never grows with the repository.
   */
  private listedComments = new CommentMemo();
  /** The repository's issue forms, read through REST once a run (fact `form`). */
  private forms: IssueForms | null = null;
  /** GitHub projects, through the project token's client when there is one. */
  private readonly projects: GitHubProjects;
  /** Requests of the project token's client; null when projects share the main client. */
  private readonly projectCounts: RequestCounts | null;

  constructor(options: GitHubGraphqlProviderOptions) {
    const [owner, name, ...rest] = options.repository.split('/');
    if (!owner || !name || rest.length > 0) {
      throw new Error(`repository must be "owner/name", not "${options.repository}"`);
    }
    this.owner = owner;
    this.name = name;
    this.repository = `${owner}/${name}`;
    this.token = options.token;
    this.perPage = bounded('perPage', options.perPage ?? 100, 100);
    this.timelineDepth = bounded('timelineDepth', options.timelineDepth ?? 50, 100);
    const batchSize = bounded('batchSize', options.batchSize ?? 10, 25);
    const graphqlUrl =
      options.graphqlUrl ?? (options.baseUrl ? graphqlUrlFor(options.baseUrl) : DEFAULT_GRAPHQL_URL);
    const client = createClient({
      ...options.client,
      token: options.token,
      baseUrl: options.baseUrl ?? restUrlFor(graphqlUrl),
      userAgent: options.userAgent,
      alsoTrusted: [graphqlUrl],
    });
    this.counts = client.counts;
    this.rest = {
      octokit: client.octokit,
      owner,
      repo: name,
      failure: (doing, permission) => this.failure(doing, permission),
    };
    this.transport = new GraphqlTransport(client.octokit, graphqlUrl.replace(/\/+$/, ''));
    const repo = { owner, name };
    this.ids = new IdResolver(this.transport, repo);
    // A project token gets its own client: it is sent on project requests and nowhere else.
    const projectClient = options.projectToken
      ? createClient({
          ...options.client,
          token: options.projectToken,
          baseUrl: options.baseUrl ?? restUrlFor(graphqlUrl),
          userAgent: options.userAgent,
          alsoTrusted: [graphqlUrl],
        })
      : null;
    this.projectCounts = projectClient?.counts ?? null;
    const projectTransport = projectClient
      ? new GraphqlTransport(projectClient.octokit, graphqlUrl.replace(/\/+$/, ''))
      : this.transport;
    this.projects = new GitHubProjects(
      (document, variables, sendOptions) => projectTransport.send(document, variables, sendOptions),
      repo,
      { workflowToken: !options.projectToken },
      [options.token, options.projectToken ?? ''],
    );
    this.batcher = new WriteBatcher({
      transport: this.transport,
      ids: this.ids,
      repo,
      repository: this.repository,
      batchSize,
      secrets: [options.token],
    });
  }

  /**
   * Issues, then pull requests, each oldest first, one request per page. The items carry as
   * `prefetched` the facts of `query.prefetch` that the page held completely.
   *
   * The two connections are walked at the same time: each needs the previous page's cursor, so pages
   * of one come one after another, but pull requests need not wait for the last issue. Each page is
   * asked for as soon as the one before it has come (issues at most `FIRST_PAGES_AHEAD` ahead of the
   * consumer, pull requests `PULL_PAGES_AHEAD`), and pull requests are handed on (or their error
   * thrown) only once every issue has been, so the order is the same as reading one connection after
   * the other.
   */
  async *items(query: ItemQuery): AsyncGenerator<Item> {
    if (query.type === 'discussion') {
      yield* this.discussions(query);
      return;
    }
    const wanted = new Set((query.prefetch ?? []).filter((f) => this.capabilities.facts.has(f)));
    const types: ('issue' | 'pull_request')[] = query.type ? [query.type] : ['issue', 'pull_request'];
    // The pinned GraphQL schema predates issue types: REST's listing carries them, a page per 100.
    const issueTypes =
      wanted.has('issueType') && types.includes('issue')
        ? await listIssueTypes(this.rest, query.state)
        : null;
    // `vetoed` decided from the listing's newest comments where they suffice (rule-comments.ts).
    const vetoed = wanted.has('ruleComments') && query.vetoed?.length ? query.vetoed : undefined;
    const seen = new NumberSet();
    this.listedComments.clear();
    // With the same token, the listing carries each item's projects; a project token reads them apart.
    const projectsApart = wanted.has('projects') && this.projectCounts !== null;
    // Each connection's next page is asked as soon as its cursor is known: the page before it is then
    // planned while the next one is on its way.
    const walks = types.map((type, k) =>
      readAhead(
        this.listPages(type, wanted, query, projectsApart),
        k === 0 ? FIRST_PAGES_AHEAD : PULL_PAGES_AHEAD,
        {
          eager: true,
        },
      ),
    );
    try {
      for (const pages of walks) {
        for await (const page of pages) {
          const apart = projectsApart
            ? await this.projects.readMany(nodesOf(page).map((n) => ({ number: n.number, id: n.id })))
            : null;
          for (const node of nodesOf(page)) {
            // Issues and pull requests share numbers; a cursor walk never repeats one, but be sure.
            if (seen.has(node.number)) continue;
            seen.add(node.number);
            this.remember(node);
            if (query.commentMarkers) this.rememberComments(node);
            const item = toItem(node);
            let prefetched = withIssueType(listedFacts(node, wanted), item, wanted, issueTypes);
            const ruleComments = vetoed ? ruleCommentsInListing(node.comments, vetoed) : undefined;
            if (ruleComments) prefetched = { ...prefetched, ruleComments };
            if (wanted.has('form'))
              prefetched = { ...prefetched, form: await this.issueForms().ofBody(item.type, item.body) };
            const projects = apart ? apart.get(node.number) : this.projects.fromNode(node.number, node);
            if (wanted.has('projects') && projects) prefetched = { ...prefetched, projects };
            if (prefetched) item.prefetched = prefetched;
            yield item;
          }
        }
      }
    } finally {
      // A consumer that stops early (or a failed page) leaves no read running and no error unhandled.
      await Promise.all(walks.map((pages) => pages.return?.(undefined)));
    }
  }

  /** One connection's pages, oldest first, each read when the one before it is taken (items() reads ahead). */
  private async *listPages(
    type: 'issue' | 'pull_request',
    wanted: ReadonlySet<FactName>,
    query: ItemQuery,
    projectsApart: boolean,
  ): AsyncGenerator<ListPage<ItemNode>> {
    const vetoed = wanted.has('ruleComments') && (query.vetoed?.length ?? 0) > 0;
    const document = listQuery(type, wanted, {
      timelineDepth: this.timelineDepth,
      commentDepth: query.commentMarkers || vetoed ? COMMENTS_IN_LISTING : 0,
      commentReactions: vetoed,
      projectFields: wanted.has('projects') && !projectsApart ? this.projects.fields() : undefined,
    });
    let after: string | null = null;
    do {
      const page: ListPage<ItemNode> = await this.listPage<ItemNode>(document, type, query.state, after);
      yield page;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
  }

  /**
   * Discussions, oldest first, one request per page. They carry no facts: a discussion's history is
   * read per item, and only when the listing's `updatedAt` cannot decide (see `discussionFacts`).
   */
  private async *discussions(query: ItemQuery): AsyncGenerator<Item> {
    this.listedComments.clear();
    const document = discussionListQuery();
    let after: string | null = null;
    do {
      const page: ListPage<DiscussionNode> = await this.listPage<DiscussionNode>(
        document,
        'discussion',
        query.state,
        after,
      );
      for (const node of nodesOf(page)) {
        this.ids.rememberItem('discussion', node.number, node.id);
        for (const label of nodesOf(node.labels)) this.ids.rememberLabel(label.id, label.name);
        yield discussionToItem(node);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
  }

  /**
   * One issue or pull request by number, or null when it is not in this repository: one REST read
   * (github/read-item.ts), the shape of an event's payload, for an event whose payload lacks fields
   * and for explain.
   */
  async getItem(number: number): Promise<Item | null> {
    return readItem(this.rest, number);
  }

  /** One discussion by number (an event's, or one to explain), or null when there is none. */
  async getDiscussion(number: number): Promise<Item | null> {
    const doing = `reading discussion #${number}`;
    const answer = await this.read<{ repository: { item: DiscussionNode | null } | null }>(
      doing,
      discussionQuery(),
      { owner: this.owner, name: this.name, number },
    );
    const node = answer.data?.repository?.item;
    if (node) {
      this.ids.rememberItem('discussion', node.number, node.id);
      return discussionToItem(node);
    }
    if (answer.errors.length > 0 && answer.errors.every((e) => e.type === 'NOT_FOUND')) return null;
    throw this.readFailure(doing, answer, 'discussion');
  }

  /**
   * A discussion's facts: its activity (comments, replies, edits, the answer's choice, reactions when
   * they count) in one request per 100 comments. It has no label history, files, branches or links.
   */
  private async discussionFacts(item: ItemKey, wanted: ReadonlySet<FactName>): Promise<ItemFacts> {
    const facts: ItemFacts = {};
    if (wanted.has('files')) facts.files = [];
    if (wanted.has('branches')) facts.branches = null;
    if (wanted.has('linked')) facts.linked = [];
    const comments: DiscussionCommentNode[] = [];
    const reactions: ReactionNode[] = [];
    let history: DiscussionHistoryNode | undefined;
    let commentsAfter: string | null = null;
    let reactionsAfter: string | null = null;
    let more = { comments: wanted.has('timeline'), reactions: wanted.has('reactions') };
    const doing = `reading the history of ${describeItem(item)}`;
    while (more.comments || more.reactions) {
      const answer: GraphqlAnswer<{ repository: { item: DiscussionHistoryNode | null } | null }> =
        await this.read(doing, discussionHistoryQuery(more), {
          owner: this.owner,
          name: this.name,
          number: item.number,
          ...(more.comments ? { commentsAfter } : {}),
          ...(more.reactions ? { reactionsAfter } : {}),
        });
      const node = answer.data?.repository?.item;
      if (!node || answer.errors.length > 0) throw this.readFailure(doing, answer, 'discussion');
      this.ids.rememberItem('discussion', item.number, node.id);
      const next = { comments: false, reactions: false };
      if (more.comments && node.comments) {
        history ??= node;
        comments.push(...nodesOf(node.comments));
        commentsAfter = node.comments.pageInfo.endCursor;
        next.comments = node.comments.pageInfo.hasNextPage;
      }
      if (more.reactions && node.reactions) {
        reactions.push(...nodesOf(node.reactions));
        reactionsAfter = node.reactions.pageInfo.endCursor;
        next.reactions = node.reactions.pageInfo.hasNextPage;
      }
      more = next;
    }
    if (wanted.has('timeline') && history) facts.timeline = discussionActivity(comments, history);
    if (wanted.has('reactions')) facts.reactions = reactionActivity(reactions);
    return facts;
  }

  private issueForms(): IssueForms {
    this.forms ??= new IssueForms(this.rest);
    return this.forms;
  }

  /** The facts asked for, in one request (more only for a connection longer than 100). */
  async commandComments(
    item: ItemKey,
    scope: { since: string; commentId?: string },
  ): Promise<CommandComment[]> {
    const doing = `reading the comments with commands of ${describeItem(item)}`;
    const found: CommandComment[] = [];
    let before: string | null = null;
    for (;;) {
      const answer: GraphqlAnswer<{ repository: { item: { comments: CommandCommentsPage } | null } | null }> =
        await this.read(doing, commandCommentsQuery(item.type), {
          owner: this.owner,
          name: this.name,
          number: item.number,
          before,
        });
      const page = answer.data?.repository?.item?.comments;
      if (!page || answer.errors.length > 0) throw this.readFailure(doing, answer, item.type);
      const { comments, more } = commandCommentsOf(page, scope);
      found.unshift(...comments);
      if (!more || !page.pageInfo.startCursor) return found;
      before = page.pageInfo.startCursor;
    }
  }

  /** Through REST, as issue types are: one request per 100 labels, once a run. */
  labelNames(): Promise<string[]> {
    return readLabelNames(this.rest);
  }

  /** Through REST: GraphQL has no "can this login be assigned here" (`assignableUsers` searches). */
  unknownUsers(logins: readonly string[]): Promise<string[]> {
    this.assignable ??= new Assignable(this.rest);
    return this.assignable.unknown(logins);
  }

  milestoneTitles(): Promise<string[]> {
    return readMilestoneTitles(this.rest);
  }

  async addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void> {
    return this.write({ kind: 'addReaction', item, commentId, content });
  }

  async facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts> {
    const wanted = new Set(names);
    if (item.type === 'discussion') return this.discussionFacts(item, wanted);
    const facts: ItemFacts = {};
    // One REST read per issue: the pinned GraphQL schema has no issue types to query.
    if (wanted.has('issueType')) facts.issueType = await readIssueType(this.rest, item);
    if (wanted.has('form')) facts.form = await this.issueForms().ofItem(item);
    if (wanted.has('projects')) facts.projects = await this.projects.readOne(item);
    const isPull = item.type === 'pull_request';
    if (!isPull && wanted.has('files')) facts.files = [];
    if (!isPull && wanted.has('branches')) facts.branches = null;
    const parts: FactsParts = {};
    const scope = timelineScope(wanted);
    if (scope) parts.timeline = scope;
    if (wanted.has('reactions')) parts.reactions = true;
    if (isPull && wanted.has('files')) parts.files = true;
    if (isPull && wanted.has('branches')) parts.branches = true;
    if (wanted.has('linked')) parts.linked = true;
    const hierarchy = new Set([...wanted].filter((name) => name === 'subIssues' || name === 'parent'));
    if (isPull) Object.assign(facts, hierarchyFacts({}, false, hierarchy));
    else if (hierarchy.size > 0) parts.hierarchy = hierarchy;
    const pullState = new Set([...wanted].filter((n) => n === 'pull' || n === 'reviews' || n === 'checks'));
    if (!isPull) Object.assign(facts, pullStateFacts({}, pullState, false, false));
    else if (pullState.size > 0) parts.pullState = pullState;
    if (Object.keys(parts).length === 0) return facts;

    const timeline: TimelineNode[] = [];
    const reactions: ReactionNode[] = [];
    const files: string[] = [];
    const linked: LinkedNode[] = [];
    const cursors: Record<string, string | null> = {};
    let edit: Pick<FactsNode, 'lastEditedAt' | 'editor'> = {};
    let next: FactsParts | null = parts;
    const doing = `reading ${[...wanted].join(', ')} of ${describeItem(item)}`;
    while (next) {
      const answer: GraphqlAnswer<{ repository: { item: FactsNode | null } | null }> = await this.read(
        doing,
        factsQuery(item.type, next),
        { owner: this.owner, name: this.name, number: item.number, ...cursors },
      );
      const node = answer.data?.repository?.item;
      if (!node || answer.errors.length > 0) throw this.readFailure(doing, answer, item.type);
      this.ids.rememberItem(item.type, item.number, node.id);
      const more: FactsParts = {};
      if (next.timeline && node.timelineItems) {
        timeline.push(...nodesOf(node.timelineItems));
        cursors.timelineAfter = node.timelineItems.pageInfo.endCursor;
        if (node.timelineItems.pageInfo.hasNextPage) more.timeline = next.timeline;
      }
      if (next.reactions && node.reactions) {
        reactions.push(...nodesOf(node.reactions));
        cursors.reactionsAfter = node.reactions.pageInfo?.endCursor ?? null;
        if (node.reactions.pageInfo?.hasNextPage) more.reactions = true;
      }
      if (next.files && node.files) {
        files.push(...nodesOf(node.files).map((f) => f.path));
        cursors.filesAfter = node.files.pageInfo.endCursor;
        if (node.files.pageInfo.hasNextPage) more.files = true;
      }
      const linkedPage = isPull ? node.closingIssuesReferences : node.closedByPullRequestsReferences;
      if (next.linked && linkedPage) {
        linked.push(...nodesOf(linkedPage));
        cursors.linkedAfter = linkedPage.pageInfo?.endCursor ?? null;
        if (linkedPage.pageInfo?.hasNextPage) more.linked = true;
      }
      if (next.branches) facts.branches = branchesOf(node);
      if (next.hierarchy) Object.assign(facts, hierarchyFacts(node, true, next.hierarchy));
      if (next.pullState) Object.assign(facts, pullStateFacts(node, next.pullState, true, false));
      if (next.timeline === 'full' && node.lastEditedAt !== undefined) edit = node;
      next = Object.keys(more).length > 0 ? more : null;
    }
    const events = toActivity(timeline);
    if (wanted.has('timeline')) facts.timeline = withLastEdit(events, edit);
    if (wanted.has('reactions')) facts.reactions = reactionActivity(reactions);
    if (wanted.has('labelAppliedAt')) facts.labelAppliedAt = labelAppliedAt(events);
    if (isPull && wanted.has('files')) facts.files = files;
    if (wanted.has('linked')) facts.linked = toLinked(item.type, linked);
    return facts;
  }

  /** The item's comments with their thumbs-down counts, in pages of 100: no request per comment. */
  async ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>> {
    const nodes: CommentNode[] = [];
    for await (const page of this.commentPages(item, ruleCommentsQuery(item.type))) nodes.push(...page);
    return ruleCommentsOf(nodes, rules);
  }

  async findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null> {
    const listed = this.listedComments.find(item, marker, since);
    if (listed !== undefined) return listed;
    for await (const page of this.commentPages<CommentNode>(item, commentsQuery(item.type))) {
      const found = firstOwnAfter(page, marker, since);
      if (found) return found;
    }
    return null;
  }

  /** An item's comments, oldest first, a page of 100 at a time, as `document` selects them. */
  private async *commentPages<N extends CommentNode>(item: ItemKey, document: string): AsyncGenerator<N[]> {
    const doing = `reading the comments of ${describeItem(item)}`;
    let after: string | null = null;
    do {
      const answer: GraphqlAnswer<CommentsData<N>> = await this.read(doing, document, {
        owner: this.owner,
        name: this.name,
        number: item.number,
        after,
      });
      const page = answer.data?.repository?.item?.comments;
      if (!page || answer.errors.length > 0) throw this.readFailure(doing, answer, item.type);
      yield nodesOf(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
  }

  /**
   * Applies several writes in ceil(n / batchSize) mutation requests (plus at most one lookup of ids
   * not yet known, and one to create missing labels). One result per write, in order; a failed write
   * does not stop the others, even on the same item. Rejects only with RateLimitStop.
   */
  batch(writes: readonly Write[]): Promise<WriteResult[]> {
    this.listedComments.clear();
    return this.batcher.run(writes);
  }

  /**
   * The Provider's batched writes: see `batch()`. Issue types go through REST one by one (the pinned
   * schema predates them), the rest as batched mutations; results stay in the order of `writes`.
   */
  async applyBatch(writes: readonly Write[]): Promise<WriteResult[]> {
    this.listedComments.clear();
    // Issue types and branches through REST, projects through their own client: one by one, in order.
    const viaRest = (w: Write) =>
      w.kind === 'setIssueType' ||
      w.kind === 'deleteBranch' ||
      w.kind === 'addToProject' ||
      w.kind === 'setProjectField';
    if (!writes.some(viaRest)) return this.batcher.run(writes);
    const batched = await this.batcher.run(writes.filter((w) => !viaRest(w)));
    const results: WriteResult[] = [];
    let next = 0;
    for (const write of writes) {
      if (!viaRest(write)) results.push(batched[next++]);
      else results.push(await this.restWrite(write));
    }
    return results;
  }

  /** A write the batcher cannot send, through REST, as a WriteResult. */
  private async restWrite(write: Write): Promise<WriteResult> {
    try {
      if (write.kind === 'deleteBranch') {
        const { deleted, note } = await deleteHeadBranch(this.rest, write.item);
        return { write, ok: true, kept: !deleted, note };
      }
      if (write.kind === 'setIssueType') await writeIssueType(this.rest, write.item, write.name);
      if (write.kind === 'addToProject') await this.projects.add(write.item, write.project);
      if (write.kind === 'setProjectField')
        await this.projects.set(write.item, write.project, write.field, write.value);
      return { write, ok: true };
    } catch (error) {
      if (error instanceof RateLimitStop) throw error;
      return {
        write,
        ok: false,
        error: error instanceof ItemWriteError ? error : new ItemWriteError(String(error)),
      };
    }
  }

  /** Through REST, like issue types: see github/branch-cleanup.ts. */
  deleteBranch(item: ItemKey): Promise<BranchDeletion> {
    return deleteHeadBranch(this.rest, item);
  }

  setIssueType(item: ItemKey, name: string | null): Promise<void> {
    this.listedComments.clear();
    return writeIssueType(this.rest, item, name);
  }

  addLabels(item: ItemKey, labels: string[]): Promise<void> {
    return this.write({ kind: 'addLabels', item, labels });
  }

  removeLabel(item: ItemKey, label: string): Promise<void> {
    return this.write({ kind: 'removeLabel', item, label });
  }

  async createComment(item: ItemKey, body: string): Promise<string | void> {
    const result = await this.confirmed({ kind: 'createComment', item, body });
    return result.ok ? result.createdId : undefined;
  }

  /**
   * One query for all the lookups: the oldest 100 comments of an item, or with a `since` its newest
   * 100 (a cycle's comments are the latest; more than 100 comments in one cycle would hide its first).
   */
  async findComments(lookups: readonly CommentLookup[]): Promise<(OwnComment | null)[]> {
    if (lookups.length === 0) return [];
    type Nodes = { comments: { nodes: (CommentNode | null)[] | null } } | null;
    const answer = await this.read<{ repository: Record<string, Nodes> | null }>(
      'reading the comments of several items',
      firstCommentsQuery(lookups.map((l) => ({ ...l.item, newest: l.since !== undefined }))),
      { owner: this.owner, name: this.name },
    );
    return lookups.map(({ marker, since }, k) =>
      firstOwnAfter(answer.data?.repository?.[`i${k}`]?.comments.nodes ?? [], marker, since),
    );
  }

  /** `commentId` is a node id (from createComment or findComment). */
  async deleteComment(item: ItemKey, commentId: string): Promise<void> {
    this.listedComments.clear();
    const doing = `deleting its duplicate comment on ${describeItem(item)}`;
    let answer;
    try {
      const discussion = item.type === 'discussion';
      answer = await this.transport.send(
        mutationDocument('SiftDeleteComment', [
          {
            field: discussion ? 'deleteDiscussionComment' : 'deleteIssueComment',
            inputType: discussion ? 'DeleteDiscussionCommentInput' : 'DeleteIssueCommentInput',
            input: { id: commentId },
            selection: 'clientMutationId',
          },
        ]),
        { m0: { id: commentId } },
      );
    } catch (error) {
      throw writeError(error, this.failure(doing));
    }
    if (answer.errors.length > 0) {
      throw new ItemWriteError(
        `${doing} in ${this.repository} failed: ${answer.errors.map((e) => e.message).join('; ')}`,
      );
    }
  }

  /** `commentId` is the node id findComment returned. */
  updateComment(item: ItemKey, commentId: string, body: string): Promise<void> {
    return this.write({ kind: 'updateComment', item, commentId, body });
  }

  close(item: ItemKey, reason: CloseReason): Promise<void> {
    return this.write({ kind: 'close', item, reason });
  }

  reopen(item: ItemKey): Promise<void> {
    return this.write({ kind: 'reopen', item });
  }

  lock(item: ItemKey, reason: LockReason | null): Promise<void> {
    return this.write({ kind: 'lock', item, reason });
  }

  unlock(item: ItemKey): Promise<void> {
    return this.write({ kind: 'unlock', item });
  }

  addAssignees(item: ItemKey, logins: string[]): Promise<void> {
    return this.write({ kind: 'addAssignees', item, logins });
  }

  removeAssignees(item: ItemKey, logins: string[]): Promise<void> {
    return this.write({ kind: 'removeAssignees', item, logins });
  }

  setMilestone(item: ItemKey, title: string | null): Promise<void> {
    return this.write({ kind: 'setMilestone', item, title });
  }

  requestReviewers(item: ItemKey, logins: string[]): Promise<void> {
    return this.write({ kind: 'requestReviewers', item, logins });
  }

  /** Requests sent: queries are reads, mutations writes (each retry counts). */
  requestCounts(): { reads: number; writes: number } {
    const project = this.projectCounts;
    if (!project) return { ...this.counts };
    return { reads: this.counts.reads + project.reads, writes: this.counts.writes + project.writes };
  }

  projectSchemas(refs: readonly ProjectRef[], fields?: readonly string[]): Promise<ProjectLookup[]> {
    return this.projects.schemas(refs, fields);
  }

  addToProject(item: ItemKey, project: ProjectRef): Promise<void> {
    return this.projects.add(item, project);
  }

  setProjectField(item: ItemKey, project: ProjectRef, field: string, value: string): Promise<void> {
    return this.projects.set(item, project, field, value);
  }

  /** GitHub's GraphQL point budget as last reported, and the points this provider spent. */
  rateLimit(): GraphqlBudget {
    return this.transport.budget();
  }

  quota(): Quota | null {
    const { limit, remaining, resetAt } = this.transport.budget();
    if (limit === null || remaining === null || resetAt === null) return null;
    return { kind: 'GraphQL points', limit, remaining, resetAt };
  }

  // ---- internals --------------------------------------------------------------------------------

  private async write(write: Write): Promise<void> {
    await this.confirmed(write);
  }

  private async confirmed(write: Write): Promise<WriteResult> {
    this.listedComments.clear();
    const [result] = await this.batcher.run([write]);
    if (!result.ok) throw result.error;
    return result;
  }

  /** Keeps Sift's comments of a listed item whose comments the page held completely. */
  private rememberComments(node: ItemNode): void {
    const { nodes, pageInfo } = node.comments;
    const complete = node.comments.totalCount === 0 || (nodes && pageInfo?.hasPreviousPage === false);
    if (!complete) return;
    // Oldest first, as GitHub lists `last: N`; only Sift's own (marker, by a bot or Sift's account).
    const own = (nodes ?? []).map((c) => ownComment(c, MARKER_PREFIX)).filter((c) => c !== null);
    this.listedComments.remember({ type: itemType(node), number: node.number }, own);
  }

  private remember(node: ItemNode): void {
    const type = node.__typename === 'PullRequest' ? 'pull_request' : 'issue';
    this.ids.rememberItem(type, node.number, node.id);
    for (const label of nodesOf(node.labels)) this.ids.rememberLabel(label.id, label.name);
  }

  private async listPage<N = ItemNode>(
    document: string,
    type: ItemType,
    state: ItemQuery['state'],
    after: string | null,
  ): Promise<ListPage<N>> {
    const doing = `listing ${state} ${type === 'pull_request' ? 'pull requests' : `${type}s`}`;
    const states =
      state === 'all'
        ? null
        : state === 'open'
          ? ['OPEN']
          : type === 'pull_request'
            ? ['CLOSED', 'MERGED']
            : ['CLOSED'];
    const answer = await this.read<ListData<N>>(doing, document, {
      owner: this.owner,
      name: this.name,
      first: this.perPage,
      after,
      states,
    });
    const page = answer.data?.repository?.items;
    // Correctness first: a page with any error (even on one item's field) is not half-used.
    if (!page || answer.errors.length > 0) throw this.readFailure(doing, answer, type);
    return page;
  }

  private async read<T extends object>(
    doing: string,
    document: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlAnswer<T>> {
    try {
      return await this.transport.send<T>(document, variables);
    } catch (error) {
      throw readError(error, this.failure(doing));
    }
  }

  /** `type`: whose read permission a FORBIDDEN answer is about. */
  private readFailure(doing: string, answer: GraphqlAnswer<object>, type: ItemType): Error {
    if (isRateLimited(answer.errors))
      return rateLimitedStop(this.failure(doing), this.transport.budget().resetAt);
    const errors =
      answer.errors.length > 0 ? answer.errors : [{ message: 'an answer without the data asked for' }];
    return graphqlReadError(
      errors,
      this.failure(doing, `${type === 'pull_request' ? 'pull-requests' : `${type}s`}: read`),
    );
  }

  private failure(doing: string, permission?: string): Failure {
    return { doing, repository: this.repository, permission, secrets: [this.token] };
  }
}

/** The listed facts plus the item's issue type, when the rules want it and it is known. */
function withIssueType(
  facts: ItemFacts | undefined,
  item: Item,
  wanted: ReadonlySet<FactName>,
  issueTypes: ReadonlyMap<number, string | null> | null,
): ItemFacts | undefined {
  if (!wanted.has('issueType')) return facts;
  const type = item.type === 'issue' ? issueTypes?.get(item.number) : null;
  return type === undefined ? facts : { ...facts, issueType: type };
}

function bounded(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}, not ${value}`);
  }
  return value;
}

// RateLimitStop is re-exported so callers of batch() can tell a stop from a failed write.
export { RateLimitStop };
