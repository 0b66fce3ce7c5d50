/**
 * A deterministic OpenAI-compatible inference emulator: a real HTTP server on 127.0.0.1 answering
 * `POST /chat/completions` (JSON-schema answers) and `POST /embeddings` as GitHub Models and OpenAI do,
 * for unit tests, end-to-end runs of the bundle and benchmarks. No test reaches a real model.
 *
 *   const ai = await startModelEmulator({ token: 'ghs_workflow' });
 *   ai.classify = (text, choices) => ({ choice: 'kind/bug', confidence: 0.93 });
 *   ai.onRequest = (entry, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '60' } } : undefined);
 *   ... point the client at ai.url ...
 *   await ai.close();
 *
 * Its "model" is plain and repeatable: by default a chat answer picks the first choice of the schema's
 * `choice` enum whose last path segment (`bug` of `kind/bug`) appears as a word in the last user
 * message, with confidence 0.9, else `none` at 0.2; embeddings are bags of hashed words, normalised, so
 * texts sharing words score high. Every failure an endpoint shows can be injected per request: any
 * status (413, 429 with Retry-After, 410, 5xx), a dropped connection, a garbled body, an answer that
 * never comes (`hang`), or a malformed answer (`content`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { EmulatorServer, type ApiResponse, type IncomingRequest, type RouteTable } from '../server.js';

export interface ModelRequestEntry {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  /** The bearer token sent, if any. */
  token?: string;
}

/**
 * What a hook answers instead: a response (any status), `destroy` (connection dropped),
 * `malformed-json` (a garbled body), `{ hang: ms }` (the answer comes after ms: past a client's
 * timeout), or `{ content }` (a chat answer whose message content is this text, e.g. not JSON).
 */
export type ModelFault = ApiResponse | 'destroy' | 'malformed-json' | { hang: number } | { content: string };

export type ModelRequestHook = (
  entry: ModelRequestEntry,
  index: number,
) => ModelFault | undefined | Promise<ModelFault | undefined>;

export interface ClassifyAnswer {
  choice: string;
  confidence: number;
}

export interface ModelEmulatorOptions {
  /** When set, every request needs `Authorization: Bearer <token>`, else 401. */
  token?: string;
  onRequest?: ModelRequestHook;
  /** Dimensions of the embeddings (default 64). */
  dimensions?: number;
}

export interface ModelEmulator {
  /** Base URL to give a client: `http://127.0.0.1:PORT/inference` (as GitHub Models' root). */
  readonly url: string;
  readonly requests: ModelRequestEntry[];
  /** Every chat request's messages, in arrival order. */
  readonly chats: { model: string; messages: { role: string; content: string }[]; schema: unknown }[];
  /** Every embeddings request's inputs. */
  readonly embedded: string[][];
  onRequest: ModelRequestHook | undefined;
  /** The emulated classifier; replace it to script answers. */
  classify: (text: string, choices: string[]) => ClassifyAnswer;
  close(): Promise<void>;
}

export const DEFAULT_DIMENSIONS = 64;

export async function startModelEmulator(options: ModelEmulatorOptions = {}): Promise<ModelEmulator> {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  const chats: ModelEmulator['chats'] = [];
  const embedded: string[][] = [];
  // A fault that replaces the chat answer's content must reach `answer`, after the hook ran.
  const contentFaults = new Map<ModelRequestEntry, string>();
  const state = {
    onRequest: options.onRequest,
    classify: defaultClassify,
  };
  const table: RouteTable<ModelRequestEntry> = {
    contentType: 'application/json',
    crashBody: { error: { message: 'emulator crashed', type: 'server_error' } },
    latencyMs: () => 0,
    entry: (request) => ({
      method: request.method,
      path: request.url.pathname,
      status: 0,
      ...bearer(request),
    }),
    fault: async (entry, index) => {
      const fault = await state.onRequest?.(entry, index);
      if (fault === undefined) return undefined;
      if (typeof fault === 'object' && 'hang' in fault) {
        await sleep(fault.hang);
        return undefined;
      }
      if (typeof fault === 'object' && 'content' in fault) {
        contentFaults.set(entry, fault.content);
        return undefined;
      }
      return fault;
    },
    answer: (request, entry) => {
      if (options.token !== undefined && entry.token !== options.token) {
        return error(401, 'Bad credentials', 'unauthorized');
      }
      if (request.method !== 'POST') return error(405, 'Method not allowed', 'invalid_request_error');
      if (!request.parsed.ok) return error(400, 'The body is not JSON', 'invalid_request_error');
      const body = request.parsed.value as Record<string, unknown> | undefined;
      if (request.url.pathname === '/inference/chat/completions') {
        const content = contentFaults.get(entry);
        contentFaults.delete(entry);
        return chat(body, content);
      }
      if (request.url.pathname === '/inference/embeddings') return embeddings(body);
      return error(404, `Unknown route ${request.url.pathname}`, 'not_found');
    },
  };
  const server = new EmulatorServer(table);
  const origin = await server.listen();

  function chat(body: Record<string, unknown> | undefined, content: string | undefined): ApiResponse {
    const model = body?.model;
    const messages = body?.messages;
    if (typeof model !== 'string' || !Array.isArray(messages)) {
      return error(400, 'model and messages are required', 'invalid_request_error');
    }
    const format = body?.response_format as
      | { type?: string; json_schema?: { schema?: { properties?: Record<string, { enum?: unknown }> } } }
      | undefined;
    const schema = format?.json_schema?.schema;
    chats.push({ model, messages: messages as { role: string; content: string }[], schema });
    let text = content;
    if (text === undefined) {
      const enumValues = schema?.properties?.choice?.enum;
      const choices = Array.isArray(enumValues)
        ? enumValues.filter((v): v is string => typeof v === 'string')
        : [];
      const users = (messages as { role?: string; content?: unknown }[]).filter((m) => m.role === 'user');
      const last = users.at(-1)?.content;
      text = JSON.stringify(state.classify(typeof last === 'string' ? last : '', choices));
    }
    return {
      status: 200,
      body: {
        id: `chatcmpl-${chats.length}`,
        object: 'chat.completion',
        created: 1_760_000_000,
        model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
        usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 },
      },
    };
  }

  function embeddings(body: Record<string, unknown> | undefined): ApiResponse {
    const input = body?.input;
    const inputs = typeof input === 'string' ? [input] : input;
    if (
      typeof body?.model !== 'string' ||
      !Array.isArray(inputs) ||
      !inputs.every((i) => typeof i === 'string')
    ) {
      return error(400, 'model and input are required', 'invalid_request_error');
    }
    embedded.push(inputs as string[]);
    return {
      status: 200,
      body: {
        object: 'list',
        model: body.model,
        data: (inputs as string[]).map((text, index) => ({
          object: 'embedding',
          index,
          embedding: bagOfWords(text, dimensions),
        })),
        usage: { prompt_tokens: 10, total_tokens: 10 },
      },
    };
  }

  return {
    url: `${origin}/inference`,
    requests: server.requests,
    chats,
    embedded,
    get onRequest() {
      return state.onRequest;
    },
    set onRequest(hook) {
      state.onRequest = hook;
    },
    get classify() {
      return state.classify;
    },
    set classify(fn) {
      state.classify = fn;
    },
    close: () => server.close(),
  };
}

/** The first choice whose last segment is a word of the text (case-insensitive). */
export function defaultClassify(text: string, choices: string[]): ClassifyAnswer {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const choice of choices) {
    if (choice === 'none') continue;
    const last = choice.toLowerCase().split(/[/:]/).at(-1) ?? '';
    if (words.has(last)) return { choice, confidence: 0.9 };
  }
  return { choice: 'none', confidence: 0.2 };
}

/** Words hashed into `dimensions` buckets, normalised to length 1. */
export function bagOfWords(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let hash = 2166136261;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
    vector[(hash >>> 0) % dimensions] += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}

function bearer(request: IncomingRequest): { token?: string } {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null;
  return match ? { token: match[1] } : {};
}

function error(status: number, message: string, type: string): ApiResponse {
  return { status, body: { error: { message, type, code: type } } };
}
