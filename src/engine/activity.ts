import type { FactName } from '../model/item.js';
import type { ActivitySettings } from '../model/rules.js';
import { globMatcher } from './matchers.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

/**
 * The human-activity clock. "Inactive for 60d" means no HUMAN did anything on the item for 60 days:
 * events by bots (the forge says so, or the login ends in `[bot]`), by Sift itself (its comments carry
 * its marker, whatever account it runs as) and by the rules file's `activity.ignore-actors` do not
 * count. The item's creation counts as activity by its author, unless the author is a bot or ignored:
 * an item no human ever touched has no human activity at all, and is inactive for any span.
 *
 * Everything that asks "how long has this been quiet" (`inactive`, `active-after-label`,
 * `{{inactive_days}}`, explanations) goes through here, so they cannot disagree.
 *
 * Cost: the timeline costs a request per item, so the listing's fields decide whenever they can:
 * - `updatedAt` is an upper bound of the item's own human activity (every event GitHub records bumps
 *   it), so an item not updated for the span is quiet without a request;
 * - `createdAt` by a human author is a lower bound, so an item created within the span is not quiet;
 * - reactions do not bump `updatedAt`, so with `activity.reactions` an item that has reactions loses the
 *   first shortcut; activity on linked items never bumps it, so `activity.linked` always needs `linked`.
 * Reactions reach the clock as timeline events of kind `other` (the model has no reaction kind): a
 * provider adds them only when told to count reactions, so every event of the timeline is activity.
 */
export interface ActivityClock {
  readonly reactions: boolean;
  readonly linked: boolean;
  /** `ignore-actors` as one matcher, or null. */
  readonly ignore: RegExp | null;
}

export function compileActivity(settings: ActivitySettings): ActivityClock {
  return {
    reactions: settings.reactions,
    linked: settings.linked,
    ignore: settings.ignoreActors.length === 0 ? null : globMatcher(settings.ignoreActors),
  };
}

/** What the timeline says about human activity on the item itself. */
export interface HumanActivity {
  /** Epoch ms of the latest human event (or the creation by a human author); -Infinity for none. */
  at: number;
  /** Events not counted: by bots, by Sift, by ignored actors. */
  ignored: number;
  /** Comments by humans. */
  comments: number;
}

const BOT_LOGIN = /\[bot\]$/i;

export function isHumanActor(clock: ActivityClock, login: string, actorIsBot: boolean): boolean {
  return !actorIsBot && !BOT_LOGIN.test(login) && (clock.ignore === null || !clock.ignore.test(login));
}

/** The item's creation is its author's activity, unless the author is a bot or ignored. */
export function createdByHuman(p: Projection): boolean {
  return isHumanActor(p.clock, p.item.author, false);
}

/** From the timeline, computed once per projection; undefined when the timeline was not read. */
export function itemHumanActivity(p: Projection): HumanActivity | undefined {
  if (p.human !== null) return p.human;
  const timeline = p.facts.timeline;
  if (timeline === undefined) return undefined;
  let at = createdByHuman(p) ? p.createdAt : Number.NEGATIVE_INFINITY;
  let ignored = 0;
  let comments = 0;
  for (const event of timeline) {
    if (event.bySift === true || !isHumanActor(p.clock, event.actor, event.actorIsBot)) {
      ignored++;
      continue;
    }
    if (event.kind === 'comment') comments++;
    const t = Date.parse(event.at);
    if (t > at) at = t;
  }
  p.human = { at, ignored, comments };
  return p.human;
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
 * Whether no human activity happened after `threshold` (epoch ms), three-valued: `unknown` when only
 * facts not yet read can tell (`missingForQuiet` names them).
 */
export function quietSince(p: Projection, threshold: number): Truth {
  const item = itemQuiet(p, threshold);
  if (item === false || !p.clock.linked) return item;
  const linked = linkedQuiet(p, threshold);
  if (linked === false) return false;
  return item === UNKNOWN || linked === UNKNOWN ? UNKNOWN : true;
}

export function missingForQuiet(p: Projection, threshold: number, out: Set<FactName>): void {
  if (itemQuiet(p, threshold) === UNKNOWN) out.add('timeline');
  if (p.clock.linked && linkedQuiet(p, threshold) === UNKNOWN) out.add('linked');
}

function itemQuiet(p: Projection, threshold: number): Truth {
  const human = itemHumanActivity(p);
  if (human !== undefined) return human.at <= threshold;
  if (p.createdAt > threshold && createdByHuman(p)) return false;
  if (p.updatedAt <= threshold && updatedAtBounds(p)) return true;
  return UNKNOWN;
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
 * When the item last saw human activity, in epoch ms, for `{{inactive_days}}` and explanations, from
 * the best facts at hand. Without the timeline it falls back to `updatedAt`: the rules did not need
 * the timeline to decide (the item was quiet by `updatedAt` already), and `updatedAt` is never earlier
 * than the last human activity, so the days shown are a true "at least". An item no human ever
 * touched counts from its creation, the longest span that can be shown.
 */
export function lastActivityAt(p: Projection): number {
  const linked = p.clock.linked
    ? (linkedActivityAt(p) ?? Number.NEGATIVE_INFINITY)
    : Number.NEGATIVE_INFINITY;
  const human = itemHumanActivity(p);
  const at = Math.max(human === undefined ? p.updatedAt : human.at, linked);
  return at === Number.NEGATIVE_INFINITY ? p.createdAt : at;
}
