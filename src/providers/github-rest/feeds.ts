/**
 * Repository-wide activity feeds of the REST provider: instead of one timeline read per recently
 * updated item, a walk reads, once, every comment created or edited since the rules' window start
 * (`GET /repos/{o}/{r}/issues/comments?since=...`) and the repository's issue events back to it
 * (`GET /repos/{o}/{r}/issues/events`, newest first, paged until an event older than the window start),
 * indexes them by item number and attaches them to listed items as `recent` facts (see RecentActivity).
 *
 * The feeds decide, at no request per item, whether an item updated within the window had a person
 * on it then, and when a label was applied within the window. What they cannot answer stays with the
 * per-item reads of facts.ts, asked for by the engine only when it needs them:
 * - a pull request with an update no feed entry explains: the feeds carry no reviews, review comments
 *   or commits, so `explainsUpdates` is false for pull requests and only their timeline can tell;
 * - the exact days of an item whose last human activity predates the window (a warning's
 *   `{{inactive_days}}`, a comment's cycle): the window shows only that there was none within it;
 * - a label applied before the window on an item updated since: its history (`labelAppliedAt`);
 * - `human-comments` (counts over the whole history) and linked items;
 * - reactions: with `activity.reactions` the feeds are not read at all (they carry no reactions, and
 *   the engine ignores `recent` then anyway).
 *
 * GitHub's events feed may end (no next page) before it reaches the window start: it keeps only so
 * much history. Then the window is narrowed to what the feed showed (see `covered`), so nothing is
 * claimed that it did not show; the comments feed is complete by its `since` filter.
 */
import type { ActivityEvent, Item, RecentActivity } from '../../model/item.js';
import type { GitHubClient, RateLimits } from '../github/client.js';
import { listingPages } from './listing-pages.js';
import { reading, type Failure } from '../github/errors.js';
import { MARKER_PREFIX } from '../github/comment-memo.js';
import type { OwnComment } from '../provider.js';
import {
  appendActivity,
  chronological,
  isBotUser,
  isSiftComment,
  needsSelf,
  type ApiTimelineEvent,
  type ApiUser,
} from './timeline.js';

export interface FeedSource {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The client's rate-limit figures and reserve, for reading the comments feed's pages at once. */
  rate: RateLimits;
  reserve: number;
  failure(doing: string): Failure;
  /**
   * The login Sift runs as, or null when the token cannot say; asked only when a person (not a bot)
   * wrote a comment carrying Sift's marker. Absent: only bots' marker comments are Sift's.
   */
  self?(): Promise<string | null>;
}

/** A comment as the feed answers it: the fields read here. */
interface ApiFeedComment {
  id: number;
  issue_url: string;
  user: { login: string; type: string } | null;
  author_association: string;
  body?: string;
  created_at: string;
  updated_at: string;
}

/** One comment of the repository-wide comments feed (the fields read here). */
export interface FeedComment {
  id: number;
  issue_url: string;
  user?: ApiUser | null;
  author_association?: string;
  body?: string | null;
  created_at: string;
  updated_at: string;
}

/** One entry of the repository-wide issue events feed (the fields read here). */
export interface FeedEvent extends ApiTimelineEvent {
  created_at: string;
  issue?: { number: number } | null;
}

const PER_PAGE = 100;

/** Reads both feeds back to `since` (ISO 8601), in parallel, through the provider's client. */
export async function readActivityFeeds(src: FeedSource, since: string): Promise<ActivityFeeds> {
  const [comments, events] = await Promise.all([
    reading(src.failure(`reading the repository's comments since ${since}`), () => commentsSince(src, since)),
    reading(src.failure(`reading the repository's issue events since ${since}`), () =>
      eventsSince(src, since),
    ),
  ]);
  // A person's comment carrying the marker is Sift's only if Sift runs as that person: ask once. A
  // bot's is not a person's activity either way, so bots' marker comments need no answer here.
  const people = comments.filter((c) => !isBotUser(c.user));
  const self = needsSelf(people.map(commentEntry)) && src.self ? await src.self() : null;
  return new ActivityFeeds(since, comments, events, self);
}

/** Every comment created or edited since `since`, oldest first: complete, the feed's own filter. */
async function commentsSince(src: FeedSource, since: string): Promise<FeedComment[]> {
  const comments: FeedComment[] = [];
  // Two months of a busy repository's comments are many pages: a few at a time once the first names
  // the last (listing-pages.ts), handed on in order all the same.
  const pages = listingPages<ApiFeedComment, FeedComment>(
    { octokit: src.octokit, rate: src.rate, reserve: src.reserve },
    'GET /repos/{owner}/{repo}/issues/comments',
    {
      owner: src.owner,
      repo: src.repo,
      since,
      // Oldest first: a comment edited during the read moves to the end, where it is still read (newest
      // first, it would move to a page already read and shift a later one past the reader); and the
      // pages of an unchanged window stay the same for the ETag cache.
      sort: 'updated',
      direction: 'asc',
      per_page: PER_PAGE,
    },
    // Only what is read here is kept, as each page arrives: a busy repository's two months of
    // comments add up.
    (c) => ({
      id: c.id,
      issue_url: c.issue_url,
      user: c.user ? { login: c.user.login, type: c.user.type } : null,
      author_association: c.author_association,
      body: c.body?.includes(MARKER_PREFIX) ? c.body : '',
      created_at: c.created_at,
      updated_at: c.updated_at,
    }),
  );
  for await (const { data } of pages) comments.push(...data);
  return comments;
}

/**
 * Sift's comments posted or edited since `since`, by item number, oldest first: what findComments
 * needs after a run posted comments, in one read of the comments feed instead of one per item.
 */
export async function ownCommentsSince(src: FeedSource, since: string): Promise<Map<number, OwnComment[]>> {
  const comments = await reading(src.failure(`reading the repository's comments since ${since}`), () =>
    commentsSince(src, since),
  );
  const self = needsSelf(comments.map(commentEntry)) && src.self ? await src.self() : null;
  const byNumber = new Map<number, OwnComment[]>();
  for (const comment of comments) {
    const number = issueNumberOf(comment.issue_url);
    if (number === null || !isSiftComment(comment.body, comment.user, self)) continue;
    const own = { id: String(comment.id), body: comment.body ?? '', createdAt: comment.created_at };
    const list = byNumber.get(number);
    if (list) list.push(own);
    else byNumber.set(number, [own]);
  }
  for (const list of byNumber.values())
    list.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return byNumber;
}

/**
 * Issue events, newest first, until the first one older than `since` (the page holding it is the last
 * read). `reached`: whether the feed went back that far, rather than ending first.
 */
async function eventsSince(
  src: FeedSource,
  since: string,
): Promise<{ events: FeedEvent[]; reached: boolean }> {
  const from = Date.parse(since);
  const events: FeedEvent[] = [];
  const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/events', {
    owner: src.owner,
    repo: src.repo,
    per_page: PER_PAGE,
  });
  for await (const { data } of pages) {
    let reached = false;
    for (const event of data) {
      if (Date.parse(event.created_at) < from) reached = true;
      else events.push(feedEvent(event));
    }
    if (reached) return { events, reached: true };
  }
  return { events, reached: false };
}

/** The fields of an issue event that its mapping reads (a label's name may be null in the schema). */
function feedEvent(event: {
  event: string;
  created_at: string;
  actor: ApiUser | null;
  label?: { name: string | null };
  issue?: { number: number } | null;
}): FeedEvent {
  const out: FeedEvent = { event: event.event, created_at: event.created_at, actor: event.actor };
  if (event.label?.name) out.label = { name: event.label.name };
  if (event.issue) out.issue = { number: event.issue.number };
  return out;
}

/** The two feeds, indexed by item number, and the instant from which they are complete. */
export class ActivityFeeds {
  /** ISO 8601: the window start actually covered (`since`, or later when the events feed ended first). */
  readonly since: string;
  private readonly byNumber = new Map<number, ActivityEvent[]>();

  constructor(
    requested: string,
    comments: readonly FeedComment[],
    events: { events: readonly FeedEvent[]; reached: boolean },
    self: string | null,
  ) {
    this.since = covered(requested, events);
    const from = Date.parse(this.since);
    const add = (number: number, mapped: ActivityEvent[]) => {
      const kept = mapped.filter((e) => Date.parse(e.at) >= from);
      if (kept.length === 0) return;
      const list = this.byNumber.get(number);
      if (list) list.push(...kept);
      else this.byNumber.set(number, kept);
    };
    // Taken oldest first (comments come so, events newest first), so the stable sort below keeps the
    // order of entries of one instant (a label removed right after it was applied stays removed).
    for (const comment of comments) {
      const number = issueNumberOf(comment.issue_url);
      if (number !== null) add(number, commentActivity(comment, self));
    }
    for (const event of [...events.events].reverse()) {
      if (typeof event.issue?.number !== 'number') continue;
      const mapped: ActivityEvent[] = [];
      appendActivity(event, mapped);
      add(event.issue.number, mapped);
    }
    for (const list of this.byNumber.values()) chronological(list);
  }

  /**
   * The item's `recent` facts: for an item updated within the window, its feed entries (oldest first);
   * undefined for an item last updated before it (its own timestamps decide it).
   */
  recentFor(item: Pick<Item, 'type' | 'number' | 'updatedAt'>): RecentActivity | undefined {
    if (Date.parse(item.updatedAt) < Date.parse(this.since)) return undefined;
    return {
      since: this.since,
      events: [...(this.byNumber.get(item.number) ?? [])],
      // The feeds carry no reviews, review comments or commits: a pull request's unexplained update
      // needs its own timeline.
      explainsUpdates: item.type === 'issue',
    };
  }

  /** Attaches `recent` to a listed item updated within the window; returns the item. */
  attach(item: Item): Item {
    const recent = this.recentFor(item);
    if (recent !== undefined) item.prefetched = { ...item.prefetched, recent };
    return item;
  }
}

/**
 * The window the feeds show: `requested`, unless the events feed ended before reaching it; then from
 * just after its oldest event (another event of that same second may have been left out), or from the
 * end of time when it showed none.
 */
export function covered(
  requested: string,
  events: { events: readonly FeedEvent[]; reached: boolean },
): string {
  if (events.reached) return requested;
  let oldest = Number.POSITIVE_INFINITY;
  for (const event of events.events) oldest = Math.min(oldest, Date.parse(event.created_at));
  if (oldest === Number.POSITIVE_INFINITY) return new Date(8.64e15).toISOString();
  return new Date(Math.max(Date.parse(requested), oldest + 1)).toISOString();
}

/** A comment of the feed as the per-item timeline lists it (a `commented` entry). */
function commentEntry(comment: FeedComment): ApiTimelineEvent {
  return {
    event: 'commented',
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    user: comment.user,
    author_association: comment.author_association,
    body: comment.body,
  };
}

/**
 * A comment exactly as the per-item timeline maps it (appendActivity): `comment` at its creation, and
 * `edited` at its last edit when it was edited after it was posted, Sift's when the comment is (a bot's
 * or `self`'s marker comment). The caller keeps only what falls in the window: a comment posted before
 * it and edited within it is an edit.
 */
export function commentActivity(comment: FeedComment, self: string | null): ActivityEvent[] {
  const out: ActivityEvent[] = [];
  appendActivity(commentEntry(comment), out, self);
  return out;
}

/** `.../issues/{number}` (an issue's or a pull request's conversation) -> the number. */
function issueNumberOf(url: string): number | null {
  const match = /\/issues\/(\d+)$/.exec(url);
  return match ? Number(match[1]) : null;
}
