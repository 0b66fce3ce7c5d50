/**
 * Repeat sweeps with the ETag cache (REST): the bundled CLI with `--cache-dir`, three real runs in a
 * row on the lifelike repository, and the requests each made, counted against the rate limit or not
 * (a 304 Not Modified is free). The first run fills the cache and changes the items that are due; the
 * second sees those changes; the third runs on a repository that nothing changed since the second.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { CLI_ENTRY, spawnNode } from '../__tests__/helpers/run-action.js';
import { STALE_RULES } from '../__tests__/helpers/rules.js';
import { seedLifelike } from './workloads.js';

export interface RerunRow {
  run: 'first' | 'after changes' | 'unchanged';
  total: number;
  /** Requests counted against the rate limit: all but the 304s. */
  counted: number;
  notModified: number;
  exitCode: number;
  /** The cache file after the run. */
  cacheBytes: number;
}

const TOKEN = 'bench-rerun-token-not-secret';

export async function measureReruns(items: number): Promise<RerunRow[]> {
  const gh = await startGitHubEmulator({ token: TOKEN });
  const dir = mkdtempSync(join(tmpdir(), 'sift-bench-rerun-'));
  try {
    seedLifelike(gh.store.addRepo('bench/repo'), items, new Date(), 'real-world');
    writeFileSync(join(dir, 'rules.yml'), STALE_RULES);
    const rows: RerunRow[] = [];
    for (const run of ['first', 'after changes', 'unchanged'] as const) {
      const from = gh.requests.length;
      const result = await spawnNode(
        [
          CLI_ENTRY,
          ...['--repo', 'bench/repo', '--rules', 'rules.yml', '--api', 'rest', '--api-url', gh.url],
          ...['--cache-dir', 'cache', '--max-operations', '100000', '--max-change-ratio', '1'],
          ...['--comments-per-minute', '0'],
        ],
        { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN },
        dir,
      );
      const requests = gh.requests.slice(from);
      const notModified = requests.filter((r) => r.status === 304).length;
      rows.push({
        run,
        total: requests.length,
        counted: requests.length - notModified,
        notModified,
        exitCode: result.code,
        cacheBytes: statSync(join(dir, 'cache', 'etags-bench-repo.json')).size,
      });
    }
    return rows;
  } finally {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
