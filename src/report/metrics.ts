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
import type { ActivityActor, ActivityRecord, MetricSpec } from '../model/activity.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The slowest items a report links per metric. */
export const SLOWEST_LISTED = 5;
/** More weeks than this make the trend chart unreadable; its last weeks are kept. */
export const MAX_TREND_WEEKS = 26;

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
  waiting: { issue: number; pull_request: number };
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

export function computeMetrics(
  items: readonly ActivityRecord[],
  specs: readonly MetricSpec[],
  options: MetricsOptions,
): MetricsResult {
  const to = options.now.getTime();
  const from = to - options.period;
  return {
    from,
    to,
    metrics: specs.map((spec) => {
      const { measured, waiting } = measure(items, spec, from, to, options.self);
      return summarise(spec, measured, waiting, from, to);
    }),
  };
}

function measure(
  items: readonly ActivityRecord[],
  spec: MetricSpec,
  from: number,
  to: number,
  self: string | null,
): { measured: Measured[]; waiting: Measured[] } {
  const measured: Measured[] = [];
  const waiting: Measured[] = [];
  for (const item of items) {
    const created = Date.parse(item.createdAt);
    if (spec.kind === 'time-to-first-response') {
      if (created < from || created > to) continue;
      const response = item.responses.find(
        (r) => Date.parse(r.at) >= created && countsAsResponse(r.by, item.author, self),
      );
      if (response) {
        const at = Date.parse(response.at);
        measured.push({ item, value: at - created, endedAt: at, running: false });
      } else waiting.push({ item, value: to - created, endedAt: to, running: true });
    } else if (spec.kind === 'time-to-close') {
      if (item.closedAt === null) continue;
      const closed = Date.parse(item.closedAt);
      if (closed < from || closed > to) continue;
      measured.push({ item, value: closed - created, endedAt: closed, running: false });
    } else {
      const spans = labelSpans(item, spec.label, to);
      if (!spans.some(([start, end]) => start <= to && end >= from)) continue;
      const last = spans[spans.length - 1];
      measured.push({
        item,
        value: spans.reduce((sum, [start, end]) => sum + (end - start), 0),
        endedAt: last[1],
        running: last[2],
      });
    }
  }
  return { measured, waiting };
}

/**
 * The stretches an item carried `label`: [start, end, still running]. A stretch ends when the label is
 * removed, when the item is closed (a closed item waits for nobody), or now. History that starts with a
 * removal means the label was on from creation (added before the history was kept, or by a transfer);
 * a label the item carries with no event at all was on since creation too.
 */
export function labelSpans(item: ActivityRecord, label: string, now: number): [number, number, boolean][] {
  const name = label.toLowerCase();
  const events = item.labelEvents.filter((e) => e.label.toLowerCase() === name);
  const closed = item.closedAt === null ? null : Date.parse(item.closedAt);
  const spans: [number, number, boolean][] = [];
  let since: number | null = null;
  if (
    events[0]?.action === 'unlabeled' ||
    (events.length === 0 && item.labels.some((l) => l.toLowerCase() === name))
  ) {
    since = Date.parse(item.createdAt);
  }
  for (const event of events) {
    const at = Date.parse(event.at);
    if (event.action === 'labeled') since ??= at;
    else if (since !== null) {
      spans.push([since, at, false]);
      since = null;
    }
  }
  if (since !== null) {
    if (closed !== null && closed >= since) spans.push([since, closed, false]);
    else spans.push([since, now, true]);
  }
  return spans;
}

/** A response is a person's other than the author's and Sift's; a deleted account (ghost) counts. */
function countsAsResponse(
  by: ActivityActor | null,
  author: ActivityActor | null,
  self: string | null,
): boolean {
  if (by === null) return true;
  if (by.bot) return false;
  const login = by.login.toLowerCase();
  if (author && login === author.login.toLowerCase()) return false;
  // Bots are out already, an App's account among them; what is left of Sift is a person's token.
  return self === null || login !== self.toLowerCase();
}

function summarise(
  spec: MetricSpec,
  measured: Measured[],
  waiting: Measured[],
  from: number,
  to: number,
): MetricResult {
  const ofKind = (list: Measured[], kind: ActivityRecord['kind']) => list.filter((m) => m.item.kind === kind);
  const slowest = [...measured, ...waiting]
    .sort((a, b) => b.value - a.value || a.item.number - b.item.number)
    .slice(0, SLOWEST_LISTED);
  return {
    spec,
    issue: figures(ofKind(measured, 'issue').map((m) => m.value)),
    pull_request: figures(ofKind(measured, 'pull_request').map((m) => m.value)),
    waiting: { issue: ofKind(waiting, 'issue').length, pull_request: ofKind(waiting, 'pull_request').length },
    slowest,
    trend: weeks(from, to).map((start) => {
      const inWeek = measured.filter(
        (m) => !m.running && m.endedAt >= start && m.endedAt < Math.min(start + WEEK, to + 1),
      );
      return {
        start,
        issue: figures(ofKind(inWeek, 'issue').map((m) => m.value)),
        pull_request: figures(ofKind(inWeek, 'pull_request').map((m) => m.value)),
      };
    }),
  };
}

/** Week starts from the period's start onwards, seven days apart, the last one ending at `to`. */
function weeks(from: number, to: number): number[] {
  const count = Math.min(MAX_TREND_WEEKS, Math.max(1, Math.ceil((to - from) / WEEK)));
  return Array.from({ length: count }, (_, i) => to - (count - i) * WEEK);
}

export function figures(values: readonly number[]): Figures {
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

/**
 * The p-th percentile of sorted values with linear interpolation between the closest ranks (numpy's
 * default, which github/issue-metrics uses): rank = p/100 * (n - 1).
 */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return Math.round(sorted[low] + (rank - low) * (sorted[high] - sorted[low]));
}
