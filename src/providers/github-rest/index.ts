/**
 * The GitHub provider over the REST API (Octokit from @actions/github). Lists issues and pull requests
 * in one walk of the issues endpoint, lazily, page by page; reads per-item facts (timeline, label
 * history, changed files, branches, linked items) only when asked (facts.ts); writes through the
 * issues and pulls endpoints, converting failures into ItemWriteError.
 */
import { GitHubProjects } from '../github/projects.js';
import { GraphqlTransport } from '../github-graphql/transport.js';
import { graphqlUrlFor } from '../github-graphql/url.js';
import type { ProjectMembership, ProjectRef } from '../../model/projects.js';
import type { CloseReason, FactName, Item, ItemFacts, LockReason, RuleComment } from '../../model/item.js';
import { ISSUE_CLOSED_AS } from '../../model/item.js';
import { isSelf, readSelfLogin } from '../github/self.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../model/rules.js';
import {
  ItemWriteError,
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
import { createClient, type GitHubClient, type RateLimits, type RequestCounts } from '../github/client.js';
import type { ClientTuning } from '../github/tuning.js';
import {
  apiMessage,
  describeItem,
  isHttpFailure,
  permissionFor,
  readError,
  writeError,
  type Failure,
} from '../github/errors.js';
import type { EtagStore } from '../github/etags.js';
import { deleteHeadBranch, type BranchTarget } from '../github/branch-cleanup.js';
import { CommentMemo, firstAfter, forgeTime, ListedUncommented, NoneSeen } from '../github/comment-memo.js';
import { issueTypeOf, readIssueType, writeIssueType, type IssueTypeTarget } from '../github/issue-type.js';
import { IssueForms } from '../github/issue-forms.js';
import { listedHierarchy, readParent, readSubIssues, type ApiHierarchy } from '../github/sub-issues.js';
import { ownCommentsSince, readActivityFeeds, type ActivityFeeds, type FeedSource } from './feeds.js';
import { PullMemo, readFacts } from './facts.js';
import { readRequiredApprovals } from './pull-facts.js';
import { readCommandComments } from './commands.js';
import { readLabelNames } from '../github/labels.js';
import { Assignable } from '../github/names.js';
import { realClock, type Clock } from '../../model/clock.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
import { readItem } from '../github/read-item.js';
import { toItem, type ApiIssue } from './map.js';
import { listingPages, type ListingPage } from './listing-pages.js';
import { isSiftComment, type ApiUser } from './timeline.js';
import { latestRuleComments, ruleCommentOf, type ListedComment } from '../rule-comments.js';
import { NumberSet } from '../number-set.js';
import { inCycle } from '../comment-cycle.js';

export interface GitHubRestProviderOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** API root: GITHUB_API_URL on runners (`https://HOST/api/v3` on GitHub Enterprise Server). */
  baseUrl?: string;
  /**
   * GraphQL endpoint, for GitHub projects (GraphQL only). Default: beside `baseUrl`. Entry points
   * pass GITHUB_GRAPHQL_URL.
   */
  graphqlUrl?: string;
  /** A token for GitHub projects only, through a client of its own; absent: `token` serves them. */
  projectToken?: string;
  userAgent?: string;
  /** Page size of listings, 1 to 100. Default 100 (fewest requests); tests replaying recordings set it. */
  perPage?: number;
  /** Retries, timeouts and rate-limit waits of the client; the defaults suit real runs, tests shrink them. */
  client?: ClientTuning;
  /**
   * ETags of earlier runs (see github/etags.ts): every GET (listing pages, per-item reads) is sent as a
   * conditional request, and a `304 Not Modified`, free of the rate limit, is answered from the store.
   */
  etags?: EtagStore;
  /**
   * Read the repository-wide comments and issue events feeds once per walk (see feeds.ts) when the
   * query gives `recentSince`, instead of a timeline read per recently updated item. Default true.
   */
  activityFeeds?: boolean;
  /**
   * How long to wait before asking again for a pull request's mergeability when GitHub answered null
   * (it computes it in the background on the first read). Default 2,000 ms; tests set 0.
   */
  mergeablePauseMs?: number;
  /** Time for the mergeability pause; tests inject a fake one. Default: real time. */
  clock?: Clock;
}

export function createGitHubRestProvider(options: GitHubRestProviderOptions): GitHubRestProvider {
  return new GitHubRestProvider(options);
}

/**
 * How far before a "none" read a repository's comments feed is read from: a comment may show in a
 * listing a little after it was posted, and the forge's clock ticks in whole seconds in its headers.
 */
const FEED_LAG_MS = 60_000;

/**
 * What the walk keeps of a listed issue, taken as its page arrives (see listingPages): the item, and
 * its node id for a read of its projects.
 */
interface ListedIssue {
  item: Item;
  nodeId?: string;
}

export class GitHubRestProvider implements Provider {
  readonly capabilities: Capabilities = {
    name: 'github-rest',
    conditions: new Set(CONDITION_KINDS),
    actions: new Set(ACTION_KINDS),
    facts: new Set<FactName>([
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
      'ruleComments',
      'projects',
    ]),
    commands: true,
    closeReasons: ISSUE_CLOSED_AS,
  };
  readonly repository: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly octokit: GitHubClient;
  private readonly counts: RequestCounts;
  private readonly approvalsByBase = new Map<string, Promise<number>>();
  private readonly pulls = new PullMemo();
  private readonly mergeablePauseMs: number;
  private readonly clock: Clock;
  private readonly rate: RateLimits;
  private readonly perPage: number;
  /** The client's `reserve`: listing pages go one at a time when the budget left is about that. */
  private readonly reserve: number;
  private readonly token: string;
  private readonly activityFeeds: boolean;
  /** GitHub projects, through GraphQL (there is no REST API for them), with the project token's client if any. */
  private readonly projects: GitHubProjects;
  /** Requests of the project token's client; null when projects share the main client. */
  private readonly projectCounts: RequestCounts | null;
  /** Milestone title -> number, read once per provider (one request for most repositories). */
  private milestones: Promise<Map<string, number>> | null = null;
  private assignable: Assignable | null = null;
  /** The repository's issue forms, read once (fact `form`). */
  private formsOnce: IssueForms | null = null;
  /** The login Sift runs as (GET /user), read once, and only when a person's comment carries a marker. */
  private selfLogin: Promise<string | null> | null = null;
  /** Sift's comments on the items whose timelines were read last: findComment needs no request then. */
  private readonly timelineComments = new CommentMemo();
  /** Listed items without any comment: findComment needs no request for them either. */
  private readonly uncommented = new ListedUncommented();
  /** Where findComment answered "none", and when (see findComments). */
  private readonly noneSeen = new NoneSeen();

  constructor(options: GitHubRestProviderOptions) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
      throw new Error(`repository must be "owner/name", not "${options.repository}"`);
    }
    this.mergeablePauseMs = options.mergeablePauseMs ?? 2_000;
    this.clock = options.clock ?? realClock;
    const perPage = options.perPage ?? 100;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      throw new Error(`perPage must be an integer from 1 to 100, not ${perPage}`);
    }
    this.owner = owner;
    this.repo = repo;
    this.repository = `${owner}/${repo}`;
    this.perPage = perPage;
    this.reserve = options.client?.reserve ?? 0;
    this.token = options.token;
    this.activityFeeds = options.activityFeeds ?? true;
    ({
      octokit: this.octokit,
      counts: this.counts,
      rate: this.rate,
    } = createClient({
      ...options.client,
      token: options.token,
      baseUrl: options.baseUrl ?? 'https://api.github.com',
      userAgent: options.userAgent,
      etags: options.etags,
    }));
    const baseUrl = options.baseUrl ?? 'https://api.github.com';
    const graphqlUrl = (options.graphqlUrl ?? graphqlUrlFor(baseUrl)).replace(/\/+$/, '');
    // GraphQL requests of the main client must be trusted by its origin guard: a separate client for
    // projects (its own token, or the same one) keeps REST's client as it is.
    const projectClient = createClient({
      ...options.client,
      token: options.projectToken ?? options.token,
      baseUrl,
      userAgent: options.userAgent,
      alsoTrusted: [graphqlUrl],
    });
    this.projectCounts = projectClient.counts;
    const transport = new GraphqlTransport(projectClient.octokit, graphqlUrl);
    this.projects = new GitHubProjects(
      (document, variables, sendOptions) => transport.send(document, variables, sendOptions),
      { owner, name: repo },
      { workflowToken: !options.projectToken },
      [options.token, options.projectToken ?? ''],
    );
  }

  /**
   * Oldest first, so items created during the walk land after the cursor instead of shifting it.
   * Items that leave the listing mid-walk (closed during an open walk) still shift later pages: the
   * executor holds such writes until the walk is over.
   */
  async *items(query: ItemQuery): AsyncGenerator<Item> {
    // The rules file is checked against the capabilities first; this only guards library callers.
    if (query.type === 'discussion') throw new Error("GitHub's REST API has no discussions: use GraphQL");
    // Every REST issue carries its type (absent: the repository has none): free when the rules ask.
    const withType = query.prefetch?.includes('issueType') ?? false;
    // It also says whether an issue has sub-issues or a parent at all: reads only for those that do.
    const hierarchy = (query.prefetch ?? []).filter((name) => name === 'subIssues' || name === 'parent');
    /** What the walk keeps of a listed issue, taken as its page arrives (see listingPages). */
    const keep = (issue: ApiIssue & ApiHierarchy): ListedIssue => {
      const item = toItem(issue);
      if (withType) item.prefetched = { issueType: item.type === 'issue' ? issueTypeOf(issue) : null };
      if (hierarchy.length > 0) {
        const listed = listedHierarchy(issue, item.type === 'issue', hierarchy);
        if (Object.keys(listed).length > 0) item.prefetched = { ...item.prefetched, ...listed };
      }
      return { item, nodeId: issue.node_id };
    };
    // Page 1 first; the rest, once its `Link` names the last, a few at a time (listing-pages.ts).
    const pages = listingPages<ApiIssue & ApiHierarchy, ListedIssue>(
      { octokit: this.octokit, rate: this.rate, reserve: this.reserve },
      'GET /repos/{owner}/{repo}/issues',
      {
        owner: this.owner,
        repo: this.repo,
        state: query.state,
        sort: 'created',
        direction: 'asc',
        per_page: this.perPage,
      },
      keep,
    );
    // An item reopened by someone else mid-walk shifts the pages the other way: it would come twice.
    const seen = new NumberSet();
    const since = this.feedsSince(query);
    // The forms are read once; each listed issue's answers are in its body.
    const withForm = query.prefetch?.includes('form') ?? false;
    // Projects: one GraphQL `nodes(ids:)` query per page of items.
    const withProjects = query.prefetch?.includes('projects') ?? false;
    try {
      yield* this.walk(pages, query, { seen, since, withForm, withProjects });
    } finally {
      // A consumer that stops early leaves no page request running (listing-pages.ts waits for them).
      await pages.return(undefined);
    }
  }

  private async *walk(
    pages: AsyncGenerator<ListingPage<ListedIssue>>,
    query: ItemQuery,
    walk: { seen: NumberSet; since: string | undefined; withForm: boolean; withProjects: boolean },
  ): AsyncGenerator<Item> {
    const { seen, since, withForm, withProjects } = walk;
    /** Read at the first item updated within the window: a walk of old, quiet items reads nothing. */
    let feeds: Promise<ActivityFeeds> | undefined;
    for (;;) {
      const next = await pages.next().catch((error: unknown) => {
        throw readError(error, this.failure(`listing ${query.state} issues and pull requests`));
      });
      if (next.done) return;
      const projects = withProjects ? await this.pageProjects(next.value.data, seen, query) : null;
      const readAt = forgeTime(next.value.headers as { date?: string });
      for (const { item } of next.value.data) {
        if (seen.has(item.number)) continue;
        seen.add(item.number);
        // A later listing that shows comments undoes an earlier one's "none".
        if (item.comments === 0) this.uncommented.note(item.number, readAt);
        else this.uncommented.forget(item.number);
        if (query.type && item.type !== query.type) continue;
        if (withForm)
          item.prefetched = {
            ...item.prefetched,
            form: await this.issueForms().ofBody(item.type, item.body),
          };
        const listedProjects = projects?.get(item.number);
        if (listedProjects) item.prefetched = { ...item.prefetched, projects: listedProjects };
        if (since !== undefined && Date.parse(item.updatedAt) >= Date.parse(since)) {
          feeds ??= readActivityFeeds(this.feedSource(), since);
          (await feeds).attach(item);
        }
        yield item;
      }
    }
  }

  /** The projects of a page's items the walk will yield, in one GraphQL request. */
  private pageProjects(
    page: readonly ListedIssue[],
    seen: NumberSet,
    query: ItemQuery,
  ): Promise<Map<number, ProjectMembership[]>> {
    const wanted = page.filter(
      ({ item, nodeId }) =>
        nodeId !== undefined && !seen.has(item.number) && (!query.type || item.type === query.type),
    );
    return this.projects.readMany(
      wanted.map(({ item, nodeId }) => ({ number: item.number, id: nodeId ?? '' })),
    );
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

  /**
   * The window start to read the activity feeds back to, or undefined when they are not worth reading:
   * no `recentSince`, rules that read no activity or label times, or reactions counted (the feeds carry
   * none, so the per-item timeline decides anyway).
   */
  private feedsSince(query: ItemQuery): string | undefined {
    // Rules that count reactions ask for them with the timeline (see ItemFacts.reactions).
    const reactionsCount = query.prefetch?.includes('reactions') ?? false;
    if (!this.activityFeeds || reactionsCount || query.recentSince === undefined) return undefined;
    const wanted = query.prefetch?.some((name) => name === 'timeline' || name === 'labelAppliedAt');
    return wanted ? startOfUtcDay(query.recentSince) : undefined;
  }

  private feedSource(): FeedSource {
    return {
      octokit: this.octokit,
      owner: this.owner,
      repo: this.repo,
      rate: this.rate,
      reserve: this.reserve,
      failure: (doing: string) => this.failure(doing),
      self: () => this.self(),
    };
  }

  async getItem(number: number): Promise<Item | null> {
    return readItem(this.restTarget(), number);
  }

  /** Approvals each base branch's rulesets require, read once per run and branch (see pull-facts.ts). */
  private requiredApprovals(base: string): Promise<number> {
    let read = this.approvalsByBase.get(base);
    if (read === undefined) {
      read = readRequiredApprovals(
        { octokit: this.octokit, owner: this.owner, repo: this.repo, failure: (d) => this.failure(d) },
        base,
      );
      // A failed read is no answer: the next pull request asks again.
      read.catch(() => this.approvalsByBase.delete(base));
      this.approvalsByBase.set(base, read);
    }
    return read;
  }

  async facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts> {
    // Listed items carry their type; this read serves items that came another way (explain, events).
    const issueType = names.includes('issueType') ? await readIssueType(this.restTarget(), item) : undefined;
    const facts = await readFacts(
      {
        octokit: this.octokit,
        owner: this.owner,
        repo: this.repo,
        failure: (doing) => this.failure(doing),
        self: () => this.self(),
        rememberComments: (key, comments, readAt) => this.timelineComments.remember(key, comments, readAt),
        requiredApprovals: (base) => this.requiredApprovals(base),
        pulls: this.pulls,
        mergeablePauseMs: this.mergeablePauseMs,
        sleep: (ms) => this.clock.sleep(ms),
      },
      item,
      names,
    );
    if (names.includes('subIssues')) facts.subIssues = await readSubIssues(this.restTarget(), item);
    if (names.includes('parent')) facts.parent = await readParent(this.restTarget(), item);
    if (names.includes('form')) facts.form = await this.issueForms().ofItem(item);
    if (names.includes('projects')) facts.projects = await this.projects.readOne(item);
    return issueType === undefined ? facts : { ...facts, issueType };
  }

  /**
   * After a run posted comments: a lookup whose answer this provider gave as "none" before (the run's
   * check before posting) needs only the comments posted since that read, so one read of the
   * repository's comments feed since the earliest of them answers every such lookup. Any other
   * lookup, or a single one, is one findComment.
   */
  async findComments(lookups: readonly CommentLookup[]): Promise<(OwnComment | null)[]> {
    const bounds = lookups.map((l) => this.noneSeen.since(l.item, l.marker, l.since));
    if (lookups.length < 2 || bounds.some((b) => b === undefined)) {
      return Promise.all(lookups.map((l) => this.findComment(l.item, l.marker, l.since)));
    }
    const from = new Date(Math.min(...(bounds as number[])) - FEED_LAG_MS).toISOString();
    const byNumber = await ownCommentsSince(this.feedSource(), from);
    return lookups.map((l) => firstAfter(byNumber.get(l.item.number) ?? [], l.marker, l.since));
  }

  /**
   * Comments come oldest first. `since` is passed on as GitHub's own filter (comments updated after
   * it, which includes every comment posted after it) to skip old pages; the exact test is here.
   * A "none" is remembered with the forge's time of the read (see findComments).
   */
  async findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null> {
    const remembered = this.timelineComments.find(item, marker, since);
    if (remembered !== undefined) {
      if (remembered === null) this.noneSeen.note(item, marker, since, this.timelineComments.readAt(item));
      return remembered;
    }
    const uncommentedAt = this.uncommented.readAt(item.number);
    if (uncommentedAt !== undefined) {
      this.noneSeen.note(item, marker, since, uncommentedAt);
      return null;
    }
    const listing = this.octokit.paginate.iterator(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...this.ref(item),
        per_page: 100,
        ...(since === undefined ? {} : { since }),
      },
    );
    const pages = listing[Symbol.asyncIterator]();
    let readAt: number | undefined;
    for (;;) {
      const next = await pages.next().catch((error: unknown) => {
        throw readError(error, this.failure(`reading the comments of ${describeItem(item)}`));
      });
      if (next.done) {
        this.noneSeen.note(item, marker, since, readAt);
        return null;
      }
      readAt ??= forgeTime(next.value.headers);
      for (const comment of next.value.data) {
        if (!comment.body?.includes(marker) || !inCycle(comment.created_at, since)) continue;
        // The login Sift runs as is asked for only when a comment carries the marker.
        if (isSiftComment(comment.body, comment.user, await this.self(), marker)) {
          return { id: String(comment.id), body: comment.body, createdAt: comment.created_at };
        }
      }
    }
  }

  /**
   * The item's comments (a page of 100 at a time), then the thumbs-down reactions of each rule's latest
   * comment: one request more per comment, only for the rules `vetoed` names that have one.
   */
  async ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>> {
    const doing = `reading the comments of ${describeItem(item)}`;
    let comments: { id: number; body?: string | null; created_at: string; user: ApiUser | null }[];
    try {
      comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.ref(item),
        per_page: 100,
      });
    } catch (error) {
      throw readError(error, this.failure(doing));
    }
    const marked = comments.some((c) => c.body?.includes('<!-- sift:rule='));
    const self = marked ? await this.self() : null;
    const listed: ListedComment[] = comments.map((c) => ({
      id: String(c.id),
      body: c.body ?? '',
      createdAt: c.created_at,
      author: c.user?.login ?? 'ghost',
      sift: self !== null && isSelf(c.user, self),
    }));
    const out: Record<string, RuleComment> = {};
    for (const [rule, comment] of latestRuleComments(listed, rules)) {
      let reactions: { user: ApiUser | null }[];
      try {
        reactions = await this.octokit.paginate(
          'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
          {
            owner: this.owner,
            repo: this.repo,
            comment_id: Number(comment.id),
            content: '-1',
            per_page: 100,
          },
        );
      } catch (error) {
        throw readError(
          error,
          this.failure(`reading the reactions to Sift's comment on ${describeItem(item)}`),
        );
      }
      const thumbsDown = reactions.filter((r) => !(self !== null && isSelf(r.user, self))).length;
      out[rule] = ruleCommentOf(comment, listed, thumbsDown);
    }
    return out;
  }

  async commandComments(
    item: ItemKey,
    scope: { since: string; commentId?: string },
  ): Promise<CommandComment[]> {
    const ctx = { octokit: this.octokit, owner: this.owner, repo: this.repo, self: () => this.self() };
    try {
      return await readCommandComments(ctx, item.number, scope);
    } catch (error) {
      throw readError(error, this.failure(`reading the comments with commands of ${describeItem(item)}`));
    }
  }

  labelNames(): Promise<string[]> {
    return readLabelNames(this.restTarget());
  }

  unknownUsers(logins: readonly string[]): Promise<string[]> {
    this.assignable ??= new Assignable(this.restTarget());
    return this.assignable.unknown(logins);
  }

  /** The titles the milestone writes resolve, from the same read (once a run). */
  async milestoneTitles(): Promise<string[]> {
    this.milestones ??= this.loadMilestones();
    try {
      return [...(await this.milestones).keys()];
    } catch (error) {
      this.milestones = null;
      throw readError(error, this.failure(`reading the milestones of ${this.repository}`));
    }
  }

  async addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void> {
    await this.write(item, `reacting ${content} to comment ${commentId} on ${describeItem(item)}`, () =>
      this.octokit.rest.reactions.createForIssueComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: Number(commentId),
        content,
      }),
    );
  }

  async addLabels(item: ItemKey, labels: string[]): Promise<void> {
    await this.write(item, `adding ${quoteList('label', labels)} to ${describeItem(item)}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.ref(item), labels }),
    );
  }

  async removeLabel(item: ItemKey, label: string): Promise<void> {
    this.forgetComments(item);
    try {
      await this.octokit.rest.issues.removeLabel({ ...this.ref(item), name: label });
    } catch (error) {
      // Already gone is the state we wanted. A 404 for a missing item says "Not Found" instead.
      if (isHttpFailure(error) && error.status === 404 && /label does not exist/i.test(apiMessage(error)))
        return;
      throw writeError(
        error,
        this.failure(`removing label "${label}" from ${describeItem(item)}`, permissionFor(item.type)),
      );
    }
  }

  async createComment(item: ItemKey, body: string): Promise<string> {
    const { data } = await this.write(item, `commenting on ${describeItem(item)}`, () =>
      this.octokit.rest.issues.createComment({ ...this.ref(item), body }),
    );
    // The comment's author is the account Sift runs as: no request to ask who that is afterwards.
    if (data.user && this.selfLogin === null) this.selfLogin = Promise.resolve(data.user.login);
    return String(data.id);
  }

  async deleteComment(item: ItemKey, commentId: string): Promise<void> {
    await this.write(item, `deleting its duplicate comment ${commentId} on ${describeItem(item)}`, () =>
      this.octokit.rest.issues.deleteComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: Number(commentId),
      }),
    );
  }

  async updateComment(item: ItemKey, commentId: string, body: string): Promise<void> {
    const doing = `editing comment ${commentId} on ${describeItem(item)}`;
    const id = Number(commentId);
    if (!Number.isSafeInteger(id))
      throw new ItemWriteError(`${doing} failed: "${commentId}" is not a GitHub comment id`);
    await this.write(item, doing, () =>
      this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }),
    );
  }

  async close(item: ItemKey, reason: CloseReason): Promise<void> {
    if (reason !== 'completed' && reason !== 'not_planned')
      throw new ItemWriteError(
        `closing ${describeItem(item)} as ${reason}: REST closes only issues and pull requests`,
      );
    await this.write(item, `closing ${describeItem(item)} as ${reason}`, () =>
      this.octokit.rest.issues.update({ ...this.ref(item), state: 'closed', state_reason: reason }),
    );
  }

  async reopen(item: ItemKey): Promise<void> {
    await this.write(item, `reopening ${describeItem(item)}`, () =>
      this.octokit.rest.issues.update({ ...this.ref(item), state: 'open' }),
    );
  }

  async lock(item: ItemKey, reason: LockReason | null): Promise<void> {
    await this.write(item, `locking ${describeItem(item)}`, () =>
      this.octokit.rest.issues.lock({ ...this.ref(item), ...(reason ? { lock_reason: reason } : {}) }),
    );
  }

  async unlock(item: ItemKey): Promise<void> {
    await this.write(item, `unlocking ${describeItem(item)}`, () =>
      this.octokit.rest.issues.unlock(this.ref(item)),
    );
  }

  async addAssignees(item: ItemKey, logins: string[]): Promise<void> {
    const doing = `assigning ${logins.join(', ')} to ${describeItem(item)}`;
    const { data } = await this.write(item, doing, () =>
      this.octokit.rest.issues.addAssignees({ ...this.ref(item), assignees: logins }),
    );
    // GitHub answers 201 but silently drops logins that cannot be assigned (no access to the repository).
    const assigned = new Set((data.assignees ?? []).map((a) => a.login.toLowerCase()));
    const dropped = logins.filter((login) => !assigned.has(login.toLowerCase()));
    if (dropped.length > 0) {
      throw new ItemWriteError(
        `${doing} in ${this.repository} failed: GitHub ignored ${dropped.join(', ')}; only users with access to the repository can be assigned.`,
      );
    }
  }

  async removeAssignees(item: ItemKey, logins: string[]): Promise<void> {
    await this.write(item, `unassigning ${logins.join(', ')} from ${describeItem(item)}`, () =>
      this.octokit.rest.issues.removeAssignees({ ...this.ref(item), assignees: logins }),
    );
  }

  async setMilestone(item: ItemKey, title: string | null): Promise<void> {
    const doing =
      title === null
        ? `clearing the milestone of ${describeItem(item)}`
        : `setting milestone "${title}" on ${describeItem(item)}`;
    const number = title === null ? null : await this.milestoneNumber(item, title, doing);
    await this.write(item, doing, () =>
      this.octokit.rest.issues.update({ ...this.ref(item), milestone: number }),
    );
  }

  async requestReviewers(item: ItemKey, logins: string[]): Promise<void> {
    const doing = `requesting review from ${logins.join(', ')} on ${describeItem(item)}`;
    if (item.type !== 'pull_request') {
      throw new ItemWriteError(`${doing} failed: only pull requests have reviewers.`, 422);
    }
    await this.write(
      item,
      doing,
      () =>
        this.octokit.rest.pulls.requestReviewers({
          owner: this.owner,
          repo: this.repo,
          pull_number: item.number,
          reviewers: logins,
        }),
      'pull-requests: write',
    );
  }

  async setIssueType(item: ItemKey, name: string | null): Promise<void> {
    await writeIssueType(this.restTarget(), item, name);
  }

  deleteBranch(item: ItemKey): Promise<BranchDeletion> {
    return deleteHeadBranch(this.restTarget(), item);
  }

  /** Requests sent; with an ETag store, `notModified` of the reads were free 304s. */
  requestCounts(): { reads: number; writes: number; notModified?: number } {
    const project = this.projectCounts;
    return {
      ...this.counts,
      reads: this.counts.reads + (project?.reads ?? 0),
      writes: this.counts.writes + (project?.writes ?? 0),
    };
  }

  quota(): Quota | null {
    const core = this.rate.get('core');
    return core
      ? { kind: 'REST', limit: core.limit, remaining: core.remaining, resetAt: core.resetAt.toISOString() }
      : null;
  }

  // ---- internals --------------------------------------------------------------------------------

  /**
   * The login Sift runs as (github/self.ts), once per provider: its comments are the only ones Sift
   * takes for its own. Read only when a comment carries a marker.
   */
  private self(): Promise<string | null> {
    this.selfLogin ??= readSelfLogin(this.octokit).catch((error: unknown) => {
      this.selfLogin = null; // let a later item try again
      throw readError(error, this.failure('reading the account Sift runs as (GET /user, GraphQL viewer)'));
    });
    return this.selfLogin;
  }

  private issueForms(): IssueForms {
    this.formsOnce ??= new IssueForms(this.restTarget());
    return this.formsOnce;
  }

  private restTarget(): IssueTypeTarget & BranchTarget {
    return {
      octokit: this.octokit,
      owner: this.owner,
      repo: this.repo,
      failure: (doing, permission) => this.failure(doing, permission),
    };
  }

  private ref(item: ItemKey): { owner: string; repo: string; issue_number: number } {
    return { owner: this.owner, repo: this.repo, issue_number: item.number };
  }

  private forgetComments(item: ItemKey): void {
    this.timelineComments.forget(item);
    this.uncommented.forget(item.number);
  }

  private failure(doing: string, permission?: string): Failure {
    return { doing, repository: this.repository, permission, secrets: [this.token] };
  }

  private async write<T>(
    item: ItemKey,
    doing: string,
    send: () => Promise<T>,
    permission = permissionFor(item.type),
  ): Promise<T> {
    // What Sift writes to, it reads afresh (a comment it posts or deletes must show in findComment).
    this.forgetComments(item);
    try {
      return await send();
    } catch (error) {
      throw writeError(error, this.failure(doing, permission));
    }
  }

  private async milestoneNumber(item: ItemKey, title: string, doing: string): Promise<number> {
    this.milestones ??= this.loadMilestones();
    let byTitle: Map<string, number>;
    try {
      byTitle = await this.milestones;
    } catch (error) {
      this.milestones = null; // let a later item try again
      throw writeError(error, this.failure(`${doing}: reading the milestones`, permissionFor(item.type)));
    }
    const number = byTitle.get(title);
    if (number === undefined) {
      throw new ItemWriteError(`milestone "${title}" does not exist in ${this.repository}`, 422);
    }
    return number;
  }

  private async loadMilestones(): Promise<Map<string, number>> {
    const byTitle = new Map<string, number>();
    const pages = this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/milestones', {
      owner: this.owner,
      repo: this.repo,
      state: 'all',
      per_page: 100,
    });
    for await (const { data } of pages) for (const m of data) byTitle.set(m.title, m.number);
    return byTitle;
  }
}

function quoteList(noun: string, values: string[]): string {
  return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}

/**
 * The feeds' window starts at the midnight (UTC) before the rules' window start: a little more to read,
 * but every run of a day asks the same URLs, so a rerun's pages come back 304 from the ETag cache.
 */
function startOfUtcDay(iso: string): string {
  const at = new Date(iso);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())).toISOString();
}
