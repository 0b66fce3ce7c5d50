/**
 * The Action's models: the answerer for a repository's run, its answers kept in a file under
 * RUNNER_TEMP and carried between runs by the Actions cache (when the runner has the cache service),
 * so an unchanged item costs no call on the next run. Cache entries are immutable: each run saves under
 * its own key (`sift-models-OWNER-REPO-RUNID-ATTEMPT`) and restores the newest with the prefix. A cache
 * that cannot be restored or saved is a warning: it only costs calls.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { cacheService } from './cache-service.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuleSet } from '../model/rules.js';
import { createModelAnswerer, type ModelAnswerService } from '../models/index.js';
import { loadModelCache, saveModelCache } from '../node/model-cache-file.js';

export interface ModelInputs {
  /** Input `models-token`; default: the `token` input for GitHub Models. */
  modelsToken: string;
  /** Input `models-url`: overrides the endpoint's base URL. */
  modelsUrl: string;
  token: string;
  /** Input `cache`. */
  cache: boolean;
}

export interface OpenModels {
  answerer: ModelAnswerService;
  /** Saves this run's answers; never throws. */
  save(): Promise<void>;
}

export async function openModels(
  inputs: ModelInputs,
  rules: RuleSet,
  repository: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenModels | undefined> {
  const settings = rules.models;
  if (settings === undefined) return undefined;
  const token = inputs.modelsToken || (settings.endpoint === 'github' ? inputs.token : '');
  if (inputs.modelsToken) core.setSecret(inputs.modelsToken);
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'sift-models');
  const prefix = `sift-models-${repository.replace('/', '-')}-`;
  const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const cache = inputs.cache ? await cacheService(env) : undefined;
  if (cache) {
    try {
      const hit = await cache.restoreCache([dir], key, [prefix]);
      log.info(
        hit ? `Model answers of an earlier run restored from cache ${hit}.` : 'No model answers cached yet.',
      );
    } catch (error) {
      log.warning(`Could not restore the model answer cache: ${messageOf(error)}; asking afresh.`);
    }
  }
  const loaded = await loadModelCache(dir, repository);
  if (loaded.problem) log.warning(`Ignoring the model answer cache ${loaded.path} (${loaded.problem}).`);
  const answerer = createModelAnswerer(settings, {
    token,
    baseUrl: inputs.modelsUrl || undefined,
    cache: loaded.cache,
  });
  return {
    answerer,
    save: async () => {
      if (!inputs.cache) return;
      try {
        const { kept } = await saveModelCache(loaded.path, loaded.cache);
        if (cache) await cache.saveCache([dir], key);
        log.info(`${kept} model answers kept${cache ? ` in cache ${key}` : ` in ${loaded.path}`}.`);
      } catch (error) {
        log.warning(`Could not save the model answer cache: ${messageOf(error)}; the next run asks afresh.`);
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
