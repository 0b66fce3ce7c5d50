/**
 * The emulator's in-memory GitHub: repositories, issues and pull requests, labels, milestones,
 * comments and issue events. Records use GitHub's field names so assertions read like API responses.
 *
 * Every change goes through a RepoStore method, which keeps the events, `updated_at` and the listing
 * caches right. Records are live objects: read them freely in tests, but change them only through
 * these methods (or call `repo.invalidate()` after editing one by hand).
 *
 * Listing is built for 100,000 items: issues live in an array and a map by number, and the sorted and
 * filtered views are cached and rebuilt only when a change they depend on happened.
 */
import { ApiError, notFound, validationFailed } from './http.js';
import {
  LOCK_REASONS,
  type CommentRecord,
  type EventRecord,
  type IssuePatch,
  type IssueRecord,
  type IssueSeed,
  type IssueSort,
  type LabelEventSeed,
  type LabelRecord,
  type ListQuery,
  type MilestoneRecord,
  type MilestoneSeed,
  type ReactionRecord,
  type IssueTypeRecord,
  type UserRef,
} from './records.js';
import { RepoContents } from './contents.js';
import { seedPullAndTimeline } from './seed-timeline.js';
import { RepoBranches } from './branches.js';

export type * from './records.js';

/** What a cached listing can depend on. */
type VersionKind = IssueSort | 'state' | 'labels' | 'milestones';

/** Time and ids shared by every repository of one emulator. */
export interface StoreContext {
  now(): number;
  nextId(): number;
}

/** How a repository is set up; the flags are those of GitHub's repository objects. */
export interface RepoOptions {
  private?: boolean;
  defaultBranch?: string;
  /** Read-only: GitHub answers every write with 403 "Repository was archived so is read-only.". */
  archived?: boolean;
  /** Disabled by GitHub (e.g. a billing or abuse matter): listed, but its contents are not served. */
  disabled?: boolean;
  /** A fork of another repository. */
  fork?: boolean;
}

export class GitHubStore {
  private readonly repos = new Map<string, RepoStore>();
  private id = 1000;
  readonly context: StoreContext;

  constructor(now: () => Date = () => new Date()) {
    this.context = { now: () => now().getTime(), nextId: () => this.id++ };
  }

  addRepo(fullName: string, options: RepoOptions = {}): RepoStore {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0)
      throw new Error(`repository must be "owner/name", not "${fullName}"`);
    const key = fullName.toLowerCase();
    if (this.repos.has(key)) throw new Error(`repository ${fullName} already exists`);
    const repo = new RepoStore(
      this.context,
      owner,
      name,
      options.private ?? false,
      options.defaultBranch ?? 'main',
    );
    repo.archived = options.archived ?? false;
    repo.disabled = options.disabled ?? false;
    repo.fork = options.fork ?? false;
    this.repos.set(key, repo);
    return repo;
  }

  /** Every repository, in the order added. */
  allRepos(): RepoStore[] {
    return [...this.repos.values()];
  }

  /** GitHub matches owner and name case-insensitively. */
  repo(fullName: string): RepoStore | undefined {
    return this.repos.get(fullName.toLowerCase());
  }
}

export class RepoStore {
  readonly id: number;
  readonly createdAt: string;
  /** When set, only these logins can be assigned (others are dropped silently, as GitHub does) or asked for review. */
  assignable: Set<string> | null = null;
  /** Files at commits, for the contents API (see contents.ts): `repo.contents.commit(sha, files, branch)`. */
  readonly contents = new RepoContents();
  /** Branches (see branches.ts): the default branch, and the head branches of seeded pull requests. */
  readonly branches: RepoBranches;
  /** Approvals a ruleset requires on a branch (GET /rules/branches/{branch}); absent: no rule. */
  readonly requiredApprovals = new Map<string, number>();
  archived = false;
  disabled = false;
  fork = false;
  /**
   * The organisation's issue types; empty: the repository has none, and its issues carry no `type`
   * field at all (GitHub: "only present for issues in repositories where issue types are supported").
   */
  issueTypes: IssueTypeRecord[] = [];
  /**
   * Play a token without push access: GitHub then drops a type change silently, answering 200 with
   * the issue as it was.
   */
  dropTypeChanges = false;
  private readonly issueList: IssueRecord[] = [];
  private readonly byNumber = new Map<number, IssueRecord>();
  private readonly labelsByKey = new Map<string, LabelRecord>();
  private readonly milestoneList: MilestoneRecord[] = [];
  private readonly commentsById = new Map<number, CommentRecord>();
  private nextNumber = 1;
  /** Numbers of deleted issues (see `deleteIssue`): never reused, answered with 410. */
  private readonly deletedNumbers = new Set<number>();
  /** Numbers taken by discussions (see `reserveNumber`): issues, pull requests and discussions share them. */
  private readonly reservedNumbers = new Set<number>();
  private nextMilestone = 1;
  /** Bumped by each kind of change; a cached view records the versions it was built from. */
  private readonly versions: Record<VersionKind, number> = {
    created: 0,
    updated: 0,
    comments: 0,
    state: 0,
    labels: 0,
    milestones: 0,
  };
  private milestoneCounts: {
    signature: string;
    counts: Map<number, { open: number; closed: number }>;
  } | null = null;
  private readonly orderCache = new Map<IssueSort, { version: number; list: IssueRecord[] }>();
  private readonly listCache = new Map<string, { signature: string; list: IssueRecord[] }>();

  constructor(
    readonly context: StoreContext,
    readonly owner: string,
    readonly name: string,
    readonly isPrivate: boolean,
    readonly defaultBranch: string,
  ) {
    this.id = context.nextId();
    this.createdAt = iso(context.now());
    this.branches = new RepoBranches(defaultBranch);
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Every issue and pull request, in insertion order. */
  get issues(): readonly IssueRecord[] {
    return this.issueList;
  }

  get milestones(): readonly MilestoneRecord[] {
    return this.milestoneList;
  }

  labels(): LabelRecord[] {
    return [...this.labelsByKey.values()];
  }

  issue(number: number): IssueRecord | undefined {
    return this.byNumber.get(number);
  }

  /** The issue, or GitHub's 410 for a deleted one, or its 404. */
  require(number: number): IssueRecord {
    const issue = this.byNumber.get(number);
    if (!issue)
      throw this.deletedNumbers.has(number) ? new ApiError(410, 'This issue was deleted') : notFound();
    return issue;
  }

  /** Deletes an issue, as a repository admin can: GitHub answers 410 Gone for it from then on. */
  deleteIssue(number: number): void {
    const issue = this.require(number);
    this.issueList.splice(this.issueList.indexOf(issue), 1);
    this.byNumber.delete(number);
    this.deletedNumbers.add(number);
    this.invalidate();
  }

  comment(id: number): CommentRecord | undefined {
    return this.commentsById.get(id);
  }

  // ---- seeding ----------------------------------------------------------------------------------

  /** Gives the repository issue types, by default the ones GitHub gives a new organisation. */
  enableIssueTypes(names: readonly string[] = ['Task', 'Bug', 'Feature']): IssueTypeRecord[] {
    const now = iso(this.context.now());
    for (const name of names) {
      if (this.issueType(name)) continue;
      const id = this.context.nextId();
      this.issueTypes.push({
        id,
        node_id: `IT_${id}`,
        name,
        description: null,
        color: null,
        is_enabled: true,
        created_at: now,
        updated_at: now,
      });
    }
    return this.issueTypes;
  }

  /** An enabled issue type by name, any case, as GitHub matches it when setting one. */
  issueType(name: string): IssueTypeRecord | undefined {
    return this.issueTypes.find((t) => t.is_enabled && t.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Takes the next number (or `number`) for a discussion: on GitHub, issues, pull requests and
   * discussions of a repository are numbered in one sequence.
   */
  reserveNumber(number?: number): number {
    const taken = number ?? this.nextNumber;
    if (this.byNumber.has(taken) || this.reservedNumbers.has(taken))
      throw new Error(`#${taken} already exists in ${this.fullName}`);
    this.reservedNumbers.add(taken);
    this.nextNumber = Math.max(this.nextNumber, taken + 1);
    return taken;
  }

  addIssue(seed: IssueSeed = {}): IssueRecord {
    const number = seed.number ?? this.nextNumber;
    if (this.byNumber.has(number) || this.reservedNumbers.has(number))
      throw new Error(`#${number} already exists in ${this.fullName}`);
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const now = iso(this.context.now());
    const created = seed.created_at ? normalizeTime(seed.created_at) : now;
    const state = seed.state ?? 'open';
    const user = userRef(seed.user ?? 'octocat', seed.userType);
    const issue: IssueRecord = {
      id: this.context.nextId(),
      number,
      title: seed.title ?? `${seed.pull_request ? 'Pull request' : 'Issue'} ${number}`,
      body: seed.body === undefined ? '' : seed.body,
      user,
      author_association: seed.author_association ?? 'NONE',
      labels: (seed.labels ?? []).map((name) => this.ensureLabel(name).name),
      state,
      state_reason: state === 'closed' ? (seed.state_reason ?? 'completed') : (seed.state_reason ?? null),
      created_at: created,
      // Set below, once the seeded history is known.
      updated_at: created,
      closed_at: null,
      locked: seed.locked ?? false,
      active_lock_reason: seed.locked ? (seed.active_lock_reason ?? null) : null,
      assignees: [...new Set(seed.assignees ?? [])],
      milestone: seed.milestone == null ? null : this.milestoneFor(seed.milestone),
      comments: 0,
      commentList: [],
      reactions: { ...seed.reactions },
      events: [],
      pull_request: seed.pull_request ?? false,
      draft: seed.pull_request ? (seed.draft ?? false) : false,
      requested_reviewers: seed.pull_request ? [...(seed.requested_reviewers ?? [])] : [],
      issue_type: this.seedIssueType(seed),
      edits: (seed.edits ?? []).map((e) => ({
        at: normalizeTime(e.at),
        editor: e.by === undefined ? user : userRef(e.by),
      })),
    };
    issue.edits.sort((a, b) => compare(a.at, b.at));
    if (typeof seed.comments === 'number') {
      issue.comments = seed.comments;
    } else {
      for (const c of seed.comments ?? []) {
        const at = normalizeTime(c.created_at ?? created);
        this.storeComment(issue, {
          id: this.context.nextId(),
          issueNumber: number,
          body: c.body,
          user: userRef(c.user ?? 'octocat', c.userType),
          created_at: at,
          updated_at: c.updated_at ? normalizeTime(c.updated_at) : at,
          author_association: c.author_association ?? 'NONE',
          ...(c.reactions
            ? {
                reactionList: c.reactions.map((r) => ({
                  id: this.context.nextId(),
                  content: r.content,
                  user: userRef(r.user),
                  created_at: normalizeTime(r.created_at ?? at),
                })),
              }
            : {}),
        });
      }
    }
    seedPullAndTimeline(issue, seed, {
      ...this.context,
      fullName: this.fullName,
      defaultBranch: this.defaultBranch,
    });
    // A pull request's head branch lives here unless it comes from a fork.
    if (issue.pull && issue.pull.headRepo === this.fullName) this.branches.add(issue.pull.head);
    // updated_at: as given, else the latest seeded write (GitHub bumps it on every write but reactions).
    const written = [
      created,
      ...issue.commentList.map((c) => c.updated_at),
      ...(seed.labelEvents ?? []).map((e) => normalizeTime(e.created_at)),
      ...(issue.timeline ?? []).map((t) => t.at),
      ...issue.edits.map((e) => e.at),
    ].reduce((a, b) => (a > b ? a : b));
    const closedAt = state === 'closed' ? normalizeTime(seed.closed_at ?? seed.updated_at ?? written) : null;
    issue.updated_at = seed.updated_at
      ? normalizeTime(seed.updated_at)
      : closedAt && closedAt > written
        ? closedAt
        : written;
    issue.closed_at = closedAt;
    this.seedEvents(issue, seed.labelEvents ?? [], seed.labelsWithoutHistory ?? []);
    if (!seed.edits) {
      // An update that no seeded write explains is what a description edit is on GitHub (no event).
      const explained = [
        created,
        ...issue.events.map((e) => e.created_at),
        ...issue.commentList.map((c) => c.updated_at),
        ...(issue.timeline ?? []).map((t) => t.at),
      ].reduce((a, b) => (a > b ? a : b));
      if (issue.updated_at > explained) issue.edits.push({ at: issue.updated_at, editor: issue.user });
    }
    this.issueList.push(issue);
    this.byNumber.set(number, issue);
    this.bump('created', 'updated', 'comments', 'state', 'labels', 'milestones');
    return issue;
  }

  private seedIssueType(seed: IssueSeed): string | null {
    if (seed.issue_type == null) return null;
    if (seed.pull_request) throw new Error('pull requests have no issue type');
    const type = this.issueType(seed.issue_type);
    if (!type)
      throw new Error(`no issue type "${seed.issue_type}" in ${this.fullName}: enableIssueTypes first`);
    return type.name;
  }

  addMilestone(seed: MilestoneSeed): MilestoneRecord {
    const number = seed.number ?? this.nextMilestone;
    if (this.milestoneList.some((m) => m.number === number || m.title === seed.title)) {
      throw new Error(`milestone ${number} "${seed.title}" already exists in ${this.fullName}`);
    }
    this.nextMilestone = Math.max(this.nextMilestone, number + 1);
    const now = iso(this.context.now());
    const milestone: MilestoneRecord = {
      id: this.context.nextId(),
      number,
      title: seed.title,
      description: seed.description ?? null,
      state: seed.state ?? 'open',
      created_at: now,
      updated_at: now,
      closed_at: seed.state === 'closed' ? now : null,
      due_on: seed.due_on ? normalizeTime(seed.due_on) : null,
    };
    this.milestoneList.push(milestone);
    return milestone;
  }

  /** The repository label of that name (any case), created when missing as GitHub does on labelling. */
  ensureLabel(name: string, color = 'ededed'): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labelsByKey.get(key);
    if (!label) {
      label = { id: this.context.nextId(), name, color, description: null };
      this.labelsByKey.set(key, label);
    }
    return label;
  }

  /** Call after editing records by hand, so listings are rebuilt. */
  invalidate(): void {
    this.bump('created', 'updated', 'comments', 'state', 'labels', 'milestones');
  }

  /** Open and closed issues per milestone, counted in one pass and cached until either changes. */
  milestoneIssueCounts(number: number): { open: number; closed: number } {
    const signature = `${this.versions.state}:${this.versions.milestones}`;
    if (this.milestoneCounts?.signature !== signature) {
      const counts = new Map<number, { open: number; closed: number }>();
      for (const issue of this.issueList) {
        if (issue.milestone === null) continue;
        const entry = counts.get(issue.milestone) ?? { open: 0, closed: 0 };
        entry[issue.state]++;
        counts.set(issue.milestone, entry);
      }
      this.milestoneCounts = { signature, counts };
    }
    return this.milestoneCounts.counts.get(number) ?? { open: 0, closed: 0 };
  }

  // ---- listing ----------------------------------------------------------------------------------

  /** Matching issues in ascending sort order (ties by number); callers read it backwards for desc. */
  list(query: ListQuery): readonly IssueRecord[] {
    const labelKeys = query.labels.map((l) => l.toLowerCase());
    const key = `${query.sort}|${query.state}|${labelKeys.join(',')}`;
    const signature = [
      this.versions[query.sort],
      query.state === 'all' ? '' : this.versions.state,
      labelKeys.length === 0 ? '' : this.versions.labels,
    ].join(':');
    const cached = this.listCache.get(key);
    if (cached && cached.signature === signature) return cached.list;

    const ordered = this.ordered(query.sort);
    let list = ordered;
    if (query.state !== 'all' || labelKeys.length > 0) {
      list = [];
      for (const issue of ordered) {
        if (query.state !== 'all' && issue.state !== query.state) continue;
        if (labelKeys.length > 0 && !labelKeys.every((k) => issue.labels.some((l) => l.toLowerCase() === k)))
          continue;
        list.push(issue);
      }
    }
    this.listCache.set(key, { signature, list });
    return list;
  }

  private ordered(sort: IssueSort): IssueRecord[] {
    const cached = this.orderCache.get(sort);
    if (cached && cached.version === this.versions[sort]) return cached.list;
    // Mostly already in order (seeded oldest first, updates move one item to the end): TimSort is ~O(n).
    const field = sort === 'updated' ? 'updated_at' : 'created_at';
    const list = [...this.issueList].sort(
      sort === 'comments'
        ? (a, b) => a.comments - b.comments || a.number - b.number
        : (a, b) => compare(a[field], b[field]) || a.number - b.number,
    );
    this.orderCache.set(sort, { version: this.versions[sort], list });
    return list;
  }

  // ---- writes (each records its events and bumps updated_at) -------------------------------------

  update(number: number, patch: IssuePatch, actor: string): IssueRecord {
    const issue = this.require(number);
    const by = userRef(actor);
    if (patch.title !== undefined) {
      if (patch.title.trim() === '') throw validationFailed('Issue', 'title', 'missing_field');
      // A new title is a `renamed` event (REST issue events and timeline; GraphQL RenamedTitleEvent).
      if (patch.title !== issue.title)
        this.event(issue, 'renamed', by, { rename: { from: issue.title, to: patch.title } });
      issue.title = patch.title;
    }
    if (patch.body !== undefined && patch.body !== issue.body) {
      // A description edit has no event anywhere; GraphQL reports it as lastEditedAt and editor.
      issue.body = patch.body;
      issue.edits.push({ at: iso(this.context.now()), editor: by });
    }
    if (patch.milestone !== undefined) {
      if (patch.milestone !== null && !this.milestoneList.some((m) => m.number === patch.milestone)) {
        throw validationFailed('Issue', 'milestone', 'invalid');
      }
      if (patch.milestone !== issue.milestone) {
        const old = this.milestoneList.find((m) => m.number === issue.milestone);
        const next = this.milestoneList.find((m) => m.number === patch.milestone);
        if (old) this.event(issue, 'demilestoned', by, { milestone: { title: old.title } });
        if (next) this.event(issue, 'milestoned', by, { milestone: { title: next.title } });
        issue.milestone = patch.milestone;
        this.bump('milestones');
      }
    }
    if (patch.type !== undefined) this.setIssueType(issue, patch.type, by);
    if (patch.labels !== undefined) this.setLabels(issue, patch.labels, by);
    if (patch.assignees !== undefined) {
      const wanted = this.onlyAssignable(patch.assignees);
      this.unassign(
        issue,
        issue.assignees.filter((a) => !wanted.includes(a)),
        by,
      );
      this.assign(issue, wanted, by);
    }
    if (patch.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = iso(this.context.now());
      issue.state_reason = patch.state_reason ?? 'completed';
      this.event(issue, 'closed', by);
      this.bump('state');
    } else if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.state_reason = 'reopened';
      this.event(issue, 'reopened', by);
      this.bump('state');
    } else if (patch.state_reason !== undefined && issue.state === 'closed') {
      issue.state_reason = patch.state_reason;
    }
    this.touch(issue);
    return issue;
  }

  addLabels(number: number, names: string[], actor: string): IssueRecord {
    const issue = this.require(number);
    const by = userRef(actor);
    for (const name of names) this.applyLabel(issue, name, by);
    this.touch(issue);
    return issue;
  }

  /** GitHub answers 404 "Label does not exist" when the label is not on the issue. */
  removeLabel(number: number, name: string, actor: string): IssueRecord {
    const issue = this.require(number);
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new ApiError(404, 'Label does not exist');
    this.dropLabel(issue, index, userRef(actor));
    this.touch(issue);
    return issue;
  }

  replaceLabels(number: number, names: string[], actor: string): IssueRecord {
    const issue = this.require(number);
    this.setLabels(issue, names, userRef(actor));
    this.touch(issue);
    return issue;
  }

  addComment(number: number, body: string, actor: string): CommentRecord {
    const issue = this.require(number);
    const at = iso(this.context.now());
    const comment: CommentRecord = {
      id: this.context.nextId(),
      issueNumber: number,
      body,
      user: userRef(actor),
      created_at: at,
      updated_at: at,
      author_association: actor === issue.user.login ? issue.author_association : 'NONE',
    };
    this.storeComment(issue, comment);
    this.touch(issue);
    return comment;
  }

  updateComment(id: number, body: string): CommentRecord {
    const comment = this.commentsById.get(id);
    if (!comment) throw notFound();
    comment.body = body;
    comment.updated_at = iso(this.context.now());
    this.touch(this.require(comment.issueNumber));
    return comment;
  }

  /** Deleting a comment leaves a `comment_deleted` event by whoever deleted it. */
  deleteComment(id: number, actor = 'octocat'): void {
    const comment = this.commentsById.get(id);
    if (!comment) throw notFound();
    const issue = this.require(comment.issueNumber);
    issue.commentList = issue.commentList.filter((c) => c.id !== id);
    issue.comments--;
    this.commentsById.delete(id);
    this.event(issue, 'comment_deleted', userRef(actor));
    this.touch(issue);
    this.bump('comments');
  }

  /**
   * A reaction on a comment: once per user and content (GitHub answers 200 with the existing one).
   * Like a reaction on the description, it bumps neither the comment's nor the issue's updated_at.
   */
  addCommentReaction(
    id: number,
    content: string,
    actor: string,
  ): { reaction: ReactionRecord; created: boolean } {
    const comment = this.comment(id);
    if (!comment) throw notFound();
    const list = (comment.reactionList ??= []);
    const existing = list.find((r) => r.content === content && r.user.login === actor);
    if (existing) return { reaction: existing, created: false };
    const reaction: ReactionRecord = {
      id: this.context.nextId(),
      content,
      user: userRef(actor),
      created_at: iso(this.context.now()),
    };
    list.push(reaction);
    return { reaction, created: true };
  }

  /** A reaction on the description. GitHub does not bump the issue's updated_at for it. */
  addReaction(number: number, content: string, actor: string): ReactionRecord {
    const issue = this.require(number);
    const existing = (issue.reactionList ?? []).find((r) => r.content === content && r.user.login === actor);
    if (existing) return existing;
    const reaction: ReactionRecord = {
      id: this.context.nextId(),
      content,
      user: userRef(actor),
      created_at: iso(this.context.now()),
    };
    (issue.reactionList ??= []).push(reaction);
    issue.reactions[content] = (issue.reactions[content] ?? 0) + 1;
    return reaction;
  }

  lock(number: number, reason: string | null, actor: string): void {
    if (reason !== null && !(LOCK_REASONS as readonly string[]).includes(reason)) {
      throw validationFailed('Issue', 'lock_reason', 'invalid');
    }
    const issue = this.require(number);
    issue.locked = true;
    issue.active_lock_reason = reason;
    this.event(issue, 'locked', userRef(actor), { lock_reason: reason });
    this.touch(issue);
  }

  unlock(number: number, actor: string): void {
    const issue = this.require(number);
    if (!issue.locked) return;
    issue.locked = false;
    issue.active_lock_reason = null;
    this.event(issue, 'unlocked', userRef(actor));
    this.touch(issue);
  }

  addAssignees(number: number, logins: string[], actor: string): IssueRecord {
    const issue = this.require(number);
    this.assign(issue, this.onlyAssignable(logins), userRef(actor));
    this.touch(issue);
    return issue;
  }

  removeAssignees(number: number, logins: string[], actor: string): IssueRecord {
    const issue = this.require(number);
    this.unassign(issue, logins, userRef(actor));
    this.touch(issue);
    return issue;
  }

  requestReviewers(number: number, logins: string[], actor: string): IssueRecord {
    const issue = this.require(number);
    if (!issue.pull_request)
      throw validationFailed('PullRequest', 'reviewers', 'invalid', 'Not a pull request');
    if (logins.some((l) => l.toLowerCase() === issue.user.login.toLowerCase())) {
      throw new ApiError(422, 'Review cannot be requested from pull request author.');
    }
    if (this.assignable && logins.some((l) => !this.assignable?.has(l))) {
      throw new ApiError(422, 'Reviews may only be requested from collaborators.');
    }
    const by = userRef(actor);
    for (const login of logins) {
      if (issue.requested_reviewers.includes(login)) continue;
      issue.requested_reviewers.push(login);
      this.event(issue, 'review_requested', by, { requested_reviewer: userRef(login) });
    }
    this.touch(issue);
    return issue;
  }

  // ---- internals --------------------------------------------------------------------------------

  private milestoneFor(ref: string | number): number {
    if (typeof ref === 'number') {
      if (!this.milestoneList.some((m) => m.number === ref))
        throw new Error(`no milestone ${ref} in ${this.fullName}`);
      return ref;
    }
    return (this.milestoneList.find((m) => m.title === ref) ?? this.addMilestone({ title: ref })).number;
  }

  private seedEvents(issue: IssueRecord, labelEvents: LabelEventSeed[], withoutHistory: string[]): void {
    const bare = new Set(withoutHistory.map((l) => l.toLowerCase()));
    const events: EventRecord[] = labelEvents.map((e) => ({
      id: this.context.nextId(),
      event: e.event ?? 'labeled',
      created_at: normalizeTime(e.created_at),
      actor: e.actor ? userRef(e.actor) : issue.user,
      label: { name: this.ensureLabel(e.label).name, color: this.ensureLabel(e.label).color },
    }));
    for (const name of issue.labels) {
      if (bare.has(name.toLowerCase())) continue;
      if (events.some((e) => e.event === 'labeled' && e.label?.name.toLowerCase() === name.toLowerCase()))
        continue;
      const { color } = this.ensureLabel(name);
      events.push({
        id: this.context.nextId(),
        event: 'labeled',
        created_at: issue.created_at,
        actor: issue.user,
        label: { name, color },
      });
    }
    if (issue.locked) {
      events.push({
        id: this.context.nextId(),
        event: 'locked',
        created_at: issue.updated_at,
        actor: issue.user,
        lock_reason: issue.active_lock_reason,
      });
    }
    if (issue.closed_at) {
      events.push({
        id: this.context.nextId(),
        event: 'closed',
        created_at: issue.closed_at,
        actor: issue.user,
      });
    }
    // Stable sort: same-second events keep the order given.
    issue.events = events.sort((a, b) => compare(a.created_at, b.created_at));
  }

  private storeComment(issue: IssueRecord, comment: CommentRecord): void {
    issue.commentList.push(comment);
    issue.comments++;
    this.commentsById.set(comment.id, comment);
    this.bump('comments');
  }

  private applyLabel(issue: IssueRecord, name: string, by: UserRef): void {
    const label = this.ensureLabel(name);
    if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) return;
    issue.labels.push(label.name);
    this.event(issue, 'labeled', by, { label: { name: label.name, color: label.color } });
    this.bump('labels');
  }

  private dropLabel(issue: IssueRecord, index: number, by: UserRef): void {
    const [name] = issue.labels.splice(index, 1);
    this.event(issue, 'unlabeled', by, { label: { name, color: this.ensureLabel(name).color } });
    this.bump('labels');
  }

  private setLabels(issue: IssueRecord, names: string[], by: UserRef): void {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    for (let i = issue.labels.length - 1; i >= 0; i--) {
      if (!wanted.has(issue.labels[i].toLowerCase())) this.dropLabel(issue, i, by);
    }
    for (const name of names) this.applyLabel(issue, name, by);
  }

  private onlyAssignable(logins: string[]): string[] {
    return this.assignable ? logins.filter((l) => this.assignable?.has(l)) : logins;
  }

  private assign(issue: IssueRecord, logins: string[], by: UserRef): void {
    for (const login of logins) {
      if (issue.assignees.includes(login)) continue;
      issue.assignees.push(login);
      this.event(issue, 'assigned', by, { assignee: userRef(login) });
    }
  }

  private unassign(issue: IssueRecord, logins: string[], by: UserRef): void {
    for (const login of logins) {
      const index = issue.assignees.indexOf(login);
      if (index < 0) continue;
      issue.assignees.splice(index, 1);
      this.event(issue, 'unassigned', by, { assignee: userRef(login) });
    }
  }

  /**
   * Deletes a branch (DELETE .../git/refs/heads/{branch}); the pull requests whose head it was get a
   * `head_ref_deleted` event, as on GitHub's timeline.
   */
  deleteBranch(name: string, actor: string): void {
    this.branches.delete(name);
    for (const issue of this.issueList) {
      if (issue.pull?.head !== name || issue.pull.headRepo !== this.fullName) continue;
      this.event(issue, 'head_ref_deleted', userRef(actor));
      this.touch(issue);
    }
  }

  /**
   * PATCH `type`: a name GitHub matches case-insensitively, or null to clear. An unknown or disabled
   * name, or a pull request, is a 422. The timeline records `issue_type_added` / `_changed` /
   * `_removed`, as GitHub's does.
   */
  private setIssueType(issue: IssueRecord, name: string | null, by: UserRef): void {
    if (issue.pull_request)
      throw validationFailed('Issue', 'type', 'invalid', 'Pull requests have no issue type');
    const type = name === null ? null : this.issueType(name);
    if (type === undefined) throw validationFailed('Issue', 'type', 'invalid');
    if (this.dropTypeChanges) return;
    const next = type === null ? null : type.name;
    if (next === issue.issue_type) return;
    const event =
      issue.issue_type === null
        ? 'issue_type_added'
        : next === null
          ? 'issue_type_removed'
          : 'issue_type_changed';
    issue.issue_type = next;
    this.event(issue, event, by);
  }

  private event(issue: IssueRecord, event: string, actor: UserRef, extra: Partial<EventRecord> = {}): void {
    issue.events.push({
      id: this.context.nextId(),
      event,
      created_at: iso(this.context.now()),
      actor,
      ...extra,
    });
  }

  private touch(issue: IssueRecord): void {
    issue.updated_at = iso(this.context.now());
    this.bump('updated');
    // The touched issue is now the most recently updated: move it to the end of the cached order
    // instead of re-sorting 100,000 items (unless the clock went backwards).
    const cached = this.orderCache.get('updated');
    const last = cached?.list[cached.list.length - 1];
    if (cached && last && compare(last.updated_at, issue.updated_at) <= 0) {
      const index = cached.list.indexOf(issue);
      if (index >= 0) {
        cached.list.splice(index, 1);
        cached.list.push(issue);
        cached.version = this.versions.updated;
      }
    }
  }

  private bump(...kinds: VersionKind[]): void {
    for (const kind of kinds) this.versions[kind]++;
  }
}

export function userRef(login: string, type?: 'User' | 'Bot'): UserRef {
  return { login, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
}

/** GitHub's timestamp format: UTC, second precision, `Z`. Sortable as a string. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function normalizeTime(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: "${value}"`);
  return iso(ms);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
