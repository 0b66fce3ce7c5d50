/**
 * End to end: `sift test` through the bundled CLI and `mode: test` through the bundled Action, with no
 * token and no network (neither is given any address to reach).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode, type ActionRun } from '../helpers/run-action.js';

const STALE = readFileSync('examples/stale.yml', 'utf8');
const FAILING = `version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: a quiet bug report is warned
    item:
      labels: [bug]
      created: 300d ago
      updated: 100d ago
    expect:
      mark-stale-issues:
        - label: stale
        - comment: /no activity for 60 days/
      close-stale-issues: false
  - name: a fresh issue is left alone
    item: { created: 2d ago }
    expect: { mark-stale-issues: false }
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-test-'));
  writeFileSync(join(dir, 'sift.yml'), STALE);
  writeFileSync(join(dir, 'failing.test.yml'), FAILING);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sift = (args: string[]) => spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '' }, dir);

describe('sift test (bundled CLI)', () => {
  it('runs the shipped examples: every test passes, exit 0, no token needed', async () => {
    const run = await sift([
      'test',
      '--rules',
      resolve('examples/stale.yml'),
      '--tests',
      resolve('examples/stale.test.yml'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^passed {2}an issue nobody touched for 90 days is marked stale/m);
    expect(run.stdout).toMatch(/\n9 passed, 0 failed\n$/);
  });

  it('a failing test: exit 1, one line per test, the failing rule expected and actual side by side', async () => {
    const run = await sift(['test', '--rules', 'sift.yml', '--tests', 'failing.test.yml']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('FAILED  a quiet bug report is warned  (failing.test.yml:4:5)');
    expect(lines[3]).toMatch(/^ +x {3}mark-stale-issues +label: stale +label: stale$/);
    expect(lines[4]).toMatch(
      /^ +comment: \/no activity for 60 days\/ +comment: "This issue has had no activity for 100 days/,
    );
    expect(lines[5]).toMatch(/^ +ok {2}close-stale-issues +nothing +nothing$/);
    expect(lines).toContain('passed  a fresh issue is left alone');
    expect(lines).toContain('1 passed, 1 failed');
  });

  it('a bad tests file: exit 2, every problem as path:line:col', async () => {
    writeFileSync(join(dir, 'bad.test.yml'), FAILING.replace('mark-stale-issues:\n', 'mark-stale-issue:\n'));
    const run = await sift(['test', '--rules', 'sift.yml', '--tests', 'bad.test.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'bad.test.yml:10:7: unknown rule id "mark-stale-issue"; did you mean "mark-stale-issues"? ' +
        '(rules in sift.yml: unstale, close-stale-issues, close-stale-prs, mark-stale-issues, mark-stale-prs)\n' +
        'The tests file has problems; no test ran.\n',
    );
  });
});

describe('mode: test (bundled Action)', () => {
  const runs: ActionRun[] = [];
  afterEach(() => runs.splice(0).forEach(removeWorkspace));

  const act = async (tests: string) => {
    const run = await runAction({
      inputs: { mode: 'test', rules: '.github/sift.yml' },
      env: { GITHUB_EVENT_NAME: 'pull_request' },
      files: { '.github/sift.yml': STALE, '.github/sift.test.yml': tests },
    });
    runs.push(run);
    return run;
  };

  it('fails the step on a failed test, with an error annotation at the test line, and a summary table', async () => {
    const run = await act(FAILING);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift test failed%3A a quiet bug report is warned,file=.github/sift.test.yml,line=4,col=5::' +
        'rules not as expected: mark-stale-issues (see the log for expected and actual)',
    );
    expect(run.stdout).toContain('::error::1 of 2 policy tests failed.');
    expect(run.summary).toContain('**Policy tests** (`.github/sift.test.yml`): 1 passed, 1 failed');
    expect(run.summary).toContain(
      '| :x: | `mark-stale-issues` | `label: stale`<br>`comment: /no activity for 60 days/` | `label: stale`<br>`comment: "This issue has had no activity for 100 days.',
    );
    expect(JSON.parse(run.outputs.tests)).toEqual({ passed: 1, failed: 1 });
  });

  it('a bad tests file fails the step with an annotation per problem, at its line', async () => {
    const run = await act(FAILING.replace('created: 2d ago', 'created: two days ago'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift,file=.github/sift.test.yml,line=15,col=22::invalid date "two days ago"',
    );
    expect(run.outputs.tests).toBeUndefined();
  });

  it('passes the step when every test passes (no token, no repository)', async () => {
    const run = await act(readFileSync('examples/stale.test.yml', 'utf8'));
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.tests)).toEqual({ passed: 9, failed: 0 });
  });
});
