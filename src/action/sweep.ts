/**
 * The Action's sweeps: one repository or several in turn (input `repository`), each with its own
 * provider, budget, breaker and summary section, then the report issues, the result file, the job
 * summary and the outputs. A repository that cannot be swept is reported and the others go on.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { oneLine } from '../report/log-line.js';
import type { ItemOutcome } from '../executor/index.js';
import { publishRunReports } from '../fleet/reports.js';
import { resultDocument } from '../fleet/result-document.js';
import { spentBy } from '../fleet/spent.js';
import { runFailed, sweepEach, type RepositoryRun } from '../fleet/sweep.js';
import type { RuleSet } from '../model/rules.js';
import { assertSupported } from '../pipeline/rules.js';
import { triage } from '../pipeline/triage.js';
import { createGitHubFleet } from '../providers/github/fleet.js';
import { loadProvider } from '../providers/load.js';
import { writeResultFile } from '../node/result-files.js';
import { describeOutcome, itemName } from '../report/describe.js';
import { renderFleetSummary } from '../report/fleet-summary.js';
import {
  boundedOutputs,
  changedOutcomes,
  failedChecks,
  failedOutcomes,
  planEntries,
  tallyWords,
} from '../report/index.js';
import { renderSweepSummary } from '../report/sweep-summary.js';
import { fleetOutputs } from '../report/fleet-outputs.js';
import { restoreEtags } from './etag-cache.js';
import { openModels } from './models.js';
import type { ActionInputs } from './inputs.js';
import { writePlanFile } from './plan-file.js';

export async function runSweeps(
  inputs: ActionInputs,
  rules: RuleSet,
  now: Date,
  eventName: string,
): Promise<void> {
  const several = inputs.repositories.length > 1;
  const providerFor = (repository: string, etags?: Awaited<ReturnType<typeof restoreEtags>>) =>
    loadProvider({
      provider: 'github',
      api: inputs.api,
      repository,
      token: inputs.token,
      apiUrl: inputs.apiUrl,
      graphqlUrl: inputs.graphqlUrl,
      ...(inputs.projectToken ? { projectToken: inputs.projectToken } : {}),
      etags: etags?.store,
    });
  // The rules against what the API can do, once: every repository gets the same kind of provider.
  assertSupported(rules, (await providerFor(inputs.repositories[0])).capabilities);
  const fleet = createGitHubFleet({ token: inputs.token, baseUrl: inputs.apiUrl, api: inputs.api });
  const bodies = new Map<string, Map<string, string>>();

  const runs = await sweepEach({
    repositories: inputs.repositories,
    forge: fleet,
    preflight: several,
    onStart: (repository, budget) =>
      log.info(
        `Sift sweep: ${rules.rules.length} rules from ${rules.file} on ${repository}` +
          `${inputs.dryRun ? ' (dry run)' : ''}` +
          (budget ? `; ${budget.kind} budget left: ${budget.remaining} of ${budget.limit}` : ''),
      ),
    sweep: async (repository) => {
      // Sweeps through REST keep their ETags in the Actions cache, one entry per repository.
      const etags =
        inputs.cache && inputs.api === 'rest' ? await restoreEtags({ ...inputs, repository }) : undefined;
      const provider = await providerFor(repository, etags);
      const models = await openModels(inputs, rules, repository);
      const result = await triage({
        provider,
        rules,
        now,
        dryRun: inputs.dryRun,
        ...inputs.limits,
        onOutcome: logOutcome,
        ...(models ? { models: models.answerer } : {}),
      });
      await etags?.save();
      await models?.save();
      return { result, spent: spentBy(provider) };
    },
    after: async (run) => {
      const published = await publishRunReports({
        run,
        reports: rules.reports,
        forge: fleet,
        now,
        maxOperations: inputs.limits.maxOperations,
      });
      if (!published) return;
      if (inputs.dryRun) bodies.set(run.repository, published.bodies);
      for (const report of published.outcomes) {
        const where = report.issue ? ` #${report.issue.number}` : '';
        log.info(`Report ${report.id}${where}: ${report.status}${report.note ? ` (${report.note})` : ''}`);
      }
    },
  });

  if (!several && runs[0].result === undefined) {
    log.setFailed(runs[0].error ?? 'the repository could not be swept');
    return;
  }
  for (const run of runs) {
    if (run.error === undefined) continue;
    log.error(`${run.repository}: ${run.result ? 'failed after its sweep' : 'not swept'}: ${run.error}`);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const context = { trigger: eventName || undefined, mode: 'sweep' };
    const summary = several
      ? renderFleetSummary(runs, {
          title: `Sift triage of ${runs.length} repositories`,
          dryRun: inputs.dryRun,
          bodies,
          ...context,
        })
      : renderSweepSummary(runs[0], { ...context, bodies: bodies.get(runs[0].repository) });
    await core.summary.addRaw(summary).write();
  }

  const others: Record<string, string> = {};
  if (inputs.fleet.resultFile) {
    try {
      const document = resultDocument(runs, {
        rulesFile: rules.file,
        dryRun: inputs.dryRun,
        generatedAt: now,
      });
      others['result-file'] = await writeResultFile(inputs.fleet.resultFile, document);
      log.info(`Result written to ${others['result-file']}.`);
    } catch (error) {
      log.setFailed(
        `Could not write the result file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  await setOutputs(runs, several, others);
  reportStatus(runs);
}

async function setOutputs(
  runs: RepositoryRun[],
  several: boolean,
  others: Record<string, string>,
): Promise<void> {
  const swept = runs.filter((r) => r.result);
  const plan = several
    ? swept.flatMap((r) => planEntries(r.result!).map((e) => ({ repository: r.repository, ...e })))
    : planEntries(swept[0].result!);
  const checks = several
    ? swept.flatMap((r) => r.result!.checks.map((c) => ({ repository: r.repository, ...c })))
    : swept[0].result!.checks;
  const fleet = fleetOutputs(runs);
  const values: Record<string, string> = {
    ...others,
    changed: String(swept.reduce((n, r) => n + changedOutcomes(r.result!).length, 0)),
    deferred: JSON.stringify(several ? fleet.deferred : swept[0].result!.deferred),
    repositories: fleet.repositories,
  };
  try {
    values['plan-file'] = await writePlanFile(plan);
  } catch (error) {
    log.warning(`Could not write the plan file: ${error instanceof Error ? error.message : String(error)}`);
  }
  // GitHub caps a job's outputs at 1 MB in all: `plan` and `checks` keep what fits and say how many
  // they left out; the plan file has everything.
  const outputs = boundedOutputs(plan, checks, values);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (outputs['plan-omitted'] !== '0') {
    log.info(
      `The plan output lists ${plan.length - Number(outputs['plan-omitted'])} of ${plan.length} items ` +
        `(GitHub's 1 MB limit on outputs); the whole plan is in ${values['plan-file'] ?? 'no file'}.`,
    );
  }
}

/** Annotations and the step's status: failed when any repository needs a human. */
function reportStatus(runs: RepositoryRun[]): void {
  const problems: string[] = [];
  for (const run of runs) {
    const r = run.result;
    const prefix = runs.length > 1 ? `${run.repository}: ` : '';
    if (!r) {
      problems.push(`${prefix}not swept (${run.error ?? 'unknown error'}).`);
      continue;
    }
    const tally = tallyWords(r);
    log.info(prefix ? `${prefix}${tally}.` : `${tally[0].toUpperCase()}${tally.slice(1)}.`);
    if (run.error !== undefined) problems.push(`${prefix}failed after its sweep: ${run.error}`);
    for (const check of failedChecks(r)) {
      log.error(`${prefix}#${check.item.number}: ${check.message}`, { title: `Sift check ${check.rule}` });
    }
    if (r.stop?.reason === 'circuit-breaker') problems.push(`${prefix}${r.stop.message}`);
    else if (r.stop) log.warning(`${prefix}Sift stopped early: ${r.stop.message}`);
    const failed = failedOutcomes(r).length;
    if (failed > 0)
      problems.push(`${prefix}${failed} item(s) could not be changed; see the job summary for the reasons.`);
    if (failedChecks(r).length > 0) problems.push(`${prefix}${failedChecks(r).length} check(s) failed.`);
    for (const report of run.reports ?? []) {
      if (report.status === 'failed')
        problems.push(`${prefix}report ${report.id} failed: ${report.note ?? ''}`);
    }
  }
  if (problems.length > 0 || runs.some(runFailed)) log.setFailed(problems.join(' '));
}

/** One log group per item, so a run over thousands of items stays readable. */
export function logOutcome(outcome: ItemOutcome): void {
  log.startGroup(`${itemName(outcome.item)} ${outcome.item.title}`);
  for (const rule of outcome.rules) {
    log.info(oneLine(`[${rule.rule}] ${rule.changes.map(describeOutcome).join('; ')}`));
  }
  core.endGroup();
  if (outcome.error) log.warning(`${itemName(outcome.item)}: ${outcome.error}`);
}
