import type { Item, ItemFacts, ItemState } from '../model/item.js';
import type { ProjectMembership } from '../model/projects.js';
import type { ActorGroup } from '../model/rules.js';
import type { ActivityClock, HumanActivity } from './clock.js';
/**
 * The item as the rules evaluated so far would leave it. Rules run in file order and each one sees the
 * previous rules' changes, so "mark stale" followed by "close stale" cannot close in the same run and
 * "label" followed by "rule that needs the label" behaves as users expect.
 *
 * Only what the engine itself changes is projected (labels, state, lock, assignees, milestone). Clocks
 * and counters (`updatedAt`, `comments`) stay as listed: the bot's own changes are not activity, and a
 * marked comment may edit an earlier one rather than add one.
 *
 * Arrays are never mutated in place: a change replaces them. That keeps the common path (no rule fires)
 * free of copies, and lets a dry run work on a shallow copy of the projection.
 */
export interface Projection {
    readonly item: Item;
    readonly facts: ItemFacts;
    /** Epoch ms. */
    readonly now: number;
    readonly createdAt: number;
    readonly updatedAt: number;
    state: ItemState;
    locked: boolean;
    labels: readonly string[];
    assignees: readonly string[];
    milestone: string | null;
    /** Lower-cased labels applied by rules in this run: their applied-at is `now`. */
    appliedNow: readonly string[];
    /** Logins whose review an earlier rule already requested in this run (lower-cased). */
    reviewRequested: readonly string[];
    /** GitHub's issue type: null for none (every pull request and discussion), undefined while not read. */
    issueType: string | null | undefined;
    /** An earlier rule of this run deletes the head branch. */
    branchDeleted: boolean;
    /** The GitHub projects the item is in, as earlier rules leave them; undefined while not read. */
    projects: readonly ProjectMembership[] | undefined;
    /** How the rules file counts activity. */
    readonly clock: ActivityClock;
    /** When each label was applied, keyed by lower-cased label, built on first use (see `labelAppliedAt`). */
    appliedAtIndex: Map<string, number> | null;
    /** The timeline's human activity, computed on first use (see activity.ts). */
    human: HumanActivity | null;
    /** The same, counting only the author's or the maintainers' activity (`by:`), on first use. */
    humanBy: Partial<Record<ActorGroup, HumanActivity>> | null;
}
export declare function createProjection(item: Item, facts: ItemFacts, now: number, clock: ActivityClock): Projection;
/** A copy to try changes on without touching the original (arrays are copy-on-write, see above). */
export declare function forkProjection(p: Projection): Projection;
/** The projected label equal to `name` ignoring case, as the item spells it, or undefined. */
export declare function findLabel(p: Projection, name: string): string | undefined;
export declare function findIgnoringCase(values: readonly string[], name: string): string | undefined;
/**
 * When the label (which must be on the projected item) was applied, in epoch ms:
 * - `now` if a rule in this run applied it;
 * - `undefined` if that needs facts the caller has not fetched;
 * - the item's last update if the facts were fetched but hold no application of the label (a
 *   transferred issue, a renamed label, history older than the forge keeps): every application bumps
 *   `updatedAt`, so the label is at least that old. Without that bound "warn, then close" could never
 *   finish on such an item. `labelDatedByUpdate` tells explanations which case it was.
 *
 * A discussion has no label history at all, so its labels are always dated by its last update.
 *
 * One source of truth: `facts.labelAppliedAt` when the provider gave it; otherwise, when the timeline
 * was read (for the activity clock), the same answer derived from it: the time of the label's last
 * `labeled` event, if no `unlabeled` event followed. A timeline holds every label change, so both
 * facts tell the same story and the label history is never fetched twice.
 */
export declare function labelAppliedAt(p: Projection, lowerName: string): number | undefined;
/** Whether `labelAppliedAt` dated the label by the item's last update, for want of its history. */
export declare function labelDatedByUpdate(p: Projection, lowerName: string): boolean;
