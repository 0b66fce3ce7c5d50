/**
 * The executor applies plans: for real, or as a dry run that sends no write. It is the only layer
 * that writes, so every safety rule about writing lives here: the write budget, comment pacing,
 * comment markers, and stopping cleanly when the forge's rate limit runs out.
 */
import {
  ItemWriteError,
  RateLimitStop,
  type Provider,
  type Write,
  type WriteResult,
} from '../providers/provider.js';
import {
  applyChange,
  DUPLICATE_REMOVED,
  removeDuplicates,
  resolveComment,
  type ApplyContext,
  type PostedComment,
} from './apply-change.js';
import { maxWrites, writesOf } from './budget.js';
import type { PreparedPlan } from './prepared.js';
import { outcomeWith, type ItemOutcome, type RuleOutcome } from './outcome.js';
import { Pacer, realClock, type Clock } from './pacer.js';
import { stepsOf, type Step } from './steps.js';

/**
 * Write requests' worth of items applied together when the provider batches: enough to fill a few
 * batch requests, few enough that a stop or failure leaves little in flight.
 */
export const GROUP_WRITES = 50;

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
  async apply(
    prepared: PreparedPlan,
    posted?: (comment: PostedComment, undo: () => void) => void,
  ): Promise<ItemOutcome> {
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
      ...(r.command ? { command: r.command } : {}),
    }));
    for (const [ruleOutcome, index] of applicationOrder(rules)) {
      const { change } = ruleOutcome.changes[index];
      // A duplicate found later turns this comment's outcome into "another run posted it first".
      const later = posted && {
        ...ctx,
        posted: (comment: PostedComment) =>
          posted(comment, () => {
            if (change.kind === 'comment')
              ruleOutcome.changes[index] = { change, status: 'unchanged', note: DUPLICATE_REMOVED };
          }),
      };
      try {
        const outcome = await applyChange(later ?? ctx, key, change, prepared.comments.get(change));
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
        ruleOutcome.changes[index] = { change, status: 'failed', note: message, ...forgeRefusal(error) };
        // The rest of this item's plan assumed this change happened; stop here, go on with the walk.
        return { item: plan.item, rules, error: `${ruleOutcome.rule}: ${change.kind} failed: ${message}` };
      }
    }
    return { item: plan.item, rules };
  }

  /**
   * Applies the plans in order, reporting each outcome in plan order. When the provider batches
   * writes (and the run is real), the changes of several items go together, one write per item per
   * round, so each item still sees its changes in order and stops at its first failure; the budget
   * reserves each item's most writes until the requests really made are counted.
   */
  async applyAll(prepared: readonly PreparedPlan[], record: (outcome: ItemOutcome) => void): Promise<void> {
    if (this.options.dryRun || (!this.provider.applyBatch && !this.provider.findComments)) {
      for (const p of prepared) record(await this.apply(p));
      return;
    }
    if (!this.provider.applyBatch) return this.applyInGroups(prepared, record);
    let group: PreparedPlan[] = [];
    let reserved = 0;
    const flush = async () => {
      if (group.length > 0) for (const outcome of await this.applyGroup(group)) record(outcome);
      group = [];
      reserved = 0;
    };
    for (const p of prepared) {
      const cost = maxWrites(p.plan);
      if (this.writesUsed + reserved + cost > this.options.maxOperations) await flush();
      if (this.stop || this.writesUsed + cost > this.options.maxOperations) {
        await flush();
        record(outcomeWith(p.plan, 'deferred'));
        continue;
      }
      group.push(p);
      reserved += cost;
      if (reserved >= GROUP_WRITES) await flush();
    }
    await flush();
  }

  /**
   * One item at a time, as `apply`, but the check for another run's duplicate of each posted comment
   * is made once per group of items (about GROUP_WRITES writes) in one findComments, and the group's
   * outcomes are recorded after it. For a provider that looks many items up at once but writes one
   * request at a time (REST: one read of the repository's new comments instead of one per comment).
   */
  private async applyInGroups(
    prepared: readonly PreparedPlan[],
    record: (outcome: ItemOutcome) => void,
  ): Promise<void> {
    let outcomes: ItemOutcome[] = [];
    /** Each posted comment, its undo, and the index of its item's outcome. */
    let posted: { comment: PostedComment; undo: () => void; at: number }[] = [];
    let groupStart = this.writesUsed;
    const flush = async () => {
      try {
        const removed = await removeDuplicates(
          this.provider,
          posted.map((p) => p.comment),
        );
        posted.forEach((p, k) => removed[k] && p.undo());
      } catch (error) {
        // The comments are posted; a duplicate another run may have posted waits for a later look.
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof RateLimitStop) {
          this.stop ??= { reason: 'rate-limit', message, resetAt: error.resetAt };
        } else {
          for (const { at } of posted) {
            outcomes[at].error ??= `checking for another run's duplicate comment failed: ${message}`;
          }
        }
      }
      for (const outcome of outcomes) record(outcome);
      outcomes = [];
      posted = [];
      groupStart = this.writesUsed;
    };
    for (const p of prepared) {
      const at = outcomes.length;
      outcomes.push(await this.apply(p, (comment, undo) => posted.push({ comment, undo, at })));
      if (this.writesUsed - groupStart >= GROUP_WRITES) await flush();
    }
    await flush();
  }

  private async applyGroup(group: readonly PreparedPlan[]): Promise<ItemOutcome[]> {
    const cursors: Cursor[] = [];
    for (const { plan, comments } of group) {
      const key = { type: plan.item.type, number: plan.item.number };
      const rules: RuleOutcome[] = plan.rules.map((r) => ({
        rule: r.rule,
        changes: r.changes.map((change) => ({ change, status: 'not-attempted' })),
        ...(r.command ? { command: r.command } : {}),
      }));
      const resolved = new Map(comments);
      for (const r of plan.rules) {
        for (const change of r.changes) {
          if (change.kind === 'comment' && !resolved.has(change))
            resolved.set(change, await resolveComment(this.provider, key, change));
        }
      }
      cursors.push({ item: plan.item, rules, steps: stepsOf(key, rules, resolved), next: 0, failed: false });
    }
    for (;;) {
      const round: [Cursor, Step][] = [];
      for (const cursor of cursors) {
        const step = nextWrite(cursor);
        if (step) round.push([cursor, step]);
      }
      if (round.length === 0) break;
      for (const [, step] of round) if (step.write?.kind === 'createComment') await this.pacer.take();
      let results: WriteResult[];
      try {
        results = await this.sendBatch(round.map(([, step]) => step.write as Write));
      } catch (error) {
        if (!(error instanceof RateLimitStop)) throw error;
        // Not the items' fault: what is left of them waits for a later run.
        this.stop = { reason: 'rate-limit', message: error.message, resetAt: error.resetAt };
        for (const cursor of cursors) {
          for (const r of cursor.rules)
            for (const c of r.changes) if (c.status === 'not-attempted') c.status = 'deferred';
        }
        return cursors.map(outcomeOf);
      }
      round.forEach(([cursor, step], k) => {
        const result = results[k];
        cursor.next++;
        if (result.ok) {
          if (!step.last) return;
          // A branch the forge kept is reported with its reason; the item goes on.
          step.rule.changes[step.index] =
            result.note === undefined
              ? step.outcome
              : { ...step.outcome, status: result.kept ? 'unchanged' : 'applied', note: result.note };
          return;
        }
        const { change } = step.rule.changes[step.index];
        const message = result.error.message;
        step.rule.changes[step.index] = {
          change,
          status: 'failed',
          note: message,
          ...forgeRefusal(result.error),
        };
        // The rest of this item's plan assumed this change happened; it stops here.
        cursor.failed = true;
        cursor.error = `${step.rule.rule}: ${change.kind} failed: ${message}`;
      });
      await this.removeDuplicates(round, results);
    }
    return cursors.map(outcomeOf);
  }

  /**
   * The comments this round posted, through the one duplicate rule (removeDuplicates, as a one-by-one
   * run): a comment another run posted first in the same cycle wins and ours is deleted. The look
   * after posting is one request for the whole round where the provider allows it.
   */
  private async removeDuplicates(round: [Cursor, Step][], results: WriteResult[]): Promise<void> {
    const created = round.flatMap(([, step], k): (PostedComment & { step: Step })[] => {
      const result = results[k];
      const { change } = step.rule.changes[step.index];
      if (
        !result.ok ||
        !result.createdId ||
        step.write?.kind !== 'createComment' ||
        change.kind !== 'comment'
      )
        return [];
      return [{ step, change, item: step.write.item, id: result.createdId }];
    });
    const removed = await removeDuplicates(this.provider, created);
    for (const [k, { step, change }] of created.entries()) {
      if (removed[k])
        step.rule.changes[step.index] = { change, status: 'unchanged', note: DUPLICATE_REMOVED };
    }
  }

  /** One batch; an unexpected rejection fails its writes (the provider promises only RateLimitStop). */
  private async sendBatch(writes: Write[]): Promise<WriteResult[]> {
    const applyBatch = this.provider.applyBatch?.bind(this.provider);
    if (!applyBatch) throw new Error('the provider does not batch writes');
    try {
      return await applyBatch(writes);
    } catch (error) {
      if (error instanceof RateLimitStop) throw error;
      const failure = error instanceof Error ? error : new Error(String(error));
      return writes.map((write) => ({ write, ok: false, error: failure }));
    }
  }
}

/** An item's progress through its steps in a batched run. */
interface Cursor {
  item: ItemOutcome['item'];
  rules: RuleOutcome[];
  steps: Step[];
  next: number;
  failed: boolean;
  error?: string;
}

/** Settles the steps that need no request, and returns the item's next write, if any. */
function nextWrite(cursor: Cursor): Step | null {
  if (cursor.failed) return null;
  while (cursor.next < cursor.steps.length) {
    const step = cursor.steps[cursor.next];
    if (step.write) return step;
    step.rule.changes[step.index] = step.outcome;
    cursor.next++;
  }
  return null;
}

function outcomeOf(cursor: Cursor): ItemOutcome {
  return cursor.error === undefined
    ? { item: cursor.item, rules: cursor.rules }
    : { item: cursor.item, rules: cursor.rules, error: cursor.error };
}

/**
 * Comments go first, then every other change in plan order. A comment carries its rule's marker, so it
 * is safe to repeat; the other changes are what make a rule stop matching (`label: stale` ends
 * `labels: { none: [stale] }`). A run cut off after the label but before the comment would leave the
 * comment undone for good; cut off after the comment, the rerun still matches, finds the comment, and
 * finishes the label.
 */
/** Marks a failure the forge gave for what the change names (a 4xx but 401, 403, 429). */
function forgeRefusal(error: unknown): { refusedByForge?: true } {
  const status = error instanceof ItemWriteError ? error.status : undefined;
  const named = status !== undefined && status >= 400 && status < 500 && ![401, 403, 429].includes(status);
  return named ? { refusedByForge: true } : {};
}

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
