/**
 * Commands in comments end to end through the bundled Action (dist/index.js), on GitHub REST and
 * GraphQL: an `issue_comment.created` event (GitHub's recorded payload, pointed at a seeded comment)
 * runs that comment's commands and then the rules; a scheduled sweep picks up the commands no event
 * ran; the job summary lists who asked what, done or refused.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'commands-e2e-token-0123456789';
const REPO = 'Codertocat/Hello-World';
const RULES = readFileSync('examples/commands.yml', 'utf8');
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let gh: GitHubEmulator;
let repo: RepoStore;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  repo = gh.store.addRepo(REPO);
  for (const name of ['kind/docs', 'needs-info']) repo.ensureLabel(name);
  repo.addIssue({
    number: 1,
    user: 'olivia',
    title: 'Spelling error in the README file',
    labels: ['triage'],
    created_at: minutesAgo(600),
    comments: [
      { body: '/label kind/docs', user: 'maria', author_association: 'MEMBER', created_at: minutesAgo(60) },
      {
        body: 'Confirmed.\n/label needs-info',
        user: 'maria',
        author_association: 'MEMBER',
        created_at: minutesAgo(2),
      },
      { body: '/close', user: 'mallory', author_association: 'NONE', created_at: minutesAgo(1) },
    ],
  });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function action(api: 'rest' | 'graphql', eventName: string, payload: unknown): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api },
    env: {
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: gh.url,
      GITHUB_GRAPHQL_URL: gh.graphqlUrl,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: 'event.json',
    },
    files: { '.github/sift.yml': RULES, 'event.json': JSON.stringify(payload) },
  });
  runs.push(run);
  return run;
}

/** GitHub's recorded issue_comment.created payload, about the seeded comment `index` of issue #1. */
function commentEvent(index: number): Record<string, unknown> {
  const payload = webhookExample('issue_comment', 'created') as {
    comment: Record<string, unknown>;
    issue: { labels: { name: string }[]; user: { login: string } };
  };
  const seeded = repo.require(1).commentList[index];
  Object.assign(payload.comment, {
    id: seeded.id,
    body: seeded.body,
    created_at: seeded.created_at,
    author_association: seeded.author_association,
  });
  (payload.comment.user as { login: string }).login = seeded.user.login;
  payload.issue.labels = [{ name: 'triage' } as { name: string }];
  payload.issue.user.login = 'olivia';
  return payload;
}

const reactions = (index: number) =>
  (repo.require(1).commentList[index].reactionList ?? []).map((r) => `${r.content} by ${r.user.login}`);
const siftComments = () =>
  repo
    .require(1)
    .commentList.filter((c) => c.user.login === 'sift[bot]')
    .map((c) => c.body);

describe.each(['rest', 'graphql'] as const)('the Action on GitHub %s', (api) => {
  it("issue_comment.created runs that comment's command, then the rules see its label", async () => {
    const run = await action(api, 'issue_comment', commentEvent(1));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // `/label needs-info`, then the ask-for-info rule: the question, and `triage` off.
    expect(repo.require(1).labels).toEqual(['needs-info']);
    expect(siftComments()).toEqual([expect.stringMatching(/^@olivia, could you tell us more/)]);
    expect(reactions(1)).toEqual(['+1 by sift[bot]']);
    // The other comments wait for their own event or a sweep.
    expect(reactions(0)).toEqual([]);
    expect(reactions(2)).toEqual([]);
    expect(run.summary).toContain('### Commands');
    expect(run.summary).toContain('| maria | /label needs-info | done |');
  });

  it('an outsider’s /close on its event is refused: 😕 and one reply, the issue stays open', async () => {
    const run = await action(api, 'issue_comment', commentEvent(2));
    expect(run.code).toBe(0);
    expect(repo.require(1).state).toBe('open');
    expect(reactions(2)).toEqual(['confused by sift[bot]']);
    expect(siftComments()).toEqual([expect.stringContaining('@mallory Sift did not run this command')]);
    expect(run.summary).toMatch(/\| mallory \| \/close \| refused: not allowed for you/);
  });

  it('a scheduled sweep runs every unanswered command; a second sweep writes nothing', async () => {
    const run = await action(api, 'schedule', {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(repo.require(1).labels.sort()).toEqual(['kind/docs', 'needs-info']);
    expect([0, 1, 2].map(reactions)).toEqual([
      ['+1 by sift[bot]'],
      ['+1 by sift[bot]'],
      ['confused by sift[bot]'],
    ]);
    const writes = gh.writes().length;
    const again = await action(api, 'schedule', {});
    expect(again.code).toBe(0);
    expect(gh.writes().length).toBe(writes);
  });
});

describe('sift test', () => {
  it('passes examples/commands.test.yml through the bundled CLI', async () => {
    const run = await spawnNode(
      [CLI_ENTRY, 'test', '--rules', 'examples/commands.yml', '--tests', 'examples/commands.test.yml'],
      { PATH: process.env.PATH ?? '' },
      process.cwd(),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^13 passed, 0 failed$/m);
  });
});
