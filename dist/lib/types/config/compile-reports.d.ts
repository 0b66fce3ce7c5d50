import type { ReportSpec, Rule } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/** Labels of a report issue when the report names none: how Sift finds its report again. */
export declare const DEFAULT_REPORT_LABELS: string[];
/** The period metrics look back over when a report names none. */
export declare const DEFAULT_METRICS_PERIOD = "30d";
export declare function compileReports(value: unknown, path: DataPath, rules: readonly Rule[], ctx: CompileContext): ReportSpec[];
