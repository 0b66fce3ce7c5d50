/**
 * The result file (`result-file` input, `--result`): everything a run produced, per repository, as
 * JSON, so a final job can merge the shards' files into one summary (`mode: merge`, `sift merge`).
 * Pure: reading and writing files is the entry points' business.
 */
import type { RepositoryRun } from './sweep.js';
export declare const RESULT_FORMAT = "sift-result";
export declare const RESULT_VERSION = 1;
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
export declare function resultDocument(runs: RepositoryRun[], context: {
    rulesFile: string;
    dryRun: boolean;
    generatedAt: Date;
}): ResultDocument;
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
export declare function mergeResults(docs: readonly ResultDocument[]): MergedResults;
