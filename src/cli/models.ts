/**
 * The CLI's models: the answerer for one repository's run. The token is SIFT_MODELS_TOKEN, or for
 * GitHub Models the GitHub token the run already has; SIFT_MODELS_URL overrides the endpoint's base
 * URL. Answers are kept in `--cache-dir` (models-OWNER-REPO.json) beside the ETags, so a rerun asks
 * only about new or edited items.
 */
import type { RuleSet } from '../model/rules.js';
import { AnswerCache, createModelAnswerer, type ModelAnswerService } from '../models/index.js';
import { loadModelCache, saveModelCache } from '../node/model-cache-file.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './main.js';

export interface CliModels {
  answerer: ModelAnswerService;
  save(): Promise<void>;
}

export async function openCliModels(
  options: CliOptions,
  rules: RuleSet,
  repository: string,
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<CliModels | undefined> {
  const settings = rules.models;
  if (settings === undefined) return undefined;
  const github = options.provider.provider === 'github' ? options.provider.token : '';
  const token = env.SIFT_MODELS_TOKEN || (settings.endpoint === 'github' ? github : '');
  const loaded =
    options.cacheDir === undefined ? undefined : await loadModelCache(options.cacheDir, repository);
  if (loaded?.problem) {
    io.err(`sift: warning: ignoring the model answer cache ${loaded.path} (${loaded.problem}).\n`);
  }
  const cache = loaded?.cache ?? new AnswerCache();
  const answerer = createModelAnswerer(settings, { token, baseUrl: env.SIFT_MODELS_URL || undefined, cache });
  return {
    answerer,
    save: async () => {
      if (loaded === undefined) return;
      try {
        await saveModelCache(loaded.path, cache);
      } catch (error) {
        io.err(
          `sift: warning: could not write the model answer cache ${loaded.path}: ` +
            `${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    },
  };
}
