/**
 * Response-time metrics of a report (rules file `reports[].metrics` over `period`), computed from the
 * items a forge read (model/activity.ts) and the run's `now`: no I/O, no clock. Definitions, and where
 * they differ from github/issue-metrics', are in docs/fleet.md#metrics.
 *
 * - time-to-first-response: items created in the period; from creation to the first comment or
 *   submitted review by someone other than the author, a bot or Sift's own account. Items that have had
 *   none are counted apart (still waiting), not in the median.
 * - time-to-close: items closed in the period (a merge closes a pull request); from creation to closing.
 * - time-in-label: items that carried the label at some moment of the period; the whole time they
 *   carried it (each stretch ends when the label was removed, when the item was closed, or now).
 */
import type { ActivityRecord, MetricSpec } from '../model/activity.js';
/** The slowest items a report links per metric. */
export declare const SLOWEST_LISTED = 5;
/** More weeks than this make the trend chart unreadable; its last weeks are kept. */
export declare const MAX_TREND_WEEKS = 26;
export interface Figures {
    count: number;
    /** Milliseconds; null when count is 0. */
    median: number | null;
    p90: number | null;
}
export interface Measured {
    item: ActivityRecord;
    /** Milliseconds. */
    value: number;
    /** When the measured span ended (response, closing, the label's removal): the week it counts in. */
    endedAt: number;
    /** A span still running (a label still on): `value` is what it is so far. */
    running: boolean;
}
export interface WeekFigures {
    /** Start of the week (epoch ms); weeks run back from `now` in steps of seven days. */
    start: number;
    issue: Figures;
    pull_request: Figures;
}
export interface MetricResult {
    spec: MetricSpec;
    issue: Figures;
    pull_request: Figures;
    /** Items that count but have no figure yet (time-to-first-response: no response so far). */
    waiting: {
        issue: number;
        pull_request: number;
    };
    /** The longest, longest first, at most SLOWEST_LISTED (waiting items among them, by their wait so far). */
    slowest: Measured[];
    /** Spans that ended in each week of the period, oldest week first; running ones are left out. */
    trend: WeekFigures[];
}
export interface MetricsResult {
    /** Epoch ms: the period's start and end (the run's now). */
    from: number;
    to: number;
    metrics: MetricResult[];
}
export interface MetricsOptions {
    now: Date;
    /** The period, in milliseconds back from now. */
    period: number;
    /** The account Sift runs as (its comments are no response). */
    self: string | null;
}
export declare function computeMetrics(items: readonly ActivityRecord[], specs: readonly MetricSpec[], options: MetricsOptions): MetricsResult;
/**
 * The stretches an item carried `label`: [start, end, still running]. A stretch ends when the label is
 * removed, when the item is closed (a closed item waits for nobody), or now. History that starts with a
 * removal means the label was on from creation (added before the history was kept, or by a transfer);
 * a label the item carries with no event at all was on since creation too.
 */
export declare function labelSpans(item: ActivityRecord, label: string, now: number): [number, number, boolean][];
export declare function figures(values: readonly number[]): Figures;
/**
 * The p-th percentile of sorted values with linear interpolation between the closest ranks (numpy's
 * default, which github/issue-metrics uses): rank = p/100 * (n - 1).
 */
export declare function percentile(sorted: readonly number[], p: number): number;
