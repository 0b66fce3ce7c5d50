/**
 * The library bundle (dist/lib/index.js, what `import ... from 'sift-triage'` loads) runs unchanged on
 * Node, Bun and Deno: each runtime runs the same script (fixtures/library-run.mjs) against the GitHub
 * emulator (REST and GraphQL) and the GitLab emulator on 127.0.0.1, and the forge ends up the same way.
 * Bun and Deno are devDependencies (the npm packages `bun` and `deno`), so `npm ci` brings them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'ghp_runtimes_0123456789abcdef';
const LIB = resolve(process.env.SIFT_DIST_DIR ?? 'dist', 'lib/index.js');
const SCRIPT = resolve('__tests__/bundle/fixtures/library-run.mjs');
const BIN = (name: string) => resolve('node_modules/.bin', name);

/** How each runtime runs a script; Deno only with the network of 127.0.0.1 and no update check. */
const RUNTIMES: Record<string, { command: string; args: string[] }> = {
  node: { command: process.execPath, args: [] },
  bun: { command: BIN('bun'), args: ['run'] },
  deno: { command: BIN('deno'), args: ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read'] },
};

const TITLES = ['Crash on save', 'Docs typo', 'crash when offline'];
/** What a rerun reports: the two comments found posted (the labels are there: nothing planned), nothing sent. */
const RERUN = { walked: 3, statuses: { unchanged: 2 }, writes: 0, stop: null };

let gh: GitHubEmulator;
let gl: GitLabEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  gl = await startGitLabEmulator({ token: TOKEN });
  gl.store.addUser({ username: 'alice' });
});
afterAll(async () => {
  await closeConforming(gh);
  await gl.close();
});

function run(
  runtime: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { command, args } = RUNTIMES[runtime]!;
  return new Promise((done, fail) => {
    const child = spawn(command, [...args, SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DENO_NO_UPDATE_CHECK: '1',
        DENO_NO_PROMPT: '1',
        DO_NOT_TRACK: '1',
        SIFT_LIB_URL: pathToFileURL(LIB).href,
        SIFT_TOKEN: TOKEN,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

it('has the runtimes it tests', () => {
  for (const name of ['bun', 'deno']) expect(existsSync(BIN(name))).toBe(true);
});

describe.each(Object.keys(RUNTIMES))('on %s', (runtime) => {
  it.each(['rest', 'graphql'])('triages a GitHub repository through the %s API', async (api) => {
    const repository = `octo/${runtime}-${api}`;
    const repo = gh.store.addRepo(repository);
    for (const title of TITLES) repo.addIssue({ title, user: 'alice' });
    const env = { SIFT_PROVIDER: 'github', SIFT_API: api, SIFT_REPOSITORY: repository, SIFT_API_URL: gh.url };

    const first = await run(runtime, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Two issues, a label and a comment each.
    expect(JSON.parse(first.stdout)).toMatchObject({
      runtime,
      walked: 3,
      statuses: { applied: 4 },
      stop: null,
    });
    const state = () =>
      [1, 2, 3].map((n) => {
        const issue = repo.issue(n)!;
        return { labels: issue.labels, comments: issue.commentList.map((c) => c.body.split('\n')[0]) };
      });
    const done = { labels: ['bug'], comments: ['Thanks for the report.'] };
    expect(state()).toEqual([done, { labels: [], comments: [] }, done]);

    // A rerun, on the same runtime, finds everything done: nothing is written twice.
    const writes = gh.writes().length;
    const second = await run(runtime, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ runtime, ...RERUN });
    expect(gh.writes().length).toBe(writes);
    expect(state()).toEqual([done, { labels: [], comments: [] }, done]);
  });

  it('triages a GitLab project', async () => {
    const path = `group/${runtime}`;
    const project = gl.store.addProject(path);
    for (const title of TITLES) project.addIssue({ title, author: 'alice' });
    const env = { SIFT_PROVIDER: 'gitlab', SIFT_REPOSITORY: path, SIFT_API_URL: gl.url };

    const first = await run(runtime, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Two issues, a label and a comment each.
    expect(JSON.parse(first.stdout)).toMatchObject({
      runtime,
      walked: 3,
      statuses: { applied: 4 },
      stop: null,
    });
    const state = () =>
      [1, 2, 3].map((iid) => {
        const issue = project.issue(iid)!;
        const notes = issue.notes.filter((n) => !n.system).map((n) => n.body.split('\n')[0]);
        return { labels: issue.labels, notes };
      });
    const done = { labels: ['bug'], notes: ['Thanks for the report.'] };
    expect(state()).toEqual([done, { labels: [], notes: [] }, done]);

    const second = await run(runtime, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ runtime, ...RERUN });
    expect(state()).toEqual([done, { labels: [], notes: [] }, done]);
  });
});
