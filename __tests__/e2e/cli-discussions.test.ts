/**
 * End to end: the bundled CLI on discussions against the GitHub emulator (GraphQL, the default API):
 * a sweep's text and JSON plan name them, `--explain "discussion 3"` explains one, and `--api rest`
 * refuses a rules file about discussions before any request.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'cli-discussions-token-0123456789';
const RULES = `version: 1
rules:
  - id: welcome-question
    when: { type: discussion, category: Q&A, answered: false, labels: { none: [question] } }
    then:
      - label: question
  - id: issues
    when: { type: issue, labels: { none: [triage] } }
    then:
      - label: triage
`;

let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('octo/cli');
  repo.addIssue({ number: 1, title: 'It breaks' });
  discussionsOf(repo).add({ number: 2, title: 'How do I start?', category: 'Q&A' });
  discussionsOf(repo).add({ number: 3, title: 'Show and tell: my plugin', category: 'Show and tell' });
  dir = mkdtempSync(join(tmpdir(), 'sift-cli-discussions-'));
  writeFileSync(join(dir, 'rules.yml'), RULES);
});
afterEach(async () => {
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  await closeConforming(gh);
  rmSync(dir, { recursive: true, force: true });
});

const sift = (args: string[]) =>
  spawnNode(
    [CLI_ENTRY, '--repo', 'octo/cli', '--rules', 'rules.yml', '--api-url', gh.url, ...args],
    { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN },
    dir,
  );

describe('the sift CLI on discussions', () => {
  it('plans for issues and discussions in one run; the plan names discussions', async () => {
    const run = await sift(['--dry-run', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { number: number; type: string; url: string }[];
    expect(plan.map((p) => [p.number, p.type, p.url])).toEqual([
      [1, 'issue', 'https://github.com/octo/cli/issues/1'],
      [2, 'discussion', 'https://github.com/octo/cli/discussions/2'],
    ]);
    const text = await sift(['--dry-run']);
    expect(text.stdout).toContain('discussion #2 [welcome-question] label question');
    expect(discussionsOf(gh.store.repo('octo/cli')!).require(2).labels).toEqual([]);
  });

  it('--explain "discussion 3" explains the rules for that discussion', async () => {
    const run = await sift(['--explain', 'discussion 3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Why Sift does what it does to discussion #3 (Show and tell: my plugin)');
    expect(run.stdout).toMatch(
      /rule welcome-question: does not match[\s\S]*no\s+category \[Q&A\]\s+\[category: Show and tell\]/,
    );
  });

  it('--api rest refuses a rules file about discussions, at the rule, before any request', async () => {
    const run = await sift(['--api', 'rest', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'rules.yml:3:5: rule "welcome-question" selects discussions (type: discussion), which the github-rest provider cannot read',
    );
    expect(gh.requests).toEqual([]);
  });
});
