/**
 * The executor applies plans: for real, or as a dry run that sends no write. It is the only layer
 * that writes, so every safety rule about writing lives here: the write budget, comment pacing,
 * comment markers, and stopping cleanly when the forge's rate limit runs out.
 */
import { RateLimitStop, type Provider } from '../providers/provider.js';
import { applyChange, type ApplyContext } from './apply-change.js';
import { maxWrites, writesOf } from './budget.js';
import type { PreparedPlan } from './prepared.js';
import { outcomeWith, type ItemOutcome, type RuleOutcome } from './outcome.js';
import { Pacer, realClock, type Clock } from './pacer.js';

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

export class Executor {
  private readonly pacer: Pacer;
  private readonly writesAtStart: number;
  /** What a real run would have spent, so a dry run defers exactly the items a real run would. */
  private dryRunWrites = 0;
  /** Set once the forge says stop; every later plan is deferred. */
  stop: ExecutionStop | null = null;

  constructor(
    private readonly provider: Provider,
    private readonly options: ExecutorOptions,
  ) {
    this.pacer = new Pacer(options.commentsPerMinute, options.clock ?? realClock);
    this.writesAtStart = provider.requestCounts().writes;
  }

  /** Write requests this executor has made (retries included), or in a dry run would have made. */
  get writesUsed(): number {
    if (this.options.dryRun) return this.dryRunWrites;
    return this.provider.requestCounts().writes - this.writesAtStart;
  }

  /**
   * Applies a plan, or defers it whole when the rest of the budget cannot cover it (an item is never
   * left half-changed) or the run has been told to stop.
   */
  async apply(prepared: PreparedPlan): Promise<ItemOutcome> {
    const { plan } = prepared;
    if (this.stop || this.writesUsed + maxWrites(plan) > this.options.maxOperations) {
      return outcomeWith(plan, 'deferred');
    }
    const key = { type: plan.item.type, number: plan.item.number };
    const ctx: ApplyContext = {
      provider: this.provider,
      dryRun: this.options.dryRun,
      beforeContent: () => this.pacer.take(),
    };
    const rules: RuleOutcome[] = plan.rules.map((r) => ({
      rule: r.rule,
      changes: r.changes.map((change) => ({ change, status: 'not-attempted' })),
    }));
    for (const [ruleOutcome, index] of applicationOrder(rules)) {
      const { change } = ruleOutcome.changes[index];
      try {
        const outcome = await applyChange(ctx, key, change, prepared.comments.get(change));
        ruleOutcome.changes[index] = outcome;
        if (outcome.status === 'dry-run') this.dryRunWrites += writesOf(change);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof RateLimitStop) {
          // Not the item's fault: what is left of it waits for a later run, like the items after it.
          this.stop = { reason: 'rate-limit', message, resetAt: error.resetAt };
          for (const r of rules) {
            for (const c of r.changes) if (c.status === 'not-attempted') c.status = 'deferred';
          }
          return { item: plan.item, rules };
        }
        ruleOutcome.changes[index] = { change, status: 'failed', note: message };
        // The rest of this item's plan assumed this change happened; stop here, go on with the walk.
        return { item: plan.item, rules, error: `${ruleOutcome.rule}: ${change.kind} failed: ${message}` };
      }
    }
    return { item: plan.item, rules };
  }
}

/**
 * Comments go first, then every other change in plan order. A comment carries its rule's marker, so it
 * is safe to repeat; the other changes are what make a rule stop matching (`label: stale` ends
 * `labels: { none: [stale] }`). A run cut off after the label but before the comment would leave the
 * comment undone for good; cut off after the comment, the rerun still matches, finds the comment, and
 * finishes the label.
 */
function applicationOrder(rules: RuleOutcome[]): [RuleOutcome, number][] {
  const order: [RuleOutcome, number][] = [];
  for (const comments of [true, false]) {
    for (const rule of rules) {
      rule.changes.forEach((c, index) => {
        if ((c.change.kind === 'comment') === comments) order.push([rule, index]);
      });
    }
  }
  return order;
}

export type { ItemOutcome, RuleOutcome, ChangeOutcome, ChangeStatus } from './outcome.js';
export { itemFailed, outcomeWith } from './outcome.js';
export { commentMarker } from './apply-change.js';
export { maxWrites, writesOf } from './budget.js';
export { preparePlan, type PreparedPlan } from './prepared.js';
export { Pacer, realClock, type Clock } from './pacer.js';
