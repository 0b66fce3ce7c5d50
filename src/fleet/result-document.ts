/**
 * The result file (`result-file` input, `--result`): everything a run produced, per repository, as
 * JSON, so a final job can merge the shards' files into one summary (`mode: merge`, `sift merge`).
 * Pure: reading and writing files is the entry points' business.
 */
import type { RepositoryRun } from './sweep.js';

export const RESULT_FORMAT = 'sift-result';
export const RESULT_VERSION = 1;

export interface ResultDocument {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  /** ISO 8601: when the run ended. */
  generatedAt: string;
  rulesFile: string;
  dryRun: boolean;
  /** One per repository, in the order swept. */
  runs: RepositoryRun[];
}

export function resultDocument(
  runs: RepositoryRun[],
  context: { rulesFile: string; dryRun: boolean; generatedAt: Date },
): ResultDocument {
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    generatedAt: context.generatedAt.toISOString(),
    rulesFile: context.rulesFile,
    dryRun: context.dryRun,
    runs,
  };
}

export interface MergedResults {
  runs: RepositoryRun[];
  /** True when any of the files came from a dry run. */
  dryRun: boolean;
  rulesFiles: string[];
  /** Repositories found in more than one file: the latest file's run is kept (a shard run again). */
  duplicates: string[];
  files: number;
}

/** The runs of several result files, one per repository, in the order of the files and runs. */
export function mergeResults(docs: readonly ResultDocument[]): MergedResults {
  const byRepository = new Map<string, { run: RepositoryRun; at: string }>();
  const duplicates = new Set<string>();
  for (const doc of docs) {
    for (const run of doc.runs) {
      const key = run.repository.toLowerCase();
      const earlier = byRepository.get(key);
      if (earlier) {
        duplicates.add(run.repository);
        if (earlier.at > doc.generatedAt) continue;
      }
      byRepository.set(key, { run, at: doc.generatedAt });
    }
  }
  return {
    runs: [...byRepository.values()].map((v) => v.run),
    dryRun: docs.some((d) => d.dryRun),
    rulesFiles: [...new Set(docs.map((d) => d.rulesFile))],
    duplicates: [...duplicates],
    files: docs.length,
  };
}
