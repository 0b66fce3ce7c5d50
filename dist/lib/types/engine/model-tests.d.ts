/**
 * Conditions a model answers (`classify`, and `similar` from embeddings). The answer is a fact read before the engine evaluates,
 * like an item's timeline: the engine only reads `facts.answers`, so it stays pure and a policy test
 * can pin the answer. An answer that is missing asks for the fact `answers`; one that failed or was
 * deferred (no call left this run) leaves the condition unknown for good: the rule does not fire.
 */
import type { ClassifySpec, ModelAnswer, SimilarAmong, SimilarAnswer, SimilarCandidate, SimilarSpec } from '../model/answers.js';
import type { FactName } from '../model/item.js';
import type { Condition, Rule } from '../model/rules.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
export type ModelCondition = Extract<Condition, {
    kind: 'classify' | 'similar';
}>;
/** A label (or issue type) that is the model's choice. */
export declare const CLASSIFIED = "{{classified}}";
export interface ModelTest {
    test: (p: Projection) => Truth;
    facts: readonly FactName[];
    cost: number;
    missing: (p: Projection, out: Set<FactName>) => void;
}
export declare function modelTest(cond: ModelCondition): ModelTest;
export declare function similarOf(p: Projection, among: SimilarAmong): SimilarAnswer | undefined;
/** The candidates this condition counts: at least `min`, best first, at most `limit`. */
export declare function similarCandidates(spec: SimilarSpec, answer: SimilarAnswer | undefined): SimilarCandidate[];
/** Holds when at least one item of `among` is `min` similar; unknown without an answer. */
export declare function similarHolds(spec: SimilarSpec, answer: SimilarAnswer | undefined): Truth;
/** `#12 0.95, #7 0.91 (item's embedding from the cache)`, or why there is no answer. */
export declare function describeSimilar(spec: SimilarSpec, answer: SimilarAnswer | undefined): string;
/** `{{similar}}`: the rule's candidates as links with scores; `{{similar_top}}`: the best as `#N`. */
export declare function similarValues(p: Projection, spec: SimilarSpec | undefined): {
    similar: string;
    similar_top: string;
};
export declare function answerOf(p: Projection, key: string): ModelAnswer | undefined;
/** Holds when the model chose one of `into` with confidence in [min, max). */
export declare function classifyHolds(spec: ClassifySpec, answer: ModelAnswer | undefined): Truth;
/** `kind/bug (confidence 0.92, from the cache)`, or why there is no answer. */
export declare function describeAnswer(answer: ModelAnswer | undefined): string;
export declare function formatConfidence(confidence: number): string;
/** The value of `{{classified}}` for a rule: its answer's choice, or empty. */
export declare function classifiedOf(p: Projection, ruleId: string): {
    classified: string;
    confidence: string;
};
/** The rule labels (or types) the item with the model's choice, and has no answer yet. */
export declare function awaitsChoice(rule: Rule, p: Projection): boolean;
