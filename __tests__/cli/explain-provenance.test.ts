/**
 * `sift --explain` on the GitHub emulator: a rule after close-stale sees the issue closed, and the
 * explanation says which rule did it (issue 21: "state: closed (by rule close-stale, earlier in this
 * run)"), while the forge's issue stays open (explain changes nothing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { STALE_RULES } from '../helpers/rules.js';

const TOKEN = 'ghp_explain_provenance_0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const RULES = `${STALE_RULES}  - id: lock-closed
    when:
      state: closed
      labeled: { stale: 7d }
    then:
      - lock: resolved
`;

let gh: GitHubEmulator;
let dir: string;
beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  gh.store.addRepo('octo/app').addIssue({
    title: 'Old question',
    user: 'alice',
    labels: ['stale'],
    created_at: ago(100),
    labelEvents: [{ label: 'stale', created_at: ago(10), actor: 'sift[bot]' }],
  });
  dir = mkdtempSync(join(tmpdir(), 'sift-explain-'));
  writeFileSync(join(dir, 'sift.yml'), RULES);
});
afterAll(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

it('names the earlier rule beside what it changed', async () => {
  let out = '';
  let err = '';
  const code = await main(
    ['--repo', 'octo/app', '--rules', join(dir, 'sift.yml'), '--api-url', gh.url, '--explain', '1'],
    { GITHUB_TOKEN: TOKEN },
    { out: (t) => (out += t), err: (t) => (err += t) },
  );
  expect({ code, err }).toEqual({ code: 0, err: '' });
  const lockClosed = out.slice(out.indexOf('rule lock-closed'));
  expect(lockClosed.split('\n').slice(0, 4)).toEqual([
    'rule lock-closed: matches',
    '  yes  state closed  [state: closed (by rule close-stale, earlier in this run)]',
    '  yes  labeled stale 7d  [stale applied 10 days ago]',
    '  => lock (resolved)',
  ]);
  // The close-stale rule itself saw the issue as GitHub has it.
  expect(out).toContain('rule close-stale: matches\n');
  expect(out.slice(out.indexOf('rule close-stale'), out.indexOf('rule lock-closed'))).not.toContain(
    'earlier in this run',
  );
  expect(gh.store.repo('octo/app')!.issue(1)!.state).toBe('open');
  expect(gh.writes()).toEqual([]);
});
