/**
 * The shipped example rules files, end to end through the bundled action: examples/stale.yml does what
 * actions/stale does (and ignores bots), examples/labeler.yml does what actions/labeler does (and reads
 * titles too).
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import type { RepoStore } from '../emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';

const TOKEN = 'examples-token-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  await gh.close();
  runs.splice(0).forEach(removeWorkspace);
});

async function act(
  repo: string,
  rules: string,
  env: Record<string, string> = {},
  files: Record<string, string> = {},
) {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', 'max-change-ratio': '1' },
    env: { GITHUB_REPOSITORY: repo, GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule', ...env },
    files: { '.github/sift.yml': rules, ...files },
  });
  runs.push(run);
  return run;
}

describe('examples/stale.yml', () => {
  const rules = readFileSync('examples/stale.yml', 'utf8');
  let repo: RepoStore;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    repo = gh.store.addRepo('octo/stale');
    const old = { created_at: ago(200), updated_at: ago(90) };
    repo.addIssue({ number: 1, title: 'idle issue', ...old });
    repo.addIssue({
      number: 2,
      title: 'idle, but a bot commented last week',
      created_at: ago(200),
      updated_at: ago(7),
      comments: [{ body: 'Bumped the lockfile.', user: 'renovate[bot]', created_at: ago(7) }],
    });
    repo.addIssue({ number: 3, title: 'pinned', labels: ['pinned'], ...old });
    repo.addIssue({ number: 4, title: 'in a milestone', milestone: 'v2', ...old });
    repo.addIssue({ number: 5, title: 'assigned', assignees: ['alice'], ...old });
    repo.addIssue({
      number: 6,
      title: 'stale for 8 days',
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: ago(8), actor: 'github-actions[bot]' }],
      created_at: ago(200),
      updated_at: ago(8),
    });
    repo.addIssue({
      number: 7,
      title: 'stale, then someone replied',
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: ago(8), actor: 'github-actions[bot]' }],
      created_at: ago(200),
      updated_at: ago(2),
      comments: [{ body: 'Still broken on 3.1.', user: 'carol', created_at: ago(2) }],
    });
    repo.addIssue({
      number: 8,
      title: 'stale for 3 days',
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: ago(3) }],
      created_at: ago(200),
      updated_at: ago(3),
    });
    repo.addIssue({
      number: 9,
      title: 'idle PR',
      pull_request: true,
      created_at: ago(100),
      updated_at: ago(50),
    });
    repo.addIssue({
      number: 10,
      title: 'idle draft PR',
      pull_request: true,
      draft: true,
      created_at: ago(100),
      updated_at: ago(50),
    });
    repo.addIssue({
      number: 11,
      title: 'stale PR for 15 days',
      pull_request: true,
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: ago(15) }],
      created_at: ago(100),
      updated_at: ago(15),
    });
  });

  it('marks, warns, unmarks on a reply, closes when due, and honours every exemption', async () => {
    const run = await act('octo/stale', rules);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const labels = (n: number) => repo.require(n).labels;
    const state = (n: number) => repo.require(n).state;

    expect(labels(1)).toEqual(['stale']);
    expect(repo.require(1).commentList[0].body).toMatch(/^This issue has had no activity for 90 days\./);
    expect(labels(2)).toEqual(['stale']); // the bot's comment is not activity
    expect([labels(3), labels(4), labels(5)]).toEqual([['pinned'], [], []]);
    expect([state(6), repo.require(6).state_reason]).toEqual(['closed', 'not_planned']);
    expect(repo.require(6).commentList[0].body).toMatch(/^Closed because it has been stale for 7 days/);
    expect([labels(7), state(7)]).toEqual([[], 'open']);
    expect([labels(8), state(8)]).toEqual([['stale'], 'open']);
    expect(labels(9)).toEqual(['stale']);
    expect(repo.require(9).commentList[0].body).toMatch(/^This pull request has had no activity for 50 days/);
    expect(labels(10)).toEqual([]);
    expect(state(11)).toBe('closed');

    // A rerun the next day changes nothing.
    const writes = gh.writes().length;
    const rerun = await act('octo/stale', rules);
    expect(rerun.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});

describe('examples/labeler.yml', () => {
  const rules = readFileSync('examples/labeler.yml', 'utf8');

  async function onPull(
    files: string[],
    edit: (pull: { title: string; head: { ref: string }; base: { ref: string } }) => void,
  ) {
    gh = await startGitHubEmulator({ token: TOKEN });
    const repo = gh.store.addRepo('Codertocat/Hello-World');
    repo.addIssue({ number: 1, title: 'an issue' });
    repo.addIssue({ number: 2, title: 'the PR', pull_request: true, pull: { files } });
    const payload = webhookExample('pull_request', 'opened') as {
      pull_request: { title: string; head: { ref: string }; base: { ref: string } };
    };
    edit(payload.pull_request);
    const run = await act(
      'Codertocat/Hello-World',
      rules,
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: 'event.json' },
      { 'event.json': JSON.stringify(payload) },
    );
    expect(run.code).toBe(0);
    return repo.require(2).labels.sort();
  }

  it('labels from changed files: any and all', async () => {
    expect(await onPull(['docs/guide.md', 'README.md'], () => {})).toEqual(['docs-only', 'documentation']);
  });

  it('labels from files, branches and the title together', async () => {
    const labels = await onPull(['src/ui/button.tsx', 'docs/ui.md'], (pull) => {
      pull.title = 'fix(ui): the button overflows';
      pull.head.ref = 'feature/button';
      pull.base.ref = 'release/2.x';
    });
    expect(labels).toEqual(['area/ui', 'backport', 'bug', 'documentation', 'enhancement']);
  });
});
