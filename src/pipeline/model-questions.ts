/**
 * Puts the engine's model questions to the run's answerer and files the answers among the item's
 * facts: `classify` answers by rule id, `similar` answers by `among`. Without an answerer (a preview, a
 * run without `models:`), every question gets a failed answer: those conditions stay unknown.
 */
import type { ModelQuestion, SimilarSpec } from '../model/answers.js';
import type { Item, ItemFacts } from '../model/item.js';
import { similarSpecs, type RuleSet } from '../model/rules.js';
import type {
  CandidateLister,
  ClassifyQuestion,
  ModelAnswerer,
  SimilarQuestion,
} from '../models/answerer.js';
import { similarBounds, type SimilarBounds } from '../models/similar.js';
import type { Provider } from '../providers/provider.js';

const NOT_ASKED = 'no model is asked in this run';

export interface SimilarContext {
  list: CandidateLister;
  bounds: SimilarBounds;
}

/** What `similar` compares with: the provider's listing of `among`, and how far the rules look. */
export function similarContext(provider: Provider, rules: RuleSet): SimilarContext {
  const specs: SimilarSpec[] = [];
  for (const rule of rules.rules) similarSpecs([...rule.when, ...(rule.check?.require ?? [])], specs);
  return { list: (among) => provider.items({ state: among }), bounds: similarBounds(specs) };
}

export async function answerQuestions(
  item: Item,
  facts: ItemFacts,
  questions: readonly ModelQuestion[],
  answerer: ModelAnswerer | undefined,
  context: SimilarContext | undefined,
): Promise<void> {
  const classify = questions.filter((q): q is ClassifyQuestion => q.kind === 'classify');
  const similar = questions.filter((q): q is SimilarQuestion => q.kind === 'similar');
  if (classify.length > 0) {
    const answers = answerer
      ? await answerer.answer(item, classify)
      : Object.fromEntries(
          classify.map((q) => [q.spec.key, { status: 'failed' as const, reason: NOT_ASKED }]),
        );
    facts.answers = { ...facts.answers, ...answers };
  }
  if (similar.length > 0) {
    const answers =
      answerer && context
        ? await answerer.similar(item, similar, context.list, context.bounds)
        : Object.fromEntries(
            similar.map((q) => [q.spec.among, { status: 'failed' as const, reason: NOT_ASKED }]),
          );
    facts.similar = { ...facts.similar, ...answers };
  }
}
