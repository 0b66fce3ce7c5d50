/**
 * An in-memory provider: the reference implementation of the Provider interface, for tests and for
 * people who embed Sift with items they already hold. It pages like a real forge (lazily, in pages of
 * `pageSize`) so tests of the walk see the same shape as production.
 */
import type {
  ActivityEvent,
  ActivityKind,
  CloseReason,
  FactName,
  Item,
  ItemFacts,
  LockReason,
  RuleComment,
} from '../../model/item.js';
import { ISSUE_CLOSED_AS } from '../../model/item.js';
import {
  ACTION_KINDS,
  CONDITION_KINDS,
  PULL_STATE_CONDITIONS,
  type ActionKind,
  type ConditionKind,
} from '../../model/rules.js';
import {
  ItemWriteError,
  type Capabilities,
  type ItemKey,
  type ItemQuery,
  type OwnComment,
  type ProjectLookup,
  type Provider,
} from '../provider.js';
import { inCycle } from '../comment-cycle.js';
import { latestRuleComments, ruleCommentOf } from '../rule-comments.js';
import { commandLines } from '../../engine/command-lines.js';
import { resolveValue } from '../../engine/projects.js';
import {
  describeProject,
  findField,
  sameProject,
  valueProblem,
  type ProjectMembership,
  type ProjectRef,
  type ProjectSchema,
} from '../../model/projects.js';
import type { CommandComment, Reaction } from '../../model/commands.js';

export interface MemoryComment {
  id: string;
  author: string;
  body: string;
  /** ISO 8601; when absent from a seed, the item's `updatedAt` stands in (see `MemoryItem.timeline`). */
  createdAt?: string;
  /** ISO 8601: its last edit, when it was edited after it was posted. */
  updatedAt?: string;
  /** GitHub's author association of the comment (default NONE). */
  association?: string;
  /** Reactions on the comment, as GitHub lists them (content `+1`, `confused`, ...). */
  reactions?: { content: string; user: string }[];
}

export interface MemoryItem extends Item {
  /** When each label currently on the item was applied (ISO 8601). */
  labelAppliedAt: Record<string, string>;
  commentList: MemoryComment[];
  /** The reason the last close write asked for (tests read it); `closedAs` is what the forge reads back. */
  closeReason: CloseReason | null;
  lockReason: LockReason | null;
  reviewers: string[];
  /**
   * What happened on the item, oldest first (the activity clock reads it; reactions, kind `reaction`,
   * are answered as the `reactions` fact). A seed without one gets one
   * built from what the seed says: its comments (and an `edited` event per comment edited after it was
   * posted) and a `labeled` event per `labelAppliedAt` entry, credited to the author, since a seed says
   * when but not who. Nothing stands in for a later `updatedAt`: as on a forge, an update no event
   * explains is for the activity clock to judge. Writes append events by the provider's actor.
   */
  timeline?: ActivityEvent[];
  /** The GitHub projects (v2) the item is in, with its values (see MemoryProviderOptions.projects). */
  projects?: ProjectMembership[];
}

export interface MemoryProviderOptions {
  repository?: string;
  pageSize?: number;
  /** Milestone titles that exist; setting any other is an error, as on a real forge. */
  milestones?: string[];
  /** Clock for writes (timestamps of labels applied). */
  now?: () => Date;
  /**
   * Login that writes are attributed to: the account Sift runs as. Default `sift[bot]`. A comment
   * carrying Sift's marker is Sift's only when written by this account or by a bot.
   */
  actor?: string;
  /** Runs before every write and may throw, to play a forge that refuses (tests of failure handling). */
  beforeWrite?: (key: ItemKey, writeNumber: number) => void;
  /** GitHub projects (v2) that exist, with their fields: `project` rules resolve against these. */
  projects?: ProjectSchema[];
}

const UNMODELLED: readonly ConditionKind[] = [
  'files',
  'base',
  'head',
  'linked',
  'issue-type',
  'sub-issues',
  'parent',
  'form',
  // Pull requests' review, merge and check state.
  ...PULL_STATE_CONDITIONS,
];
const UNMODELLED_ACTIONS: readonly ActionKind[] = ['issue-type', 'delete-branch', 'inherit-labels'];

export class MemoryProvider implements Provider {
  readonly capabilities: Capabilities = {
    name: 'memory',
    // Changed files, branches, linked items, issue types and pull request state are not modelled here, so the conditions
    // on them (and setting a type) are refused when the rules file is loaded, not on every item.
    conditions: new Set(CONDITION_KINDS.filter((kind) => !UNMODELLED.includes(kind))),
    actions: new Set(ACTION_KINDS.filter((kind) => !UNMODELLED_ACTIONS.includes(kind))),
    facts: new Set<FactName>(['labelAppliedAt', 'timeline', 'reactions', 'ruleComments', 'projects']),
    commands: true,
    closeReasons: ISSUE_CLOSED_AS,
  };
  readonly repository: string;
  /** Pages handed out so far; lets tests prove the walk is lazy. */
  pagesServed = 0;
  private readonly store = new Map<number, MemoryItem>();
  private readonly pageSize: number;
  private readonly milestones: Set<string>;
  private readonly now: () => Date;
  private readonly actor: string;
  private readonly beforeWrite?: (key: ItemKey, writeNumber: number) => void;
  private reads = 0;
  private writes = 0;
  private nextCommentId = 1;
  private readonly projects: ProjectSchema[];

  constructor(items: MemoryItem[], options: MemoryProviderOptions = {}) {
    this.repository = options.repository ?? 'memory/repo';
    this.pageSize = options.pageSize ?? 100;
    this.milestones = new Set(options.milestones ?? []);
    this.now = options.now ?? (() => new Date());
    this.actor = options.actor ?? 'sift[bot]';
    this.beforeWrite = options.beforeWrite;
    this.projects = structuredClone(options.projects ?? []);
    for (const item of items) {
      const stored = structuredClone(item);
      stored.timeline ??= seedTimeline(stored, this.actor);
      this.store.set(item.number, stored);
    }
  }

  /** The current state of an item, for assertions. */
  get(number: number): MemoryItem | undefined {
    return this.store.get(number);
  }

  all(): MemoryItem[] {
    return [...this.store.values()].sort((a, b) => a.number - b.number);
  }

  async *items(query: ItemQuery): AsyncIterable<Item> {
    // A snapshot of the matching numbers per page, like a forge that filters on its side.
    let afterNumber = 0;
    for (;;) {
      this.reads++;
      this.pagesServed++;
      const page = this.all()
        .filter((it) => it.number > afterNumber && matches(it, query))
        .slice(0, this.pageSize)
        .map(toItem);
      for (const item of page) yield item;
      if (page.length < this.pageSize) return;
      afterNumber = page[page.length - 1].number;
    }
  }

  async getItem(number: number): Promise<Item | null> {
    this.reads++;
    const stored = this.store.get(number);
    return stored ? toItem(stored) : null;
  }

  async facts(key: ItemKey, names: readonly FactName[]): Promise<ItemFacts> {
    this.reads++;
    const item = this.find(key);
    const facts: ItemFacts = {};
    if (names.includes('labelAppliedAt')) facts.labelAppliedAt = { ...item.labelAppliedAt };
    // Reactions seeded into the timeline are a fact of their own, as a forge lists them apart.
    const history = item.timeline ?? [];
    if (names.includes('timeline'))
      facts.timeline = structuredClone(history.filter((event) => event.kind !== 'reaction'));
    if (names.includes('reactions'))
      facts.reactions = structuredClone(history.filter((event) => event.kind === 'reaction'));
    // A discussion is in no project.
    if (names.includes('projects'))
      facts.projects = item.type === 'discussion' ? [] : structuredClone(item.projects ?? []);
    return facts;
  }

  async projectSchemas(refs: readonly ProjectRef[]): Promise<ProjectLookup[]> {
    this.reads++;
    return refs.map((ref) => {
      const schema = this.projects.find((p) => sameProject(p, ref));
      return schema
        ? { ref, schema: structuredClone(schema) }
        : { ref, schema: null, problem: `no such project in ${this.repository}'s memory` };
    });
  }

  async addToProject(key: ItemKey, ref: ProjectRef): Promise<void> {
    const schema = this.project(ref);
    const item = this.write(key);
    if (item.type === 'discussion') throw new ItemWriteError('discussions cannot be added to projects', 422);
    const projects = (item.projects ??= []);
    if (projects.some((m) => sameProject(m, schema))) return;
    projects.push({
      owner: schema.owner,
      number: schema.number,
      itemId: `${schema.id}-${item.number}`,
      fields: {},
    });
  }

  async setProjectField(key: ItemKey, ref: ProjectRef, fieldName: string, value: string): Promise<void> {
    const schema = this.project(ref);
    const field = findField(schema, fieldName);
    if (!field) throw new ItemWriteError(`project ${describeProject(ref)} has no field "${fieldName}"`, 422);
    const wrong = valueProblem(field, value);
    if (wrong)
      throw new ItemWriteError(`project ${describeProject(ref)}, field "${field.name}": ${wrong}`, 422);
    const item = this.write(key);
    const member = item.projects?.find((m) => sameProject(m, schema));
    if (!member) throw new ItemWriteError(`#${key.number} is not in project ${describeProject(ref)}`, 422);
    for (const name of Object.keys(member.fields))
      if (name.toLowerCase() === field.name.toLowerCase()) delete member.fields[name];
    // Stored as the project spells it: the option's or iteration's own name, a number's shortest form.
    member.fields[field.name] = resolveValue(field, value, this.now().getTime()) ?? value;
  }

  private project(ref: ProjectRef): ProjectSchema {
    const schema = this.projects.find((p) => sameProject(p, ref));
    if (!schema) throw new ItemWriteError(`project ${describeProject(ref)} does not exist`, 404);
    return schema;
  }

  async ruleComments(key: ItemKey, rules: readonly string[]): Promise<Record<string, RuleComment>> {
    this.reads++;
    const item = this.find(key);
    const listed = item.commentList.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt ?? item.updatedAt,
      author: c.author,
      sift: c.author === this.actor,
    }));
    const out: Record<string, RuleComment> = {};
    for (const [rule, comment] of latestRuleComments(listed, rules)) {
      const reactions = item.commentList.find((c) => c.id === comment.id)?.reactions ?? [];
      const thumbsDown = reactions.filter((r) => r.content === '-1' && r.user !== this.actor).length;
      out[rule] = ruleCommentOf(comment, listed, thumbsDown);
    }
    return out;
  }

  async findComment(key: ItemKey, marker: string, since?: string): Promise<OwnComment | null> {
    this.reads++;
    const item = this.find(key);
    const found = item.commentList
      .map((c) => ({ ...c, createdAt: c.createdAt ?? item.updatedAt }))
      .filter((c) => isSifts(c, this.actor, marker) && inCycle(c.createdAt, since))
      // Oldest first; the list is in posting order, so equal times keep it.
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0];
    return found ? { id: found.id, body: found.body, createdAt: found.createdAt } : null;
  }

  async commandComments(
    key: ItemKey,
    scope: { since: string; commentId?: string },
  ): Promise<CommandComment[]> {
    this.reads++;
    const item = this.find(key);
    return item.commentList.flatMap((c): CommandComment[] => {
      const createdAt = c.createdAt ?? item.updatedAt;
      if (scope.commentId !== undefined && c.id !== scope.commentId) return [];
      if (Date.parse(createdAt) < Date.parse(scope.since) || commandLines(c.body).length === 0) return [];
      const answered = (c.reactions ?? []).some(
        (r) => (r.content === '+1' || r.content === 'confused') && r.user === this.actor,
      );
      return [
        {
          id: c.id,
          author: c.author,
          authorIsBot: c.author.endsWith('[bot]'),
          association: c.association ?? 'NONE',
          body: c.body,
          createdAt,
          answered,
        },
      ];
    });
  }

  async addReaction(key: ItemKey, commentId: string, content: Reaction): Promise<void> {
    // A reaction does not move the item's `updatedAt` on GitHub: counted as a write, nothing else.
    this.writes++;
    this.beforeWrite?.(key, this.writes);
    const item = this.find(key);
    const comment = item.commentList.find((c) => c.id === commentId);
    if (!comment) throw new ItemWriteError(`comment ${commentId} not found on #${key.number}`, 404);
    const reactions = (comment.reactions ??= []);
    // As on GitHub: reacting twice with the same content is one reaction.
    if (!reactions.some((r) => r.content === content && r.user === this.actor))
      reactions.push({ content, user: this.actor });
  }

  async addLabels(key: ItemKey, labels: string[]): Promise<void> {
    const item = this.write(key);
    for (const label of labels) {
      if (item.labels.some((l) => l.toLowerCase() === label.toLowerCase())) continue;
      item.labels.push(label);
      item.labelAppliedAt[label] = this.now().toISOString();
      this.record(item, 'labeled', { label });
    }
  }

  async removeLabel(key: ItemKey, label: string): Promise<void> {
    const item = this.write(key);
    item.labels = item.labels.filter((l) => l.toLowerCase() !== label.toLowerCase());
    delete item.labelAppliedAt[label];
    this.record(item, 'unlabeled', { label });
  }

  async createComment(key: ItemKey, body: string): Promise<string> {
    const item = this.write(key);
    const createdAt = this.now().toISOString();
    const id = String(this.nextCommentId++);
    item.commentList.push({ id, author: this.actor, body, createdAt });
    item.comments++;
    this.record(item, 'comment', body.includes(SIFT_MARKER) ? { bySift: true } : {});
    return id;
  }

  async deleteComment(key: ItemKey, commentId: string): Promise<void> {
    const item = this.write(key);
    const before = item.commentList.length;
    item.commentList = item.commentList.filter((c) => c.id !== commentId);
    item.comments -= before - item.commentList.length;
  }

  async updateComment(key: ItemKey, commentId: string, body: string): Promise<void> {
    const item = this.write(key);
    const comment = item.commentList.find((c) => c.id === commentId);
    if (!comment) throw new ItemWriteError(`comment ${commentId} not found on #${key.number}`, 404);
    comment.body = body;
    comment.updatedAt = this.now().toISOString();
    // As a forge shows it: an edit of the comment, by its author (Sift's own when it carries the marker).
    (item.timeline ??= []).push(commentEdit(comment, comment.updatedAt, this.actor));
  }

  async close(key: ItemKey, reason: CloseReason): Promise<void> {
    const item = this.write(key);
    item.state = 'closed';
    item.closeReason = reason;
    // As a forge reads it back: GitHub and GitLab record no reason for a pull request.
    item.closedAs = item.type === 'pull_request' ? null : reason;
    item.closedAt = this.now().toISOString();
    this.record(item, 'closed');
  }

  async reopen(key: ItemKey): Promise<void> {
    const item = this.write(key);
    item.state = 'open';
    item.closeReason = null;
    item.closedAs = null;
    item.closedAt = null;
    this.record(item, 'reopened');
  }

  async lock(key: ItemKey, reason: LockReason | null): Promise<void> {
    const item = this.write(key);
    item.locked = true;
    item.lockReason = reason;
    this.record(item, 'locked');
  }

  async unlock(key: ItemKey): Promise<void> {
    const item = this.write(key);
    item.locked = false;
    item.lockReason = null;
    this.record(item, 'unlocked');
  }

  async addAssignees(key: ItemKey, logins: string[]): Promise<void> {
    const item = this.write(key);
    item.assignees = [...new Set([...item.assignees, ...logins])];
    this.record(item, 'assigned');
  }

  async removeAssignees(key: ItemKey, logins: string[]): Promise<void> {
    const item = this.write(key);
    item.assignees = item.assignees.filter((a) => !logins.includes(a));
    this.record(item, 'unassigned');
  }

  /** The titles setMilestone accepts, as a forge's listing would give them. */
  async milestoneTitles(): Promise<string[]> {
    return [...this.milestones];
  }

  async setMilestone(key: ItemKey, title: string | null): Promise<void> {
    if (title !== null && !this.milestones.has(title)) {
      throw new ItemWriteError(`milestone "${title}" does not exist in ${this.repository}`, 422);
    }
    const item = this.write(key);
    item.milestone = title;
    this.record(item, 'milestoned');
  }

  async requestReviewers(key: ItemKey, logins: string[]): Promise<void> {
    const item = this.write(key);
    if (item.type !== 'pull_request') throw new ItemWriteError(`#${key.number} is not a pull request`, 422);
    item.reviewers = [...new Set([...item.reviewers, ...logins])];
  }

  requestCounts(): { reads: number; writes: number } {
    return { reads: this.reads, writes: this.writes };
  }

  /** Appends an event by the provider's actor, as the forge would record the write. */
  private record(item: MemoryItem, kind: ActivityKind, extra: Partial<ActivityEvent> = {}): void {
    const event: ActivityEvent = {
      kind,
      at: this.now().toISOString(),
      actor: this.actor,
      actorIsBot: this.actor.endsWith('[bot]'),
      ...extra,
    };
    (item.timeline ??= []).push(event);
  }

  private find(key: ItemKey): MemoryItem {
    const item = this.store.get(key.number);
    if (!item) throw new ItemWriteError(`#${key.number} does not exist in ${this.repository}`, 404);
    return item;
  }

  private write(key: ItemKey): MemoryItem {
    this.writes++;
    this.beforeWrite?.(key, this.writes);
    const item = this.find(key);
    item.updatedAt = this.now().toISOString();
    return item;
  }
}

function matches(item: Item, query: ItemQuery): boolean {
  return (query.state === 'all' || item.state === query.state) && (!query.type || item.type === query.type);
}

function toItem(stored: MemoryItem): Item {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { labelAppliedAt, commentList, closeReason, lockReason, reviewers, timeline, projects, ...item } =
    stored;
  return structuredClone(item);
}

/** What every Sift comment carries (`<!-- sift:rule=ID -->`, see the executor's commentMarker). */
const SIFT_MARKER = '<!-- sift:rule=';

/**
 * A comment is Sift's when it carries the marker and was written by a bot or by the account Sift runs
 * as: a person who pastes a marker into a comment is a person commenting.
 */
function isSifts(comment: { author: string; body: string }, actor: string, marker = SIFT_MARKER): boolean {
  return comment.body.includes(marker) && (comment.author.endsWith('[bot]') || comment.author === actor);
}

/** An edit of a comment, by its author, at `at`. */
function commentEdit(comment: MemoryComment, at: string, actor: string): ActivityEvent {
  return {
    kind: 'edited',
    at,
    actor: comment.author,
    actorIsBot: comment.author.endsWith('[bot]'),
    ...(isSifts(comment, actor) ? { bySift: true } : {}),
  };
}

/** The history a seed without a timeline implies: see `MemoryItem.timeline`. */
function seedTimeline(item: MemoryItem, actor: string): ActivityEvent[] {
  const by = { actor: item.author, actorIsBot: item.author.endsWith('[bot]') };
  const events: ActivityEvent[] = Object.entries(item.labelAppliedAt).map(([label, at]) => ({
    kind: 'labeled',
    at,
    label,
    ...by,
  }));
  for (const comment of item.commentList) {
    const at = comment.createdAt ?? item.updatedAt;
    events.push({
      kind: 'comment',
      at,
      actor: comment.author,
      actorIsBot: comment.author.endsWith('[bot]'),
      ...(isSifts(comment, actor) ? { bySift: true } : {}),
    });
    if (comment.updatedAt && Date.parse(comment.updatedAt) > Date.parse(at))
      events.push(commentEdit(comment, comment.updatedAt, actor));
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** A MemoryItem with sensible defaults, for seeding tests and demos. */
export function memoryItem(seed: Partial<MemoryItem> & { number: number }): MemoryItem {
  const created = seed.createdAt ?? '2026-01-01T00:00:00Z';
  return {
    type: 'issue',
    title: `Item ${seed.number}`,
    body: '',
    state: 'open',
    draft: false,
    locked: false,
    author: 'octocat',
    authorAssociation: 'NONE',
    labels: [],
    assignees: [],
    milestone: null,
    reactions: { total: 0, thumbsUp: 0 },
    createdAt: created,
    updatedAt: seed.updatedAt ?? created,
    closedAt: null,
    closedAs: null,
    url: `https://example.test/memory/repo/issues/${seed.number}`,
    labelAppliedAt: {},
    commentList: [],
    closeReason: null,
    lockReason: null,
    reviewers: [],
    ...seed,
    // As a forge counts them: a seed that lists comments has that many unless it says otherwise.
    comments: seed.comments ?? seed.commentList?.length ?? 0,
  };
}
