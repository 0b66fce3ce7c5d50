/**
 * `sift eval` through the bundled CLI on a seeded repository whose labels are known: GitHub emulated
 * on loopback, the model endpoint emulated on loopback with a scripted classifier whose mistakes are
 * known, so every figure of the table can be worked out by hand.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'eval-token-0123456789';
let gh: GitHubEmulator;
let ai: ModelEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  ai = await startModelEmulator({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sift-eval-'));
  writeFileSync(join(dir, 'rules.yml'), readFileSync('examples/ai-labels.yml', 'utf8'));
  const repo = gh.store.addRepo('octo/eval');
  const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString();
  // People labelled 4 bugs, 3 features, 2 questions; one item has two kinds (left out), two have none.
  const seeded: [string, string[], 'open' | 'closed'][] = [
    ['bug: crash on start', ['kind/bug'], 'closed'],
    ['bug: wrong total', ['kind/bug'], 'closed'],
    ['bug: hangs on exit', ['kind/bug'], 'open'],
    ['slow search', ['kind/bug'], 'open'], // the model calls it a feature
    ['feature: dark mode', ['kind/feature'], 'open'],
    ['feature: export CSV', ['kind/feature', 'ui'], 'closed'],
    ['feature: plugins', ['kind/feature'], 'open'], // the model is unsure (0.5): below min-confidence
    ['question: how to set the token', ['kind/question'], 'closed'],
    ['question: proxy settings', ['kind/question'], 'open'],
    ['bug and feature', ['kind/bug', 'kind/feature'], 'open'],
    ['new, unlabelled', [], 'open'],
    ['old, unlabelled', [], 'closed'],
  ];
  seeded.forEach(([title, labels, state], i) =>
    repo.addIssue({ number: i + 1, title, labels, state, created_at: day(i + 1), updated_at: day(i + 1) }),
  );
  ai.classify = (text) => {
    if (text.includes('slow search')) return { choice: 'kind/feature', confidence: 0.9 };
    if (text.includes('plugins')) return { choice: 'kind/feature', confidence: 0.5 };
    const kind = /(bug|feature|question):/.exec(text)?.[1];
    return kind ? { choice: `kind/${kind}`, confidence: 0.95 } : { choice: 'none', confidence: 0.3 };
  };
});
afterEach(async () => {
  await closeConforming(gh);
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
  'sift eval prints accuracy, precision, recall and the confusion table (%s)',
  async (api) => {
    const args = [
      'eval',
      '--rule',
      'kind',
      '--repo',
      'octo/eval',
      '--rules',
      'rules.yml',
      '--api',
      api,
      '--api-url',
      gh.url,
      '--cache-dir',
      'cache',
    ];
    const run = await sift(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // 9 single-kind items; 7 right (the slow search is called a feature; the plugins answer is unsure).
    expect(run.stdout).toContain('9 labelled items evaluated (newest of 9');
    expect(run.stdout).toContain('Accuracy 77.8% (7 of 9)');
    expect(run.stdout).toContain(
      'Calls: 9 made, 0 answers from the cache; a sweep of the rule would make up to 1 more',
    );
    const row = (label: string) =>
      run.stdout
        .split('\n')
        .find((l) => l.startsWith(`${label} `))!
        .split(/\s+/);
    // label, precision, recall, people, rule
    expect(row('kind/bug')).toEqual(['kind/bug', '100.0%', '75.0%', '4', '3']);
    expect(row('kind/feature')).toEqual(['kind/feature', '66.7%', '66.7%', '3', '3']);
    expect(row('kind/question')).toEqual(['kind/question', '100.0%', '100.0%', '2', '2']);
    const confusion = run.stdout.split('Confusion')[1].split('\n');
    expect(
      confusion
        .find((l) => l.startsWith('kind/bug '))!
        .trim()
        .split(/\s+/),
    ).toEqual(['kind/bug', '3', '1', '0', '0']);
    expect(
      confusion
        .find((l) => l.startsWith('kind/feature '))!
        .trim()
        .split(/\s+/),
    ).toEqual(['kind/feature', '0', '2', '0', '1']);
    expect(gh.writes()).toEqual([]);
    expect(ai.chats).toHaveLength(9);

    // Again: every answer is in --cache-dir, no call.
    const again = await sift(args);
    expect(again.stdout).toContain('Calls: 0 made, 9 answers from the cache');
    expect(ai.chats).toHaveLength(9);
  },
);

test('--sample takes the newest labelled items', async () => {
  const run = await sift([
    'eval',
    '--rule',
    'kind',
    '--sample',
    '3',
    '--repo',
    'octo/eval',
    '--rules',
    'rules.yml',
    '--api-url',
    gh.url,
  ]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('3 labelled items evaluated (newest of 9');
  expect(ai.chats.map((c) => c.messages[1].content.split('\n')[1])).toEqual([
    'question: proxy settings',
    'question: how to set the token',
    'feature: plugins',
  ]);
});

test('a rule without classify is a usage error that says so', async () => {
  writeFileSync(
    join(dir, 'plain.yml'),
    'version: 1\nmodels: {}\nrules:\n  - id: plain\n    then:\n      - label: x\n',
  );
  const run = await sift([
    'eval',
    '--rule',
    'plain',
    '--repo',
    'octo/eval',
    '--rules',
    'plain.yml',
    '--api-url',
    gh.url,
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('rule "plain" has no classify or similar condition');
});

test('the Action in mode eval writes the table and a chart to the job summary, and changes nothing', async () => {
  const run = await runAction({
    inputs: {
      token: TOKEN,
      rules: '.github/sift.yml',
      mode: 'eval',
      rule: 'kind',
      sample: '200',
      'models-url': ai.url,
    },
    env: { GITHUB_REPOSITORY: 'octo/eval', GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: `${gh.url}/graphql` },
    files: { '.github/sift.yml': readFileSync('examples/ai-labels.yml', 'utf8') },
  });
  try {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Accuracy 77.8% (7 of 9)');
    expect(run.summary).toContain('## Sift eval of rule `kind` on octo/eval');
    expect(run.summary).toContain('| `kind/bug` | 100.0% | 75.0% | 4 | 3 |');
    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toContain('bar [100, 66.7, 100]');
    expect(run.summary).toContain('bar [75, 66.7, 100]');
    expect(gh.writes()).toEqual([]);
  } finally {
    removeWorkspace(run);
  }
});
