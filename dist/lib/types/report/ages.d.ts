/**
 * Open items by age, counted as the walk goes, for the "open items by age" chart. Only the items the
 * walk saw count: a rules file about issues alone never lists pull requests, so its chart has none.
 */
import type { Item, ItemType } from '../model/item.js';
/** Upper bounds of the buckets, in days (exclusive); the last bucket holds everything older. */
export declare const AGE_BUCKETS: readonly {
    label: string;
    belowDays: number;
}[];
/**
 * Open items per age bucket (AGE_BUCKETS' order), issues and pull requests apart. Discussions are not
 * counted: the chart is about the work queue, and they are walked only when a rule is about them.
 */
export type AgeCensus = Record<Exclude<ItemType, 'discussion'>, number[]>;
export declare function emptyCensus(): AgeCensus;
/** Counts `item` if it is open, by its age at `now` (from when it was created). */
export declare function countOpenItem(census: AgeCensus, item: Item, now: Date): void;
/** Bucket by bucket sums of several censuses (a merge of shards). */
export declare function addCensus(into: AgeCensus, from: AgeCensus): void;
