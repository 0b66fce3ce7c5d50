/**
 * A small client for OpenAI-compatible inference endpoints: chat completions answered as JSON under a
 * schema, and embeddings. GitHub Models (the default) speaks this protocol at
 * https://models.github.ai/inference with the workflow's token (`permissions: models: read`); so do
 * OpenAI, Azure OpenAI, Ollama, vLLM and most self-hosted servers, with a key of their own.
 *
 * Web-standard `fetch` and `AbortSignal` only, so it runs wherever the library runs. Every failure
 * is a `ModelError` with a kind the report can name; nothing here throws anything else, but for the
 * constructor, which refuses a base URL that is not an http(s) address before anything is sent.
 */
import { checkApiUrl } from '../providers/api-url.js';

/** GitHub Models' OpenAI-compatible inference root. */
export const GITHUB_MODELS_URL = 'https://models.github.ai/inference';

export type ModelFailureKind =
  /** 413: the text is larger than the model (or the tier) accepts. */
  | 'too-large'
  /** 429: the endpoint's rate limit (per minute or per day on GitHub Models' free tier). */
  | 'rate-limited'
  /** 410: the model was retired. */
  | 'gone'
  /** 5xx after the retries. */
  | 'server'
  /** No answer within the timeout. */
  | 'timeout'
  /** An answer that is not what was asked for: not JSON, wrong shape, a choice outside the list. */
  | 'malformed'
  /** 401/403 (no `models: read`, a bad key), 404 (unknown model), other 4xx. */
  | 'refused'
  /** The connection failed. */
  | 'network';

export class ModelError extends Error {
  constructor(
    readonly kind: ModelFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

export interface ModelClientOptions {
  /** Base URL of the OpenAI-compatible API (the part before `/chat/completions`). */
  baseUrl: string;
  /** Bearer token: the workflow token for GitHub Models, an API key elsewhere. */
  token?: string;
  /** Per request, in ms (default 30 s). */
  timeoutMs?: number;
  /** Attempts for a 5xx, a dropped connection or a short 429 (default 3). */
  attempts?: number;
  /** Longest Retry-After (seconds) worth waiting for within a run (default 10). */
  maxRetryAfterSeconds?: number;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface JsonChatRequest {
  model: string;
  messages: ChatMessage[];
  /** JSON Schema the answer must follow (sent as `response_format: json_schema`, strict). */
  schema: Record<string, unknown>;
  schemaName: string;
  maxTokens?: number;
}

export interface EmbeddingRequest {
  model: string;
  input: string[];
}

export class ModelClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly maxRetryAfter: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly fetchFn: typeof fetch;
  /** Requests sent (each attempt counts), for the report. */
  requests = 0;

  constructor(private readonly options: ModelClientOptions) {
    this.baseUrl = checkApiUrl(options.baseUrl, 'The models baseUrl', 'https://api.openai.com/v1');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.attempts = Math.max(1, options.attempts ?? 3);
    this.maxRetryAfter = options.maxRetryAfterSeconds ?? 10;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.fetchFn = options.fetch ?? fetch;
  }

  /** The answer's JSON, parsed (its shape is the caller's to validate). */
  async chatJson(request: JsonChatRequest): Promise<unknown> {
    const body = {
      model: request.model,
      messages: request.messages,
      // Repeatable answers: the same item asks the same question the same way.
      temperature: 0,
      ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      response_format: {
        type: 'json_schema',
        json_schema: { name: request.schemaName, strict: true, schema: request.schema },
      },
    };
    const answer = await this.post('/chat/completions', body);
    const content = chatContent(answer);
    try {
      return JSON.parse(content) as unknown;
    } catch {
      throw new ModelError('malformed', `the model's answer is not JSON: ${preview(content)}`);
    }
  }

  /** One vector per input, in the input's order. */
  async embed(request: EmbeddingRequest): Promise<number[][]> {
    const answer = await this.post('/embeddings', { model: request.model, input: request.input });
    return embeddings(answer, request.input.length);
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    let last: ModelError | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await this.sleep(last?.kind === 'rate-limited' ? this.retryAfterMs : 1000 * attempt);
      try {
        return await this.once(path, body);
      } catch (error) {
        last = error as ModelError;
        if (!this.retryable(last)) throw last;
      }
    }
    throw last!;
  }

  /** Set by the last 429 that is worth waiting for. */
  private retryAfterMs = 0;

  private retryable(error: ModelError): boolean {
    if (error.kind === 'server' || error.kind === 'network') return true;
    // A per-minute limit says wait a few seconds; a per-day one says hours: only the first is retried.
    return error.kind === 'rate-limited' && this.retryAfterMs > 0;
  }

  private async once(path: string, body: unknown): Promise<unknown> {
    this.requests++;
    this.retryAfterMs = 0;
    let response: Response;
    try {
      response = await this.fetchFn(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw transportError(error, this.timeoutMs);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw transportError(error, this.timeoutMs);
    }
    if (!response.ok) throw this.statusError(response, text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ModelError('malformed', `the endpoint's answer is not JSON: ${preview(text)}`);
    }
  }

  private statusError(response: Response, text: string): ModelError {
    const status = response.status;
    const detail = errorDetail(text);
    const say = (what: string) => `${status} ${what}${detail ? `: ${detail}` : ''}`;
    if (status === 413)
      return new ModelError('too-large', say('the text is too large for the model'), status);
    if (status === 429) {
      const after = Number(response.headers.get('retry-after'));
      if (Number.isFinite(after) && after > 0 && after <= this.maxRetryAfter)
        this.retryAfterMs = after * 1000;
      const when = Number.isFinite(after) && after > 0 ? ` (retry after ${after} s)` : '';
      return new ModelError('rate-limited', say(`rate limited${when}`), status);
    }
    if (status === 410) return new ModelError('gone', say('the model is retired'), status);
    if (status >= 500) return new ModelError('server', say('server error'), status);
    if (status === 401 || status === 403) {
      return new ModelError(
        'refused',
        say('not allowed (on GitHub Models the workflow needs `permissions: models: read`)'),
        status,
      );
    }
    return new ModelError('refused', say('refused'), status);
  }
}

function transportError(error: unknown, timeoutMs: number): ModelError {
  // Duck-typed: the abort's DOMException is not an `Error` of every realm (a test VM, Deno).
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ModelError('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new ModelError('network', `${error instanceof Error ? error.message : String(error)}${cause}`);
}

/** `choices[0].message.content`, or a malformed-answer error. */
function chatContent(answer: unknown): string {
  const choices = (answer as { choices?: unknown } | null)?.choices;
  const first = Array.isArray(choices)
    ? (choices[0] as { message?: { content?: unknown; refusal?: unknown } })
    : undefined;
  const content = first?.message?.content;
  if (typeof content === 'string') return content;
  if (typeof first?.message?.refusal === 'string') {
    throw new ModelError('malformed', `the model refused: ${preview(first.message.refusal)}`);
  }
  throw new ModelError('malformed', 'the answer has no choices[0].message.content');
}

function embeddings(answer: unknown, count: number): number[][] {
  const data = (answer as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length !== count) {
    throw new ModelError(
      'malformed',
      `expected ${count} embeddings, got ${Array.isArray(data) ? data.length : 'none'}`,
    );
  }
  const out: number[][] = new Array<number[]>(count);
  data.forEach((entry: { index?: unknown; embedding?: unknown }, position) => {
    const index = typeof entry?.index === 'number' ? entry.index : position;
    const vector = entry?.embedding;
    if (
      !Array.isArray(vector) ||
      vector.length === 0 ||
      !vector.every((x) => typeof x === 'number' && Number.isFinite(x))
    ) {
      throw new ModelError('malformed', `embedding ${index} is not a list of numbers`);
    }
    if (index < 0 || index >= count || out[index] !== undefined) {
      throw new ModelError('malformed', `embedding index ${index} is out of place`);
    }
    out[index] = vector as number[];
  });
  return out;
}

/** The endpoint's own error message (OpenAI's `{error: {message}}`), short and on one line. */
function errorDetail(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message =
      typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
    return typeof message === 'string' ? preview(message) : '';
  } catch {
    return preview(text);
  }
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
