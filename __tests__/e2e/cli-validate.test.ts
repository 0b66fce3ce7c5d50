/**
 * End to end: `sift validate` with the bundled CLI, and every command reading the rules file before it
 * asks for a token. No token is set in any of these runs; the emulator is there only to show that
 * nothing is asked of it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: 'unused' });
  gh.store.addRepo('octo/cli');
  dir = mkdtempSync(join(tmpdir(), 'sift-validate-'));
  mkdirSync(join(dir, '.github'));
  copyFileSync(resolve('examples/stale.yml'), join(dir, '.github/sift.yml'));
  copyFileSync(resolve('examples/stale.test.yml'), join(dir, '.github/sift.test.yml'));
});
afterEach(async () => {
  await closeConforming(gh);
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI with no token in its environment, pointed at the emulator should it ever ask anything. */
const sift = (args: string[]) =>
  spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', GITHUB_API_URL: gh.url }, dir);

describe('sift validate', () => {
  it('checks the default rules and tests files with no token and no request: exit 0', async () => {
    const run = await sift(['validate']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('.github/sift.yml: valid, 5 rules\n.github/sift.test.yml: valid, 9 tests\n');
    expect(run.code).toBe(0);
    expect(gh.requests).toEqual([]);
  });

  it('checks only the rules when there is no tests file and none is named', async () => {
    rmSync(join(dir, '.github/sift.test.yml'));
    const run = await sift(['validate', '--rules', '.github/sift.yml']);
    expect(run.stdout).toBe('.github/sift.yml: valid, 5 rules\n');
    expect(run.code).toBe(0);
  });

  it('reports every problem of a bad rules file at its line and column: exit 2', async () => {
    writeFileSync(
      join(dir, 'bad.yml'),
      [
        'version: 1',
        'rules:',
        '  - id: a',
        '    when: { lables: [x], inactive: 60days }',
        '    then: [{ label: y }]',
        '',
      ].join('\n'),
    );
    const run = await sift(['validate', '--rules', 'bad.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'bad.yml:4:13: unknown key "lables" in a condition; did you mean "labels"?',
      expect.stringMatching(/^bad\.yml:4:36: invalid duration "60days"/),
      'The rules file has problems.',
    ]);
    expect(gh.requests).toEqual([]);
  });

  it('reports a bad tests file at its position: exit 2', async () => {
    writeFileSync(
      join(dir, 'bad.test.yml'),
      [
        'version: 1',
        'tests:',
        '  - name: t',
        '    item: { type: issue }',
        '    expect: { mark-stal: true }',
        '',
      ].join('\n'),
    );
    const run = await sift(['validate', '--tests', 'bad.test.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('.github/sift.yml: valid, 5 rules\n');
    expect(run.stderr).toMatch(/^bad\.test\.yml:5:15: unknown rule id "mark-stal"/);
  });

  it('a tests file that --tests names must exist', async () => {
    const run = await sift(['validate', '--tests', 'missing.test.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.test.yml: tests file not found');
  });

  it('checks the rules against what GitLab can do with --provider gitlab', async () => {
    rmSync(join(dir, '.github/sift.test.yml'));
    writeFileSync(
      join(dir, 'assoc.yml'),
      'version: 1\nrules:\n  - id: first\n    when: { author-association: FIRST_TIMER }\n    then: [{ label: welcome }]\n',
    );
    expect((await sift(['validate', '--rules', 'assoc.yml'])).code).toBe(0);
    const run = await sift(['validate', '--rules', 'assoc.yml', '--provider', 'gitlab']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^assoc\.yml:3:5: rule "first" uses the condition "author-association", which the gitlab provider does not support\n/,
    );
  });
});

describe('every command reads the rules file before it asks for a token', () => {
  it('a run with a bad rules file and no token reports the rules file, not the token', async () => {
    writeFileSync(
      join(dir, 'bad.yml'),
      'version: 1\nrules:\n  - id: a\n    when: { inactive: 60days }\n    then: [{ label: x }]\n',
    );
    const run = await sift(['--repo', 'octo/cli', '--rules', 'bad.yml', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bad\.yml:4:\d+: invalid duration "60days"/);
    expect(run.stderr).not.toContain('token');
    expect(gh.requests).toEqual([]);
  });

  it('a run with a good rules file and no token says which token to set', async () => {
    const run = await sift(['--repo', 'octo/cli', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sift: no token: set GITHUB_TOKEN');
    expect(gh.requests).toEqual([]);
  });
});
