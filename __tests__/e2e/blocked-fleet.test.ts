/**
 * A run over several repositories where the circuit breaker stops one: the bundled Action's log line
 * says what that repository planned and what stopped it (not "would change 0"), the totals count its
 * plan in a column of its own and never as changed, the `repositories` output gives it `planned`, and
 * `sift merge` of the result file says the same. One repository alone: the same log line.
 */
import { mkdirSync, rmSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { removeWorkspace, runAction } from '../helpers/run-action.js';

const TOKEN = 'ghp_blocked_fleet_0123456789';
// Labels every issue without `seen`: all 30 of acme/backlog (over max-change-ratio 0.5), 2 of the 20
// of acme/tidy (18 already carry it).
const RULES = `version: 1
rules:
  - id: mark-seen
    when:
      type: issue
      labels: { none: [seen] }
    then:
      - label: seen
`;

let gh: GitHubEmulator;
beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const backlog = gh.store.addRepo('acme/backlog');
  for (let n = 0; n < 30; n++) backlog.addIssue({ title: `old ${n}` });
  const tidy = gh.store.addRepo('acme/tidy');
  for (let n = 0; n < 20; n++) tidy.addIssue({ title: `tidy ${n}`, labels: n < 18 ? ['seen'] : [] });
});
afterEach(() => gh.close());

const act = (repository: string, extra: Record<string, string> = {}) =>
  runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', repository, ...extra },
    env: { GITHUB_REPOSITORY: 'acme/tidy', GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule' },
    files: { '.github/sift.yml': RULES },
  });

describe('a repository stopped by the circuit breaker, among others', () => {
  it('log, totals, outputs and merge count its plan as planned, not as changed', async () => {
    const run = await act('acme/backlog acme/tidy', { 'result-file': 'result.json' });
    try {
      expect(run.code).toBe(1);
      // acme/tidy was changed; acme/backlog was not touched.
      const seen = (name: string) =>
        gh.store.repo(name)!.issues.filter((i) => i.labels.includes('seen')).length;
      expect([seen('acme/backlog'), seen('acme/tidy')]).toEqual([0, 20]);

      const lines = run.stdout.split('\n');
      expect(lines).toContain(
        'acme/backlog: walked 30 items; planned to change 30, changed nothing (stopped by the circuit breaker).',
      );
      expect(lines).toContain('acme/tidy: walked 20 items; changed 2.');
      expect(run.stdout).not.toMatch(/acme\/backlog: walked 30 items; changed 0/);

      // Totals: 2 changed, 30 planned apart; the per-rule table likewise; the row says 0 (30 planned).
      expect(run.summary).toContain('> The circuit breaker stopped 1 repository: it changed nothing');
      expect(run.summary).toContain(
        '| Repositories | Not swept | Items walked | Items changed | Items planned, not changed (circuit breaker) | Failed items |',
      );
      expect(run.summary).toMatch(/\n\| 2 \| 0 \| 50 \| 2 \| 30 \| 0 \| 0 \| /);
      expect(run.summary).toMatch(/\n\| `mark-seen` \| 2 \| 30 \| 0 \|\n/);
      expect(run.summary).toMatch(
        /\n\| acme\/backlog \| \*\*circuit breaker\*\* \| 30 \| 0 \(30 planned\) \| 0 \|/,
      );

      const repositories = JSON.parse(run.outputs.repositories) as Record<string, unknown>[];
      expect(repositories.map((r) => [r.repository, r.status, r.changed, r.planned])).toEqual([
        ['acme/backlog', 'failed', 0, 30],
        ['acme/tidy', 'done', 2, undefined],
      ]);
      expect(run.outputs.changed).toBe('2');

      // The merge of the result file says the same.
      const dir = mkdtempSync(join(tmpdir(), 'sift-blocked-merge-'));
      mkdirSync(join(dir, 'results'));
      copyFileSync(join(run.workspace, 'result.json'), join(dir, 'results', 'shard-1.json'));
      let out = '';
      const code = await main(['merge', join(dir, 'results')], {}, { out: (t) => (out += t), err: () => {} });
      rmSync(dir, { recursive: true, force: true });
      expect(code).toBe(1);
      expect(out).toMatch(
        /^acme\/backlog: walked 30 items; planned to change 30, changed nothing \(stopped by the circuit breaker\), failed 0, /m,
      );
      expect(out).toMatch(/^acme\/tidy: walked 20 items; changed 2, failed 0, /m);
    } finally {
      removeWorkspace(run);
    }
  });

  it('one repository: the info line says what it planned and what stopped it', async () => {
    const run = await act('acme/backlog', { 'dry-run': 'true' });
    removeWorkspace(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '\nWalked 30 items; planned to change 30, changed nothing (stopped by the circuit breaker).\n',
    );
    expect(run.stdout).not.toMatch(/would change 0/);
  });
});
