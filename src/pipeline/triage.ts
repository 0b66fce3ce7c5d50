/**
 * The pipeline every entry point runs: walk the provider's items and let the engine plan (reads
 * only), check the whole plan against the circuit breaker, then let the executor apply it under the
 * write budget. Nothing here knows which forge or runtime it is in.
 */
import { compileRules, factsNeeded, planItem, type CompiledRules } from '../engine/index.js';
import {
  Executor,
  outcomeWith,
  preparePlan,
  type Clock,
  type ItemOutcome,
  type PreparedPlan,
} from '../executor/index.js';
import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ItemPlan } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import { RateLimitStop, type Provider } from '../providers/provider.js';
import { deferredBacklog, type RunStop, type TriageResult } from '../report/result.js';
import { scopeOf } from './scope.js';
import { SAFETY_DEFAULTS, tripsBreaker, type SafetyLimits } from './safety.js';

export interface TriageOptions extends Partial<SafetyLimits> {
  provider: Provider;
  rules: RuleSet;
  /** The instant every time condition is measured from; one value for the whole run. */
  now: Date;
  dryRun: boolean;
  /** Called for each item handled, as it happens, for logs. */
  onOutcome?: (outcome: ItemOutcome) => void;
  /** Clock for comment pacing; tests pass a fake one. */
  clock?: Clock;
}

export async function triage(options: TriageOptions): Promise<TriageResult> {
  const { provider, rules, now, dryRun } = options;
  const limits: SafetyLimits = {
    maxOperations: options.maxOperations ?? SAFETY_DEFAULTS.maxOperations,
    maxChangeRatio: options.maxChangeRatio ?? SAFETY_DEFAULTS.maxChangeRatio,
    commentsPerMinute: options.commentsPerMinute ?? SAFETY_DEFAULTS.commentsPerMinute,
  };
  const compiled = compileRules(rules);
  const outcomes: ItemOutcome[] = [];
  const record = (outcome: ItemOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };

  // Phase 1: walk and plan. Reads only, so a run stopped here has changed nothing.
  const prepared: PreparedPlan[] = [];
  let walked = 0;
  let stop: RunStop | undefined;
  try {
    for await (const item of provider.items({ ...scopeOf(rules), prefetch: factsNeeded(compiled) })) {
      walked++;
      try {
        const plan = await planFor(provider, item, compiled, now);
        if (plan) prepared.push(await preparePlan(provider, plan));
      } catch (error) {
        if (error instanceof RateLimitStop) throw error;
        record(readFailure(item, error));
      }
    }
  } catch (error) {
    if (!(error instanceof RateLimitStop)) throw error;
    stop = { reason: 'rate-limit', message: error.message, resetAt: error.resetAt?.toISOString() };
  }
  const effective = prepared.filter((p) => p.effective);

  // Phase 2: the circuit breaker looks at the whole plan before the first write.
  if (!stop && tripsBreaker(effective.length, walked, limits.maxChangeRatio)) {
    stop = {
      reason: 'circuit-breaker',
      message:
        `the rules would change ${effective.length} of the ${walked} items walked, more than ` +
        `max-change-ratio ${limits.maxChangeRatio} allows; nothing was changed. If this is intended, ` +
        `raise max-change-ratio for one run.`,
    };
  }

  // Phase 3: apply, within the write budget.
  if (stop) {
    const status = stop.reason === 'circuit-breaker' ? 'blocked' : 'deferred';
    for (const p of prepared) record(outcomeWith(p.plan, status));
  } else {
    const executor = new Executor(provider, {
      dryRun,
      maxOperations: limits.maxOperations,
      commentsPerMinute: limits.commentsPerMinute,
      clock: options.clock,
    });
    for (const p of prepared) record(await executor.apply(p));
    if (executor.stop) stop = { ...executor.stop, resetAt: executor.stop.resetAt?.toISOString() };
  }

  const backlog = deferredBacklog(outcomes, limits.maxOperations);
  if (!stop && backlog.items > 0) {
    stop = {
      reason: 'budget',
      message:
        `the write budget (max-operations ${limits.maxOperations}) ran out: ${backlog.items} items are left ` +
        `for later runs (about ${backlog.runsNeeded} more).`,
    };
  }

  return {
    repository: provider.repository,
    rulesFile: rules.file,
    dryRun,
    ruleIds: rules.rules.map((r) => r.id),
    walked,
    outcomes,
    requests: provider.requestCounts(),
    deferred: backlog,
    ...(stop ? { stop } : {}),
  };
}

/** Plans one item, fetching the facts the engine asks for (once each) only when it asks. */
async function planFor(
  provider: Provider,
  item: Item,
  compiled: CompiledRules,
  now: Date,
): Promise<ItemPlan | null> {
  const facts: ItemFacts = { ...item.prefetched };
  const fetched = new Set(Object.keys(facts) as FactName[]);
  for (;;) {
    const evaluation = planItem(item, facts, compiled, now);
    if (evaluation.kind === 'plan') return evaluation.plan;
    const missing = evaluation.facts.filter((name) => !fetched.has(name));
    if (missing.length === 0) {
      throw new Error(`${provider.capabilities.name} did not provide ${evaluation.facts.join(', ')}`);
    }
    missing.forEach((name) => fetched.add(name));
    Object.assign(facts, await provider.facts({ type: item.type, number: item.number }, missing));
  }
}

function readFailure(item: Item, error: unknown): ItemOutcome {
  return {
    item: { type: item.type, number: item.number, title: item.title, url: item.url },
    rules: [],
    error: `could not read what the rules need: ${error instanceof Error ? error.message : String(error)}`,
  };
}
