/**
 * `mode: eval`: measures one rule's classifier (input `rule`) on the repository's own labels (input
 * `sample`, default 200), writes the table and a chart to the job summary, and changes nothing.
 */
import * as core from '@actions/core';
import { loadRules } from '../config/index.js';
import { DEFAULT_SAMPLE, evaluateRule } from '../pipeline/eval.js';
import { assertSupported } from '../pipeline/rules.js';
import { renderEvalSummary, renderEvalText } from '../report/eval.js';
import { repositoryProvider, type ActionInputs } from './inputs.js';
import * as log from './log.js';
import { openModels } from './models.js';

export async function runEvalMode(inputs: ActionInputs): Promise<void> {
  const ruleId = core.getInput('rule').trim();
  if (ruleId === '')
    throw new Error('mode: eval needs the `rule` input: the id of a rule with classify or similar.');
  const sampleText = core.getInput('sample').trim();
  const sample = sampleText === '' ? DEFAULT_SAMPLE : Number(sampleText);
  if (!Number.isInteger(sample) || sample < 1 || sample > 10_000) {
    throw new Error(`Input \`sample\` must be a whole number from 1 to 10000, not "${sampleText}".`);
  }
  const loaded = await loadRules(inputs.rulesPath);
  if (loaded.models === undefined)
    throw new Error(`${loaded.file} has no models: section; nothing classifies.`);
  // The sample bounds the calls, not the run's max-calls.
  const rules = { ...loaded, models: { ...loaded.models, maxCalls: sample } };
  const provider = await repositoryProvider(inputs, true);
  assertSupported(rules, provider.capabilities);
  const models = (await openModels(inputs, rules, inputs.repository))!;
  const result = await evaluateRule({ provider, rules, ruleId, sample, models: models.answerer });
  await models.save();
  log.info(renderEvalText(result));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderEvalSummary(result)).write();
  core.setOutput('changed', '0');
}
