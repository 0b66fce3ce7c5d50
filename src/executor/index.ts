/**
 * The executor applies plans: for real, or as a dry run that sends no write. It is the only layer
 * that writes, so every safety rule about writing lives here.
 */
import type { ItemPlan } from '../model/plan.js';
import type { ItemQuery, Provider } from '../providers/provider.js';
import { applyChange } from './apply-change.js';
import type { ItemOutcome, RuleOutcome } from './outcome.js';

export interface ExecutorOptions {
  dryRun: boolean;
}

export class Executor {
  private readonly deferred: ItemPlan[] = [];

  constructor(
    private readonly provider: Provider,
    private readonly query: ItemQuery,
    private readonly options: ExecutorOptions,
  ) {}

  /**
   * Applies a plan now, or holds it until the walk ends when it would move the item out of (or into)
   * the listing being walked: on a forge that pages by number, closing an item mid-walk shifts every
   * later item one place forward, and the walk would skip one (the bug actions/stale has).
   */
  async submit(plan: ItemPlan): Promise<ItemOutcome | null> {
    if (this.changesListing(plan)) {
      this.deferred.push(plan);
      return null;
    }
    return this.apply(plan);
  }

  /** Applies the plans held back during the walk. Call once the walk is over. */
  async *drain(): AsyncGenerator<ItemOutcome> {
    while (this.deferred.length > 0) yield await this.apply(this.deferred.shift()!);
  }

  async apply(plan: ItemPlan): Promise<ItemOutcome> {
    const key = { type: plan.item.type, number: plan.item.number };
    const rules: RuleOutcome[] = plan.rules.map((r) => ({
      rule: r.rule,
      changes: r.changes.map((change) => ({ change, status: 'not-attempted' })),
    }));
    for (const ruleOutcome of rules) {
      for (const [index, { change }] of ruleOutcome.changes.entries()) {
        try {
          ruleOutcome.changes[index] = await applyChange(this.provider, key, change, this.options.dryRun);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          ruleOutcome.changes[index] = { change, status: 'failed', note: message };
          // The rest of this item's plan assumed this change happened; stop here, go on with the walk.
          return { item: plan.item, rules, error: `${ruleOutcome.rule}: ${change.kind} failed: ${message}` };
        }
      }
    }
    return { item: plan.item, rules };
  }

  private changesListing(plan: ItemPlan): boolean {
    if (this.query.state === 'all') return false;
    const leaving = this.query.state === 'open' ? 'close' : 'reopen';
    return plan.rules.some((r) => r.changes.some((c) => c.kind === leaving));
  }
}

export type { ItemOutcome, RuleOutcome, ChangeOutcome, ChangeStatus } from './outcome.js';
export { itemFailed } from './outcome.js';
export { commentMarker } from './apply-change.js';
