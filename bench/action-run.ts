/**
 * Runs the bundled Action through the tests' runAction (as the Actions runner does), with node flags
 * (a heap cap) and the memory probe preloaded, timing the run from spawn to exit.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeWorkspace, runAction } from '../__tests__/helpers/run-action.js';

const PROBE = pathToFileURL(resolve('bench/probe.js')).href;

export interface BenchRun {
  code: number;
  stderr: string;
  stdout: string;
  outputs: Record<string, string>;
  wallMs: number;
  peakHeap: number | null;
  /** Peak heap right after a garbage collection (minor ones included). */
  peakLiveHeap: number | null;
  /** Peak heap right after a full collection (`retained`: forced every 250 ms): what the run keeps alive. */
  peakRetainedHeap: number | null;
  peakRss: number | null;
}

export async function runBundled(options: {
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
  maxOldSpaceMb?: number;
  /** Force a full collection every 250 ms to measure the retained heap (costs a little time). */
  retained?: boolean;
}): Promise<BenchRun> {
  // The probe writes its peaks to a file the run names; the workspace is made by runAction.
  const probeDir = mkdtempSync(join(tmpdir(), 'sift-bench-'));
  const probeFile = join(probeDir, 'probe.json');
  try {
    const flags = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
    if (options.retained) flags.push('--expose-gc');
    const started = performance.now();
    const run = await runAction({
      inputs: options.inputs,
      env: { SIFT_BENCH_PROBE: probeFile, ...options.env },
      files: options.files,
      nodeArgs: [...flags, '--import', PROBE],
    });
    const wallMs = performance.now() - started;
    removeWorkspace(run);
    const probe = existsSync(probeFile)
      ? (JSON.parse(readFileSync(probeFile, 'utf8')) as {
          peakHeap: number;
          peakLiveHeap: number;
          peakRetainedHeap: number | null;
          peakRss: number;
        })
      : null;
    return {
      code: run.code,
      stdout: run.stdout,
      stderr: run.stderr,
      outputs: run.outputs,
      wallMs,
      peakHeap: probe?.peakHeap ?? null,
      peakLiveHeap: probe?.peakLiveHeap ?? null,
      peakRetainedHeap: probe?.peakRetainedHeap ?? null,
      peakRss: probe?.peakRss ?? null,
    };
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}
