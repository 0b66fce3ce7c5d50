/**
 * The body of a report issue (rules file `reports:`): per rule, the items it matched this run
 * (linked; the first 50, then a count), what Sift did to them, what was deferred; then the charts.
 * Starts with a hidden marker by which the next run finds the issue again.
 */
import type { Item } from '../model/item.js';
import type { ReportSpec } from '../model/rules.js';
import type { MetricsResult } from './metrics.js';
import type { TriageResult } from './result.js';
/** Items listed per rule before "and N more". */
export declare const REPORT_ITEMS_PER_RULE = 50;
/**
 * GitHub refuses an issue body over 65,536 characters; with what Sift writes around the lists, 60,000
 * is the body's budget. A longer report lists fewer items per rule until it fits.
 */
export declare const REPORT_BODY_MAX_CHARS = 60000;
export declare function reportMarker(id: string): string;
/**
 * Whether an item is one of the rules file's report issues: it carries a report's marker and every
 * one of its labels (what Sift looks for to find it again). Labels take triage permission to set, so
 * a stranger who pastes a marker into an issue does not exempt it from the rules.
 */
export declare function isReportIssue(item: Pick<Item, 'body' | 'labels'>, reports: readonly ReportSpec[]): boolean;
export declare function renderReportBody(report: ReportSpec, result: TriageResult, now: Date, metrics?: MetricsResult): string;
