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
import { answerKey, type AnswerCache } from './cache.js';
import { classifyRequest, itemText, readClassifyAnswer } from './classify.js';
import { ModelError, type ModelClient, type ModelFailureKind } from './client.js';

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

export class ModelAnswerService implements ModelAnswerer {
  private calls = 0;
  private cachedCount = 0;
  private deferred = 0;
  private readonly failures: Partial<Record<ModelFailureKind, number>> = {};
  private readonly records: AnswerRecord[] = [];
  /** Set once asking more is pointless this run. */
  private halted: { answer: ModelAnswer; kind?: ModelFailureKind } | undefined;

  constructor(
    private readonly settings: ModelSettings,
    private readonly client: ModelClient,
    private readonly cache: AnswerCache,
    private readonly endpointName: string,
  ) {}

  async answer(item: Item, questions: readonly ModelQuestion[]): Promise<ModelAnswers> {
    const out: ModelAnswers = {};
    for (const question of questions) {
      const answer = await this.ask(item, question);
      out[question.spec.key] = answer;
      this.records.push({ item: refOf(item), rule: question.spec.key, answer });
    }
    return out;
  }

  private async ask(item: Item, question: ModelQuestion): Promise<ModelAnswer> {
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
    };
  }
}

function refOf(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}
