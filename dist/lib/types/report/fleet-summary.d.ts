/**
 * The summary of a run over several repositories, or of the merged result files of a matrix's shards:
 * totals, the repositories that need a human first, every repository in one table, the rules across
 * all of them, the charts, then each repository's own summary. Within SUMMARY_BUDGET_BYTES however
 * many repositories: the tables keep the rows that fit and the repository sections follow while there
 * is room, the rest named in a line pointing at the result files.
 */
import type { RepositoryRun } from '../fleet/sweep.js';
export interface FleetSummaryContext {
    /** e.g. "Sift triage of 12 repositories" or "Sift: merged results of 4 shards". */
    title: string;
    dryRun: boolean;
    trigger?: string;
    mode?: string;
    notes?: string[];
    budget?: number;
    /** Result files the merge skipped (not valid result files): named first, inert. */
    rejected?: readonly {
        file: string;
        problem: string;
    }[];
    /** Dry runs: each repository's report bodies by report id, shown folded where there is room. */
    bodies?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}
export declare function renderFleetSummary(runs: readonly RepositoryRun[], context: FleetSummaryContext): string;
/** `3 repositories from 2 result files`, `1 repository from 1 result file`: a merge's title. */
export declare function mergedFrom(repositories: number, files: number): string;
/** One repository's part: its own summary, or why it was not swept. */
export declare function repositorySection(run: RepositoryRun, context: FleetSummaryContext, budget: number): string;
