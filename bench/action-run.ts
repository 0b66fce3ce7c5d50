/**
 * Runs the bundled Action (dist/index.js) as the Actions runner does, like the tests' runAction, but
 * with node flags (a heap cap) and the memory probe preloaded, timing the run from spawn to exit.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACTION_ENTRY, parseOutputFile, spawnNode } from '../__tests__/helpers/run-action.js';

const PROBE = pathToFileURL(resolve('bench/probe.js')).href;

export interface BenchRun {
  code: number;
  stderr: string;
  stdout: string;
  outputs: Record<string, string>;
  wallMs: number;
  peakHeap: number | null;
  /** Peak heap right after a garbage collection: the memory really kept alive. */
  peakLiveHeap: number | null;
  peakRss: number | null;
}

export async function runBundled(options: {
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
  maxOldSpaceMb?: number;
}): Promise<BenchRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'sift-bench-'));
  try {
    for (const [path, text] of Object.entries(options.files)) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    const summaryFile = join(workspace, 'step-summary.md');
    const outputFile = join(workspace, 'github-output.txt');
    const probeFile = join(workspace, 'probe.json');
    writeFileSync(summaryFile, '');
    writeFileSync(outputFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: workspace,
      SIFT_BENCH_PROBE: probeFile,
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const flags = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
    const started = performance.now();
    const { code, stdout, stderr } = await spawnNode(
      [...flags, '--import', PROBE, ACTION_ENTRY],
      env,
      workspace,
    );
    const wallMs = performance.now() - started;
    const probe = existsSync(probeFile)
      ? (JSON.parse(readFileSync(probeFile, 'utf8')) as {
          peakHeap: number;
          peakLiveHeap: number;
          peakRss: number;
        })
      : null;
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      wallMs,
      peakHeap: probe?.peakHeap ?? null,
      peakLiveHeap: probe?.peakLiveHeap ?? null,
      peakRss: probe?.peakRss ?? null,
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
