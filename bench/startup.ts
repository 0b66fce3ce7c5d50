/**
 * Process start to first request: the bundled Action (dist/index.js) spawned as the runner does, a
 * sweep of a repository of 10 issues with the stale rules, timed from just before the spawn to the
 * moment the emulator (on 127.0.0.1, no latency) receives Sift's first request. What is left is
 * Node starting, the bundle loading and the rules file being read: what loading less code saves.
 * Reported by `npm run bench` (the median of `runs`), never asserted.
 */
import { performance } from 'node:perf_hooks';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { removeWorkspace, runAction } from '../__tests__/helpers/run-action.js';
import { STALE_RULES } from './workloads.js';

const TOKEN = 'bench-token-not-secret';
const REPOSITORY = 'bench/start';

export interface StartupFigures {
  api: 'rest' | 'graphql';
  /** Each run's milliseconds from spawn to the first request. */
  runsMs: number[];
  medianMs: number;
}

export async function measureStartup(api: 'rest' | 'graphql', runs = 7): Promise<StartupFigures> {
  const runsMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const gh = await startGitHubEmulator({ token: TOKEN });
    try {
      const repo = gh.store.addRepo(REPOSITORY);
      for (let n = 0; n < 10; n++) repo.addIssue({ title: `Issue ${n + 1}` });
      let firstAt: number | undefined;
      gh.onRequest = () => {
        firstAt ??= performance.now();
        return undefined;
      };
      const started = performance.now();
      const run = await runAction({
        inputs: { token: TOKEN, rules: '.github/sift.yml', 'dry-run': 'true', api },
        env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url },
        files: { '.github/sift.yml': STALE_RULES },
      });
      removeWorkspace(run);
      if (run.code !== 0 || firstAt === undefined) {
        throw new Error(`start-up run failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
      }
      runsMs.push(firstAt - started);
    } finally {
      await gh.close();
    }
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { api, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] };
}
