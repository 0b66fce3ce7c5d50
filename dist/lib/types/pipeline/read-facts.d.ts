/**
 * Reads facts for one item from the provider. Sift's comments with their vetoes (`ruleComments`) need
 * the ids of the rules the `vetoed` conditions name, which `Provider.facts` does not take: they go to
 * `Provider.ruleComments` with those ids, the rest to `Provider.facts`.
 */
import type { FactName, ItemFacts } from '../model/item.js';
import type { ItemKey, Provider } from '../providers/provider.js';
export declare function readFacts(provider: Provider, key: ItemKey, names: readonly FactName[], vetoedRules: readonly string[]): Promise<ItemFacts>;
