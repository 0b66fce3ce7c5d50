/**
 * The GitLab provider over REST API v4, through a small typed `fetch` client (client.ts). Lists issues
 * and merge requests lazily, interleaved oldest first; reads label history from resource label events
 * and the timeline from notes, and sub-issues and parents from the work-item hierarchy through GraphQL
 * (hierarchy.ts: one query per listing page, only when a rule needs them); writes through PUT on the issue or merge request and the notes
 * endpoints, converting failures into ItemWriteError (GitLabReadError for reads, and RateLimitStop,
 * which stops the run cleanly, when GitLab's rate limit is spent).
 *
 * Where GitLab has no equivalent, the difference is documented here rather than faked:
 * - no author association: the condition is not in the capabilities (a rules file using it fails at
 *   load time), and items carry `authorAssociation: 'NONE'`;
 * - no close reason and no lock reason: `close(item, reason)` and `lock(item, reason)` close or lock,
 *   and the reason is not sent;
 * - assignees and reviewers are replaced as a whole by id lists, so adding or removing some reads the
 *   item first (one GET) and sends the new full list.
 */
import type {
  CheckResult,
  CloseReason,
  FactName,
  PullReviews,
  PullState,
  Item,
  ItemFacts,
  ItemType,
  LinkedItem,
  LockReason,
  RuleComment,
} from '../../model/item.js';
import { ACTION_KINDS, CONDITION_KINDS, type ActionKind, type ConditionKind } from '../../model/rules.js';
import {
  ItemWriteError,
  type Capabilities,
  type ItemKey,
  type ItemQuery,
  type OwnComment,
  type Provider,
} from '../provider.js';
import { GitLabClient, type Query, type TokenKind } from './client.js';
import { realClock, type Clock } from '../../model/clock.js';
import { Directory } from './directory.js';
import { HierarchyReader, type HierarchyFact, type HierarchyFacts } from './hierarchy.js';
import { describeItem, GitLabHttpError, readError, writeError, type Failure } from './errors.js';
import { branchesOf, toItem } from './map.js';
import { mergeSorted } from './merge.js';
import { NotePacer } from './pacing.js';
import { isBot, isSiftNote, labelAppliedAt, needsSelf, timeline } from './timeline.js';
import { latestRuleComments, ruleCommentOf, type ListedComment } from '../rule-comments.js';
import type {
  GitLabDiff,
  GitLabIssue,
  GitLabLabelEvent,
  GitLabMergeRequest,
  GitLabNote,
  GitLabUser,
} from './types.js';
import { NumberSet } from '../number-set.js';
import { commandLines } from '../../engine/command-lines.js';
import type { CommandComment, Reaction } from '../../model/commands.js';
import { inCycle } from '../comment-cycle.js';
import { keyedRecord } from '../../model/records.js';
import {
  changedLines,
  jobCheck,
  mergeabilityPending,
  pullReviewsOf,
  pullStateOf,
  type GitLabApprovals,
  type GitLabJob,
  type GitLabMergeRequestDetail,
  type GitLabReviewer,
} from './pull-state.js';

export { GitLabReadError } from './errors.js';
export type { Clock } from '../../model/clock.js';

export interface GitLabProviderOptions {
  token: string;
  /** Full project path, `group/project` or `group/sub/project`. */
  project: string;
  /** API root. Default `https://gitlab.com/api/v4`; self-managed: `https://HOST/api/v4`. */
  baseUrl?: string;
  /** Page size of listings, 1 to 100. Default 100 (fewest requests). */
  perPage?: number;
  /**
   * `private` (default): a personal, project or group access token, sent as PRIVATE-TOKEN.
   * `job`: CI_JOB_TOKEN, sent as JOB-TOKEN; GitLab lets a job token read little and change no issues,
   * so it suits dry runs at most.
   */
  tokenKind?: TokenKind;
  /** With a job token, declare the write actions anyway (a dry run sends none). */
  allowJobTokenWrites?: boolean;
  /** Notes created per minute at most. Default 60 (gitlab.com's limit); Infinity turns pacing off. */
  notesPerMinute?: number;
  /** Retries after a 429 (and transient read failures). Default 3; after them the run stops (RateLimitStop). */
  maxRetries?: number;
  /** A Retry-After longer than this stops the run at once (RateLimitStop). Default 60,000 ms. */
  maxRetryWaitMs?: number;
  /** Time for retries, pacing and the mergeability pause; tests inject a fake one. */
  clock?: Clock;
  /**
   * How long to wait before asking once more for a merge request whose mergeability GitLab is still
   * computing (`checking`, `unchecked`). Default 2,000 ms; after the second answer it is unknown.
   */
  mergeablePauseMs?: number;
  userAgent?: string;
}

export function createGitLabProvider(options: GitLabProviderOptions): GitLabProvider {
  return new GitLabProvider(options);
}

/**
 * GitLab has no author association, and no issue types in GitHub's sense: its `issue_type` is a fixed
 * kind (issue, incident, task, test case) every issue has, not an organisation's taxonomy that may be
 * unset. Mapping one onto the other would make `issue-type: none` never hold and `Bug` never match, so
 * rules using them are refused at load time (GitLab projects use scoped labels, `type::bug`, instead).
 */
const CONDITIONS: readonly ConditionKind[] = CONDITION_KINDS.filter(
  (kind) => !['author-association', 'issue-type', 'form', 'project'].includes(kind),
);
/**
 * Deleting a merge request's source branch is left to GitLab's own "Delete source branch"
 * (`remove_source_branch`), which applies on merge; Sift's `delete-branch` (after closing unmerged
 * work) is GitHub only for now, and refused at load time here.
 */
const ACTIONS: readonly ActionKind[] = ACTION_KINDS.filter(
  (kind) => !['issue-type', 'delete-branch', 'project'].includes(kind),
);
/** What reads GitLab's work-item hierarchy (hierarchy.ts): refused with a CI job token. */
const HIERARCHY_CONDITIONS: readonly ConditionKind[] = ['sub-issues', 'parent'];
const HIERARCHY_FACTS: readonly FactName[] = ['subIssues', 'parent'];

/**
 * Why, in the refusal. Sub-issues and parents are read from GitLab's work-item hierarchy through its
 * GraphQL API (hierarchy.ts), which GitLab does not open to a CI job token (the job token reaches only
 * the REST endpoints GitLab lists for it).
 */
const HIERARCHY_WITH_JOB_TOKEN =
  "GitLab's child items and parents are in its work-item hierarchy, which only its GraphQL API serves, " +
  'and a CI job token cannot use that API: set GITLAB_TOKEN (a token with the read_api or api scope)';
const WHY: Capabilities['why'] = {
  form: 'GitLab has no issue forms (its description templates are free Markdown, with no fields to read)',
  project:
    "GitHub Projects (v2) have no GitLab equivalent (GitLab's issue boards are views of labels and milestones); use labels or milestones instead",
};
const FACTS: readonly FactName[] = [
  'labelAppliedAt',
  'timeline',
  // Sift's notes of the rules `vetoed` names, with their thumbsdown awards and the notes after them.
  'ruleComments',
  // Members' access levels for `by: maintainers` (notes carry no association), once per person and run.
  'associations',
  'reactions',
  'branches',
  'files',
  'linked',
  // A merge request's state (see pull-state.ts): read per merge request, only when a rule needs it.
  'pull',
  'reviews',
  'checks',
  // The work-item hierarchy (hierarchy.ts): one GraphQL query per listing page, only when a rule needs it.
  ...HIERARCHY_FACTS,
];

/** One listed issue or merge request, before mapping; the merge of the listings orders these. */
interface Listed {
  type: 'issue' | 'pull_request';
  api: GitLabIssue | GitLabMergeRequest;
  /** Facts read for the listing page it came in (the hierarchy), when the rules need them. */
  prefetched?: ItemFacts;
}

export class GitLabProvider implements Provider {
  readonly capabilities: Capabilities;
  readonly repository: string;
  /** Merge requests are `!12` in reports, as GitLab writes them (`#12` is issue 12 here). */
  readonly forge = 'gitlab' as const;
  private readonly client: GitLabClient;
  private readonly directory: Directory;
  private readonly hierarchy: HierarchyReader;
  private readonly pacer: NotePacer;
  private readonly perPage: number;
  private readonly token: string;
  /** `/projects/group%2Fsub%2Fapp`: GitLab takes the URL-encoded path wherever it takes an id. */
  private readonly projectRoot: string;
  /** The username Sift runs as (GET /user), read once, and only when a person's note carries a marker. */
  private selfUsername: Promise<string | null> | null = null;
  /** Author associations by user id, read once per run (see associationOf). */
  private readonly associations = new Map<number, Promise<string>>();
  private readonly clock: Clock;
  private readonly mergeablePauseMs: number;
  /**
   * Merge requests as read one at a time (GET .../merge_requests/:iid), by iid, once per run: the
   * branches, the state and the head pipeline of one answer. `again` marks those asked twice already.
   */
  private readonly details = new Map<number, Promise<GitLabMergeRequest & GitLabMergeRequestDetail>>();
  private readonly askedAgain = new Set<number>();
  /** Reviewers and their review states by iid, once per run (state and reviews both read them). */
  private readonly reviewerStates = new Map<number, Promise<GitLabReviewer[]>>();
  /** What the diffs say (paths, lines), by iid, once per run (files and size both read them). */
  private readonly diffSummaries = new Map<number, Promise<{ paths: string[]; lines: number }>>();

  constructor(options: GitLabProviderOptions) {
    const parts = options.project.replace(/^\/+|\/+$/g, '').split('/');
    if (parts.length < 2 || parts.some((p) => p.trim() === '')) {
      throw new Error(
        `project must be a full path such as "group/project" or "group/sub/project", not "${options.project}"`,
      );
    }
    const perPage = options.perPage ?? 100;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      throw new Error(`perPage must be an integer from 1 to 100, not ${perPage}`);
    }
    const clock = options.clock ?? realClock;
    // A CI job token can read a project's issues but not change them: a rules file that writes is
    // refused at load time, naming the token, rather than failing on its first write.
    const jobToken = options.tokenKind === 'job' && !options.allowJobTokenWrites;
    // GitLab's GraphQL API, where the hierarchy is, takes no CI job token (writes allowed or not).
    const noGraphql = options.tokenKind === 'job';
    this.capabilities = {
      name: jobToken ? 'gitlab (with CI_JOB_TOKEN, which is read-only: set GITLAB_TOKEN to write)' : 'gitlab',
      conditions: new Set(
        noGraphql ? CONDITIONS.filter((k) => !HIERARCHY_CONDITIONS.includes(k)) : CONDITIONS,
      ),
      actions: new Set(jobToken ? [] : ACTIONS.filter((k) => !noGraphql || k !== 'inherit-labels')),
      facts: new Set(noGraphql ? FACTS.filter((f) => !HIERARCHY_FACTS.includes(f)) : FACTS),
      // Commands need Sift's answer (an award emoji), a write a job token cannot make.
      commands: !jobToken,
      // `/duplicate #N` is the one close reason GitLab records (the issue's `_links.closed_as_duplicate_of`).
      closeReasons: ['duplicate'],
      why: noGraphql
        ? {
            ...WHY,
            'sub-issues': HIERARCHY_WITH_JOB_TOKEN,
            parent: HIERARCHY_WITH_JOB_TOKEN,
            'inherit-labels': HIERARCHY_WITH_JOB_TOKEN,
          }
        : WHY,
    };
    this.repository = parts.join('/');
    this.projectRoot = `/projects/${encodeURIComponent(this.repository)}`;
    this.perPage = perPage;
    this.token = options.token;
    this.client = new GitLabClient({
      baseUrl: options.baseUrl ?? 'https://gitlab.com/api/v4',
      token: options.token,
      tokenKind: options.tokenKind ?? 'private',
      clock,
      maxRetries: options.maxRetries ?? 3,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
      userAgent: options.userAgent,
    });
    this.directory = new Directory(this.client, this.repository);
    this.hierarchy = new HierarchyReader(this.client, this.repository);
    this.pacer = new NotePacer(options.notesPerMinute ?? 60, clock);
    this.clock = clock;
    this.mergeablePauseMs = options.mergeablePauseMs ?? 2_000;
  }

  /**
   * Issues and merge requests interleaved by creation time, oldest first: the order GitHub's single
   * listing has, so a rules file plans in the same order on both forges. Each listing pages lazily.
   * Issues use keyset pagination: the next page starts after a cursor, so items that close or reopen
   * mid-walk shift nothing (GitLab versions without it answer with offset pages, followed the same way).
   * Merge requests have offset pages only; an item seen twice after such a shift is yielded once.
   */
  async *items(query: ItemQuery): AsyncGenerator<Item> {
    // The rules file is checked against the capabilities first; this only guards library callers.
    if (query.type === 'discussion') throw new Error('GitLab has no discussions of the GitHub kind');
    const sources: AsyncIterable<Listed>[] = [];
    const hierarchy = hierarchyWanted(query.prefetch ?? [], this.capabilities.facts);
    if (query.type !== 'pull_request') {
      sources.push(
        this.listing('issue', 'issues', issueState(query.state), { pagination: 'keyset' }, hierarchy),
      );
    }
    if (query.type !== 'issue') {
      for (const state of mergeRequestStates(query.state)) {
        sources.push(this.listing('pull_request', 'merge_requests', state, {}));
      }
    }
    const withBranches = query.prefetch?.includes('branches') ?? false;
    // A merge request reopened by someone else mid-walk shifts offset pages back: it would come twice.
    const seen = { issue: new NumberSet(), pull_request: new NumberSet() };
    for await (const { type, api, prefetched } of mergeSorted(sources, byCreation)) {
      if (seen[type].has(api.iid)) continue;
      seen[type].add(api.iid);
      const item = toItem(type, api);
      if (withBranches) {
        // The listing carries the branches already: hand them over instead of a request per item later.
        item.prefetched = {
          branches: type === 'pull_request' ? branchesOf(api as GitLabMergeRequest) : null,
        };
      }
      // A merge request is in no hierarchy: nothing to read.
      const facts = type === 'pull_request' ? noHierarchy(hierarchy) : prefetched;
      if (facts && Object.keys(facts).length > 0) item.prefetched = { ...item.prefetched, ...facts };
      yield item;
    }
  }

  /**
   * One issue (`12` and `#12` name an issue on GitLab) or merge request (`!12`) by its iid, or null
   * when the project has none (404). One request.
   */
  async getItem(number: number, type: 'issue' | 'pull_request' = 'issue'): Promise<Item | null> {
    const key = { type, number };
    try {
      return toItem(type, await this.client.get<GitLabIssue | GitLabMergeRequest>(this.itemPath(key)));
    } catch (error) {
      if (error instanceof GitLabHttpError && error.status === 404) return null;
      throw readError(error, this.failure(`reading ${describeItem(key)}`));
    }
  }

  async facts(item: ItemKey, names: readonly FactName[]): Promise<ItemFacts> {
    const facts: ItemFacts = {};
    const wants = (name: FactName) => names.includes(name);
    // One read of the label history serves both facts that need it.
    const events = wants('labelAppliedAt') || wants('timeline') ? await this.labelEvents(item) : [];
    if (wants('labelAppliedAt')) facts.labelAppliedAt = labelAppliedAt(events);
    const notes =
      wants('timeline') || wants('associations')
        ? await this.all<GitLabNote>(item, 'notes', noteOrder())
        : [];
    if (wants('timeline'))
      facts.timeline = timeline(notes, events, needsSelf(notes) ? await this.self() : null);
    if (wants('associations')) facts.associations = await this.noteAssociations(notes);
    // GitLab's award emoji carry no time in the listing and the clock reads none: no reaction is activity.
    if (wants('reactions')) facts.reactions = [];
    const isMr = item.type === 'pull_request';
    if (wants('branches')) facts.branches = isMr ? branchesOf(await this.detail(item)) : null;
    if (wants('files')) facts.files = isMr ? (await this.diffSummary(item)).paths : [];
    if (wants('linked')) facts.linked = await this.linked(item);
    if (wants('pull')) facts.pull = isMr ? await this.pullState(item) : null;
    if (wants('reviews')) facts.reviews = isMr ? await this.pullReviews(item) : null;
    if (wants('checks')) facts.checks = isMr ? await this.pipelineChecks(item) : null;
    const hierarchy = hierarchyWanted(names, this.capabilities.facts);
    if (hierarchy.size > 0)
      Object.assign(facts, isMr ? noHierarchy(hierarchy) : await this.itemHierarchy(item, hierarchy));
    return facts;
  }

  /** Mergeability (asked again once while GitLab computes it), size, and reviewers yet to review. */
  private async pullState(item: ItemKey): Promise<PullState> {
    let mr = await this.detail(item);
    if (mergeabilityPending(mr) && !this.askedAgain.has(item.number)) {
      this.askedAgain.add(item.number);
      await this.clock.sleep(this.mergeablePauseMs);
      this.details.delete(item.number);
      mr = await this.detail(item);
    }
    const diffs = await this.diffSummary(item);
    const reviewers = (mr.reviewers ?? []).length > 0 ? await this.reviewers(item) : [];
    return pullStateOf(mr, { files: diffs.paths.length, lines: diffs.lines }, reviewers);
  }

  /** Approvals and requests for changes: the approvals, and the reviewers' states. */
  private async pullReviews(item: ItemKey): Promise<PullReviews> {
    const approvals = await this.read(`reading the approvals of ${describeItem(item)}`, () =>
      this.client.get<GitLabApprovals>(`${this.itemPath(item)}/approvals`),
    );
    const reviewers = await this.reviewers(item);
    return pullReviewsOf(approvals, reviewers, new Date(this.clock.now()).toISOString());
  }

  /** The jobs of the head pipeline (in the project it ran in: a fork's, for a fork's pipeline). */
  private async pipelineChecks(item: ItemKey): Promise<CheckResult[]> {
    const pipeline = (await this.detail(item)).head_pipeline;
    if (!pipeline) return [];
    const project = pipeline.project_id ?? this.repository;
    const checks: CheckResult[] = [];
    for await (const job of this.collection<GitLabJob>(
      `/projects/${encodeURIComponent(String(project))}/pipelines/${pipeline.id}/jobs`,
      { per_page: '100' },
      `reading the jobs of pipeline ${pipeline.id} of ${describeItem(item)}`,
    )) {
      const check = jobCheck(job);
      if (check) checks.push(check);
    }
    return checks;
  }

  private detail(item: ItemKey): Promise<GitLabMergeRequest & GitLabMergeRequestDetail> {
    return this.remember(this.details, item, () =>
      this.read(`reading ${describeItem(item)}`, () =>
        this.client.get<GitLabMergeRequest & GitLabMergeRequestDetail>(this.itemPath(item)),
      ),
    );
  }

  private reviewers(item: ItemKey): Promise<GitLabReviewer[]> {
    return this.remember(this.reviewerStates, item, () =>
      this.read(`reading the reviewers of ${describeItem(item)}`, () =>
        this.client.get<GitLabReviewer[]>(`${this.itemPath(item)}/reviewers`),
      ),
    );
  }

  /** Paths after the change (a deleted file by the path it had), and lines added plus deleted. */
  private diffSummary(item: ItemKey): Promise<{ paths: string[]; lines: number }> {
    return this.remember(this.diffSummaries, item, async () => {
      const diffs = await this.all<GitLabDiff>(item, 'diffs', { per_page: '100' });
      return {
        paths: diffs.map((d) => (d.deleted_file ? d.old_path : d.new_path)),
        lines: diffs.reduce((sum, d) => sum + changedLines(d.diff ?? ''), 0),
      };
    });
  }

  /** One read per item and run; a failed read is forgotten, so a later call tries again. */
  private remember<T>(cache: Map<number, Promise<T>>, item: ItemKey, read: () => Promise<T>): Promise<T> {
    let known = cache.get(item.number);
    if (known === undefined) {
      known = read();
      cache.set(item.number, known);
      known.catch(() => cache.delete(item.number));
    }
    return known;
  }

  /**
   * Notes with command lines created since `scope.since`, newest first until older ones (the scope is
   * a few days: one page for most items). For each person's note, the author's access level (one read
   * per author per run) and the award emoji (one read per note with commands).
   */
  async commandComments(
    item: ItemKey,
    scope: { since: string; commentId?: string },
  ): Promise<CommandComment[]> {
    const doing = `reading the notes with commands of ${describeItem(item)}`;
    const since = Date.parse(scope.since);
    const found: CommandComment[] = [];
    const newestFirst = { order_by: 'created_at', sort: 'desc', per_page: '100' };
    for await (const note of this.collection<GitLabNote>(
      `${this.itemPath(item)}/notes`,
      newestFirst,
      doing,
    )) {
      if (Date.parse(note.created_at) < since) break;
      if (note.system || (scope.commentId !== undefined && String(note.id) !== scope.commentId)) continue;
      if (commandLines(note.body).length === 0) continue;
      const bot = isBot(note.author);
      found.unshift({
        id: String(note.id),
        author: note.author?.username ?? 'ghost',
        authorIsBot: bot,
        association: bot || !note.author ? 'NONE' : await this.associationOf(note.author),
        body: note.body,
        createdAt: note.created_at,
        answered: !bot && (await this.answered(item, note.id)),
      });
    }
    return found;
  }

  /** The project's labels, its groups' included (GitLab's default for this listing). */
  async labelNames(): Promise<string[]> {
    const doing = `reading the labels of ${this.repository}`;
    const names: string[] = [];
    for await (const label of this.collection<{ name: string }>(
      `${this.projectRoot}/labels`,
      { per_page: '100' },
      doing,
    ))
      names.push(label.name);
    return names;
  }

  /** GitLab answers a second award of the same emoji by the same user with 404 "already been taken". */
  async addReaction(item: ItemKey, commentId: string, content: Reaction): Promise<void> {
    const name = content === '+1' ? 'thumbsup' : 'confused';
    try {
      await this.client.send('POST', `${this.itemPath(item)}/notes/${commentId}/award_emoji`, { name });
    } catch (error) {
      if (
        error instanceof GitLabHttpError &&
        error.status === 404 &&
        /already been taken/i.test(error.message)
      )
        return;
      throw writeError(error, this.failure(`awarding ${name} to note ${commentId} on ${describeItem(item)}`));
    }
  }

  /**
   * The association of each person who wrote a note or a system note (bots aside), from their access
   * level: one read per person and run, shared with commands.
   */
  private async noteAssociations(notes: readonly GitLabNote[]): Promise<Record<string, string>> {
    const people = new Map<number, GitLabUser>();
    for (const note of notes) if (note.author && !isBot(note.author)) people.set(note.author.id, note.author);
    const found = keyedRecord<string>();
    for (const person of people.values())
      found[person.username.toLowerCase()] = await this.associationOf(person);
    return found;
  }

  /** Usernames GitLab has no user by (GET /users?username=, once per name and run). */
  async unknownUsers(logins: readonly string[]): Promise<string[]> {
    const users = await this.read('looking up users', () =>
      Promise.all(logins.map((login) => this.directory.user(login))),
    );
    return logins.filter((_, i) => users[i] === null);
  }

  milestoneTitles(): Promise<string[]> {
    return this.read(`reading the milestones of ${this.repository}`, () => this.directory.milestoneTitles());
  }

  /** The member's access level as GitHub's author association (see docs/commands.md). */
  private associationOf(author: GitLabUser): Promise<string> {
    let known = this.associations.get(author.id);
    if (known === undefined) {
      known = this.client.get<{ access_level: number }>(`${this.projectRoot}/members/all/${author.id}`).then(
        (member) => associationOfLevel(member.access_level),
        (error: unknown) => {
          if (error instanceof GitLabHttpError && error.status === 404) return 'NONE';
          this.associations.delete(author.id);
          throw readError(error, this.failure(`reading the access level of ${author.username}`));
        },
      );
      this.associations.set(author.id, known);
    }
    return known;
  }

  /** Sift's thumbsup or confused is on the note: by the user Sift runs as, or by a bot when unknown. */
  private async answered(item: ItemKey, noteId: number): Promise<boolean> {
    const doing = `reading the award emoji of note ${noteId} on ${describeItem(item)}`;
    const awards: { name: string; user: GitLabUser | null }[] = [];
    for await (const award of this.collection<{ name: string; user: GitLabUser | null }>(
      `${this.itemPath(item)}/notes/${noteId}/award_emoji`,
      { per_page: '100' },
      doing,
    ))
      if (award.name === 'thumbsup' || award.name === 'confused') awards.push(award);
    if (awards.length === 0) return false;
    // Only the account Sift runs as answers for Sift: another bot's award is that bot's.
    const self = await this.self();
    return self !== null && awards.some((a) => a.user?.username.toLowerCase() === self.toLowerCase());
  }

  /**
   * The item's notes, then the thumbsdown award emoji of each rule's latest note: one request more per
   * note, only for the rules `vetoed` names that have one. Sift's notes are those of the user it runs as.
   */
  async ruleComments(item: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>> {
    const notes: GitLabNote[] = [];
    for await (const note of this.collection<GitLabNote>(
      `${this.itemPath(item)}/notes`,
      noteOrder(),
      `reading the notes of ${describeItem(item)}`,
    ))
      if (!note.system) notes.push(note);
    const self = needsSelf(notes) ? await this.self() : null;
    const isSelf = (user: GitLabUser | null) =>
      self !== null && user !== null && user.username.toLowerCase() === self.toLowerCase();
    const listed: ListedComment[] = notes.map((n) => ({
      id: String(n.id),
      body: n.body,
      createdAt: n.created_at,
      author: n.author?.username ?? 'ghost',
      sift: isSelf(n.author),
    }));
    const out: Record<string, RuleComment> = {};
    for (const [rule, note] of latestRuleComments(listed, rules)) {
      let thumbsDown = 0;
      for await (const award of this.collection<{ name: string; user: GitLabUser | null }>(
        `${this.itemPath(item)}/notes/${note.id}/award_emoji`,
        { per_page: '100' },
        `reading the award emoji of Sift's note on ${describeItem(item)}`,
      ))
        if (award.name === 'thumbsdown' && !isSelf(award.user)) thumbsDown++;
      out[rule] = ruleCommentOf(note, listed, thumbsDown);
    }
    return out;
  }

  /** Notes come oldest first (by creation); the first of Sift's with the marker after `since` wins. */
  async findComment(item: ItemKey, marker: string, since?: string): Promise<OwnComment | null> {
    const doing = `reading the notes of ${describeItem(item)}`;
    for await (const note of this.collection<GitLabNote>(
      `${this.itemPath(item)}/notes`,
      noteOrder(),
      doing,
    )) {
      if (note.system || !note.body.includes(marker) || !inCycle(note.created_at, since)) continue;
      if (isSiftNote(note, await this.self(), marker))
        return { id: String(note.id), body: note.body, createdAt: note.created_at };
    }
    return null;
  }

  async addLabels(item: ItemKey, labels: string[]): Promise<void> {
    await this.update(item, `adding ${quoteList('label', labels)} to ${describeItem(item)}`, {
      add_labels: labels.join(','),
    });
  }

  /** Removing a label the item does not have is no error on GitLab: the call is idempotent as is. */
  async removeLabel(item: ItemKey, label: string): Promise<void> {
    await this.update(item, `removing label "${label}" from ${describeItem(item)}`, { remove_labels: label });
  }

  async createComment(item: ItemKey, body: string): Promise<string> {
    await this.pacer.take();
    const note = await this.write(`commenting on ${describeItem(item)}`, () =>
      this.client.send<{ id: number }>('POST', `${this.itemPath(item)}/notes`, { body }),
    );
    return String(note.id);
  }

  async deleteComment(item: ItemKey, commentId: string): Promise<void> {
    await this.write(`deleting its duplicate note ${commentId} on ${describeItem(item)}`, () =>
      this.client.delete(`${this.itemPath(item)}/notes/${commentId}`),
    );
  }

  async updateComment(item: ItemKey, commentId: string, body: string): Promise<void> {
    const doing = `editing note ${commentId} on ${describeItem(item)}`;
    if (!/^\d+$/.test(commentId))
      throw new ItemWriteError(`${doing} failed: "${commentId}" is not a GitLab note id`);
    await this.write(doing, () =>
      this.client.send('PUT', `${this.itemPath(item)}/notes/${commentId}`, { body }),
    );
  }

  /** GitLab has no close reason: the item is closed, the reason is not sent. */
  async close(item: ItemKey, reason: CloseReason): Promise<void> {
    await this.update(item, `closing ${describeItem(item)} (${reason})`, { state_event: 'close' });
  }

  async reopen(item: ItemKey): Promise<void> {
    await this.update(item, `reopening ${describeItem(item)}`, { state_event: 'reopen' });
  }

  /** GitLab has no lock reason: the discussion is locked, and the reason appears only in messages. */
  async lock(item: ItemKey, reason: LockReason | null): Promise<void> {
    const doing = `locking ${describeItem(item)}${reason ? ` (${reason})` : ''}`;
    await this.update(item, doing, { discussion_locked: true });
  }

  async unlock(item: ItemKey): Promise<void> {
    await this.update(item, `unlocking ${describeItem(item)}`, { discussion_locked: false });
  }

  async addAssignees(item: ItemKey, logins: string[]): Promise<void> {
    const doing = `assigning ${logins.join(', ')} to ${describeItem(item)}`;
    const wanted = await this.userIds(logins, doing);
    const current = await this.current(item, doing);
    const ids = union(
      (current.assignees ?? []).map((u) => u.id),
      wanted,
    );
    const updated = await this.update(item, doing, { assignee_ids: ids });
    this.checkApplied(doing, logins, updated.assignees ?? [], 'assigned');
  }

  async removeAssignees(item: ItemKey, logins: string[]): Promise<void> {
    const doing = `unassigning ${logins.join(', ')} from ${describeItem(item)}`;
    const leaving = new Set(logins.map((l) => l.toLowerCase()));
    const current = await this.current(item, doing);
    const ids = (current.assignees ?? [])
      .filter((u) => !leaving.has(u.username.toLowerCase()))
      .map((u) => u.id);
    // GitLab's documented "nobody": 0.
    await this.update(item, doing, { assignee_ids: ids.length > 0 ? ids : [0] });
  }

  async setMilestone(item: ItemKey, title: string | null): Promise<void> {
    const doing =
      title === null
        ? `clearing the milestone of ${describeItem(item)}`
        : `setting milestone "${title}" on ${describeItem(item)}`;
    let id = 0; // GitLab's documented "no milestone"
    if (title !== null) {
      const milestone = await this.write(`${doing}: reading the milestones`, () =>
        this.directory.milestone(title),
      );
      if (!milestone)
        throw new ItemWriteError(`milestone "${title}" does not exist in ${this.repository}`, 422);
      id = milestone.id;
    }
    await this.update(item, doing, { milestone_id: id });
  }

  async requestReviewers(item: ItemKey, logins: string[]): Promise<void> {
    const doing = `requesting review from ${logins.join(', ')} on ${describeItem(item)}`;
    if (item.type !== 'pull_request') {
      throw new ItemWriteError(`${doing} failed: only merge requests have reviewers.`, 422);
    }
    const wanted = await this.userIds(logins, doing);
    const current = (await this.current(item, doing)) as GitLabMergeRequest;
    const ids = union(
      (current.reviewers ?? []).map((u) => u.id),
      wanted,
    );
    const updated = (await this.update(item, doing, { reviewer_ids: ids })) as GitLabMergeRequest;
    this.checkApplied(doing, logins, updated.reviewers ?? [], 'asked for review');
  }

  requestCounts(): { reads: number; writes: number } {
    return { ...this.client.counts };
  }

  // ---- internals --------------------------------------------------------------------------------

  /**
   * The username Sift runs as, from GET /user, once per provider: its notes are the only ones Sift
   * owns. A token that cannot read it (a CI job token: 401 or 403) leaves it unknown: no note is
   * Sift's (such a token cannot write notes either).
   */
  private self(): Promise<string | null> {
    this.selfUsername ??= this.client.get<GitLabUser>('/user').then(
      (user) => user.username,
      (error: unknown) => {
        if (error instanceof GitLabHttpError && (error.status === 401 || error.status === 403)) return null;
        this.selfUsername = null; // let a later item try again
        throw readError(error, this.failure('reading the account Sift runs as (GET /user)'));
      },
    );
    return this.selfUsername;
  }

  private itemPath(item: ItemKey): string {
    return `${this.projectRoot}/${item.type === 'pull_request' ? 'merge_requests' : 'issues'}/${item.number}`;
  }

  private failure(doing: string, projectWide = false): Failure {
    return { doing, project: this.repository, projectWide, secrets: [this.token] };
  }

  /** One issue's hierarchy facts, in one query (an item read on its own, or missed by its page's query). */
  private async itemHierarchy(item: ItemKey, wanted: ReadonlySet<HierarchyFact>): Promise<HierarchyFacts> {
    const doing = `reading the work-item hierarchy of ${describeItem(item)} (GraphQL)`;
    const facts = await this.read(doing, () => this.hierarchy.read([item.number], wanted));
    const found = facts.get(item.number);
    if (!found)
      throw readError(new Error("GitLab's GraphQL API does not answer for it"), this.failure(doing));
    return found;
  }

  /**
   * One listing as a lazy stream of items; the next page is requested when the stream is pulled past a
   * page. With `hierarchy` (issues), each page's hierarchy is read in one GraphQL query by the page's iids.
   */
  private async *listing(
    type: Listed['type'],
    resource: string,
    state: string,
    extra: Query,
    hierarchy: ReadonlySet<HierarchyFact> = new Set(),
  ): AsyncGenerator<Listed> {
    const query: Query = {
      state,
      order_by: 'created_at',
      sort: 'asc',
      per_page: String(this.perPage),
      ...extra,
    };
    const noun = type === 'issue' ? 'issues' : 'merge requests';
    const doing = `listing ${state === 'all' ? '' : `${state} `}${noun}`;
    for await (const page of this.pagesOf<GitLabIssue | GitLabMergeRequest>(
      `${this.projectRoot}/${resource}`,
      query,
      doing,
      true,
    )) {
      const facts =
        hierarchy.size > 0 && page.length > 0
          ? await this.read(`reading the work-item hierarchy of listed ${noun} (GraphQL)`, () =>
              this.hierarchy.read(
                page.map((api) => api.iid),
                hierarchy,
              ),
            )
          : undefined;
      for (const api of page) yield { type, api, prefetched: facts?.get(api.iid) };
    }
  }

  /** Every entry of a paginated collection, lazily, with read failures explained. */
  private async *collection<T>(
    path: string,
    query: Query,
    doing: string,
    projectWide = false,
  ): AsyncGenerator<T> {
    for await (const page of this.pagesOf<T>(path, query, doing, projectWide)) yield* page;
  }

  /** The pages of a paginated collection, lazily, with read failures explained. */
  private async *pagesOf<T>(
    path: string,
    query: Query,
    doing: string,
    projectWide = false,
  ): AsyncGenerator<T[]> {
    const pages = this.client.pages<T>(path, query);
    for (;;) {
      let next: IteratorResult<T[]>;
      try {
        next = await pages.next();
      } catch (error) {
        throw readError(error, this.failure(doing, projectWide));
      }
      if (next.done) return;
      yield next.value;
    }
  }

  private labelEvents(item: ItemKey): Promise<GitLabLabelEvent[]> {
    return this.all<GitLabLabelEvent>(item, 'resource_label_events', { per_page: '100' });
  }

  /**
   * An issue's linked items are the merge requests that close it on merge; a merge request's are the
   * issues it closes. GitLab's own relation, the one its UI shows, rather than guesses from text.
   */
  private async linked(item: ItemKey): Promise<LinkedItem[]> {
    const other: ItemType = item.type === 'issue' ? 'pull_request' : 'issue';
    const list = await this.all<GitLabIssue | GitLabMergeRequest>(
      item,
      item.type === 'issue' ? 'closed_by' : 'closes_issues',
      { per_page: '100' },
    );
    return list.map((api) => {
      const mapped = toItem(other, api);
      return { type: other, number: mapped.number, state: mapped.state, updatedAt: mapped.updatedAt };
    });
  }

  /** Every entry of one of the item's sub-collections (`notes`, `diffs`...), all pages. */
  private async all<T>(item: ItemKey, sub: string, query: Query): Promise<T[]> {
    const doing = `reading the ${sub.replace(/_/g, ' ')} of ${describeItem(item)}`;
    const out: T[] = [];
    for await (const entry of this.collection<T>(`${this.itemPath(item)}/${sub}`, query, doing))
      out.push(entry);
    return out;
  }

  private async read<T>(doing: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw readError(error, this.failure(doing));
    }
  }

  private async write<T>(doing: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw writeError(error, this.failure(doing));
    }
  }

  private update(item: ItemKey, doing: string, body: object): Promise<GitLabIssue | GitLabMergeRequest> {
    return this.write(doing, () =>
      this.client.send<GitLabIssue | GitLabMergeRequest>('PUT', this.itemPath(item), body),
    );
  }

  /** The item as it is now, for writes that replace a whole list; failures belong to the write. */
  private current(item: ItemKey, doing: string): Promise<GitLabIssue | GitLabMergeRequest> {
    return this.write(doing, () => this.client.get<GitLabIssue | GitLabMergeRequest>(this.itemPath(item)));
  }

  private async userIds(logins: string[], doing: string): Promise<number[]> {
    const users = await this.write(`${doing}: looking up users`, () =>
      Promise.all(logins.map((login) => this.directory.user(login))),
    );
    const missing = logins.filter((_, i) => users[i] === null);
    if (missing.length > 0) {
      throw new ItemWriteError(`${doing} failed: no GitLab user named ${missing.join(', ')}.`, 422);
    }
    return users.map((u) => u!.id);
  }

  /** GitLab answers 200 but silently drops users without access to the project. */
  private checkApplied(doing: string, logins: string[], now: GitLabUser[], verb: string): void {
    const present = new Set(now.map((u) => u.username.toLowerCase()));
    const dropped = logins.filter((login) => !present.has(login.toLowerCase()));
    if (dropped.length > 0) {
      throw new ItemWriteError(
        `${doing} in ${this.repository} failed: GitLab ignored ${dropped.join(', ')}; only members of the project can be ${verb}.`,
        // GitLab's 200 refuses what the write named, as a 422 would: not a fault to retry.
        422,
      );
    }
  }
}

/** The hierarchy facts among `names` that the provider reads (none with a CI job token). */
function hierarchyWanted(names: readonly FactName[], offered: ReadonlySet<FactName>): Set<HierarchyFact> {
  return new Set(names.filter((n): n is HierarchyFact => HIERARCHY_FACTS.includes(n) && offered.has(n)));
}

/** What a merge request answers: no children, no parent. */
function noHierarchy(wanted: ReadonlySet<HierarchyFact>): HierarchyFacts {
  return {
    ...(wanted.has('subIssues') ? { subIssues: [] } : {}),
    ...(wanted.has('parent') ? { parent: null } : {}),
  };
}

function issueState(state: ItemQuery['state']): string {
  return state === 'open' ? 'opened' : state;
}

/** A merged merge request is closed in Sift's terms, as a merged pull request is on GitHub. */
function mergeRequestStates(state: ItemQuery['state']): string[] {
  if (state === 'open') return ['opened'];
  if (state === 'closed') return ['closed', 'merged'];
  return ['all'];
}

function noteOrder(): Query {
  return { sort: 'asc', order_by: 'created_at', per_page: '100' };
}

function byCreation(a: Listed, b: Listed): number {
  return Date.parse(a.api.created_at) - Date.parse(b.api.created_at);
}

function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])];
}

function quoteList(noun: string, values: string[]): string {
  return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}

/**
 * GitLab's access levels in GitHub's words, so one `allow.association` list serves both forges:
 * Owner OWNER, Maintainer MEMBER, Developer COLLABORATOR, Reporter, Planner and Guest CONTRIBUTOR,
 * anything less (minimal access) NONE.
 */
export function associationOfLevel(level: number): string {
  if (level >= 50) return 'OWNER';
  if (level >= 40) return 'MEMBER';
  if (level >= 30) return 'COLLABORATOR';
  if (level >= 10) return 'CONTRIBUTOR';
  return 'NONE';
}
