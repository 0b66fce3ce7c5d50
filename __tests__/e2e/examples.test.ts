/**
 * The shipped example rules files, end to end through the bundled action: examples/stale.yml does what
 * actions/stale does (and ignores bots), examples/labeler.yml does what actions/labeler does (and reads
 * titles too), examples/discussions.yml triages discussions through the GraphQL API.
 */
import { readFileSync } from 'node:fs';
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'examples-token-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  await closeConforming(gh);
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
    gh = await startGitHubEmulator({ token: TOKEN, login: 'github-actions[bot]' });
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

describe('examples/discussions.yml', () => {
  const rules = readFileSync('examples/discussions.yml', 'utf8');
  let repo: RepoStore;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    repo = gh.store.addRepo('octo/forum');
    const discussions = discussionsOf(repo);
    repo.addIssue({ number: 1, title: 'an untriaged issue', created_at: ago(3) });
    discussions.add({
      number: 2,
      title: 'answered, quiet for 20 days',
      user: 'alice',
      category: 'Q&A',
      created_at: ago(25),
      comments: [{ body: 'Use the --cache flag.', user: 'bob', created_at: ago(21) }],
      answer: { comment: 0, by: 'alice', at: ago(20) },
    });
    discussions.add({
      number: 3,
      title: 'answered, but a reply 3 days ago',
      category: 'Q&A',
      created_at: ago(25),
      comments: [
        {
          body: 'Try this.',
          user: 'bob',
          created_at: ago(21),
          replies: [{ body: 'It works, but one more thing...', user: 'carol', created_at: ago(3) }],
        },
      ],
      answer: { comment: 0, at: ago(20) },
    });
    discussions.add({
      number: 4,
      title: 'unanswered, quiet for 40 days',
      category: 'Q&A',
      created_at: ago(40),
    });
    discussions.add({
      number: 5,
      title: 'warned 8 days ago, nobody came',
      category: 'Q&A',
      labels: ['stale'],
      created_at: ago(60),
      comments: [{ body: 'Same question here.', user: 'dave', created_at: ago(45) }],
      // Sift's label 8 days ago bumped updatedAt; GitHub records no event for it on a discussion.
      updated_at: ago(8),
    });
    discussions.add({
      number: 6,
      title: 'warned, then someone replied',
      category: 'Q&A',
      labels: ['stale'],
      created_at: ago(60),
      comments: [{ body: 'I have the same problem.', user: 'erin', created_at: ago(2) }],
    });
    discussions.add({
      number: 7,
      title: 'a closed idea, quiet for 40 days',
      category: 'Ideas',
      state: 'closed',
      created_at: ago(90),
      closed_at: ago(40),
    });
    discussions.add({ number: 8, title: 'general chat, quiet', category: 'General', created_at: ago(100) });
  });

  it('closes answered questions, warns, unmarks, closes outdated ones, locks closed ideas; issues apart', async () => {
    const run = await act('octo/forum', rules);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const d = (n: number) => discussionsOf(repo).require(n);
    const comments = (n: number) =>
      d(n)
        .comments.filter((c) => c.user.login === 'sift[bot]')
        .map((c) => c.body);

    expect([d(2).state, d(2).state_reason]).toEqual(['closed', 'resolved']);
    expect(comments(2)).toEqual([
      expect.stringMatching(
        /^Closing this question: it has an answer and no activity for 20 days\. Thanks, @alice!/,
      ),
    ]);
    expect([d(3).state, comments(3)]).toEqual(['open', []]);
    expect(d(4).labels).toEqual(['stale']);
    expect(comments(4)).toEqual([expect.stringMatching(/this question has had no activity for 40 days/)]);
    // Sift's own label is no activity: 45 days quiet, the label dated by the update 8 days ago.
    expect([d(5).state, d(5).state_reason]).toEqual(['closed', 'outdated']);
    expect(comments(5)).toEqual([expect.stringMatching(/^Closing this question as outdated\./)]);
    expect([d(6).labels, d(6).state]).toEqual([[], 'open']);
    expect([d(7).locked, d(7).active_lock_reason]).toEqual([true, 'resolved']);
    expect([d(8).labels, d(8).state, d(8).locked]).toEqual([[], 'open', false]);
    expect(repo.require(1).labels).toEqual(['triage']);

    // The summary and the plan name discussions as such.
    expect(run.summary).toContain('[discussion #5](https://github.com/octo/forum/discussions/5)');
    const plan = JSON.parse(run.outputs.plan) as { number: number; type: string }[];
    // Issues and pull requests first, then discussions, each oldest first.
    expect(plan.map((p) => [p.number, p.type])).toEqual([
      [1, 'issue'],
      [7, 'discussion'],
      [5, 'discussion'],
      [6, 'discussion'],
      [4, 'discussion'],
      [2, 'discussion'],
    ]);

    // A rerun changes nothing and posts no comment twice.
    const before = gh.requests.filter((r) => r.graphql?.operation === 'mutation').length;
    const rerun = await act('octo/forum', rules);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs.changed).toBe('0');
    expect(gh.requests.filter((r) => r.graphql?.operation === 'mutation').length).toBe(before);
    expect(comments(4)).toHaveLength(1);
    // Every document was one GitHub's schema accepts, and every field asked for was served.
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
  });

  it('with api: rest the rules file is refused before any request, at the rule', async () => {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest' },
      env: { GITHUB_REPOSITORY: 'octo/forum', GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule' },
      files: { '.github/sift.yml': rules },
    });
    runs.push(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift rules file,file=.github/sift.yml,line=9,col=5::rule "close-answered" selects discussions (type: discussion), which the github-rest provider cannot read; GitHub\'s REST API has no discussions: use the GraphQL API (`api: graphql`, the default)',
    );
    // Every rule about discussions is named, each at its line.
    expect(
      run.stdout.match(
        /^::error title=Sift rules file,file=\.github\/sift\.yml,line=\d+,col=5::rule "[a-z-]+" selects discussions/gm,
      ),
    ).toHaveLength(5);
    expect(gh.requests).toEqual([]);
  });
});
