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

/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, a malformed run).
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
  if (!Array.isArray(doc.runs)) throw new Error(`${source} has no "runs" list.`);
  doc.runs.forEach((run: unknown, i) => {
    const r = run as Partial<RepositoryRun> | null;
    const ok =
      typeof r === 'object' &&
      r !== null &&
      typeof r.repository === 'string' &&
      (r.result === undefined || isResult(r.result)) &&
      (r.result !== undefined || typeof r.error === 'string');
    if (!ok) throw new Error(`${source}: runs[${i}] is not a repository's result.`);
  });
  return doc as ResultDocument;
}

function isResult(value: unknown): boolean {
  const r = value as Record<string, unknown> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.walked === 'number' &&
    Array.isArray(r.outcomes) &&
    Array.isArray(r.checks) &&
    Array.isArray(r.ruleIds) &&
    typeof r.requests === 'object' &&
    typeof r.deferred === 'object'
  );
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
