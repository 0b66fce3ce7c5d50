/**
 * What a model answered, as facts the engine reads. A model never decides anything itself: its answer
 * is a fact read before the engine evaluates (like an item's timeline), so the engine stays pure and a
 * policy test can pin the answer.
 */
/** Settings of the rules file's `models:` section. */
export interface ModelSettings {
    /** `github` (GitHub Models) or the base URL of an OpenAI-compatible API. */
    endpoint: string;
    /** Chat model for `classify`, e.g. `openai/gpt-4.1-mini`. */
    model: string;
    /** Embeddings model for `similar`. */
    embeddingModel: string;
    /** Model calls one run may make; questions beyond wait for the next run. */
    maxCalls: number;
    /** The item's text is cut to about this many tokens before it is sent. */
    maxInputTokens: number;
    /** Per call, in ms. */
    timeoutMs: number;
}
export declare const MODEL_DEFAULTS: {
    readonly endpoint: "github";
    readonly model: "openai/gpt-4.1-mini";
    readonly embeddingModel: "openai/text-embedding-3-small";
    readonly maxCalls: 50;
    readonly maxInputTokens: 6000;
    readonly timeoutMs: 30000;
};
/** One `classify` condition: the question a rule asks about an item. */
export interface ClassifySpec {
    /** Which answer in `ItemFacts.answers` is this condition's: the id of the rule it is in. */
    key: string;
    /** The only answers the model may give. */
    into: string[];
    /** What each choice means, for the model. */
    guide: string;
    /** Holds from this confidence up (0..1). */
    minConfidence: number;
    /** Holds below this confidence, when given (so a second rule can suggest instead of apply). */
    maxConfidence?: number;
}
/**
 * A model's answer to one rule's question:
 * - `answered`: the model chose `choice` (null: none of `into`, or an answer outside it) with
 *   `confidence`; `cached` when it came from the answer cache and cost no call;
 * - `failed`: no usable answer (413, 429, 410, 5xx, timeout, malformed): the condition is unknown;
 * - `deferred`: the run's `max-calls` were spent; asked on the next run.
 */
export type ModelAnswer = {
    status: 'answered';
    choice: string | null;
    confidence: number;
    cached: boolean;
} | {
    status: 'failed';
    reason: string;
} | {
    status: 'deferred';
};
/** Answers by question key (the rule's id). */
export type ModelAnswers = Record<string, ModelAnswer>;
/** Which items a `similar` condition compares the item with (always of the item's own type). */
export type SimilarAmong = 'open' | 'closed' | 'all';
/** One `similar` condition: holds when at least one item of `among` scores `min` or more. */
export interface SimilarSpec {
    /** The id of the rule it is in (for reports and `sift test` messages). */
    key: string;
    /** Cosine similarity of the embeddings, 0 to 1. */
    min: number;
    among: SimilarAmong;
    /** At most this many candidates, best first, count and are listed by `{{similar}}`. */
    limit: number;
}
/** An item found similar: its number, its score and (from a forge) its address and title. */
export interface SimilarCandidate {
    number: number;
    score: number;
    url?: string;
    title?: string;
}
/**
 * The items most similar to this one among `among`, best first, as far as the run's rules look (at
 * least their lowest `min`, at most their highest `limit`): each `similar` condition takes its share.
 * `cached`: the item's own embedding came from the cache (no call for it). Failed and deferred as for
 * a `classify` answer: the condition is unknown.
 */
export type SimilarAnswer = {
    status: 'answered';
    candidates: SimilarCandidate[];
    cached: boolean;
} | {
    status: 'failed';
    reason: string;
} | {
    status: 'deferred';
};
/** Similar items by `among`. */
export type SimilarAnswers = Partial<Record<SimilarAmong, SimilarAnswer>>;
/** A question the engine needs answered before it can decide an item. */
export type ModelQuestion = {
    kind: 'classify';
    spec: ClassifySpec;
} | {
    kind: 'similar';
    spec: SimilarSpec;
};
