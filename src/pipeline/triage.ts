/**
 * The pipeline every entry point runs: walk the provider's items, let the engine plan, let the
 * executor apply. Nothing here knows which forge or runtime it is in.
 */
import { compileRules, factsNeeded, planItem } from '../engine/index.js';
import { Executor, type ItemOutcome } from '../executor/index.js';
import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import type { Provider } from '../providers/provider.js';
import type { TriageResult } from '../report/result.js';
import { scopeOf } from './scope.js';

export interface TriageOptions {
  provider: Provider;
  rules: RuleSet;
  /** The instant every time condition is measured from; one value for the whole run. */
  now: Date;
  dryRun: boolean;
  /** Called for each item handled, as it happens, for logs. */
  onOutcome?: (outcome: ItemOutcome) => void;
}

export async function triage(options: TriageOptions): Promise<TriageResult> {
  const { provider, rules, now, dryRun } = options;
  const compiled = compileRules(rules);
  const query = { ...scopeOf(rules), prefetch: factsNeeded(compiled) };
  const executor = new Executor(provider, query, { dryRun });
  const outcomes: ItemOutcome[] = [];
  const record = (outcome: ItemOutcome | null) => {
    if (!outcome) return;
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };

  let walked = 0;
  for await (const item of provider.items(query)) {
    walked++;
    let plan;
    try {
      plan = await planFor(provider, item, compiled, now);
    } catch (error) {
      record(readFailure(item, error));
      continue;
    }
    if (plan) record(await executor.submit(plan));
  }
  for await (const outcome of executor.drain()) record(outcome);

  return {
    repository: provider.repository,
    rulesFile: rules.file,
    dryRun,
    ruleIds: rules.rules.map((r) => r.id),
    walked,
    outcomes,
    requests: provider.requestCounts(),
  };
}

/** Plans one item, fetching the facts the engine asks for (once each) only when it asks. */
async function planFor(provider: Provider, item: Item, compiled: ReturnType<typeof compileRules>, now: Date) {
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
