/**
 * Explains every rule for one item: fetches the item and every fact the rules could need (reads
 * only), then asks the engine why each rule does or does not fire.
 */
import { compileRules, explain, factsNeeded, type Explanation } from '../engine/index.js';
import type { RuleSet } from '../model/rules.js';
import type { Provider } from '../providers/provider.js';
import { forBackfill } from './rules.js';

export async function explainItem(
  provider: Provider,
  rules: RuleSet,
  number: number,
  now: Date,
): Promise<Explanation> {
  const item = provider.getItem ? await provider.getItem(number) : await findByWalking(provider, number);
  if (!item) throw new Error(`#${number} does not exist in ${provider.repository}`);
  // Every rule, whatever events it answers: the question is why a rule did or did not fire.
  const compiled = compileRules(forBackfill(rules));
  const wanted = factsNeeded(compiled).filter((name) => provider.capabilities.facts.has(name));
  const facts = { ...item.prefetched, ...(wanted.length > 0 ? await provider.facts(item, wanted) : {}) };
  return explain(item, facts, compiled, now);
}

async function findByWalking(provider: Provider, number: number) {
  for await (const item of provider.items({ state: 'all' })) if (item.number === number) return item;
  return null;
}
