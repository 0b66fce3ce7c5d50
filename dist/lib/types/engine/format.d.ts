/** Small text helpers shared by templates and explanations. */
export declare const MINUTE_MS = 60000;
export declare const HOUR_MS: number;
export declare const DAY_MS: number;
/** Whole days in a span, rounded down; negative spans (timestamps in the future) count as 0. */
export declare function wholeDays(ms: number): number;
/** `60d`, `1d12h`, `90m`-style text for a duration, as a rules file would write it. */
export declare function formatDuration(ms: number): string;
/** `75 days ago`, `5 hours ago`, `in the future` — coarse on purpose: this is for humans. */
export declare function formatAgo(ms: number): string;
/** `2024-01-01` for a midnight UTC, else `2024-01-01T12:30:00Z`: as a rules file would write it. */
export declare function formatInstant(ms: number): string;
/** `a, b, c`, or `(none)` so an empty list is visible in explanations. */
export declare function formatList(values: readonly string[]): string;
/** Long free text (titles, bodies) shortened to one readable line. */
export declare function snippet(text: string, max?: number): string;
