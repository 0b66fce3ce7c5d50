/**
 * Open items by age, counted as the walk goes, for the "open items by age" chart. Only the items the
 * walk saw count: a rules file about issues alone never lists pull requests, so its chart has none.
 */
import type { Item, ItemType } from '../model/item.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Upper bounds of the buckets, in days (exclusive); the last bucket holds everything older. */
export const AGE_BUCKETS: readonly { label: string; belowDays: number }[] = [
  { label: 'under 1 week', belowDays: 7 },
  { label: 'under 1 month', belowDays: 30 },
  { label: 'under 3 months', belowDays: 90 },
  { label: 'under 1 year', belowDays: 365 },
  { label: 'older', belowDays: Infinity },
];

/**
 * Open items per age bucket (AGE_BUCKETS' order), issues and pull requests apart. Discussions are not
 * counted: the chart is about the work queue, and they are walked only when a rule is about them.
 */
export type AgeCensus = Record<Exclude<ItemType, 'discussion'>, number[]>;

export function emptyCensus(): AgeCensus {
  return { issue: AGE_BUCKETS.map(() => 0), pull_request: AGE_BUCKETS.map(() => 0) };
}

/** Counts `item` if it is open, by its age at `now` (from when it was created). */
export function countOpenItem(census: AgeCensus, item: Item, now: Date): void {
  if (item.state !== 'open' || item.type === 'discussion') return;
  const days = (now.getTime() - Date.parse(item.createdAt)) / DAY_MS;
  const bucket = AGE_BUCKETS.findIndex((b) => days < b.belowDays);
  census[item.type][bucket === -1 ? AGE_BUCKETS.length - 1 : bucket]++;
}

/** Bucket by bucket sums of several censuses (a merge of shards). */
export function addCensus(into: AgeCensus, from: AgeCensus): void {
  for (const type of ['issue', 'pull_request'] as const) {
    from[type].forEach((n, i) => (into[type][i] = (into[type][i] ?? 0) + n));
  }
}
