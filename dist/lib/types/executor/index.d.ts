/**
 * The executor applies plans: for real, or as a dry run that sends no write. It is the only layer
 * that writes, so every safety rule about writing lives here: the write budget, comment pacing,
 * comment markers, and stopping cleanly when the forge's rate limit runs out.
 */
import { type Provider } from '../providers/provider.js';
import { type PostedComment } from './apply-change.js';
import type { PreparedPlan } from './prepared.js';
import { type ItemOutcome } from './outcome.js';
import { type Clock } from './pacer.js';
/**
 * Write requests' worth of items applied together when the provider batches: enough to fill a few
 * batch requests, few enough that a stop or failure leaves little in flight.
 */
export declare const GROUP_WRITES = 50;
export interface ExecutorOptions {
    dryRun: boolean;
    /** Write requests this run may make; Infinity for no limit. */
    maxOperations: number;
    /** Comments per minute; 0 for unpaced. */
    commentsPerMinute: number;
    clock?: Clock;
}
export interface ExecutionStop {
    reason: 'rate-limit';
    message: string;
    resetAt?: Date;
}
export declare class Executor {
    private readonly provider;
    private readonly options;
    private readonly pacer;
    private readonly writesAtStart;
    /** What a real run would have spent, so a dry run defers exactly the items a real run would. */
    private dryRunWrites;
    /** Set once the forge says stop; every later plan is deferred. */
    stop: ExecutionStop | null;
    constructor(provider: Provider, options: ExecutorOptions);
    /** Write requests this executor has made (retries included), or in a dry run would have made. */
    get writesUsed(): number;
    /**
     * Applies a plan, or defers it whole when the rest of the budget cannot cover it (an item is never
     * left half-changed) or the run has been told to stop.
     */
    apply(prepared: PreparedPlan, posted?: (comment: PostedComment, undo: () => void) => void): Promise<ItemOutcome>;
    /**
     * Applies the plans in order, reporting each outcome in plan order. When the provider batches
     * writes (and the run is real), the changes of several items go together, one write per item per
     * round, so each item still sees its changes in order and stops at its first failure; the budget
     * reserves each item's most writes until the requests really made are counted.
     */
    applyAll(prepared: readonly PreparedPlan[], record: (outcome: ItemOutcome) => void): Promise<void>;
    /**
     * One item at a time, as `apply`, but the check for another run's duplicate of each posted comment
     * is made once per group of items (about GROUP_WRITES writes) in one findComments, and the group's
     * outcomes are recorded after it. For a provider that looks many items up at once but writes one
     * request at a time (REST: one read of the repository's new comments instead of one per comment).
     */
    private applyInGroups;
    private applyGroup;
    /**
     * The comments this round posted, through the one duplicate rule (removeDuplicates, as a one-by-one
     * run): a comment another run posted first in the same cycle wins and ours is deleted. The look
     * after posting is one request for the whole round where the provider allows it.
     */
    private removeDuplicates;
    /** One batch; an unexpected rejection fails its writes (the provider promises only RateLimitStop). */
    private sendBatch;
}
export type { ItemOutcome, RuleOutcome, ChangeOutcome, ChangeStatus } from './outcome.js';
export { itemFailed, outcomeWith } from './outcome.js';
export { commentMarker } from './apply-change.js';
export { maxWrites, writesOf } from './budget.js';
export { preparePlan, type PreparedPlan } from './prepared.js';
export { Pacer, realClock, type Clock } from './pacer.js';
