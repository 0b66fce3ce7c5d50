/** GitHub Models' OpenAI-compatible inference root. */
export declare const GITHUB_MODELS_URL = "https://models.github.ai/inference";
export type ModelFailureKind = 
/** 413: the text is larger than the model (or the tier) accepts. */
'too-large'
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
export declare class ModelError extends Error {
    readonly kind: ModelFailureKind;
    readonly status?: number | undefined;
    constructor(kind: ModelFailureKind, message: string, status?: number | undefined);
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
export declare class ModelClient {
    private readonly options;
    private readonly baseUrl;
    private readonly timeoutMs;
    private readonly attempts;
    private readonly maxRetryAfter;
    private readonly sleep;
    private readonly fetchFn;
    /** Requests sent (each attempt counts), for the report. */
    requests: number;
    constructor(options: ModelClientOptions);
    /** The answer's JSON, parsed (its shape is the caller's to validate). */
    chatJson(request: JsonChatRequest): Promise<unknown>;
    /** One vector per input, in the input's order. */
    embed(request: EmbeddingRequest): Promise<number[][]>;
    private post;
    /** Set by the last 429 that is worth waiting for. */
    private retryAfterMs;
    private retryable;
    private once;
    private statusError;
}
