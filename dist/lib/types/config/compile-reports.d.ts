/**
 * The top-level `reports:` list: each report's rules must exist (a typo would report nothing, week
 * after week, without anyone noticing) and its id must be unique (the id is the marker).
 */
import type { ReportSpec, Rule } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/** Labels of a report issue when the report names none: how Sift finds its report again. */
export declare const DEFAULT_REPORT_LABELS: string[];
export declare function compileReports(value: unknown, path: DataPath, rules: readonly Rule[], ctx: CompileContext): ReportSpec[];
