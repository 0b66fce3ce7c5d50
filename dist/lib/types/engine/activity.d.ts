import type { FactName } from '../model/item.js';
import type { ActorGroup } from '../model/rules.js';
import type { ActivityClock, HumanActivity } from './clock.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
/**
 * The human-activity clock. "Inactive for 60d" means no HUMAN did anything on the item for 60 days.
 * The rules, and why:
 * - Events by bots (the forge says so, or the login ends in `[bot]`), by Sift itself (its marker
 *   comments; the providers set `bySift` only on comments a bot or Sift's own account wrote) and by the
 *   rules file's `activity.ignore-actors` do not count: they are not a person answering.
 * - An item is never inactive for longer than it exists: its creation counts, whoever the author is
 *   (a pull request Dependabot opened yesterday has been quiet for a day, not forever).
 * - An update that no event explains counts as somebody's activity at `updatedAt`. Forges bump
 *   `updatedAt` for things their timelines do not list (GitHub's REST timeline has no description
 *   edits), and an update nobody can attribute is far more often a person than not. An event of any
 *   actor (bot, Sift, ignored) within UPDATE_SLACK_MS of the update explains it. Where a forge names
 *   the editor (GraphQL `lastEditedAt`/`editor`, GitLab's system notes), the provider puts the edit in
 *   the timeline, so a bot's edit explains the update and is not activity.
 *
 * Everything that asks "how long has this been quiet" (`inactive`, `active-after-label`,
 * `{{inactive_days}}`, a comment's cycle, explanations) goes through here, so they cannot disagree.
 *
 * Cost: the timeline costs a request per item on REST, so the listing's fields decide whenever they can:
 * - `updatedAt` bounds the item's activity from above (every event and every unexplained update is no
 *   later than it), so an item not updated for the span is quiet without a request;
 * - `createdAt` bounds it from below, so an item created within the span is not quiet;
 * - reactions do not bump `updatedAt`, so with `activity.reactions` an item that has reactions loses the
 *   first shortcut, and its reactions are a fact of their own (`reactions`), read beside the timeline;
 *   activity on linked items never bumps it, so `activity.linked` always needs `linked`.
 */
/**
 * How long after an event the update it caused may be stamped. GitHub and GitLab stamp both in the
 * same transaction; a few seconds absorb clock skew between their services.
 */
export declare const UPDATE_SLACK_MS = 10000;
export declare function isHumanActor(clock: ActivityClock, login: string, actorIsBot: boolean): boolean;
/** The facts the clock needs that were not read yet: the timeline, and the reactions when they count. */
export declare function missingClockFacts(p: Projection): FactName[];
/**
 * From the timeline (and reactions), computed once per projection and `by`; undefined when not read.
 *
 * With `by` (author, maintainers) only that group's events count. An update no event explains counts
 * only for anyone: nobody can say whose it was, and crediting it to the author would take a
 * `needs-info` label off when a maintainer edits the description. The item's creation still counts
 * (it is never quiet for longer than it exists).
 */
export declare function itemHumanActivity(p: Projection, by?: ActorGroup): HumanActivity | undefined;
/**
 * Comments by people (as the clock judges people), from the timeline alone: reactions are not
 * comments, so this never waits for them. Undefined when the timeline was not read.
 */
export declare function humanCommentCount(p: Projection): number | undefined;
/** Latest update of a linked item (epoch ms; -Infinity when none); undefined when not read. */
export declare function linkedActivityAt(p: Projection): number | undefined;
/**
 * Whether no activity happened after `threshold` (epoch ms), three-valued: `unknown` when only facts
 * not yet read can tell (`missingForQuiet` names them).
 */
export declare function quietSince(p: Projection, threshold: number, by?: ActorGroup): Truth;
export declare function missingForQuiet(p: Projection, threshold: number, out: Set<FactName>, by?: ActorGroup): void;
/**
 * The facts that make `lastActivityAt` exact, of those a rule's comment needs (`wanted`): the
 * timeline (and the reactions, when they count), unless the recent window already holds the last
 * human activity; linked items.
 */
export declare function missingForLastActivity(p: Projection, wanted: readonly FactName[]): FactName[];
/**
 * Human activity from the `recent` window alone (see RecentActivity), when the full timeline was not
 * read. `at` is the latest human activity in the window, or null when there was none (the last was
 * before `since`); undefined when the window cannot tell: no window, reactions count (the feeds carry
 * none), or an update it cannot attribute on an item whose feeds miss kinds of activity.
 */
export declare function recentHumanActivity(p: Projection, by?: ActorGroup): {
    since: number;
    at: number | null;
} | undefined;
/**
 * When the item last saw activity, in epoch ms, for `{{inactive_days}}`, a comment's cycle and
 * explanations. Exact once the timeline (and, with `activity.linked`, the linked items) is read: the
 * engine reads them before it renders a comment (see `needsForComment`). Without them it falls back to
 * `updatedAt`, never earlier than the last activity, so the days shown are a true "at least".
 */
export declare function lastActivityAt(p: Projection): number;
