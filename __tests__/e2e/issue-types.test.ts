/**
 * End to end: GitHub's issue types through the bundled dist/index.js against the emulator, over REST
 * and GraphQL (which reads and sets types through REST: the pinned GraphQL schema predates them).
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/types';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
  expect(gh.graphql.invalid).toEqual([]);
});

async function act(rules: string, api: 'rest' | 'graphql'): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
    files: { '.github/sift.yml': rules },
  });
  runs.push(run);
  return run;
}

const RULES = `version: 1
rules:
  - id: classify-crashes
    when:
      type: issue
      issue-type: none
      title: '/crash/i'
    then:
      - issue-type: Bug
  - id: bugs-need-repro
    when:
      issue-type: bug
      labels: { none: [needs-repro] }
    then:
      - label: needs-repro
  # actions/stale with only-issue-types: Task
  - id: stale-tasks
    when:
      issue-type: [Task]
      inactive: 30d
      labels: { none: [stale] }
    then:
      - label: stale
`;

describe.each(['rest', 'graphql'] as const)('issue types through the bundle (%s)', (api) => {
  it('classifies, acts on the type an earlier rule set, leaves pull requests alone; a rerun writes nothing', async () => {
    const repo = gh.store.addRepo(REPO);
    repo.enableIssueTypes(['Task', 'Bug', 'Feature']);
    repo.addIssue({ title: 'Crash on save', created_at: ago(3) });
    repo.addIssue({ title: 'Crash on load', issue_type: 'Bug', created_at: ago(3) });
    repo.addIssue({ title: 'Dark mode', issue_type: 'Feature', created_at: ago(90) });
    repo.addIssue({ title: 'Update docs', issue_type: 'Task', created_at: ago(90), updated_at: ago(60) });
    repo.addIssue({ title: 'Fix crash on save', pull_request: true, created_at: ago(3) });

    const run = await act(RULES, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([1, 2, 3, 4, 5].map((n) => [repo.require(n).issue_type, repo.require(n).labels])).toEqual([
      ['Bug', ['needs-repro']],
      ['Bug', ['needs-repro']],
      ['Feature', []],
      ['Task', ['stale']],
      [null, []],
    ]);
    // The type went through REST, as PATCH .../issues/1 { type: 'Bug' }, on either API.
    expect(gh.writes().filter((w) => w.method === 'PATCH')).toMatchObject([
      { path: `/repos/${REPO}/issues/1`, body: { type: 'Bug' } },
    ]);
    expect(run.summary).toContain('issue type Bug');
    expect(run.outputs.changed).toBe('3');

    const writes = gh.writes().length;
    const again = await act(RULES, api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});

it('a type the organisation lacks is reported as that item failing; the others are still done', async () => {
  const repo = gh.store.addRepo(REPO);
  repo.enableIssueTypes(['Task', 'Bug']);
  repo.addIssue({ title: 'Crash on save' });
  repo.addIssue({ title: 'Another crash' });
  const run = await act(
    "version: 1\nrules:\n  - id: classify\n    when: { issue-type: none, title: '/crash/i' }\n    then:\n      - issue-type: Defect\n      - label: classified\n",
    'rest',
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::2 item\(s\) could not be changed/);
  expect(run.summary).toMatch(
    /classify: issue-type failed: setting issue type "Defect" on issue #1 in octo\/types failed: GitHub answered 422 Validation Failed/,
  );
  // The label comes after the type in the rule: not attempted once the type failed.
  expect(repo.require(1).labels).toEqual([]);
});

it('on issues.opened, the type in the payload decides without a read; GitHub gets the label only', async () => {
  const repo = gh.store.addRepo('Codertocat/Hello-World');
  repo.enableIssueTypes(['Task', 'Bug']);
  repo.addIssue({ number: 1, title: 'Spelling error in the README file', issue_type: 'Bug' });
  // The recorded payload of a real issues.opened event, as GitHub now sends it where types exist.
  const payload = webhookExample('issues', 'opened') as unknown as { issue: Record<string, unknown> };
  payload.issue.type = { ...repo.issueType('Bug') };
  const rules = `version: 1
rules:
  - id: triage-bugs
    on: issues.opened
    when: { issue-type: Bug }
    then:
      - label: needs-repro
`;
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest' },
    env: {
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_API_URL: gh.url,
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_EVENT_PATH: 'event.json',
    },
    files: { '.github/sift.yml': rules, 'event.json': JSON.stringify(payload) },
  });
  runs.push(run);
  expect(run.code).toBe(0);
  expect(repo.require(1).labels).toEqual(['needs-repro']);
  expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/1'))).toEqual([]);
});
