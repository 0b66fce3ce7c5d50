/**
 * Splitting an organisation's repositories into shards for a GitHub Actions matrix: which
 * repositories to sweep, and a split that gives every shard about the same number of open items.
 * Pure: the listing comes from fleet/forge.ts.
 */
import type { RepositoryEntry } from './forge.js';
import { globMatcher } from './globs.js';

/** GitHub runs at most 256 jobs per matrix. */
export const MAX_MATRIX_JOBS = 256;
export const DEFAULT_MAX_SHARDS = 20;

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
export function selectRepositories(
  entries: readonly RepositoryEntry[],
  selection: Selection,
): { selected: RepositoryEntry[]; skipped: Skipped[] } {
  const include = selection.include.map(globMatcher);
  const exclude = selection.exclude.map(globMatcher);
  const selected: RepositoryEntry[] = [];
  const skipped: Skipped[] = [];
  for (const entry of entries) {
    const reason: Skipped['reason'] | null = entry.archived
      ? 'archived'
      : entry.disabled
        ? 'disabled'
        : entry.fork && !selection.includeForks
          ? 'fork'
          : include.length > 0 && !include.some((m) => m(entry.fullName))
            ? 'not included'
            : exclude.some((m) => m(entry.fullName))
              ? 'excluded'
              : null;
    if (reason) skipped.push({ fullName: entry.fullName, reason });
    else selected.push(entry);
  }
  return { selected, skipped };
}

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
export function splitShards(entries: readonly RepositoryEntry[], maxShards: number): ShardPlan {
  if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > MAX_MATRIX_JOBS) {
    throw new Error(
      `max-shards must be a whole number from 1 to ${MAX_MATRIX_JOBS} (GitHub's matrix limit), not ${maxShards}`,
    );
  }
  const count = Math.min(maxShards, entries.length);
  const bins = Array.from({ length: count }, () => ({ names: [] as string[], weight: 0, open: 0 }));
  const weight = (e: RepositoryEntry) => Math.max(1, e.openItems);
  const ordered = [...entries].sort((a, b) => weight(b) - weight(a) || a.fullName.localeCompare(b.fullName));
  for (const entry of ordered) {
    let lightest = bins[0];
    for (const bin of bins) if (bin.weight < lightest.weight) lightest = bin;
    lightest.names.push(entry.fullName);
    lightest.weight += weight(entry);
    lightest.open += entry.openItems;
  }
  return {
    shards: bins.map((bin, i) => ({
      shard: String(i + 1),
      repositories: [...bin.names].sort((a, b) => a.localeCompare(b)).join(' '),
    })),
    openItems: bins.map((bin) => bin.open),
  };
}

/** The `matrix` output: `{"include":[{"shard":"1","repositories":"acme/a acme/b"}, ...]}`. */
export function matrixJson(plan: ShardPlan): string {
  return JSON.stringify({ include: plan.shards });
}
