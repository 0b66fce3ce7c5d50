/** `sift shards` and `sift merge`: the org-wide commands, which triage nothing themselves. */
import { writeFile } from 'node:fs/promises';
import { inertJson, inertLog, logJson } from '../report/log-line.js';
import { mergeResults } from '../fleet/result-document.js';
import { matrixJson, selectRepositories, splitShards } from '../fleet/shards.js';
import { runFailed } from '../fleet/sweep.js';
import { readResultFiles } from '../node/result-files.js';
import { createGitHubFleet } from '../providers/github/fleet.js';
import { createGitLabFleet } from '../providers/gitlab/fleet.js';
import { fleetOutputs } from '../report/fleet-outputs.js';
import { renderFleetSummary } from '../report/fleet-summary.js';
import { mergedFrom } from '../report/fleet-summary.js';
import { tallyWords } from '../report/result.js';
import type { ShardsOptions } from './args.js';
import type { CliIo } from './main.js';

/** Prints the matrix JSON (stdout) and what was skipped (stderr); resolves to the exit code. */
export async function shardsCommand(options: ShardsOptions, io: CliIo): Promise<number> {
  const fleet =
    options.provider === 'gitlab'
      ? createGitLabFleet({ token: options.token, baseUrl: options.apiUrl })
      : createGitHubFleet({ token: options.token, baseUrl: options.apiUrl, api: 'rest' });
  const listed = await fleet.listRepositories(options.owner);
  const { selected, skipped } = selectRepositories(listed, options.selection);
  const plan = splitShards(selected, options.maxShards);
  io.out(inertJson(matrixJson(plan)) + '\n');
  io.err(
    `sift: ${options.owner}: ${listed.length} repositories, ${selected.length} in ${plan.shards.length} shards` +
      (skipped.length > 0
        ? `; skipped ${skipped.map((s) => `${s.fullName} (${s.reason})`).join(', ')}`
        : '') +
      '\n',
  );
  return 0;
}

/** Merges the result files under `dir`: text (or --json lines per repository), --summary Markdown. */
export async function mergeCommand(
  command: { dir: string; summaryFile?: string; json: boolean },
  io: CliIo,
): Promise<number> {
  const { documents, rejected } = await readResultFiles(command.dir);
  for (const r of rejected) io.err(inertLog(`sift: skipped ${r.problem}\n`));
  const merged = mergeResults(documents);
  const outputs = fleetOutputs(merged.runs);
  if (command.json)
    io.out(logJson({ repositories: JSON.parse(outputs.repositories), deferred: outputs.deferred }));
  else {
    for (const run of merged.runs) {
      const r = run.result;
      io.out(
        r
          ? `${run.repository}: ${tallyWords(r)}, ` +
              `failed ${r.outcomes.filter((o) => o.error !== undefined).length}, deferred ${r.deferred.items}, ` +
              `${r.requests.reads + r.requests.writes} requests\n`
          : `${run.repository}: NOT SWEPT: ${run.error ?? ''}\n`,
      );
    }
    io.out(`${mergedFrom(merged.runs.length, merged.files)}.\n`);
  }
  if (command.summaryFile) {
    await writeFile(
      command.summaryFile,
      renderFleetSummary(merged.runs, {
        title: `Sift: ${mergedFrom(merged.runs.length, merged.files)}`,
        dryRun: merged.dryRun,
        mode: 'merge',
        rejected,
      }),
    );
  }
  // A skipped file hides a shard's repositories: the rest are merged, and the exit code says so.
  return merged.runs.some(runFailed) || rejected.length > 0 ? 1 : 0;
}
