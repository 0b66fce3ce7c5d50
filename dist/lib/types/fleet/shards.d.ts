/**
 * Splitting an organisation's repositories into shards for a GitHub Actions matrix: which
 * repositories to sweep, and a split that gives every shard about the same number of open items.
 * Pure: the listing comes from fleet/forge.ts.
 */
import type { RepositoryEntry } from './forge.js';
/** GitHub runs at most 256 jobs per matrix. */
export declare const MAX_MATRIX_JOBS = 256;
export declare const DEFAULT_MAX_SHARDS = 20;
export interface Selection {
    /** Sweep forks too (default: skip them). */
    includeForks: boolean;
    /** Patterns a repository must match one of; empty: every repository. */
    include: readonly string[];
    /** Patterns that leave a repository out, even when included. */
    exclude: readonly string[];
}
export interface Skipped {
    fullName: string;
    reason: 'archived' | 'disabled' | 'fork' | 'not included' | 'excluded';
}
/** The repositories to sweep, and why each of the others is left out. */
export declare function selectRepositories(entries: readonly RepositoryEntry[], selection: Selection): {
    selected: RepositoryEntry[];
    skipped: Skipped[];
};
export interface Shard {
    /** "1", "2", ...: a string, as matrix values are. */
    shard: string;
    /** Full names separated by spaces: the `repository` input of the shard's job. */
    repositories: string;
}
export interface ShardPlan {
    shards: Shard[];
    /** Open items per shard, in the shards' order, for the log. */
    openItems: number[];
}
/**
 * At most `maxShards` shards (never more than there are repositories), balanced by open items: the
 * largest repository goes first to the lightest shard, and so on (longest-processing-time-first). A
 * repository with no open items still weighs 1: listing it costs a request. Deterministic: ties go to
 * the lower shard, and names sort within a shard.
 */
export declare function splitShards(entries: readonly RepositoryEntry[], maxShards: number): ShardPlan;
/** The `matrix` output: `{"include":[{"shard":"1","repositories":"acme/a acme/b"}, ...]}`. */
export declare function matrixJson(plan: ShardPlan): string;
