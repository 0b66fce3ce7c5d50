/**
 * One run over several repositories: each in turn, with the same rules, its own provider, budget,
 * circuit breaker and summary section. A repository that cannot be swept (missing, archived, no
 * permission, a failed listing) is reported and the others go on.
 */
import type { Quota } from '../providers/provider.js';
import type { TriageResult } from '../report/result.js';
import type { FleetForge } from './forge.js';
import type { ReportOutcome } from './report-outcome.js';
import type { BudgetSpent } from './spent.js';
export interface RepositoryRun {
    repository: string;
    /** The sweep's result; absent when the repository could not be swept. */
    result?: TriageResult;
    /** Why the repository could not be swept, when it could not. */
    error?: string;
    /** The forge's API budget left just before this repository's sweep, when the forge says. */
    budgetBefore?: Quota;
    /** What became of the rules file's report issues in this repository. */
    reports?: ReportOutcome[];
    /** What the sweep itself cost in the forge's unit (see spent.ts); report issues are in `requests`. */
    spent?: BudgetSpent;
}
export interface SweepEachOptions {
    repositories: readonly string[];
    /** Budget reads (before each repository) and, with `preflight`, the repository checks. */
    forge?: FleetForge;
    /**
     * Ask the forge first whether each repository can be swept (one request each), so an archived or
     * missing one is reported as such rather than by its first failed read or write.
     */
    preflight: boolean;
    /** Sweeps one repository; `spent` is what it cost, when the caller can tell. */
    sweep(repository: string): Promise<TriageResult | {
        result: TriageResult;
        spent: BudgetSpent;
    }>;
    /** After the sweep, what to do with the result (the report issues); may add to the run. */
    after?(run: RepositoryRun): Promise<void>;
    /** Called as each repository starts, for logs. */
    onStart?(repository: string, budget: Quota | null): void;
}
export declare function sweepEach(options: SweepEachOptions): Promise<RepositoryRun[]>;
/** A run that needs a human: it could not sweep, items failed, a check failed, or the breaker tripped. */
export declare function runFailed(run: RepositoryRun): boolean;
