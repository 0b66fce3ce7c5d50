/**
 * A repository's discussions, beside its issues and pull requests in the emulator's store. GitHub has
 * no REST API for them: only the GraphQL side (views.ts, mutations.ts) serves them.
 *
 * As on GitHub (GraphQL reference: `Discussion`, `DiscussionComment`, `DiscussionCategory`,
 * `closeDiscussion`, `DiscussionCloseReason`, `DiscussionStateReason`):
 * - discussions share the repository's number sequence with issues and pull requests;
 * - every discussion is in a category; only an answerable one (Q&A) can have an answer;
 * - a comment may have replies (one level deep); `comments` lists top-level comments only;
 * - every write bumps `updated_at` but leaves no event: GitHub keeps no timeline for discussions, so
 *   who labelled, closed or locked one is not recorded; comments, edits (`lastEditedAt`, `editor`),
 *   reactions and the chosen answer (`answerChosenAt`, `answerChosenBy`) are;
 * - closing takes a reason (RESOLVED by default), reopening sets the state reason to REOPENED.
 */
import { validationFailed, notFound } from './http.js';
import { iso, userRef, type RepoStore } from './store.js';
import type { UserRef } from './records.js';

export type DiscussionStateReason = 'resolved' | 'outdated' | 'duplicate' | 'reopened';

export interface DiscussionCategoryRecord {
  name: string;
  slug: string;
  /** Discussions in it can have an answer (GitHub's Q&A format). */
  answerable: boolean;
}

/** The categories a new repository's discussions start with on GitHub. */
export const DEFAULT_CATEGORIES: readonly DiscussionCategoryRecord[] = [
  { name: 'Announcements', slug: 'announcements', answerable: false },
  { name: 'General', slug: 'general', answerable: false },
  { name: 'Ideas', slug: 'ideas', answerable: false },
  { name: 'Polls', slug: 'polls', answerable: false },
  { name: 'Q&A', slug: 'q-a', answerable: true },
  { name: 'Show and tell', slug: 'show-and-tell', answerable: false },
];

export interface DiscussionCommentRecord {
  id: number;
  discussionNumber: number;
  body: string;
  user: UserRef;
  author_association: string;
  created_at: string;
  /** Its last edit, or `created_at` when never edited. */
  updated_at: string;
  /** The comment it answers, for a reply; null for a top-level comment. */
  replyTo: number | null;
  replies: DiscussionCommentRecord[];
  /** Reactions on the comment with their authors (Sift's 👍 / 😕 answer to commands among them). */
  reactionList?: DiscussionReactionRecord[];
}

export interface DiscussionReactionRecord {
  id: number;
  content: string;
  user: UserRef;
  created_at: string;
}

export interface DiscussionRecord {
  id: number;
  number: number;
  title: string;
  body: string;
  user: UserRef;
  author_association: string;
  category: DiscussionCategoryRecord;
  state: 'open' | 'closed';
  state_reason: DiscussionStateReason | null;
  locked: boolean;
  active_lock_reason: string | null;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Top-level comments, oldest first; replies hang below them. */
  comments: DiscussionCommentRecord[];
  /** Counts by REST content name (`+1`, `heart`...), as issues keep them. */
  reactions: Record<string, number>;
  reactionList: DiscussionReactionRecord[];
  /** Id of the comment chosen as the answer. */
  answer: number | null;
  answer_chosen_at: string | null;
  answer_chosen_by: UserRef | null;
  /** Edits of the description, oldest first. */
  edits: { at: string; editor: UserRef }[];
}

export interface DiscussionCommentSeed {
  /** The comment's database id (a webhook payload's `comment.id`); default the next free id. */
  id?: number;
  body: string;
  user?: string;
  created_at?: string;
  /** A later edit of the comment. */
  updated_at?: string;
  author_association?: string;
  replies?: DiscussionCommentSeed[];
  /** Reactions on the comment: `{ content: '+1', user: 'sift-bot' }`. */
  reactions?: { content: string; user: string }[];
}

export interface DiscussionSeed {
  number?: number;
  title?: string;
  body?: string;
  user?: string;
  author_association?: string;
  /** A category name; default General. A name GitHub does not create by default is added, not answerable. */
  category?: string;
  state?: 'open' | 'closed';
  state_reason?: DiscussionStateReason;
  locked?: boolean;
  labels?: string[];
  created_at?: string;
  /** Default: the latest seeded write (comment, reply, edit, answer, close). */
  updated_at?: string;
  closed_at?: string;
  comments?: DiscussionCommentSeed[];
  reactions?: { content: string; user: string; created_at?: string }[];
  /** The answer: the top-level comment at this index, chosen by `by` (default the author) at `at`. */
  answer?: { comment: number; by?: string; at?: string };
  edits?: { at: string; by?: string }[];
}

const stores = new WeakMap<RepoStore, DiscussionStore>();

/** The discussions of a repository of the emulator's store. */
export function discussionsOf(repo: RepoStore): DiscussionStore {
  let store = stores.get(repo);
  if (!store) {
    store = new DiscussionStore(repo);
    stores.set(repo, store);
  }
  return store;
}

export class DiscussionStore {
  readonly categories: DiscussionCategoryRecord[] = DEFAULT_CATEGORIES.map((c) => ({ ...c }));
  private readonly list: DiscussionRecord[] = [];
  private readonly byNumber = new Map<number, DiscussionRecord>();
  private readonly commentsById = new Map<number, DiscussionCommentRecord>();

  constructor(private readonly repo: RepoStore) {}

  /** Every discussion, oldest first. */
  all(): readonly DiscussionRecord[] {
    return this.list;
  }

  get(number: number): DiscussionRecord | undefined {
    return this.byNumber.get(number);
  }

  require(number: number): DiscussionRecord {
    const found = this.byNumber.get(number);
    if (!found) throw notFound();
    return found;
  }

  comment(id: number): DiscussionCommentRecord | undefined {
    return this.commentsById.get(id);
  }

  add(seed: DiscussionSeed = {}): DiscussionRecord {
    const number = this.repo.reserveNumber(seed.number);
    const now = this.now();
    const created = seed.created_at ? time(seed.created_at) : now;
    const user = userRef(seed.user ?? 'octocat');
    const record: DiscussionRecord = {
      id: this.nextId(),
      number,
      title: seed.title ?? `Discussion ${number}`,
      body: seed.body ?? '',
      user,
      author_association: seed.author_association ?? 'NONE',
      category: this.category(seed.category ?? 'General'),
      state: seed.state ?? 'open',
      state_reason: seed.state === 'closed' ? (seed.state_reason ?? 'resolved') : (seed.state_reason ?? null),
      locked: seed.locked ?? false,
      active_lock_reason: null,
      labels: (seed.labels ?? []).map((name) => this.repo.ensureLabel(name).name),
      created_at: created,
      updated_at: created,
      closed_at: null,
      comments: [],
      reactions: {},
      reactionList: [],
      answer: null,
      answer_chosen_at: null,
      answer_chosen_by: null,
      edits: (seed.edits ?? []).map((e) => ({ at: time(e.at), editor: e.by ? userRef(e.by) : user })),
    };
    for (const c of seed.comments ?? []) record.comments.push(this.seedComment(record, c, null, created));
    for (const r of seed.reactions ?? []) {
      record.reactionList.push({
        id: this.nextId(),
        content: r.content,
        user: userRef(r.user),
        created_at: r.created_at ? time(r.created_at) : created,
      });
      record.reactions[r.content] = (record.reactions[r.content] ?? 0) + 1;
    }
    if (seed.answer) {
      const chosen = record.comments[seed.answer.comment];
      if (!chosen) throw new Error(`no comment ${seed.answer.comment} to choose as the answer`);
      if (!record.category.answerable) throw new Error(`${record.category.name} discussions have no answers`);
      record.answer = chosen.id;
      record.answer_chosen_at = seed.answer.at ? time(seed.answer.at) : chosen.created_at;
      record.answer_chosen_by = seed.answer.by ? userRef(seed.answer.by) : user;
    }
    const written = [
      created,
      ...record.comments.flatMap((c) => [c.updated_at, ...c.replies.map((r) => r.updated_at)]),
      ...record.edits.map((e) => e.at),
      ...(record.answer_chosen_at ? [record.answer_chosen_at] : []),
    ].reduce((a, b) => (a > b ? a : b));
    record.closed_at = record.state === 'closed' ? time(seed.closed_at ?? seed.updated_at ?? written) : null;
    const latest = record.closed_at && record.closed_at > written ? record.closed_at : written;
    record.updated_at = seed.updated_at ? time(seed.updated_at) : latest;
    this.list.push(record);
    this.byNumber.set(number, record);
    return record;
  }

  // ---- writes: each bumps updated_at, none leaves an event ---------------------------------------

  addComment(
    number: number,
    body: string,
    actor: string,
    replyTo: number | null = null,
  ): DiscussionCommentRecord {
    const record = this.require(number);
    if (body.trim() === '') throw validationFailed('DiscussionComment', 'body', 'missing_field');
    const at = this.now();
    const comment: DiscussionCommentRecord = {
      id: this.nextId(),
      discussionNumber: number,
      body,
      user: userRef(actor),
      author_association: actor === record.user.login ? record.author_association : 'NONE',
      created_at: at,
      updated_at: at,
      replyTo,
      replies: [],
    };
    if (replyTo === null) record.comments.push(comment);
    else {
      const parent = this.commentsById.get(replyTo);
      if (!parent || parent.discussionNumber !== number) throw notFound();
      // GitHub threads one level deep: a reply to a reply joins its parent's thread.
      const top = parent.replyTo === null ? parent : this.commentsById.get(parent.replyTo);
      if (!top) throw notFound();
      comment.replyTo = top.id;
      top.replies.push(comment);
    }
    this.commentsById.set(comment.id, comment);
    record.updated_at = at;
    return comment;
  }

  updateComment(id: number, body: string): DiscussionCommentRecord {
    const comment = this.commentsById.get(id);
    if (!comment) throw notFound();
    comment.body = body;
    comment.updated_at = this.now();
    this.require(comment.discussionNumber).updated_at = comment.updated_at;
    return comment;
  }

  deleteComment(id: number): void {
    const comment = this.commentsById.get(id);
    if (!comment) throw notFound();
    const record = this.require(comment.discussionNumber);
    if (comment.replyTo === null) record.comments = record.comments.filter((c) => c.id !== id);
    else {
      const parent = this.commentsById.get(comment.replyTo);
      if (parent) parent.replies = parent.replies.filter((c) => c.id !== id);
    }
    if (record.answer === id) record.answer = null;
    this.commentsById.delete(id);
    record.updated_at = this.now();
  }

  close(number: number, reason: 'resolved' | 'outdated' | 'duplicate'): DiscussionRecord {
    const record = this.require(number);
    if (record.state === 'closed') return record;
    record.state = 'closed';
    record.state_reason = reason;
    record.closed_at = this.now();
    record.updated_at = record.closed_at;
    return record;
  }

  reopen(number: number): DiscussionRecord {
    const record = this.require(number);
    if (record.state === 'open') return record;
    record.state = 'open';
    record.state_reason = 'reopened';
    record.closed_at = null;
    record.updated_at = this.now();
    return record;
  }

  lock(number: number, reason: string | null): void {
    const record = this.require(number);
    record.locked = true;
    record.active_lock_reason = reason;
    record.updated_at = this.now();
  }

  unlock(number: number): void {
    const record = this.require(number);
    if (!record.locked) return;
    record.locked = false;
    record.active_lock_reason = null;
    record.updated_at = this.now();
  }

  addLabels(number: number, names: string[]): void {
    const record = this.require(number);
    for (const name of names) {
      const label = this.repo.ensureLabel(name);
      if (!record.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        record.labels.push(label.name);
    }
    record.updated_at = this.now();
  }

  removeLabel(number: number, name: string): void {
    const record = this.require(number);
    const before = record.labels.length;
    record.labels = record.labels.filter((l) => l.toLowerCase() !== name.toLowerCase());
    if (record.labels.length !== before) record.updated_at = this.now();
  }

  /** A person marks a comment as the answer (only in an answerable category). */
  chooseAnswer(commentId: number, actor: string): void {
    const comment = this.commentsById.get(commentId);
    if (!comment) throw notFound();
    const record = this.require(comment.discussionNumber);
    if (!record.category.answerable) throw validationFailed('Discussion', 'answer', 'invalid');
    record.answer = commentId;
    record.answer_chosen_at = this.now();
    record.answer_chosen_by = userRef(actor);
    record.updated_at = record.answer_chosen_at;
  }

  // ---- internals --------------------------------------------------------------------------------

  private category(name: string): DiscussionCategoryRecord {
    let category = this.categories.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!category) {
      category = { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), answerable: false };
      this.categories.push(category);
    }
    return category;
  }

  private seedComment(
    record: DiscussionRecord,
    seed: DiscussionCommentSeed,
    replyTo: number | null,
    defaultAt: string,
  ): DiscussionCommentRecord {
    const at = seed.created_at ? time(seed.created_at) : defaultAt;
    const comment: DiscussionCommentRecord = {
      id: seed.id ?? this.nextId(),
      discussionNumber: record.number,
      body: seed.body,
      user: userRef(seed.user ?? 'octocat'),
      author_association: seed.author_association ?? 'NONE',
      created_at: at,
      updated_at: seed.updated_at ? time(seed.updated_at) : at,
      replyTo,
      replies: [],
    };
    if (seed.reactions)
      comment.reactionList = seed.reactions.map((r) => ({
        id: this.nextId(),
        content: r.content,
        user: userRef(r.user),
        created_at: at,
      }));
    this.commentsById.set(comment.id, comment);
    comment.replies = (seed.replies ?? []).map((r) => this.seedComment(record, r, comment.id, at));
    return comment;
  }

  /**
   * A reaction on a comment, by `actor`; one the actor already has is no error and adds nothing (as
   * on GitHub). A reaction moves neither the comment nor the discussion.
   */
  addCommentReaction(id: number, content: string, actor: string): DiscussionReactionRecord {
    const comment = this.commentsById.get(id);
    if (!comment) throw notFound();
    const list = (comment.reactionList ??= []);
    const existing = list.find((r) => r.content === content && r.user.login === actor);
    if (existing) return existing;
    const reaction = { id: this.nextId(), content, user: userRef(actor), created_at: this.now() };
    list.push(reaction);
    return reaction;
  }

  private now(): string {
    return iso(this.repo.context.now());
  }

  private nextId(): number {
    return this.repo.context.nextId();
  }
}

function time(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: "${value}"`);
  return iso(ms);
}
