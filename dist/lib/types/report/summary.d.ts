import { type TriageResult } from './result.js';
/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes), and then shows none of it. A summary
 * stays within 900 KiB (921,600 bytes, UTF-8): the totals, the per-rule tables, banners and notes are
 * always written, and the row tables (checks, items, failures) get what is left, row by row, until it
 * is used up; then a line says how many were left out. The last 124 KiB below 1 MiB are margin: GitHub
 * does not document how exactly it counts, and a step may append more to its summary.
 */
export declare const SUMMARY_BUDGET_BYTES: number;
export interface SummaryContext {
    /** What started the run, e.g. the workflow event name `schedule`. */
    trigger?: string;
    /** sweep, event or check. */
    mode?: string;
    /** Said near the top, e.g. why writes were skipped on a fork pull request. */
    notes?: string[];
    /** Bytes (UTF-8) the whole summary may take; SUMMARY_BUDGET_BYTES unless a test says otherwise. */
    budget?: number;
}
export declare function renderSummary(result: TriageResult, context?: SummaryContext): string;
/** How the tables name the items counted: a circuit-breaker stop counts what the run planned. */
export declare function summaryVerb(result: TriageResult): string;
