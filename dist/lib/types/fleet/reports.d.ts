/**
 * Publishing the rules file's report issues after a repository's sweep. Each report is one issue,
 * found by its hidden marker among the issues with its labels: created when missing, edited in place
 * otherwise, never duplicated, and never reopened when a maintainer closed it (unless the report says
 * `reopen: true`). Every write counts against max-operations; a dry run writes nothing and hands the
 * bodies to the summary; a run the circuit breaker stopped writes no report either.
 */
import type { ActivityRead, ActivityRequest } from '../model/activity.js';
import type { ReportSpec } from '../model/rules.js';
import type { TriageResult } from '../report/result.js';
import type { FleetForge, ReportIssues } from './forge.js';
import type { ReportOutcome } from './report-outcome.js';
import type { RepositoryRun } from './sweep.js';
export interface PublishOptions {
    reports: readonly ReportSpec[];
    result: TriageResult;
    issues: ReportIssues;
    now: Date;
    /** Write requests left of max-operations after the sweep's own writes. */
    writesLeft: number;
    /** Reads the repository's recent items for the reports' metrics (FleetForge.readActivity). */
    readActivity?: (request: ActivityRequest) => Promise<ActivityRead>;
}
export interface Published {
    outcomes: ReportOutcome[];
    /** Each report's body, by id (for the summary of a dry run). */
    bodies: Map<string, string>;
}
export declare function publishReports(options: PublishOptions): Promise<Published>;
/**
 * After one repository's sweep (sweepEach's `after`, for the Action and the CLI alike): publishes the
 * rules' reports there within what is left of max-operations, counts their requests as the
 * repository's spending, and records their outcomes on the run. Undefined when there is nothing to do.
 */
export declare function publishRunReports(options: {
    run: RepositoryRun;
    reports: readonly ReportSpec[] | undefined;
    forge: FleetForge;
    now: Date;
    maxOperations: number;
}): Promise<Published | undefined>;
