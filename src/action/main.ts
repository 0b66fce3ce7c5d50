/**
 * The GitHub Action: reads inputs, wires config -> provider -> pipeline -> report, and speaks the
 * runner's language (annotations, job summary, outputs, exit status). No triage logic lives here.
 */
import * as core from '@actions/core';
import { ConfigError } from '../config/index.js';
import { triage } from '../pipeline/triage.js';
import { loadCheckedRules } from '../pipeline/rules.js';
import { createGitHubRestProvider } from '../providers/github-rest/index.js';
import { failedOutcomes, planEntries, renderSummary, changedOutcomes } from '../report/index.js';
import { describeOutcome } from '../report/describe.js';
import { readInputs } from './inputs.js';

export async function run(now: Date = new Date()): Promise<void> {
  try {
    const inputs = readInputs();
    const provider = createGitHubRestProvider({
      token: inputs.token,
      repository: inputs.repository,
      baseUrl: inputs.apiUrl,
    });
    const rules = await loadCheckedRules(inputs.rulesPath, provider.capabilities);
    core.info(
      `Sift: ${rules.rules.length} rules from ${rules.file} on ${inputs.repository}${inputs.dryRun ? ' (dry run)' : ''}`,
    );

    const result = await triage({
      provider,
      rules,
      now,
      dryRun: inputs.dryRun,
      ...inputs.limits,
      onOutcome: (outcome) => {
        for (const rule of outcome.rules) {
          core.info(`#${outcome.item.number} [${rule.rule}] ${rule.changes.map(describeOutcome).join('; ')}`);
        }
        if (outcome.error) core.warning(`#${outcome.item.number}: ${outcome.error}`);
      },
    });

    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(result, { trigger: process.env.GITHUB_EVENT_NAME })).write();
    }
    const changed = changedOutcomes(result).length;
    core.setOutput('plan', JSON.stringify(planEntries(result)));
    core.setOutput('changed', String(changed));
    core.setOutput('deferred', JSON.stringify(result.deferred));
    core.info(`Walked ${result.walked} items; ${inputs.dryRun ? 'would change' : 'changed'} ${changed}.`);

    if (result.stop?.reason === 'circuit-breaker') {
      core.setFailed(`Circuit breaker: ${result.stop.message}`);
      return;
    }
    if (result.stop) core.warning(`Sift stopped early: ${result.stop.message}`);
    const failed = failedOutcomes(result);
    if (failed.length > 0) {
      core.setFailed(`${failed.length} item(s) could not be changed; see the job summary for the reasons.`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) {
        core.error(p.message, {
          file: p.file,
          startLine: p.line,
          startColumn: p.col,
          title: 'Sift rules file',
        });
      }
      core.setFailed(`${error.message}\nThe rules file has problems; nothing was changed.`);
      return;
    }
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
