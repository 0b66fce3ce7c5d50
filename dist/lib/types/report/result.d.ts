import { type ItemOutcome } from '../executor/index.js';
import type { BreakerTrip } from '../pipeline/safety.js';
import type { ItemRef } from '../model/plan.js';
import type { Forge } from '../model/item-name.js';
import type { ModelReport } from '../models/answerer.js';
import type { Quota } from '../providers/provider.js';
import type { AgeCensus } from './ages.js';
/** Everything a run produced, for the summary, the outputs and the terminal. */
export interface TriageResult {
    repository: string;
    /** Whose notation names items (GitLab's merge requests are `!12`); absent: GitHub's. */
    forge?: Forge;
    rulesFile: string;
    dryRun: boolean;
    /** Rule ids in file order, so the per-rule table lists rules that matched nothing too. */
    ruleIds: string[];
    /** Items the walk saw. */
    walked: number;
    /** Of the items the walk saw, the open ones by age, for the chart (absent in results of older versions). */
    openByAge?: AgeCensus;
    /** One entry per item that any rule planned to change, in the order they were handled. */
    outcomes: ItemOutcome[];
    /** Requests sent; `notModified`: of the reads, those answered 304 (conditional requests, free). */
    requests: {
        reads: number;
        writes: number;
        notModified?: number;
    };
    /** Work left for later runs because the budget ran out or the run stopped. */
    deferred: DeferredBacklog;
    /** The forge's API budget left after the run, when the provider knows it. */
    quota?: Quota;
    /** Results of check rules that applied to an item (skipped checks are left out). */
    checks: ItemCheck[];
    /** Why the run did not do everything it planned, when it did not. */
    stop?: RunStop;
    /** The run's model calls and answers, when the rules ask models (`classify`). */
    models?: ModelReport;
}
export interface ItemCheck {
    item: ItemRef;
    rule: string;
    message: string;
    status: 'passed' | 'failed';
}
export declare function failedChecks(result: TriageResult): ItemCheck[];
export interface RunStop {
    /** `budget`: max-operations ran out; `circuit-breaker`: too many items would change; `rate-limit`. */
    reason: 'budget' | 'circuit-breaker' | 'rate-limit';
    message: string;
    /** ISO 8601, when the forge's rate limit resets (rate-limit stops). */
    resetAt?: string;
    /** Circuit-breaker stops: what the plan would have changed, so reports can say so in their words. */
    breaker?: BreakerTrip;
}
export interface DeferredBacklog {
    items: number;
    /** Deferred items per rule. */
    rules: Record<string, number>;
    /** Write requests the deferred items need at most. */
    writes: number;
    /** Runs of the same budget needed to finish, at the current rate. */
    runsNeeded: number;
}
/** Sums up the items whose changes were deferred (budget or stop), for the report and the output. */
export declare function deferredBacklog(outcomes: ItemOutcome[], maxOperations: number): DeferredBacklog;
export declare function failedOutcomes(result: TriageResult): ItemOutcome[];
/** The circuit breaker stopped this run: its report shows the plan, labelled as planned. */
export declare function blockedByBreaker(result: TriageResult): boolean;
/** Items the run changed, would change (dry run), or planned to change before the circuit breaker stopped it. */
export declare function plannedOutcomes(result: TriageResult): ItemOutcome[];
/**
 * Items a run the circuit breaker stopped had planned to change (it changed none of them); 0 for any
 * other run. Totals across repositories count these apart from what changed.
 */
export declare function blockedPlanned(result: TriageResult): number;
/**
 * A run's tally in a few words, for log lines: `walked 60 items; planned to change 37, changed nothing
 * (stopped by the circuit breaker)`, `walked 60 items; would change 3`, `walked 60 items; changed 3`.
 */
export declare function tallyWords(result: TriageResult): string;
/** Items where at least one change was applied (or would be, in a dry run). */
export declare function changedOutcomes(result: TriageResult): ItemOutcome[];
/**
 * How many items each rule changed (or would change). With `planned`, a run the circuit breaker
 * stopped counts what it planned to change (the run's own report labels those as planned; totals
 * across repositories keep counting only what changed).
 */
export declare function countsPerRule(result: TriageResult, planned?: boolean): Map<string, number>;
