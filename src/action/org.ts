/**
 * The Action's org-wide modes, which triage nothing themselves:
 * - shards: list the organisation's repositories, choose which to sweep, split them into shards and
 *   set the `matrix` output for `strategy.matrix: ${{ fromJSON(...) }}`;
 * - merge: read the shards' result files (input `results`) and write one summary for them all.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { mergeResults } from '../fleet/result-document.js';
import { runFailed } from '../fleet/sweep.js';
import { matrixJson, selectRepositories, splitShards } from '../fleet/shards.js';
import { readResultFiles } from '../node/result-files.js';
import { createGitHubFleet } from '../providers/github/fleet.js';
import { OUTPUTS_BUDGET_BYTES, utf8Bytes } from '../report/budget.js';
import { fleetOutputs } from '../report/fleet-outputs.js';
import { mergedFrom, renderFleetSummary } from '../report/fleet-summary.js';
import { count } from '../report/count.js';
import { changedOutcomes } from '../report/result.js';
import { renderShardsSummary } from '../report/shards-summary.js';
import type { ActionInputs } from './inputs.js';

export async function runShards(inputs: ActionInputs): Promise<void> {
  const { org } = inputs.fleet;
  if (!org)
    throw new Error('mode: shards needs the `org` input: the organisation whose repositories to sweep.');
  const fleet = createGitHubFleet({ token: inputs.token, baseUrl: inputs.apiUrl, api: inputs.api });
  const listed = await fleet.listRepositories(org);
  const { selected, skipped } = selectRepositories(listed, inputs.fleet);
  const plan = splitShards(selected, inputs.fleet.maxShards);
  const matrix = matrixJson(plan);
  if (utf8Bytes(matrix) > OUTPUTS_BUDGET_BYTES) {
    throw new Error(
      `The matrix of ${selected.length} repositories is too large for GitHub's 1 MB limit on outputs; ` +
        'narrow it with `include`/`exclude`, or run several shards workflows.',
    );
  }
  log.info(
    `${org}: ${listed.length} repositories, ${selected.length} to sweep in ${plan.shards.length} shards ` +
      `(${skipped.length} skipped).`,
  );
  plan.shards.forEach((s, i) =>
    log.info(`shard ${s.shard} (${plan.openItems[i]} open items): ${s.repositories}`),
  );
  core.setOutput('matrix', matrix);
  core.setOutput('shard-count', String(plan.shards.length));
  core.setOutput('repository-count', String(selected.length));
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderShardsSummary(org, plan, skipped)).write();
  }
  if (selected.length === 0) {
    log.warning(
      `No repository of ${org} is left to sweep (archived, disabled and forks are skipped; check include/exclude). ` +
        'Guard the matrix job with `if: needs.<shards job>.outputs.shard-count != 0`.',
    );
  }
}

export async function runMerge(inputs: ActionInputs): Promise<void> {
  const dir = inputs.fleet.results;
  if (!dir)
    throw new Error("mode: merge needs the `results` input: the directory holding the shards' result files.");
  const { documents, rejected } = await readResultFiles(dir);
  for (const r of rejected) log.warning(`Skipped ${r.problem}`);
  const merged = mergeResults(documents);
  const notes =
    merged.duplicates.length > 0
      ? [
          `${merged.duplicates.length} repositories appear in more than one result file (a shard run twice?); the latest result of each is shown.`,
        ]
      : [];
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderFleetSummary(merged.runs, {
      title: `Sift: ${mergedFrom(merged.runs.length, merged.files)}`,
      dryRun: merged.dryRun,
      mode: 'merge',
      notes,
      rejected,
    });
    await core.summary.addRaw(summary).write();
  }
  const outputs = fleetOutputs(merged.runs);
  core.setOutput(
    'changed',
    String(merged.runs.reduce((n, r) => n + (r.result ? changedOutcomes(r.result).length : 0), 0)),
  );
  core.setOutput('deferred', JSON.stringify(outputs.deferred));
  core.setOutput('repositories', outputs.repositories);
  const failed = merged.runs.filter(runFailed);
  log.info(
    `Merged ${count(merged.files, 'result file')}: ${count(merged.runs.length, 'repository', 'repositories')}, ${failed.length} needing attention.`,
  );
  // A skipped file hides a shard's repositories: the merge shows the rest, and the step says so by failing.
  const problems = [
    ...(failed.length > 0
      ? [`${failed.length} repositories need attention: ${failed.map((r) => r.repository).join(', ')}`]
      : []),
    ...(rejected.length > 0
      ? [`${rejected.length} result file${rejected.length === 1 ? ' was' : 's were'} skipped (not valid)`]
      : []),
  ];
  if (problems.length > 0) log.setFailed(`${problems.join('; ')}; see the job summary.`);
}
