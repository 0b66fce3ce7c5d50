/**
 * Runs the bundled Action (dist/index.js) the way the GitHub Actions runner does: a child process with
 * INPUT_* and GITHUB_* variables, a step-summary file and an output file. Asynchronous on purpose: the
 * emulator it talks to lives in this process's event loop.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The bundles under test: the committed dist/. SIFT_DIST_DIR (local runs only) points at another
 * bundle, e.g. one built from the working tree with `ncc build src/index.ts -o DIR` and
 * `ncc build src/cli/index.ts -o DIR/cli`.
 */
const DIST = process.env.SIFT_DIST_DIR;
export const ACTION_ENTRY = resolve(DIST ?? 'dist', 'index.js');
export const CLI_ENTRY = DIST ? resolve(DIST, 'cli/index.js') : resolve('bin/sift.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Directory that held the run's files (the workspace). */
  workspace: string;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Files to create in the workspace before the run, by relative path. */
  files?: Record<string, string>;
  /** Node flags before the entry point (a heap cap, a preloaded probe). */
  nodeArgs?: string[];
}

/** What an event run needs: the forge, the repository, the event and its payload, the rules file. */
export interface EventRunOptions {
  apiUrl: string;
  token: string;
  repository: string;
  eventName: string;
  payload: unknown;
  rules: string;
  inputs?: Record<string, string>;
}

/** The bundled Action on one webhook event, as the runner starts it (payload in GITHUB_EVENT_PATH). */
export function runActionOnEvent(options: EventRunOptions): Promise<ActionRun> {
  return runAction({
    inputs: { token: options.token, rules: '.github/sift.yml', ...options.inputs },
    env: {
      GITHUB_REPOSITORY: options.repository,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: 'event.json',
    },
    files: { '.github/sift.yml': options.rules, 'event.json': JSON.stringify(options.payload) },
  });
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'sift-action-'));
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const full = join(workspace, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const summaryFile = join(workspace, 'step-summary.md');
  const outputFile = join(workspace, 'github-output.txt');
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
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const { code, stdout, stderr } = await spawnNode(
    [...(options.nodeArgs ?? []), ACTION_ENTRY],
    env,
    workspace,
  );
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : ''),
    workspace,
  };
  return run;
}

export function removeWorkspace(run: ActionRun): void {
  rmSync(run.workspace, { recursive: true, force: true });
}

export function spawnNode(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * `sift run` through the bundled CLI on a GitLab project (the emulator at `apiUrl`), with GITLAB_TOKEN
 * and nothing else from this process's environment but PATH; `rules` is a path relative to `cwd`.
 */
export function runGitLabCli(options: {
  apiUrl: string;
  token: string;
  project: string;
  rules: string;
  cwd: string;
  args?: string[];
}): Promise<{ code: number; stdout: string; stderr: string }> {
  return spawnNode(
    [
      CLI_ENTRY,
      'run',
      '--provider',
      'gitlab',
      '--project',
      options.project,
      '--rules',
      options.rules,
      '--api-url',
      options.apiUrl,
      ...(options.args ?? []),
    ],
    { PATH: process.env.PATH ?? '', GITLAB_TOKEN: options.token },
    options.cwd,
  );
}

/** Parses the runner's output file: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
