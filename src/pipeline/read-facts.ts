/**
 * Reads facts for one item from the provider. Sift's comments with their vetoes (`ruleComments`) need
 * the ids of the rules the `vetoed` conditions name, which `Provider.facts` does not take: they go to
 * `Provider.ruleComments` with those ids, the rest to `Provider.facts`.
 */
import type { FactName, ItemFacts } from '../model/item.js';
import type { ItemKey, Provider } from '../providers/provider.js';

export async function readFacts(
  provider: Provider,
  key: ItemKey,
  names: readonly FactName[],
  vetoedRules: readonly string[],
): Promise<ItemFacts> {
  const plain = names.filter((name) => name !== 'ruleComments');
  const facts: ItemFacts = plain.length > 0 ? await provider.facts(key, plain) : {};
  if (names.includes('ruleComments')) {
    if (!provider.ruleComments) {
      throw new Error(`the ${provider.capabilities.name} provider cannot read reactions to Sift's comments`);
    }
    facts.ruleComments = await provider.ruleComments(key, vetoedRules);
  }
  return facts;
}
