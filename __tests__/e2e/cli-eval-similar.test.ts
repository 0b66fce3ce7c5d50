/**
 * `sift eval` of a `similar` rule through the bundled CLI on a seeded repository whose duplicates are
 * known (one closed as a duplicate, GitHub's close reason; one closed with the label `duplicate`): GitHub
 * and the embeddings endpoint emulated on loopback.
 * The emulator's embeddings are bags of words, so which items score 1.0 is known by construction and
 * every figure can be worked out by hand.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';

const TOKEN = 'eval-similar-token-0123456789';
let gh: GitHubEmulator;
let ai: ModelEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  ai = await startModelEmulator({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sift-eval-similar-'));
  writeFileSync(join(dir, 'rules.yml'), readFileSync('examples/duplicates.yml', 'utf8'));
  const repo = gh.store.addRepo('octo/dups');
  const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString();
  const seeded: [string, string[], 'open' | 'closed', 'duplicate' | null][] = [
    ['App crashes when saving a large file', [], 'open', null], // 1: the original
    ['Add a dark mode', [], 'open', null], // 2
    // 3: closed as a duplicate of 1 (GitHub's close reason, no label): caught
    ['App crashes when saving a large file', [], 'closed', 'duplicate'],
    ['Search is slow on big repositories', [], 'open', null], // 4
    ['Login page answers 500', ['duplicate'], 'closed', null], // 5: labelled; no text gives it away: missed
    ['Add a dark mode', [], 'open', null], // 6: reads like 2, but people kept it: a false match
    ['Export to CSV', [], 'open', null], // 7
  ];
  seeded.forEach(([title, labels, state, reason], i) =>
    repo.addIssue({
      number: i + 1,
      title,
      labels,
      state,
      ...(reason ? { state_reason: reason } : {}),
      created_at: day(i + 1),
      updated_at: day(i + 1),
    }),
  );
});
afterEach(async () => {
  await gh.close();
  await ai.close();
  rmSync(dir, { recursive: true, force: true });
});

const sift = (args: string[]) =>
  spawnNode(
    [CLI_ENTRY, ...args],
    { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN, SIFT_MODELS_URL: ai.url },
    dir,
  );

test.each(['rest', 'graphql'])(
  'sift eval of a similar rule: duplicates caught, false matches, and a chart in the summary (%s)',
  async (api) => {
    const args = [
      'eval',
      '--rule',
      'possible-duplicate',
      '--repo',
      'octo/dups',
      '--rules',
      'rules.yml',
      '--api',
      api,
      '--api-url',
      gh.url,
      '--cache-dir',
      'cache',
      '--summary',
      'summary.md',
    ];
    const run = await sift(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('7 items evaluated');
    expect(run.stdout).toContain(
      'Duplicates (closed as duplicate, or closed with the label "duplicate"): 2 ' +
        '(1 by close reason, 1 by the label alone); the rule would have caught 1 (50.0%).',
    );
    expect(run.stdout).toContain(
      'False matches: 1 of 5 other items (20.0%); of the 2 it would flag, 50.0% are duplicates.',
    );
    // Seven issues, five distinct texts (two pairs read the same): one call.
    expect(run.stdout).toContain('Calls: 1 made, 5 items embedded, 0 from the cache.');
    expect(ai.embedded).toHaveLength(1);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('xychart-beta');
    expect(summary).toContain('  bar [1, 1, 1, 4]');
    expect(gh.writes()).toEqual([]);

    // Again: every embedding is in --cache-dir, no call.
    const again = await sift(args);
    expect(again.stdout).toContain('Calls: 0 made, 0 items embedded, 5 from the cache.');
    expect(ai.embedded).toHaveLength(1);
  },
);
