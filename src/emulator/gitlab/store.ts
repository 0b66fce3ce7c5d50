/**
 * The emulator's in-memory GitLab: users, projects, issues and merge requests, labels, milestones,
 * notes and resource label events. Records use GitLab's field names so assertions read like API
 * responses.
 *
 * Every change goes through a ProjectStore method, which records system notes and label events, bumps
 * `updated_at` and keeps the listing caches right. Records are live objects: read them freely in tests,
 * but change them only through these methods (or call `project.invalidate()` after editing by hand).
 */
import { setParent } from './hierarchy.js';
import { ApiError, notFound } from './http.js';
import type {
  EpicRecord,
  EpicSeed,
  IssueSeed,
  LabelEventRecord,
  LabelEventSeed,
  LabelRecord,
  ListQuery,
  MergeRequestSeed,
  MilestoneRecord,
  MilestoneSeed,
  NoteRecord,
  NoteSeed,
  AwardRecord,
  NoteableKind,
  NoteablePatch,
  NoteableRecord,
  OrderBy,
  UserRecord,
  UserSeed,
  ApprovalsRecord,
  PipelineRecord,
  ReviewerState,
} from './records.js';

export type * from './records.js';

/** Time and ids shared by every project of one emulator. */
export interface StoreContext {
  now(): number;
  nextId(): number;
  /** Web root of the instance, for `web_url`s: `https://gitlab.example.com`. */
  webUrl: string;
  users: GitLabStore;
}

export class GitLabStore {
  readonly context: StoreContext;
  private readonly projectsByPath = new Map<string, ProjectStore>();
  private readonly projectsById = new Map<number, ProjectStore>();
  private readonly usersByName = new Map<string, UserRecord>();
  private readonly usersById = new Map<number, UserRecord>();
  private id = 1000;
  private userId = 1;

  constructor(now: () => Date = () => new Date(), webUrl = 'https://gitlab.example.com') {
    this.context = { now: () => now().getTime(), nextId: () => this.id++, webUrl, users: this };
  }

  /** Epics by `group&iid` (lower-cased group path). */
  private readonly epicsByKey = new Map<string, EpicRecord>();

  /**
   * An epic of a group (GitLab Premium): a work item an issue may have for its parent (`addIssue({
   * parent: { group, epic } })`). The group need not hold a project. Epics are not in any project's
   * listings; they show only as a parent in the GraphQL hierarchy.
   */
  addEpic(group: string, seed: EpicSeed = {}): EpicRecord {
    const key = group.toLowerCase();
    const iid =
      seed.iid ?? [...this.epicsByKey.values()].filter((e) => e.group.toLowerCase() === key).length + 1;
    if (this.epicsByKey.has(`${key}&${iid}`)) throw new Error(`epic ${group}&${iid} already exists`);
    const epic: EpicRecord = {
      kind: 'epic',
      id: this.context.nextId(),
      iid,
      group,
      title: seed.title ?? `Epic ${iid}`,
      state: seed.state ?? 'opened',
      labels: [...(seed.labels ?? [])],
      created_at: iso(this.context.now()),
    };
    this.epicsByKey.set(`${key}&${iid}`, epic);
    return epic;
  }

  epic(group: string, iid: number): EpicRecord | undefined {
    return this.epicsByKey.get(`${group.toLowerCase()}&${iid}`);
  }

  /** `group/sub/project`: any depth of groups, as on GitLab. */
  addProject(
    path: string,
    options: { defaultBranch?: string; archived?: boolean; forkedFrom?: string } = {},
  ): ProjectStore {
    const parts = path.split('/');
    if (parts.length < 2 || parts.some((p) => p === '')) {
      throw new Error(`project path must be "group/project" or "group/sub/project", not "${path}"`);
    }
    const key = path.toLowerCase();
    if (this.projectsByPath.has(key)) throw new Error(`project ${path} already exists`);
    const project = new ProjectStore(this.context, path, options.defaultBranch ?? 'main');
    project.archived = options.archived ?? false;
    project.forkedFrom = options.forkedFrom ?? null;
    this.projectsByPath.set(key, project);
    this.projectsById.set(project.id, project);
    return project;
  }

  /** Every project, in the order added. */
  allProjects(): ProjectStore[] {
    return [...this.projectsByPath.values()];
  }

  /** By numeric id or by full path (GitLab matches paths case-insensitively). */
  project(ref: string | number): ProjectStore | undefined {
    if (typeof ref === 'number' || /^\d+$/.test(ref)) return this.projectsById.get(Number(ref));
    return this.projectsByPath.get(ref.toLowerCase());
  }

  addUser(seed: UserSeed): UserRecord {
    const key = seed.username.toLowerCase();
    if (this.usersByName.has(key)) throw new Error(`user ${seed.username} already exists`);
    const user: UserRecord = {
      id: this.userId++,
      username: seed.username,
      name: seed.name ?? seed.username,
      bot: seed.bot ?? false,
    };
    this.usersByName.set(key, user);
    this.usersById.set(user.id, user);
    return user;
  }

  user(username: string): UserRecord | undefined {
    return this.usersByName.get(username.toLowerCase());
  }

  userById(id: number): UserRecord | undefined {
    return this.usersById.get(id);
  }

  /**
   * The user of that name, created when unknown, so seeds can name anyone: a human, unless the name is
   * one GitLab gives the bot user of a project or group access token (`project_12_bot_3f9a...`).
   */
  ensureUser(username: string): UserRecord {
    return this.user(username) ?? this.addUser({ username, bot: ACCESS_TOKEN_BOT.test(username) });
  }
}

/**
 * Usernames of the bot users GitLab creates for project and group access tokens: `project_12_bot_3f9a...`
 * (older instances: `project_12_bot`, `project_12_bot1`).
 */
export const ACCESS_TOKEN_BOT = /^(?:project|group)_\d+_bot\w*$/i;

/** What a cached listing depends on. */
type VersionKind = 'created' | 'updated' | 'title' | 'state';

const SORT_DEPENDS: Record<OrderBy, VersionKind> = {
  created_at: 'created',
  id: 'created',
  updated_at: 'updated',
  title: 'title',
};

export class ProjectStore {
  readonly id: number;
  readonly createdAt: string;
  /**
   * When set, only these usernames can be assigned or asked for review; GitLab silently drops others
   * (users without access to the project). null: every known user can.
   */
  members: Set<string> | null = null;
  /**
   * Members' access levels by lower-cased username (10 Guest, 20 Reporter, 30 Developer, 40
   * Maintainer, 50 Owner), as `GET /projects/:id/members/all/:user_id` answers; others are no member.
   */
  readonly accessLevels = new Map<string, number>();
  /** Archived: read-only, and listed only when asked for. */
  archived = false;
  /** Path of the project this one is a fork of, or null. */
  forkedFrom: string | null = null;
  private readonly records: Record<NoteableKind, Map<number, NoteableRecord>> = {
    issue: new Map(),
    merge_request: new Map(),
  };
  private readonly nextIid: Record<NoteableKind, number> = { issue: 1, merge_request: 1 };
  private readonly labelsByKey = new Map<string, LabelRecord>();
  private readonly milestoneList: MilestoneRecord[] = [];
  private readonly versions: Record<VersionKind, number> = { created: 0, updated: 0, title: 0, state: 0 };
  private readonly listCache = new Map<string, { signature: string; list: NoteableRecord[] }>();

  constructor(
    private readonly context: StoreContext,
    readonly path: string,
    readonly defaultBranch: string,
  ) {
    this.id = context.nextId();
    this.createdAt = iso(context.now());
  }

  get name(): string {
    return this.path.split('/').pop() ?? this.path;
  }

  get webUrl(): string {
    return `${this.context.webUrl}/${this.path}`;
  }

  get issues(): NoteableRecord[] {
    return [...this.records.issue.values()];
  }

  get mergeRequests(): NoteableRecord[] {
    return [...this.records.merge_request.values()];
  }

  get milestones(): readonly MilestoneRecord[] {
    return this.milestoneList;
  }

  labels(): LabelRecord[] {
    return [...this.labelsByKey.values()];
  }

  issue(iid: number): NoteableRecord | undefined {
    return this.records.issue.get(iid);
  }

  mergeRequest(iid: number): NoteableRecord | undefined {
    return this.records.merge_request.get(iid);
  }

  /** The issue or merge request, or GitLab's 404. */
  require(kind: NoteableKind, iid: number): NoteableRecord {
    const record = this.records[kind].get(iid);
    if (!record) throw notFound(kind === 'issue' ? 'Issue' : 'Merge Request');
    return record;
  }

  // ---- seeding ----------------------------------------------------------------------------------

  addIssue(seed: IssueSeed = {}): NoteableRecord {
    return this.add('issue', { ...seed, state: seed.state ?? 'opened' });
  }

  addMergeRequest(seed: MergeRequestSeed = {}): NoteableRecord {
    return this.add('merge_request', seed);
  }

  addMilestone(seed: MilestoneSeed): MilestoneRecord {
    if (this.milestoneList.some((m) => m.title === seed.title)) {
      throw new Error(`milestone "${seed.title}" already exists in ${this.path}`);
    }
    const now = iso(this.context.now());
    const milestone: MilestoneRecord = {
      id: this.context.nextId(),
      iid: this.milestoneList.length + 1,
      title: seed.title,
      description: seed.description ?? null,
      state: seed.state ?? 'active',
      created_at: now,
      updated_at: now,
      due_date: seed.due_date ?? null,
    };
    this.milestoneList.push(milestone);
    return milestone;
  }

  /** The project label of that name (any case), created when missing as GitLab does when labelling. */
  ensureLabel(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labelsByKey.get(key);
    if (!label) {
      label = { id: this.context.nextId(), name, color: '#6699cc', description: null };
      this.labelsByKey.set(key, label);
    }
    return label;
  }

  /** Call after editing records by hand, so listings are rebuilt. */
  invalidate(): void {
    this.bump('created', 'updated', 'title', 'state');
  }

  /** Merge requests that close issue `iid` on merge. */
  closedBy(iid: number): NoteableRecord[] {
    return this.mergeRequests.filter((mr) => mr.closesIssues.includes(iid));
  }

  // ---- listing ----------------------------------------------------------------------------------

  /** Matching records in the requested order, ties broken by id (as GitLab's keyset order is). */
  list(kind: NoteableKind, query: ListQuery): readonly NoteableRecord[] {
    const key = `${kind}|${query.state}|${query.orderBy}|${query.sort}`;
    const signature = [
      this.versions.created,
      this.versions[SORT_DEPENDS[query.orderBy]],
      query.state === 'all' ? '' : this.versions.state,
    ].join(':');
    const cached = this.listCache.get(key);
    if (cached && cached.signature === signature) return cached.list;
    const sign = query.sort === 'asc' ? 1 : -1;
    const list = [...this.records[kind].values()]
      .filter((r) => query.state === 'all' || r.state === query.state)
      .sort(
        (a, b) =>
          sign * (compareValues(sortValue(a, query.orderBy), sortValue(b, query.orderBy)) || a.id - b.id),
      );
    this.listCache.set(key, { signature, list });
    return list;
  }

  // ---- writes (each records its system notes or label events and bumps updated_at) ----------------

  update(kind: NoteableKind, iid: number, patch: NoteablePatch, actor: string): NoteableRecord {
    const record = this.require(kind, iid);
    const by = this.context.users.ensureUser(actor);
    const noun = kind === 'issue' ? 'issue' : 'merge request';
    let changed = false;
    const note = (body: string): void => {
      this.systemNote(record, body, by);
      changed = true;
    };

    if (patch.title !== undefined && patch.title !== record.title) {
      note(`changed title from **${record.title}** to **${patch.title}**`);
      record.title = patch.title;
      this.bump('title');
    }
    if (patch.description !== undefined && patch.description !== record.description) {
      record.description = patch.description;
      note('changed the description');
    }
    if (patch.labels !== undefined) {
      const wanted = new Set(patch.labels.map((l) => l.toLowerCase()));
      for (const name of [...record.labels])
        if (!wanted.has(name.toLowerCase())) changed = this.dropLabel(record, name, by) || changed;
      for (const name of patch.labels) changed = this.applyLabel(record, name, by) || changed;
    }
    for (const name of patch.add_labels ?? []) changed = this.applyLabel(record, name, by) || changed;
    for (const name of patch.remove_labels ?? []) changed = this.dropLabel(record, name, by) || changed;

    // A merged merge request can be neither closed nor reopened; GitLab ignores the request.
    if (patch.state_event === 'close' && (record.state === 'opened' || record.state === 'locked')) {
      record.state = 'closed';
      record.closed_at = iso(this.context.now());
      record.closed_by = by;
      this.bump('state');
      note('closed');
    } else if (patch.state_event === 'reopen' && record.state === 'closed') {
      record.state = 'opened';
      record.closed_at = null;
      record.closed_by = null;
      // Reopening ends the "Closed (duplicated)" status: GitLab's API stops naming the original.
      record.duplicated_to = null;
      this.bump('state');
      note('reopened');
    }
    if (
      patch.discussion_locked !== undefined &&
      patch.discussion_locked !== (record.discussion_locked ?? false)
    ) {
      record.discussion_locked = patch.discussion_locked;
      note(`${patch.discussion_locked ? 'locked' : 'unlocked'} this ${noun}`);
    } else if (patch.discussion_locked !== undefined) {
      record.discussion_locked = patch.discussion_locked;
    }
    if (patch.assignee_ids !== undefined) {
      const { added, removed } = this.replaceUsers(record.assignees, patch.assignee_ids);
      if (added.length > 0) note(`assigned to ${mentions(added)}`);
      if (removed.length > 0) note(`unassigned ${mentions(removed)}`);
    }
    if (patch.milestone_id !== undefined) {
      const id = patch.milestone_id === 0 ? null : patch.milestone_id;
      const next = id === null ? null : this.milestoneList.find((m) => m.id === id);
      if (next === undefined) throw notFound('Milestone');
      if ((next?.id ?? null) !== record.milestone) {
        const old = this.milestoneList.find((m) => m.id === record.milestone);
        record.milestone = next?.id ?? null;
        note(next ? `changed milestone to %${next.title}` : `removed milestone %${old?.title ?? ''}`);
      }
    }
    if (patch.reviewer_ids !== undefined && kind === 'merge_request') {
      const { added, removed } = this.replaceUsers(record.reviewers, patch.reviewer_ids);
      if (added.length > 0) note(`requested review from ${mentions(added)}`);
      if (removed.length > 0) note(`removed review request for ${mentions(removed)}`);
    }
    if (changed) this.touch(record);
    return record;
  }

  /**
   * An award emoji on a note, by `actor`. GitLab refuses a second one of the same name by the same user
   * with 404 "Award Emoji Name has already been taken". An award moves neither the note nor the item.
   */
  awardNote(kind: NoteableKind, iid: number, noteId: number, name: string, actor: string): AwardRecord {
    const note = this.require(kind, iid).notes.find((n) => n.id === noteId);
    if (!note) throw notFound('Note');
    const user = this.context.users.ensureUser(actor);
    const awards = (note.awards ??= []);
    if (awards.some((a) => a.name === name && a.user.id === user.id)) {
      throw new ApiError(404, '404 Award Emoji Name has already been taken');
    }
    const award: AwardRecord = { id: this.context.nextId(), name, user, created_at: iso(this.context.now()) };
    awards.push(award);
    return award;
  }

  addNote(kind: NoteableKind, iid: number, body: string, actor: string): NoteRecord {
    const record = this.require(kind, iid);
    const at = iso(this.context.now());
    const note: NoteRecord = {
      id: this.context.nextId(),
      body,
      author: this.context.users.ensureUser(actor),
      created_at: at,
      updated_at: at,
      system: false,
    };
    record.notes.push(note);
    this.touch(record);
    return note;
  }

  updateNote(kind: NoteableKind, iid: number, noteId: number, body: string, actor: string): NoteRecord {
    const record = this.require(kind, iid);
    const note = record.notes.find((n) => n.id === noteId);
    if (!note) throw notFound('Note');
    // GitLab lets only the author edit a note, and nobody edit a system note.
    if (note.system || note.author.username.toLowerCase() !== actor.toLowerCase()) {
      throw new ApiError(403, '403 Forbidden');
    }
    note.body = body;
    note.updated_at = iso(this.context.now());
    this.touch(record);
    return note;
  }

  deleteNote(kind: NoteableKind, iid: number, noteId: number, actor: string): void {
    const record = this.require(kind, iid);
    const note = record.notes.find((n) => n.id === noteId);
    if (!note) throw notFound('Note');
    // As with edits: only the author may delete a note, and nobody a system note.
    if (note.system || note.author.username.toLowerCase() !== actor.toLowerCase()) {
      throw new ApiError(403, '403 Forbidden');
    }
    record.notes = record.notes.filter((n) => n.id !== noteId);
    this.touch(record);
  }

  // ---- internals --------------------------------------------------------------------------------

  private add(kind: NoteableKind, seed: MergeRequestSeed): NoteableRecord {
    const iid = seed.iid ?? this.nextIid[kind];
    if (this.records[kind].has(iid)) throw new Error(`${kind} ${iid} already exists in ${this.path}`);
    this.nextIid[kind] = Math.max(this.nextIid[kind], iid + 1);
    const users = this.context.users;
    const now = iso(this.context.now());
    const created = seed.created_at ? normalizeTime(seed.created_at) : now;
    // As given, else the latest seeded write: GitLab touches updated_at on every one.
    const updated = seed.updated_at
      ? normalizeTime(seed.updated_at)
      : [
          created,
          ...(typeof seed.notes === 'object' ? seed.notes : []).map((n) =>
            normalizeTime(n.updated_at ?? n.created_at ?? created),
          ),
          ...(seed.labelEvents ?? []).map((e) => normalizeTime(e.created_at)),
          ...(seed.descriptionEdits ?? []).map((e) => normalizeTime(e.at)),
          // Closing and merging are writes too.
          ...[seed.closed_at, (seed as MergeRequestSeed).merged_at].flatMap((t) =>
            t ? [normalizeTime(t)] : [],
          ),
        ].reduce((a, b) => (a > b ? a : b));
    const state = seed.state ?? 'opened';
    const author = users.ensureUser(seed.author ?? 'octocat');
    const isMr = kind === 'merge_request';
    const record: NoteableRecord = {
      kind,
      id: this.context.nextId(),
      iid,
      title: seed.title ?? `${isMr ? 'Merge request' : 'Issue'} ${iid}`,
      description: seed.description === undefined ? '' : seed.description,
      state,
      author,
      labels: [],
      assignees: uniqueUsers((seed.assignees ?? []).map((u) => users.ensureUser(u))),
      milestone: seed.milestone == null ? null : this.milestoneFor(seed.milestone).id,
      upvotes: seed.upvotes ?? 0,
      downvotes: seed.downvotes ?? 0,
      discussion_locked: seed.discussion_locked ?? null,
      created_at: created,
      updated_at: updated,
      closed_at: state === 'closed' ? normalizeTime(seed.closed_at ?? updated) : null,
      closed_by: state === 'closed' ? author : null,
      duplicated_to: kind === 'issue' && state === 'closed' ? (seed.duplicate_of ?? null) : null,
      issue_type: kind === 'issue' ? (seed.issue_type ?? 'issue') : 'issue',
      notes: [],
      labelEvents: [],
      draft: isMr ? (seed.draft ?? false) : false,
      source_branch: isMr ? (seed.source_branch ?? `feature-${iid}`) : '',
      target_branch: isMr ? (seed.target_branch ?? this.defaultBranch) : '',
      source_project_id: isMr && seed.fork ? this.context.nextId() : this.id,
      target_project_id: this.id,
      reviewers: isMr ? uniqueUsers((seed.reviewers ?? []).map((u) => users.ensureUser(u))) : [],
      merged_at: state === 'merged' ? normalizeTime(seed.merged_at ?? updated) : null,
      files: isMr ? [...new Set([...(seed.files ?? []), ...(seed.changes ?? []).map((c) => c.path)])] : [],
      lines: Object.fromEntries(
        (seed.changes ?? []).map((c) => [
          c.path,
          { additions: c.additions ?? 0, deletions: c.deletions ?? 0 },
        ]),
      ),
      closesIssues: isMr ? [...(seed.closesIssues ?? [])] : [],
      merge: {
        detailed: seed.detailed_merge_status ?? (seed.has_conflicts ? 'conflict' : 'mergeable'),
        has_conflicts: seed.has_conflicts ?? seed.detailed_merge_status === 'conflict',
        checkingReads: seed.checkingReads ?? 0,
      },
      approvals: this.seedApprovals(seed, updated),
      reviewerStates: new Map(
        Object.entries(seed.reviewer_states ?? {}).map(([name, state]) => [name.toLowerCase(), state]),
      ),
      pipeline: isMr && seed.pipeline ? this.seedPipeline(seed.pipeline, iid) : null,
    };
    // A reviewer who approved shows as approved in GET .../reviewers.
    for (const { user } of record.approvals.approvedBy) {
      const key = user.username.toLowerCase();
      if (record.reviewers.includes(user) && !record.reviewerStates.has(key))
        record.reviewerStates.set(key, 'approved');
    }
    for (const name of seed.labels ?? []) {
      const label = this.ensureLabel(name);
      if (!record.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        record.labels.push(label.name);
    }
    record.labelEvents = this.seedLabelEvents(
      record,
      seed.labelEvents ?? [],
      seed.labelsWithoutHistory ?? [],
    );
    const edits: NoteSeed[] = (seed.descriptionEdits ?? []).map((e) => ({
      body: 'changed the description',
      author: e.by,
      created_at: e.at,
      system: true,
    }));
    record.notes = this.seedNotes(record, [
      ...(typeof seed.notes === 'number' ? generatedNotes(seed.notes) : (seed.notes ?? [])),
      ...edits,
    ]);
    this.records[kind].set(iid, record);
    if (kind === 'issue' && seed.parent !== undefined) {
      const parent =
        typeof seed.parent === 'number'
          ? { project: this as ProjectStore, iid: seed.parent }
          : 'epic' in seed.parent
            ? { epic: this.epicAt(seed.parent.group, seed.parent.epic) }
            : { project: this.projectAt(seed.parent.project), iid: seed.parent.iid };
      setParent({ project: this, iid }, parent);
    }
    this.bump('created', 'updated', 'title', 'state');
    return record;
  }

  private epicAt(group: string, iid: number): EpicRecord {
    const epic = this.context.users.epic(group, iid);
    if (!epic) throw new Error(`epic ${group}&${iid} is not in the emulator`);
    return epic;
  }

  private projectAt(path: string): ProjectStore {
    const project = this.context.users.project(path);
    if (!project) throw new Error(`project ${path} is not in the emulator`);
    return project;
  }

  private seedLabelEvents(
    record: NoteableRecord,
    seeds: LabelEventSeed[],
    withoutHistory: string[],
  ): LabelEventRecord[] {
    const bare = new Set(withoutHistory.map((l) => l.toLowerCase()));
    const users = this.context.users;
    const events: LabelEventRecord[] = seeds.map((e) => ({
      id: this.context.nextId(),
      user: e.user ? users.ensureUser(e.user) : record.author,
      created_at: normalizeTime(e.created_at),
      label: this.ensureLabel(e.label),
      action: e.action ?? 'add',
    }));
    for (const name of record.labels) {
      if (bare.has(name.toLowerCase())) continue;
      if (events.some((e) => e.action === 'add' && e.label.name.toLowerCase() === name.toLowerCase()))
        continue;
      events.push({
        id: this.context.nextId(),
        user: record.author,
        created_at: record.created_at,
        label: this.ensureLabel(name),
        action: 'add',
      });
    }
    // Stable sort: same-instant events keep the order given.
    return events.sort((a, b) => compareValues(a.created_at, b.created_at));
  }

  private seedNotes(record: NoteableRecord, list: NoteSeed[]): NoteRecord[] {
    return list
      .map((n) => {
        const at = normalizeTime(n.created_at ?? record.created_at);
        return {
          id: this.context.nextId(),
          body: n.body,
          author: n.author ? this.context.users.ensureUser(n.author) : record.author,
          created_at: at,
          updated_at: n.updated_at ? normalizeTime(n.updated_at) : at,
          system: n.system ?? false,
          ...(n.awards
            ? {
                awards: n.awards.map((a) => ({
                  id: this.context.nextId(),
                  name: a.name,
                  user: this.context.users.ensureUser(a.user),
                  created_at: at,
                })),
              }
            : {}),
        };
      })
      .sort((a, b) => compareValues(a.created_at, b.created_at));
  }

  private seedApprovals(seed: MergeRequestSeed, updated: string): ApprovalsRecord {
    const approvedBy = (seed.approved_by ?? []).map((a) =>
      typeof a === 'string'
        ? { user: this.context.users.ensureUser(a), at: updated }
        : { user: this.context.users.ensureUser(a.username), at: normalizeTime(a.approved_at) },
    );
    const required = seed.approvals_required ?? 0;
    const left = Math.max(0, required - approvedBy.length);
    return { required, approvedBy, rulesLeft: seed.approval_rules_left ?? (left > 0 ? ['All Members'] : []) };
  }

  /** A pipeline's status follows its jobs as GitLab's does: failed, else running, else success. */
  private seedPipeline(seed: NonNullable<MergeRequestSeed['pipeline']>, iid: number): PipelineRecord {
    const jobs = seed.jobs.map((j) => ({
      id: this.context.nextId(),
      name: j.name,
      stage: j.stage ?? 'test',
      status: j.status,
      allow_failure: j.allow_failure ?? false,
    }));
    const derived = jobs.some((j) => j.status === 'failed' && !j.allow_failure)
      ? 'failed'
      : jobs.some((j) => ['created', 'pending', 'running', 'preparing'].includes(j.status))
        ? 'running'
        : 'success';
    return {
      id: this.context.nextId(),
      iid,
      status: seed.status ?? derived,
      sha: '',
      jobs,
    };
  }

  /** Sets a reviewer's review state (GitLab: they submitted a review, approved, or asked for changes). */
  setReviewerState(iid: number, username: string, state: ReviewerState): void {
    this.require('merge_request', iid).reviewerStates.set(username.toLowerCase(), state);
  }

  /**
   * A single read of a merge request: GitLab starts the background mergeability check on it, and
   * answers `checking` until that is done.
   */
  readMergeStatus(record: NoteableRecord): { detailed: string; has_conflicts: boolean } {
    if (record.state !== 'opened') return { detailed: 'not_open', has_conflicts: record.merge.has_conflicts };
    if (record.merge.checkingReads > 0) {
      record.merge.checkingReads--;
      return { detailed: 'checking', has_conflicts: false };
    }
    return { detailed: record.merge.detailed, has_conflicts: record.merge.has_conflicts };
  }

  private milestoneFor(title: string): MilestoneRecord {
    return this.milestoneList.find((m) => m.title === title) ?? this.addMilestone({ title });
  }

  private applyLabel(record: NoteableRecord, name: string, by: UserRecord): boolean {
    const label = this.ensureLabel(name);
    if (record.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) return false;
    record.labels.push(label.name);
    this.labelEvent(record, label, 'add', by);
    return true;
  }

  /** Removing a label that is not there is no error on GitLab: nothing happens. */
  private dropLabel(record: NoteableRecord, name: string, by: UserRecord): boolean {
    const index = record.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (index < 0) return false;
    const [removed] = record.labels.splice(index, 1);
    this.labelEvent(record, this.ensureLabel(removed), 'remove', by);
    return true;
  }

  /** Replaces a user list by ids; unknown ids and non-members are dropped silently, as GitLab does. */
  private replaceUsers(list: UserRecord[], ids: number[]): { added: UserRecord[]; removed: UserRecord[] } {
    const wanted = uniqueUsers(
      ids
        .map((id) => this.context.users.userById(id))
        .filter(
          (u): u is UserRecord => u !== undefined && (this.members?.has(u.username.toLowerCase()) ?? true),
        ),
    );
    const removed = list.filter((u) => !wanted.includes(u));
    const added = wanted.filter((u) => !list.includes(u));
    list.splice(0, list.length, ...wanted);
    return { added, removed };
  }

  private labelEvent(
    record: NoteableRecord,
    label: LabelRecord,
    action: 'add' | 'remove',
    by: UserRecord,
  ): void {
    record.labelEvents.push({
      id: this.context.nextId(),
      user: by,
      created_at: iso(this.context.now()),
      label,
      action,
    });
  }

  private systemNote(record: NoteableRecord, body: string, by: UserRecord): void {
    const at = iso(this.context.now());
    record.notes.push({
      id: this.context.nextId(),
      body,
      author: by,
      created_at: at,
      updated_at: at,
      system: true,
    });
  }

  private touch(record: NoteableRecord): void {
    record.updated_at = iso(this.context.now());
    this.bump('updated');
  }

  private bump(...kinds: VersionKind[]): void {
    for (const kind of kinds) this.versions[kind]++;
  }
}

/** The number of notes GitLab counts as comments: those people wrote. */
export function userNotesCount(record: NoteableRecord): number {
  return record.notes.reduce((n, note) => n + (note.system ? 0 : 1), 0);
}

export function sortValue(record: NoteableRecord, orderBy: OrderBy): string | number {
  return orderBy === 'id' ? record.id : record[orderBy];
}

export function compareValues(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** GitLab's timestamp format: UTC with milliseconds, `Z`. Sortable as a string. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function normalizeTime(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: "${value}"`);
  return iso(ms);
}

function generatedNotes(count: number): NoteSeed[] {
  return Array.from({ length: count }, (_, i) => ({ body: `Comment ${i + 1}` }));
}

function uniqueUsers(users: UserRecord[]): UserRecord[] {
  return [...new Set(users)];
}

function mentions(users: UserRecord[]): string {
  return users.map((u) => `@${u.username}`).join(' and ');
}
