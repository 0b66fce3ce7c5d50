/** The job summary's part about report issues: what became of each, and in a dry run its body. */
import type { ReportOutcome } from '../fleet/report-outcome.js';
/** '' when the rules file has no reports. Dry-run bodies come folded, one per report. */
export declare function reportsSection(reports: readonly ReportOutcome[] | undefined, bodies?: ReadonlyMap<string, string>): string;
