/** Small text helpers shared by templates and explanations. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Whole days in a span, rounded down; negative spans (timestamps in the future) count as 0. */
export function wholeDays(ms: number): number {
  return ms > 0 ? Math.floor(ms / DAY_MS) : 0;
}

/** `60d`, `1d12h`, `90m`-style text for a duration, as a rules file would write it. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  const units: [number, string][] = [
    [DAY_MS, 'd'],
    [HOUR_MS, 'h'],
    [MINUTE_MS, 'm'],
    [1000, 's'],
  ];
  let rest = ms;
  let out = '';
  for (const [size, suffix] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${suffix}`;
      rest -= n * size;
    }
  }
  return out === '' ? `${ms}ms` : out;
}

/** `75 days ago`, `5 hours ago`, `in the future` — coarse on purpose: this is for humans. */
export function formatAgo(ms: number): string {
  if (Number.isNaN(ms)) return 'at an unknown time';
  if (ms < 0) return 'in the future';
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (ms >= DAY_MS) return plural(Math.floor(ms / DAY_MS), 'day');
  if (ms >= HOUR_MS) return plural(Math.floor(ms / HOUR_MS), 'hour');
  return plural(Math.floor(ms / MINUTE_MS), 'minute');
}

/** `2024-01-01` for a midnight UTC, else `2024-01-01T12:30:00Z`: as a rules file would write it. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/** `a, b, c`, or `(none)` so an empty list is visible in explanations. */
export function formatList(values: readonly string[]): string {
  return values.length === 0 ? '(none)' : values.join(', ');
}

/** Long free text (titles, bodies) shortened to one readable line. */
export function snippet(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
