/**
 * `sift --repo a/b,c/d`, `--result FILE`, or a rules file with reports: the sweep through
 * fleet/sweep.ts, each repository in turn, then the report issues, the result file and the summary.
 */
import { writeFile } from 'node:fs/promises';
import { logJson } from '../report/log-line.js';
import type { FleetForge } from '../fleet/forge.js';
import { publishRunReports } from '../fleet/reports.js';
import { resultDocument } from '../fleet/result-document.js';
import { spentBy } from '../fleet/spent.js';
import { runFailed, sweepEach } from '../fleet/sweep.js';
import type { RuleSet } from '../model/rules.js';
import { triage } from '../pipeline/triage.js';
import { writeResultFile } from '../node/result-files.js';
import { createGitHubFleet } from '../providers/github/fleet.js';
import { createGitLabFleet } from '../providers/gitlab/fleet.js';
import { loadProvider } from '../providers/load.js';
import { renderFleetSummary } from '../report/fleet-summary.js';
import { planEntries, renderText, stopLine } from '../report/index.js';
import { renderSweepSummary } from '../report/sweep-summary.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './main.js';

export async function sweepCommand(options: CliOptions, rules: RuleSet, io: CliIo): Promise<number> {
  const settings = options.provider;
  const fleet: FleetForge =
    settings.provider === 'gitlab'
      ? createGitLabFleet({
          token: settings.token,
          baseUrl: settings.apiUrl ?? 'https://gitlab.com/api/v4',
          tokenKind: settings.jobToken ? 'job' : 'private',
        })
      : createGitHubFleet({
          token: settings.token,
          baseUrl: settings.apiUrl ?? 'https://api.github.com',
          api: settings.api ?? 'graphql',
        });
  const several = options.repositories.length > 1;
  const now = new Date();
  const bodies = new Map<string, Map<string, string>>();
  const runs = await sweepEach({
    repositories: options.repositories,
    forge: fleet,
    preflight: several,
    sweep: async (repository) => {
      const provider = await loadProvider({
        ...settings,
        repository,
        dryRun: options.dryRun,
      });
      const result = await triage({ provider, rules, now, dryRun: options.dryRun, ...options.limits });
      return { result, spent: spentBy(provider) };
    },
    after: async (run) => {
      const published = await publishRunReports({
        run,
        reports: rules.reports,
        forge: fleet,
        now,
        maxOperations: options.limits.maxOperations,
      });
      if (published && options.dryRun) bodies.set(run.repository, published.bodies);
    },
  });

  if (options.json) {
    const entries = runs.flatMap((run) =>
      run.result
        ? planEntries(run.result).map((e) => (several ? { repository: run.repository, ...e } : e))
        : [],
    );
    io.out(logJson(entries));
  } else {
    for (const run of runs) {
      if (run.result) io.out(renderText(run.result));
      else io.out(`${run.repository}: NOT SWEPT: ${run.error ?? ''}\n`);
      for (const report of run.reports ?? []) {
        io.out(
          `${run.repository}: report ${report.id}${report.issue ? ` #${report.issue.number}` : ''}: ${report.status}` +
            `${report.note ? ` (${report.note})` : ''}\n`,
        );
      }
    }
  }
  if (options.summaryFile) {
    const summary = several
      ? renderFleetSummary(runs, {
          title: `Sift triage of ${runs.length} repositories`,
          dryRun: options.dryRun,
          bodies,
          trigger: 'cli',
        })
      : runs[0].result
        ? renderSweepSummary(runs[0], { trigger: 'cli', bodies: bodies.get(runs[0].repository) })
        : `## ${runs[0].repository}\n\nNot swept: ${runs[0].error ?? ''}\n`;
    await writeFile(options.summaryFile, summary);
  }
  if (options.resultFile) {
    const path = await writeResultFile(
      options.resultFile,
      resultDocument(runs, { rulesFile: rules.file, dryRun: options.dryRun, generatedAt: now }),
    );
    io.err(`sift: result written to ${path}\n`);
  }
  for (const run of runs) {
    if (run.error !== undefined)
      io.err(
        `sift: ${run.repository}: ${run.result ? 'failed after its sweep' : 'not swept'}: ${run.error}\n`,
      );
    else if (run.result?.stop) io.err(`sift: ${run.repository}: ${stopLine(run.result.stop)}\n`);
  }
  return runs.some(runFailed) ? 1 : 0;
}
