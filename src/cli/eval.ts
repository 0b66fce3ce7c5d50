/** `sift eval --rule id [--sample n]`: measure a rule's classifier on the repository's own labels. */
import { writeFile } from 'node:fs/promises';
import type { RuleSet } from '../model/rules.js';
import { evaluateRule } from '../pipeline/eval.js';
import { assertSupported } from '../pipeline/rules.js';
import { loadProvider } from '../providers/load.js';
import { logJson } from '../report/log-line.js';
import { renderEvalSummary, renderEvalText } from '../report/eval.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './main.js';
import { openCliModels } from './models.js';

export async function evalCommand(
  options: CliOptions,
  rules: RuleSet,
  ruleId: string,
  sample: number,
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  if (rules.models === undefined) {
    io.err(`sift: ${rules.file} has no models: section, so no rule classifies anything\n`);
    return 2;
  }
  const provider = await loadProvider({ ...options.provider, dryRun: true });
  assertSupported(rules, provider.capabilities);
  // The sample bounds the calls, not the run's max-calls.
  const evalRules = { ...rules, models: { ...rules.models, maxCalls: sample } };
  const models = (await openCliModels(options, evalRules, provider.repository, env, io))!;
  const result = await evaluateRule({ provider, rules: evalRules, ruleId, sample, models: models.answerer });
  await models.save();
  io.out(options.json ? logJson(result) : renderEvalText(result));
  if (options.summaryFile) await writeFile(options.summaryFile, renderEvalSummary(result));
  return 0;
}
