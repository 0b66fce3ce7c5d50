/**
 * Models for the rules' questions: an OpenAI-compatible client, the `classify` prompt and answer
 * checks, the answer cache and the answerer the pipeline asks. Web-standard APIs only.
 */
import type { ModelSettings } from '../model/answers.js';
import { ModelAnswerService } from './answerer.js';
import { AnswerCache } from './cache.js';
import { GITHUB_MODELS_URL, ModelClient } from './client.js';

export { ModelAnswerService, type AnswerRecord, type ModelAnswerer, type ModelReport } from './answerer.js';
export { AnswerCache, parseAnswerCache, type AnswerCacheSnapshot } from './cache.js';
export { GITHUB_MODELS_URL, ModelClient, ModelError, type ModelFailureKind } from './client.js';

export interface ModelConnection {
  /** The token: the workflow's for GitHub Models, an API key elsewhere. */
  token?: string;
  /** Overrides the endpoint's base URL (a proxy, or a test's emulator). */
  baseUrl?: string;
  cache?: AnswerCache;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** The base URL the rules file's `endpoint` names. */
export function endpointUrl(settings: Pick<ModelSettings, 'endpoint'>): string {
  return settings.endpoint === 'github' ? GITHUB_MODELS_URL : settings.endpoint;
}

export function createModelAnswerer(
  settings: ModelSettings,
  connection: ModelConnection,
): ModelAnswerService {
  const baseUrl = connection.baseUrl || endpointUrl(settings);
  const client = new ModelClient({
    baseUrl,
    token: connection.token,
    timeoutMs: settings.timeoutMs,
    fetch: connection.fetch,
    sleep: connection.sleep,
  });
  const name = settings.endpoint === 'github' ? 'GitHub Models' : new URL(baseUrl).host;
  return new ModelAnswerService(settings, client, connection.cache ?? new AnswerCache(), name);
}
