/**
 * End to end: the bundled CLI (bin/sift.js -> dist/cli/index.js) against the GitHub emulator.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'cli-token-0123456789';
const RULES = `version: 1
rules:
  - id: needs-info
    when:
      labels: { any: [needs-info] }
      comments: { max: 0 }
    then:
      - comment: "@{{author}}, could you add steps to reproduce?"
      - label: waiting
`;

let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, pathPrefix: '/api/v3' });
  const repo = gh.store.addRepo('octo/cli');
  repo.addIssue({ title: 'It breaks', user: 'alice', labels: ['needs-info'] });
  repo.addIssue({ title: 'Works for me' });
  dir = mkdtempSync(join(tmpdir(), 'sift-cli-'));
  writeFileSync(join(dir, 'rules.yml'), RULES);
});
afterEach(async () => {
  await closeConforming(gh);
  rmSync(dir, { recursive: true, force: true });
});

const sift = (args: string[], env: Record<string, string> = { GITHUB_TOKEN: TOKEN }) =>
  spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', ...env }, dir);

describe('the sift CLI', () => {
  it('prints the plan of a dry run as JSON and changes nothing (GHES base URL with a path prefix)', async () => {
    const run = await sift([
      '--repo',
      'octo/cli',
      '--rules',
      'rules.yml',
      '--dry-run',
      '--json',
      '--api-url',
      gh.url,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        number: 1,
        type: 'issue',
        url: 'https://github.com/octo/cli/issues/1',
        title: 'It breaks',
        rules: [
          {
            rule: 'needs-info',
            actions: [
              {
                kind: 'comment',
                body: '@alice, could you add steps to reproduce?',
                marker: 'needs-info',
                status: 'dry-run',
              },
              { kind: 'label', labels: ['waiting'], status: 'dry-run' },
            ],
          },
        ],
      },
    ]);
    expect(gh.writes()).toEqual([]);
    // GraphQL by default: reads are POSTed queries, and none of them is a mutation.
    expect(gh.requests.every((r) => r.method === 'GET' || r.graphql?.operation === 'query')).toBe(true);
    expect(gh.requests.some((r) => r.graphql?.operation === 'query')).toBe(true);
  });

  it('applies the plan and prints it as text', async () => {
    const run = await sift(['run', '--repo', 'octo/cli', '--rules', 'rules.yml', '--api-url', gh.url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '#1 [needs-info] comment; label waiting  https://github.com/octo/cli/issues/1',
    );
    expect(run.stdout).toContain('octo/cli: walked 2 items, changed 1, failed 0');
    const issue = gh.store.repo('octo/cli')!.require(1);
    expect(issue.labels).toEqual(['needs-info', 'waiting']);
    expect(issue.commentList).toHaveLength(1);
  });

  it('a dry run the circuit breaker stops shows the plan per rule and the flag that accepts it', async () => {
    const repo = gh.store.addRepo('octo/backlog');
    for (let n = 0; n < 12; n++)
      repo.addIssue({ title: `Crash ${n}`, user: 'alice', labels: ['needs-info'] });
    for (let n = 0; n < 4; n++) repo.addIssue({ title: `Idea ${n}` });
    const args = ['--repo', 'octo/backlog', '--rules', 'rules.yml', '--dry-run', '--api-url', gh.url];
    const summaryFile = join(dir, 'summary.md');
    const run = await sift([...args, '--summary', summaryFile]);
    const line =
      'Stopped by the circuit breaker: this run would change 12 of the 16 items walked (75%), more than ' +
      'max-change-ratio 0.5 allows. To accept it, run once with --max-change-ratio 1.';
    expect(run.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    expect(run.stdout).toContain(
      'octo/backlog: walked 16 items, planned to change 12, failed 0 (nothing was changed);',
    );
    expect(run.stdout).toContain('\n  needs-info: 12\n');
    expect(run.stdout).toMatch(/^#1 \[needs-info\] comment \(blocked\); label waiting \(blocked\) /m);
    expect(run.stdout).toContain(line);
    expect(run.stderr).toBe(`sift: ${line}\n`);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('| `needs-info` | 12 |');
    expect(summary).not.toMatch(/would change 0/);

    // The one flag the line names lets the same dry run through.
    const accepted = await sift([...args, '--max-change-ratio', '1']);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('octo/backlog: walked 16 items, would change 12, failed 0 (dry run');
    expect(accepted.stderr).toBe('');
    expect(gh.writes()).toEqual([]);
  });

  it('exits 2 with the position of the problem for a bad rules file, before any request', async () => {
    writeFileSync(join(dir, 'rules.yml'), RULES.replace('comments: { max: 0 }', 'comments: { max: -1 }'));
    const run = await sift(['--repo', 'octo/cli', '--rules', 'rules.yml', '--api-url', gh.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rules\.yml:6:\d+: /);
    expect(run.stderr).toContain('nothing was changed');
    expect(gh.requests).toEqual([]);
  });

  it('exits 2 with usage when the token or repository is missing', async () => {
    const noToken = await sift(['--repo', 'octo/cli', '--rules', 'rules.yml'], {});
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('sift: no token: set GITHUB_TOKEN');
    const noRepo = await sift([], { GITHUB_TOKEN: TOKEN });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('sift: --repo owner/name is required');
    expect(gh.requests).toEqual([]);
  });

  it('exits 1 with a clear message when the repository does not exist', async () => {
    const run = await sift(['--repo', 'octo/missing', '--rules', 'rules.yml', '--api-url', gh.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sift: .*octo\/missing.*/);
    expect(run.stderr).not.toContain(TOKEN);
  });
});
