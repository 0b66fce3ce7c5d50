/**
 * examples/duplicates.yml end to end through the bundled Action, as the runner runs it, on REST and
 * GraphQL: GitHub and the embeddings endpoint emulated on loopback. A later report of the same problem
 * is labelled with a comment linking the earlier one; after 3 days without a veto it is closed as its
 * duplicate; a thumbs-down lifts a proposal; reruns embed only new or edited issues (the cache sits in
 * RUNNER_TEMP, as the Action keeps it between runs); every embeddings failure leaves the run green,
 * nothing changed, and a note. No request leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { startModelEmulator, type ModelEmulator, type ModelFault } from '../../src/emulator/openai/index.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'duplicates-e2e-token-0123456789';
const RULES = readFileSync('examples/duplicates.yml', 'utf8');
const DAY = 86_400_000;
let gh: GitHubEmulator;
let ai: ModelEmulator;
let repo: RepoStore;
/** Where the emulated GitHub's clock stands from the real one (its timestamps; the Action uses real time). */
let offset = 0;
const runs: ActionRun[] = [];

const CRASH = { title: 'App crashes when saving a large file', body: 'Saving a large file crashes the app.' };

beforeEach(async () => {
  offset = -5 * DAY;
  gh = await startGitHubEmulator({ token: TOKEN, now: () => new Date(Date.now() + offset) });
  ai = await startModelEmulator({ token: TOKEN });
  repo = gh.store.addRepo('octo/dups');
  repo.addIssue({ number: 1, ...CRASH, user: 'alice' });
  repo.addIssue({ number: 2, title: 'Add a dark mode', body: 'Please add a dark theme.', user: 'bob' });
});
afterEach(async () => {
  await gh.close();
  await ai.close();
  runs.splice(0).forEach(removeWorkspace);
});

async function sweep(api: 'rest' | 'graphql', workspace?: string) {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api, 'max-change-ratio': '1', 'models-url': ai.url },
    env: {
      GITHUB_REPOSITORY: 'octo/dups',
      GITHUB_API_URL: gh.url,
      GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
      GITHUB_EVENT_NAME: 'schedule',
      ...(workspace ? { RUNNER_TEMP: workspace } : {}),
    },
    files: { '.github/sift.yml': RULES },
  });
  runs.push(run);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

describe.each(['rest', 'graphql'] as const)('duplicates over %s', (api) => {
  test('propose, wait 3 days, close; a veto lifts a proposal; reruns embed only what is new', async () => {
    offset = -5 * DAY + 60_000;
    repo.addIssue({ number: 3, ...CRASH, body: `${CRASH.body}!`, user: 'carol' });
    // Five days ago: #3 reads like #1 and is proposed, with #1 linked and scored.
    const first = await sweep(api);
    expect(repo.require(3).labels).toEqual(['possible-duplicate']);
    const proposal = repo.require(3).commentList[0].body;
    expect(proposal).toContain('This may be a duplicate of [#1](');
    expect(proposal).toMatch(/\[#1\]\(\S+\/octo\/dups\/issues\/1\) \(1\.00\)/);
    expect(proposal).toContain('as a duplicate of #1 in 3 days');
    expect(repo.require(1).labels).toEqual([]);
    expect(repo.require(2).labels).toEqual([]);
    // One call embedded all three open issues.
    expect(ai.embedded.map((batch) => batch.length)).toEqual([3]);
    expect(first.summary).toContain('1 embeddings call to openai/text-embedding-3-small');
    expect(first.summary).toMatch(/similar #1 1\.00/);

    // Now: nobody vetoed #3 in 5 days, so it is closed as #1's duplicate. #4 is new: only it is embedded.
    offset = 0;
    repo.addIssue({ number: 4, ...CRASH, body: `${CRASH.body} Again.`, user: 'dana' });
    const second = await sweep(api, first.workspace);
    expect(repo.require(3).state).toBe('closed');
    expect(repo.require(3).commentList.map((c) => c.body.split('\n')[0])).toEqual([
      proposal.split('\n')[0],
      'Duplicate of #1',
    ]);
    expect(repo.require(4).labels).toEqual(['possible-duplicate']);
    expect(ai.embedded.map((batch) => batch.length)).toEqual([3, 1]);
    expect(second.summary).toContain('1 embeddings call to openai/text-embedding-3-small');
    expect(second.summary).toMatch(/1 item embedded, 3 from the cache/);

    // A maintainer gives #4's proposal a thumbs-down: the label comes off for good, nothing is embedded.
    const comment = repo.require(4).commentList.find((c) => c.body.includes('sift:rule=possible-duplicate'))!;
    repo.addCommentReaction(comment.id, '-1', 'maintainer');
    const third = await sweep(api, first.workspace);
    expect(repo.require(4).labels).toEqual(['not-a-duplicate']);
    expect(repo.require(4).state).toBe('open');
    expect(ai.embedded).toHaveLength(2);
    expect(third.summary).toContain('0 embeddings calls');

    // A rerun with nothing new changes nothing and embeds nothing.
    const writes = gh.writes().length;
    const fourth = await sweep(api, first.workspace);
    expect(gh.writes()).toHaveLength(writes);
    expect(ai.embedded).toHaveLength(2);
    expect(fourth.summary).not.toContain('got no answer');
    // Each answer is shown with its source: the issues compared again come from the cache.
    expect(fourth.summary).toMatch(/no similar items \(cache\)/);
  }, 60_000);

  test.each<[string, ModelFault, string]>([
    ['413', { status: 413, body: { error: { message: 'Request body too large' } } }, '413 too large'],
    [
      '429',
      {
        status: 429,
        headers: { 'retry-after': '86400' },
        body: { error: { message: 'Rate limit exceeded' } },
      },
      '429 rate limited',
    ],
    ['410', { status: 410, body: { error: { message: 'The model has been retired' } } }, '410 model retired'],
    ['500', { status: 500 }, '5xx server error'],
    ['a timeout', { hang: 3_000 }, 'timeout'],
    ['a garbled answer', 'malformed-json', 'malformed answer'],
  ])(
    'an embeddings failure (%s) leaves the run green, nothing changed, and a note',
    async (_name, fault, note) => {
      repo.addIssue({ number: 3, ...CRASH, body: `${CRASH.body}!`, user: 'carol' });
      ai.onRequest = () => fault;
      const rules =
        typeof fault === 'object' && 'hang' in fault
          ? RULES.replace('max-calls: 20', 'max-calls: 20\n  timeout: 1')
          : RULES;
      const run = await runAction({
        inputs: {
          token: TOKEN,
          rules: '.github/sift.yml',
          api,
          'max-change-ratio': '1',
          'models-url': ai.url,
        },
        env: {
          GITHUB_REPOSITORY: 'octo/dups',
          GITHUB_API_URL: gh.url,
          GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
          GITHUB_EVENT_NAME: 'schedule',
        },
        files: { '.github/sift.yml': rules },
      });
      runs.push(run);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(gh.writes()).toEqual([]);
      expect(run.summary).toContain('### Models');
      expect(run.summary).toContain(note);
      expect(run.summary).toContain('got no answer: those rules did not fire');
    },
    30_000,
  );
});
