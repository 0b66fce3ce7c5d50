/**
 * Answers the rules' questions about one item at a time, for the pipeline: from the cache when the
 * same question was asked of the same text before, else with a call, within the run's `max-calls`.
 * It never throws: every failure becomes a `failed` answer (the condition stays unknown, the rule does
 * not fire, the report says why) and the run goes on. After a daily rate limit, a retired model or a
 * refusal, later questions are not sent: they would fail the same way.
 */
import type { ModelAnswer, ModelAnswers, ModelQuestion, ModelSettings, SimilarAmong, SimilarAnswer, SimilarAnswers } from '../model/answers.js';
import type { Item } from '../model/item.js';
import type { ItemRef } from '../model/plan.js';
import { type AnswerCache } from './cache.js';
import { type ModelClient, type ModelFailureKind } from './client.js';
import { type SimilarBounds } from './similar.js';
/** Lists the items `similar` compares with (the provider's listing, for the pipeline). */
export type CandidateLister = (among: SimilarAmong) => AsyncIterable<Item>;
/** What the pipeline needs of an answerer. */
export interface ModelAnswerer {
    /** Answers `classify` questions, by rule id. */
    answer(item: Item, questions: readonly ClassifyQuestion[]): Promise<ModelAnswers>;
    /**
     * The items similar to this one for each `among` the questions name, within `bounds` (the rules'
     * loosest `min` and largest `limit`). The first question of an `among` embeds its whole candidate
     * set (from `list`, once a run); later ones only compare.
     */
    similar(item: Item, questions: readonly SimilarQuestion[], list: CandidateLister, bounds: SimilarBounds): Promise<SimilarAnswers>;
    report(): ModelReport;
}
export type ClassifyQuestion = Extract<ModelQuestion, {
    kind: 'classify';
}>;
export type SimilarQuestion = Extract<ModelQuestion, {
    kind: 'similar';
}>;
export interface AnswerRecord {
    item: ItemRef;
    rule: string;
    /** A `classify` answer, or for `similar` the candidates this rule counts. */
    answer: ModelAnswer | SimilarAnswer;
}
/** What `similar` cost this run. */
export interface EmbeddingReport {
    model: string;
    /** Embeddings calls (each with up to 100 texts; counted in `calls` too). */
    calls: number;
    /** Texts embedded by those calls. */
    embedded: number;
    /** Items whose embedding came from the cache, at no call. */
    cached: number;
}
/** The run's model use, for the summary, the plan output and `explain`. */
export interface ModelReport {
    endpoint: string;
    model: string;
    maxCalls: number;
    /** Questions sent to the endpoint (retries not counted). */
    calls: number;
    /** Questions answered from the cache, at no call. */
    cached: number;
    /** Questions left for a later run: max-calls spent, or the endpoint's rate limit reached. */
    deferred: number;
    /** Failed questions by kind (413, 429, 410, 5xx, timeout, malformed, refused, network). */
    failures: Partial<Record<ModelFailureKind, number>>;
    /** Every answer, in the order asked. */
    answers: AnswerRecord[];
    /** Present when a rule asked `similar`. */
    embeddings?: EmbeddingReport;
}
export declare class ModelAnswerService implements ModelAnswerer {
    private readonly settings;
    private readonly client;
    private readonly cache;
    private readonly endpointName;
    private calls;
    private cachedCount;
    private deferred;
    private readonly failures;
    private readonly records;
    /** Set once asking more is pointless this run. */
    private halted;
    private readonly corpora;
    private embedding;
    /** Embedding keys computed by a call of this run (not from the cache). */
    private readonly embeddedNow;
    constructor(settings: ModelSettings, client: ModelClient, cache: AnswerCache, endpointName: string);
    answer(item: Item, questions: readonly ClassifyQuestion[]): Promise<ModelAnswers>;
    similar(item: Item, questions: readonly SimilarQuestion[], list: CandidateLister, bounds: SimilarBounds): Promise<SimilarAnswers>;
    private similarAmong;
    /** Every candidate's embedding: from the cache, or in batched calls within max-calls. */
    private embedCorpus;
    /** The item's own embedding (usually in the corpus already, so from the cache). */
    private embedOne;
    /** One embeddings call, counted against max-calls; its vectors go into the cache. */
    private embedBatch;
    private embeddingKey;
    private embeddingReport;
    private ask;
    private fail;
    private count;
    report(): ModelReport;
}
