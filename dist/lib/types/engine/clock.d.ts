import type { ActivitySettings } from '../model/rules.js';
import { type Matcher } from './matchers.js';
/**
 * How a rules file counts activity (its `activity` settings, compiled once). Kept apart from the
 * clock's logic (activity.ts) so that the projection can carry it without the two importing each other.
 */
export interface ActivityClock {
    readonly reactions: boolean;
    readonly linked: boolean;
    /** `ignore-actors` as one matcher, or null. */
    readonly ignore: Matcher | null;
}
export declare function compileActivity(settings: ActivitySettings): ActivityClock;
/** What the timeline says about human activity on the item itself, computed once per projection. */
export interface HumanActivity {
    /** Epoch ms of the latest human activity; never earlier than the item's creation. */
    at: number;
    /** Events not counted: by bots, by Sift, by ignored actors. */
    ignored: number;
    /** Comments by humans. */
    comments: number;
    /** The item's last update is explained by no event: it counts as somebody's activity at `updatedAt`. */
    unexplainedUpdate: boolean;
}
