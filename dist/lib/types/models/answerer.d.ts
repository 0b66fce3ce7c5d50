/**
 * Answers the rules' questions about one item at a time, for the pipeline: from the cache when the
 * same question was asked of the same text before, else with a call, within the run's `max-calls`.
 * It never throws: every failure becomes a `failed` answer (the condition stays unknown, the rule does
 * not fire, the report says why) and the run goes on. After a daily rate limit, a retired model or a
 * refusal, later questions are not sent: they would fail the same way.
 */
import type { ModelAnswer, ModelAnswers, ModelQuestion, ModelSettings } from '../model/answers.js';
import type { Item } from '../model/item.js';
import type { ItemRef } from '../model/plan.js';
import { type AnswerCache } from './cache.js';
import { type ModelClient, type ModelFailureKind } from './client.js';
/** What the pipeline needs of an answerer. */
export interface ModelAnswerer {
    answer(item: Item, questions: readonly ModelQuestion[]): Promise<ModelAnswers>;
    report(): ModelReport;
}
export interface AnswerRecord {
    item: ItemRef;
    rule: string;
    answer: ModelAnswer;
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
    constructor(settings: ModelSettings, client: ModelClient, cache: AnswerCache, endpointName: string);
    answer(item: Item, questions: readonly ModelQuestion[]): Promise<ModelAnswers>;
    private ask;
    private fail;
    private count;
    report(): ModelReport;
}
