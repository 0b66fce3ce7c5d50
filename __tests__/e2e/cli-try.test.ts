/**
 * End to end: `sift try` with the bundled CLI. It serves a sample repository from the emulator on
 * 127.0.0.1 and dry-runs the user's rules on it; no token is set in these runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-try-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sift = (args: string[]) => spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '' }, dir);

describe('sift try', () => {
  it("dry-runs the demo's rules on the demo sample: what they would do, then the tally", async () => {
    const run = await sift(['try', '--rules', resolve('demo/sift.yml')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `sift try: the rules in ${resolve('demo/sift.yml')} on the demo sample repository`,
      '(60 issues and pull requests: fresh, idle, pinned, stale and waiting, stale and due, drafts),',
      expect.stringMatching(
        /^served on http:\/\/127\.0\.0\.1:\d+\. A dry run: what a real run would do; nothing is kept\.$/,
      ),
    ]);
    // One line per item and rule, with the actions, as `sift --dry-run` prints them.
    expect(lines).toContain('#1 [label-bugs] label bug  https://github.com/sift-try/demo/issues/1');
    expect(
      lines.filter((line) => / \[close-stale\] comment; close \(not planned\) /.test(line)),
    ).toHaveLength(3);
    const tally = lines.findIndex((line) =>
      line.startsWith('sift-try/demo: walked 60 items, would change 27'),
    );
    expect(tally).toBeGreaterThan(0);
    expect(lines.slice(tally + 1, tally + 7)).toEqual([
      '  mark-stale: 6',
      '  close-stale: 3',
      '  label-bugs: 9',
      '  needs-triage: 6',
      '  wip-pull-requests: 6',
      '  ping-unassigned-bugs: 7',
    ]);
  });

  it('runs your own rules on the lifelike sample, and prints the plan as JSON with --json', async () => {
    writeFileSync(
      join(dir, 'my.yml'),
      'version: 1\nrules:\n  - id: security-first\n    when: { labels: { any: [security] } }\n    then: [{ label: priority }]\n',
    );
    const run = await sift(['try', '--rules', 'my.yml', '--sample', 'lifelike', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { rules: { rule: string; actions: { status: string }[] }[] }[];
    expect(plan.length).toBeGreaterThan(0);
    for (const item of plan) {
      expect(item.rules.map((r) => r.rule)).toEqual(['security-first']);
      expect(item.rules[0].actions.every((a) => a.status === 'dry-run')).toBe(true);
    }
  });

  it('reports a bad rules file at its position before it starts anything: exit 2', async () => {
    writeFileSync(
      join(dir, 'bad.yml'),
      'version: 1\nrules:\n  - id: a\n    when: { inactive: 60days }\n    then: [{ label: x }]\n',
    );
    const run = await sift(['try', '--rules', 'bad.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bad\.yml:4:\d+: invalid duration "60days"/);
  });

  it('refuses a sample it does not have', async () => {
    const run = await sift(['try', '--rules', resolve('demo/sift.yml'), '--sample', 'huge']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--sample must be one of demo, lifelike, not "huge"');
  });
});
