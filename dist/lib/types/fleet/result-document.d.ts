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
/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, or not the shape of schema/sift-result.schema.json).
 */
export declare function parseResultDocument(text: string, source: string): ResultDocument;
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
