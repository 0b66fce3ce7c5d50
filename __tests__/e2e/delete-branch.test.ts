/**
 * End to end: closing abandoned pull requests and deleting their head branches (actions/stale's
 * `delete-branch`), through the bundled dist/index.js against the emulator, over REST and GraphQL.
 * Branches that are not Sift's to delete are kept and reported; the run still succeeds.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/branches';

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

async function act(
  rules: string,
  api: 'rest' | 'graphql',
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api, 'max-change-ratio': '1', ...inputs },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
    files: { '.github/sift.yml': rules },
  });
  runs.push(run);
  return run;
}

const RULES = `version: 1
rules:
  - id: close-abandoned
    when:
      type: pull_request
      labels: { all: [abandoned] }
    then:
      - comment: Closing this abandoned pull request.
      - close: not_planned
      - delete-branch: true
`;

function seed() {
  const repo = gh.store.addRepo(REPO, { defaultBranch: 'main' });
  repo.addIssue({
    title: 'Fix crash',
    pull_request: true,
    labels: ['abandoned'],
    pull: { head: 'fix/crash' },
  });
  repo.addIssue({
    title: 'From a fork',
    pull_request: true,
    labels: ['abandoned'],
    pull: { head: 'patch-1', fork: 'alice/branches' },
  });
  repo.addIssue({
    title: 'Backport',
    pull_request: true,
    labels: ['abandoned'],
    pull: { head: 'release/1.x' },
  });
  repo.branches.add('release/1.x', { protect: true });
  repo.addIssue({ title: 'Active', pull_request: true, pull: { head: 'feature/y' } });
  repo.addIssue({ title: 'An abandoned issue', labels: ['abandoned'] });
  return repo;
}

describe.each(['rest', 'graphql'] as const)('delete-branch through the bundle (%s)', (api) => {
  it('closes, deletes only its own unprotected head branch, reports the kept ones, and succeeds', async () => {
    const repo = seed();
    const run = await act(RULES, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([1, 2, 3, 4, 5].map((n) => repo.require(n).state)).toEqual([
      'closed',
      'closed',
      'closed',
      'open',
      'open',
    ]);
    expect(repo.branches.names().sort()).toEqual(['feature/y', 'main', 'release/1.x']);
    const deletes = gh.writes().filter((w) => w.method === 'DELETE');
    expect(deletes.map((w) => decodeURIComponent(w.path))).toEqual([
      `/repos/${REPO}/git/refs/heads/fix/crash`,
    ]);
    expect(run.summary).toContain('close (not planned); delete head branch');
    expect(run.summary).toContain(
      `delete head branch (kept branch patch-1: it lives in alice/branches, not in this repository)`,
    );
    expect(run.summary).toContain('delete head branch (kept branch release/1.x: it is protected)');

    // Closed now, the pull requests no longer match (open items only): a rerun writes nothing.
    const writes = gh.writes().length;
    const again = await act(RULES, api);
    expect(again.code).toBe(0);
    expect(gh.writes().length).toBe(writes);
  });

  it('a dry run deletes nothing and says what it would do', async () => {
    const repo = seed();
    const run = await act(RULES, api, { 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(repo.branches.has('fix/crash')).toBe(true);
    expect(run.summary).toContain(
      'delete head branch (if the branch is in this repository, not the default branch and not protected)',
    );
  });
});

it('a token that may not delete branches (403) leaves them and reports it; the step still succeeds', async () => {
  const repo = seed();
  gh.onRequest = (req) =>
    req.method === 'DELETE'
      ? { status: 403, body: { message: 'Resource not accessible by integration' } }
      : undefined;
  const run = await act(RULES, 'rest');
  expect(run.code).toBe(0);
  expect(repo.require(1).state).toBe('closed');
  expect(repo.branches.has('fix/crash')).toBe(true);
  expect(run.summary).toContain(
    'delete head branch (kept branch fix/crash: GitHub answered 403 Resource not accessible by integration',
  );
  // The log says what to add to the workflow (the summary shows the same, Markdown-escaped).
  expect(run.stdout).toContain('the workflow needs `permissions: { contents: write }`');
});

it('a rule that could delete the branch of an issue is refused at its position, before any request', async () => {
  gh.store.addRepo(REPO);
  const run = await act(
    'version: 1\nrules:\n  - id: cleanup\n    when: { labels: { all: [abandoned] } }\n    then:\n      - close: not_planned\n      - delete-branch: true\n',
    'rest',
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /::error title=Sift rules file,file=\.github\/sift\.yml,line=3,col=5::rule "cleanup" deletes branches but does not select pull requests only/,
  );
  expect(gh.requests).toEqual([]);
});
