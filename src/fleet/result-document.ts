/**
 * The result file (`result-file` input, `--result`): everything a run produced, per repository, as
 * JSON, so a final job can merge the shards' files into one summary (`mode: merge`, `sift merge`).
 * Pure: reading and writing files is the entry points' business.
 */
import { resultShapeProblems } from './result-schema.js';
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

/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, or not the shape of schema/sift-result.schema.json).
 */
export function parseResultDocument(text: string, source: string): ResultDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not JSON (${error instanceof Error ? error.message : String(error)}).`, {
      cause: error,
    });
  }
  const doc = data as Partial<ResultDocument> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== RESULT_FORMAT) {
    throw new Error(`${source} is not a Sift result file (no "format": "${RESULT_FORMAT}").`);
  }
  if (doc.version !== RESULT_VERSION) {
    throw new Error(
      `${source} is a version ${String(doc.version)} result file; this Sift reads version ${RESULT_VERSION}. ` +
        `Run the shards and the merge with the same version of Sift.`,
    );
  }
  const problems = resultShapeProblems(data);
  if (problems.length > 0) {
    throw new Error(`${source} is not a valid result file: ${problems.join('; ')}.`);
  }
  return doc as ResultDocument;
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
