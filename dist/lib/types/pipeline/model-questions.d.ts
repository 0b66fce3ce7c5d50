/**
 * Puts the engine's model questions to the run's answerer and files the answers among the item's
 * facts: `classify` answers by rule id, `similar` answers by `among`. Without an answerer (a preview, a
 * run without `models:`), every question gets a failed answer: those conditions stay unknown.
 */
import type { ModelQuestion } from '../model/answers.js';
import type { Item, ItemFacts } from '../model/item.js';
import { type RuleSet } from '../model/rules.js';
import type { CandidateLister, ModelAnswerer } from '../models/answerer.js';
import { type SimilarBounds } from '../models/similar.js';
import type { Provider } from '../providers/provider.js';
export interface SimilarContext {
    list: CandidateLister;
    bounds: SimilarBounds;
}
/** What `similar` compares with: the provider's listing of `among`, and how far the rules look. */
export declare function similarContext(provider: Provider, rules: RuleSet): SimilarContext;
export declare function answerQuestions(item: Item, facts: ItemFacts, questions: readonly ModelQuestion[], answerer: ModelAnswerer | undefined, context: SimilarContext | undefined): Promise<void>;
