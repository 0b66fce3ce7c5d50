import type { ActivityEvent, FactName } from '../model/item.js';
import type { ActorGroup } from '../model/rules.js';
import { actorFilter, type ActorFilter } from './actors.js';
import type { ActivityClock, HumanActivity } from './clock.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

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
export const UPDATE_SLACK_MS = 10_000;

const BOT_LOGIN = /\[bot\]$/i;

export function isHumanActor(clock: ActivityClock, login: string, actorIsBot: boolean): boolean {
  return !actorIsBot && !BOT_LOGIN.test(login) && (clock.ignore === null || !clock.ignore.test(login));
}

function isHumanEvent(clock: ActivityClock, event: ActivityEvent): boolean {
  return event.bySift !== true && isHumanActor(clock, event.actor, event.actorIsBot);
}

/** What a list of events says: its latest human activity and the latest thing that bumped `updatedAt`. */
interface Scan {
  /** Epoch ms of the latest human event; -Infinity for none. */
  human: number;
  /** Epoch ms of the latest event that bumps `updatedAt` (reactions never do), or the creation. */
  explained: number;
  ignored: number;
  comments: number;
}

function scan(p: Projection, events: readonly ActivityEvent[], by: ActorFilter | null = null): Scan {
  const out: Scan = { human: Number.NEGATIVE_INFINITY, explained: p.createdAt, ignored: 0, comments: 0 };
  for (const event of events) {
    const t = Date.parse(event.at);
    if (event.kind !== 'reaction' && t > out.explained) out.explained = t;
    if (!isHumanEvent(p.clock, event) || (by !== null && !by(event))) {
      out.ignored++;
      continue;
    }
    if (event.kind === 'comment') out.comments++;
    if (t > out.human) out.human = t;
  }
  return out;
}

/**
 * Whether the item's last update is later than anything in `scanned` explains. Never on a discussion:
 * GitHub keeps no history of who labelled, closed or locked one, so Sift's own label would otherwise
 * pass for a person's activity and restart every timer; what people do on a discussion (comments,
 * replies, edits, reactions, choosing an answer) is all dated and attributed, so nothing is missed.
 */
function unexplainedUpdate(p: Projection, scanned: Scan): boolean {
  if (p.item.type === 'discussion') return false;
  return p.updatedAt > scanned.explained + UPDATE_SLACK_MS;
}

/**
 * Whether the clock needs the item's reactions: the rules count them and the item has some (an item
 * without reactions has none to read).
 */
function countsReactions(p: Projection): boolean {
  return p.clock.reactions && p.item.reactions.total > 0;
}

/** The events the clock reads: the timeline, and the reactions when they count; undefined until read. */
function clockEvents(p: Projection): readonly ActivityEvent[] | undefined {
  const timeline = p.facts.timeline;
  if (timeline === undefined || !countsReactions(p)) return timeline;
  const reactions = p.facts.reactions;
  return reactions === undefined ? undefined : [...timeline, ...reactions];
}

/** The facts the clock needs that were not read yet: the timeline, and the reactions when they count. */
export function missingClockFacts(p: Projection): FactName[] {
  const missing: FactName[] = [];
  if (p.facts.timeline === undefined) missing.push('timeline');
  if (countsReactions(p) && p.facts.reactions === undefined) missing.push('reactions');
  return missing;
}

/**
 * From the timeline (and reactions), computed once per projection and `by`; undefined when not read.
 *
 * With `by` (author, maintainers) only that group's events count. An update no event explains counts
 * only for anyone: nobody can say whose it was, and crediting it to the author would take a
 * `needs-info` label off when a maintainer edits the description. The item's creation still counts
 * (it is never quiet for longer than it exists).
 */
export function itemHumanActivity(p: Projection, by?: ActorGroup): HumanActivity | undefined {
  const cached = by === undefined ? p.human : (p.humanBy?.[by] ?? null);
  if (cached !== null) return cached;
  const events = clockEvents(p);
  if (events === undefined) return undefined;
  const scanned = scan(
    p,
    events,
    by === undefined ? null : actorFilter(p.item, events, by, p.facts.associations),
  );
  const unexplained = by === undefined && unexplainedUpdate(p, scanned);
  const at = Math.max(p.createdAt, scanned.human, unexplained ? p.updatedAt : Number.NEGATIVE_INFINITY);
  const human = { at, ignored: scanned.ignored, comments: scanned.comments, unexplainedUpdate: unexplained };
  if (by === undefined) p.human = human;
  else p.humanBy = { ...p.humanBy, [by]: human };
  return human;
}

/**
 * Comments by people (as the clock judges people), from the timeline alone: reactions are not
 * comments, so this never waits for them. Undefined when the timeline was not read.
 */
export function humanCommentCount(p: Projection): number | undefined {
  const human = itemHumanActivity(p);
  if (human !== undefined) return human.comments;
  const timeline = p.facts.timeline;
  return timeline === undefined ? undefined : scan(p, timeline).comments;
}

/** Latest update of a linked item (epoch ms; -Infinity when none); undefined when not read. */
export function linkedActivityAt(p: Projection): number | undefined {
  const linked = p.facts.linked;
  if (linked === undefined) return undefined;
  let at = Number.NEGATIVE_INFINITY;
  for (const item of linked) {
    const t = Date.parse(item.updatedAt);
    if (t > at) at = t;
  }
  return at;
}

/**
 * Whether no activity happened after `threshold` (epoch ms), three-valued: `unknown` when only facts
 * not yet read can tell (`missingForQuiet` names them).
 */
export function quietSince(p: Projection, threshold: number, by?: ActorGroup): Truth {
  const item = itemQuiet(p, threshold, by);
  // Activity on linked items has no author to narrow it to: it counts only for anyone.
  if (item === false || !p.clock.linked || by !== undefined) return item;
  const linked = linkedQuiet(p, threshold);
  if (linked === false) return false;
  return item === UNKNOWN || linked === UNKNOWN ? UNKNOWN : true;
}

export function missingForQuiet(p: Projection, threshold: number, out: Set<FactName>, by?: ActorGroup): void {
  if (itemQuiet(p, threshold, by) === UNKNOWN) missingClockFacts(p).forEach((name) => out.add(name));
  if (p.clock.linked && by === undefined && linkedQuiet(p, threshold) === UNKNOWN) out.add('linked');
}

/**
 * The facts that make `lastActivityAt` exact, of those a rule's comment needs (`wanted`): the
 * timeline (and the reactions, when they count), unless the recent window already holds the last
 * human activity; linked items.
 */
export function missingForLastActivity(p: Projection, wanted: readonly FactName[]): FactName[] {
  const clock = clockFactsMissing(p);
  return wanted.filter((name) => {
    if (name === 'timeline' || name === 'reactions') return clock.includes(name);
    return p.facts[name] === undefined;
  });
}

function clockFactsMissing(p: Projection): FactName[] {
  if (itemHumanActivity(p) !== undefined) return [];
  const recent = recentHumanActivity(p);
  return recent === undefined || recent.at === null ? missingClockFacts(p) : [];
}

function itemQuiet(p: Projection, threshold: number, by?: ActorGroup): Truth {
  const human = itemHumanActivity(p, by);
  if (human !== undefined) return human.at <= threshold;
  if (p.createdAt > threshold) return false;
  if (!updatedAtBounds(p)) return UNKNOWN;
  if (p.updatedAt <= threshold) return true;
  const recent = recentHumanActivity(p, by);
  if (recent === undefined) return UNKNOWN;
  if (recent.at !== null && recent.at > threshold) return false;
  return threshold >= recent.since ? true : UNKNOWN;
}

/**
 * Human activity from the `recent` window alone (see RecentActivity), when the full timeline was not
 * read. `at` is the latest human activity in the window, or null when there was none (the last was
 * before `since`); undefined when the window cannot tell: no window, reactions count (the feeds carry
 * none), or an update it cannot attribute on an item whose feeds miss kinds of activity.
 */
export function recentHumanActivity(
  p: Projection,
  by?: ActorGroup,
): { since: number; at: number | null } | undefined {
  const recent = p.facts.recent;
  if (recent === undefined || p.clock.reactions) return undefined;
  const since = Date.parse(recent.since);
  // Last updated before the window: nothing in it, and the window cannot judge that update.
  if (p.updatedAt < since) return { since, at: null };
  const filter = by === undefined ? null : actorFilter(p.item, recent.events, by, p.facts.associations);
  const scanned = scan(p, recent.events, filter);
  let at = Math.max(p.createdAt >= since ? p.createdAt : Number.NEGATIVE_INFINITY, scanned.human);
  if (unexplainedUpdate(p, scanned)) {
    // Feeds that miss kinds of activity (a pull request's reviews and commits) may miss the group's.
    if (!recent.explainsUpdates) return undefined;
    if (by === undefined) at = Math.max(at, p.updatedAt);
  }
  return { since, at: at === Number.NEGATIVE_INFINITY ? null : at };
}

function linkedQuiet(p: Projection, threshold: number): Truth {
  const at = linkedActivityAt(p);
  return at === undefined ? UNKNOWN : at <= threshold;
}

/** Reactions do not bump `updatedAt`; when they count and there are some, it bounds nothing. */
function updatedAtBounds(p: Projection): boolean {
  return !(p.clock.reactions && p.item.reactions.total > 0);
}

/**
 * When the item last saw activity, in epoch ms, for `{{inactive_days}}`, a comment's cycle and
 * explanations. Exact once the timeline (and, with `activity.linked`, the linked items) is read: the
 * engine reads them before it renders a comment (see `needsForComment`). Without them it falls back to
 * `updatedAt`, never earlier than the last activity, so the days shown are a true "at least".
 */
export function lastActivityAt(p: Projection): number {
  const linked = p.clock.linked
    ? (linkedActivityAt(p) ?? Number.NEGATIVE_INFINITY)
    : Number.NEGATIVE_INFINITY;
  return Math.max(itemLastActivityAt(p), linked);
}

function itemLastActivityAt(p: Projection): number {
  const human = itemHumanActivity(p);
  if (human !== undefined) return human.at;
  const recent = recentHumanActivity(p);
  return recent?.at ?? p.updatedAt;
}
