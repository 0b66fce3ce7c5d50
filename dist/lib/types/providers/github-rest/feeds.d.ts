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
import { type Failure } from '../github/errors.js';
import type { OwnComment } from '../provider.js';
import { type ApiTimelineEvent, type ApiUser } from './timeline.js';
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
    issue?: {
        number: number;
    } | null;
}
/** Reads both feeds back to `since` (ISO 8601), in parallel, through the provider's client. */
export declare function readActivityFeeds(src: FeedSource, since: string): Promise<ActivityFeeds>;
/**
 * Sift's comments posted or edited since `since`, by item number, oldest first: what findComments
 * needs after a run posted comments, in one read of the comments feed instead of one per item.
 */
export declare function ownCommentsSince(src: FeedSource, since: string): Promise<Map<number, OwnComment[]>>;
/** The two feeds, indexed by item number, and the instant from which they are complete. */
export declare class ActivityFeeds {
    /** ISO 8601: the window start actually covered (`since`, or later when the events feed ended first). */
    readonly since: string;
    private readonly byNumber;
    constructor(requested: string, comments: readonly FeedComment[], events: {
        events: readonly FeedEvent[];
        reached: boolean;
    }, self: string | null);
    /**
     * The item's `recent` facts: for an item updated within the window, its feed entries (oldest first);
     * undefined for an item last updated before it (its own timestamps decide it).
     */
    recentFor(item: Pick<Item, 'type' | 'number' | 'updatedAt'>): RecentActivity | undefined;
    /** Attaches `recent` to a listed item updated within the window; returns the item. */
    attach(item: Item): Item;
}
/**
 * The window the feeds show: `requested`, unless the events feed ended before reaching it; then from
 * just after its oldest event (another event of that same second may have been left out), or from the
 * end of time when it showed none.
 */
export declare function covered(requested: string, events: {
    events: readonly FeedEvent[];
    reached: boolean;
}): string;
/**
 * A comment exactly as the per-item timeline maps it (appendActivity): `comment` at its creation, and
 * `edited` at its last edit when it was edited after it was posted, Sift's when the comment is (a bot's
 * or `self`'s marker comment). The caller keeps only what falls in the window: a comment posted before
 * it and edited within it is an edit.
 */
export declare function commentActivity(comment: FeedComment, self: string | null): ActivityEvent[];
