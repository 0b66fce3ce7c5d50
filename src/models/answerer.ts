/**
 * Answers the rules' questions about one item at a time, for the pipeline: from the cache when the
 * same question was asked of the same text before, else with a call, within the run's `max-calls`.
 * It never throws: every failure becomes a `failed` answer (the condition stays unknown, the rule does
 * not fire, the report says why) and the run goes on. After a daily rate limit, a retired model or a
 * refusal, later questions are not sent: they would fail the same way.
 */
import type {
  ModelAnswer,
  ModelAnswers,
  ModelQuestion,
  ModelSettings,
  SimilarAmong,
  SimilarAnswer,
  SimilarAnswers,
} from '../model/answers.js';
import { similarCandidates } from '../engine/model-tests.js';
import type { Item } from '../model/item.js';
import type { ItemRef } from '../model/plan.js';
import { answerKey, type AnswerCache } from './cache.js';
import { classifyRequest, itemText, readClassifyAnswer } from './classify.js';
import { ModelError, type ModelClient, type ModelFailureKind } from './client.js';
import {
  batchesOf,
  embedText,
  nearest,
  unitVector,
  type EmbeddedItem,
  type SimilarBounds,
} from './similar.js';

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
  similar(
    item: Item,
    questions: readonly SimilarQuestion[],
    list: CandidateLister,
    bounds: SimilarBounds,
  ): Promise<SimilarAnswers>;
  report(): ModelReport;
}

export type ClassifyQuestion = Extract<ModelQuestion, { kind: 'classify' }>;
export type SimilarQuestion = Extract<ModelQuestion, { kind: 'similar' }>;

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

/** A set of candidates embedded for one `among`, or why it could not be. */
type Corpus =
  { status: 'ready'; items: EmbeddedItem[] } | { status: 'failed'; reason: string } | { status: 'deferred' };

export class ModelAnswerService implements ModelAnswerer {
  private calls = 0;
  private cachedCount = 0;
  private deferred = 0;
  private readonly failures: Partial<Record<ModelFailureKind, number>> = {};
  private readonly records: AnswerRecord[] = [];
  /** Set once asking more is pointless this run. */
  private halted: { answer: ModelAnswer; kind?: ModelFailureKind } | undefined;
  private readonly corpora = new Map<SimilarAmong, Promise<Corpus>>();
  private embedding: EmbeddingReport | undefined;
  /** Embedding keys computed by a call of this run (not from the cache). */
  private readonly embeddedNow = new Set<string>();

  constructor(
    private readonly settings: ModelSettings,
    private readonly client: ModelClient,
    private readonly cache: AnswerCache,
    private readonly endpointName: string,
  ) {}

  async answer(item: Item, questions: readonly ClassifyQuestion[]): Promise<ModelAnswers> {
    const out: ModelAnswers = {};
    for (const question of questions) {
      const answer = await this.ask(item, question);
      out[question.spec.key] = answer;
      this.records.push({ item: refOf(item), rule: question.spec.key, answer });
    }
    return out;
  }

  async similar(
    item: Item,
    questions: readonly SimilarQuestion[],
    list: CandidateLister,
    bounds: SimilarBounds,
  ): Promise<SimilarAnswers> {
    const out: SimilarAnswers = {};
    for (const among of new Set(questions.map((q) => q.spec.among))) {
      out[among] = await this.similarAmong(item, among, list, bounds[among] ?? { min: 0, limit: 1 });
    }
    for (const { spec } of questions) {
      const answer = out[spec.among]!;
      const counted =
        answer.status === 'answered' ? { ...answer, candidates: similarCandidates(spec, answer) } : answer;
      this.records.push({ item: refOf(item), rule: spec.key, answer: counted });
    }
    return out;
  }

  private async similarAmong(
    item: Item,
    among: SimilarAmong,
    list: CandidateLister,
    bound: { min: number; limit: number },
  ): Promise<SimilarAnswer> {
    let corpus = this.corpora.get(among);
    if (corpus === undefined) {
      corpus = this.embedCorpus(among, list);
      this.corpora.set(among, corpus);
    }
    const ready = await corpus;
    if (ready.status !== 'ready') return ready;
    const own = await this.embedOne(item);
    if (!('vector' in own)) return own;
    return {
      status: 'answered',
      candidates: nearest(item, unitVector(own.vector), ready.items, bound),
      cached: own.cached,
    };
  }

  /** Every candidate's embedding: from the cache, or in batched calls within max-calls. */
  private async embedCorpus(among: SimilarAmong, list: CandidateLister): Promise<Corpus> {
    const entries: { item: Item; text: string; key: string }[] = [];
    for await (const candidate of list(among)) {
      if (candidate.type === 'discussion') continue;
      const text = embedText(candidate, this.settings.maxInputTokens);
      entries.push({ item: candidate, text, key: await this.embeddingKey(text) });
    }
    const vectors = new Map<string, Float32Array>();
    const missing: typeof entries = [];
    const report = this.embeddingReport();
    for (const entry of entries) {
      const vector = vectors.get(entry.key) ?? this.cache.getEmbedding(entry.key);
      if (vector === undefined) {
        if (!missing.some((m) => m.key === entry.key)) missing.push(entry);
      } else {
        if (!vectors.has(entry.key) && !this.embeddedNow.has(entry.key)) report.cached++;
        vectors.set(entry.key, vector);
      }
    }
    for (const batch of batchesOf(missing)) {
      const result = await this.embedBatch(batch.map((b) => b.text));
      if (!Array.isArray(result)) return result;
      batch.forEach((entry, i) => vectors.set(entry.key, result[i]));
    }
    const items = entries.map(({ item, key }) => ({
      type: item.type,
      number: item.number,
      title: item.title,
      url: item.url,
      openedAt: Date.parse(item.createdAt),
      unit: unitVector(vectors.get(key)!),
    }));
    return { status: 'ready', items };
  }

  /** The item's own embedding (usually in the corpus already, so from the cache). */
  private async embedOne(
    item: Item,
  ): Promise<{ vector: Float32Array; cached: boolean } | Exclude<SimilarAnswer, { status: 'answered' }>> {
    const text = embedText(item, this.settings.maxInputTokens);
    const key = await this.embeddingKey(text);
    const known = this.cache.getEmbedding(key);
    if (known !== undefined) return { vector: known, cached: !this.embeddedNow.has(key) };
    const result = await this.embedBatch([text]);
    if (!Array.isArray(result)) return result;
    return { vector: result[0], cached: false };
  }

  /** One embeddings call, counted against max-calls; its vectors go into the cache. */
  private async embedBatch(
    texts: string[],
  ): Promise<Float32Array[] | Exclude<SimilarAnswer, { status: 'answered' }>> {
    if (this.halted !== undefined) {
      const halted = this.halted.answer;
      return halted.status === 'failed' ? halted : { status: 'deferred' };
    }
    if (this.calls >= this.settings.maxCalls) return { status: 'deferred' };
    this.calls++;
    const report = this.embeddingReport();
    report.calls++;
    try {
      const vectors = await this.client.embed({ model: this.settings.embeddingModel, input: texts });
      report.embedded += texts.length;
      const out: Float32Array[] = [];
      for (const [i, vector] of vectors.entries()) {
        const key = await this.embeddingKey(texts[i]);
        this.cache.setEmbedding(key, vector);
        this.embeddedNow.add(key);
        out.push(Float32Array.from(vector));
      }
      return out;
    } catch (error) {
      const failure =
        error instanceof ModelError
          ? error
          : new ModelError('network', error instanceof Error ? error.message : String(error));
      const answer = this.fail(failure);
      return answer.status === 'failed'
        ? { status: 'failed', reason: `embeddings: ${answer.reason}` }
        : { status: 'deferred' };
    }
  }

  private embeddingKey(text: string): Promise<string> {
    return answerKey(['embedding', this.settings.embeddingModel, text]);
  }

  private embeddingReport(): EmbeddingReport {
    this.embedding ??= { model: this.settings.embeddingModel, calls: 0, embedded: 0, cached: 0 };
    return this.embedding;
  }

  private async ask(item: Item, question: ClassifyQuestion): Promise<ModelAnswer> {
    const { spec } = question;
    const text = itemText(item, this.settings.maxInputTokens);
    const key = await answerKey(['classify', this.settings.model, spec.guide, spec.into, text]);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.cachedCount++;
      return { status: 'answered', ...cached, cached: true };
    }
    if (this.halted !== undefined) return this.count(this.halted.answer, this.halted.kind);
    if (this.calls >= this.settings.maxCalls) return this.count({ status: 'deferred' });
    this.calls++;
    try {
      const value = await this.client.chatJson(classifyRequest(this.settings.model, spec, text));
      const answer = readClassifyAnswer(spec, value);
      this.cache.set(key, { choice: answer.choice, confidence: answer.confidence });
      return answer;
    } catch (error) {
      const failure =
        error instanceof ModelError
          ? error
          : new ModelError('network', error instanceof Error ? error.message : String(error));
      return this.fail(failure);
    }
  }

  private fail(error: ModelError): ModelAnswer {
    const reason = `${error.kind}: ${error.message}`;
    if (error.kind === 'rate-limited') {
      // The endpoint said stop for longer than a run should wait: the rest waits for the next run.
      this.halted = { answer: { status: 'deferred' } };
    } else if (error.kind === 'gone' || error.kind === 'refused') {
      this.halted = { answer: { status: 'failed', reason: `not asked: ${reason}` }, kind: error.kind };
    }
    return this.count({ status: 'failed', reason }, error.kind);
  }

  private count(answer: ModelAnswer, kind?: ModelFailureKind): ModelAnswer {
    if (answer.status === 'deferred') this.deferred++;
    else if (answer.status === 'failed' && kind !== undefined)
      this.failures[kind] = (this.failures[kind] ?? 0) + 1;
    return answer;
  }

  report(): ModelReport {
    return {
      endpoint: this.endpointName,
      model: this.settings.model,
      maxCalls: this.settings.maxCalls,
      calls: this.calls,
      cached: this.cachedCount,
      deferred: this.deferred,
      failures: { ...this.failures },
      answers: [...this.records],
      ...(this.embedding ? { embeddings: { ...this.embedding } } : {}),
    };
  }
}

function refOf(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}
