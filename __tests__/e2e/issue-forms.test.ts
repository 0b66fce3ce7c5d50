/**
 * End to end: examples/forms.yml through the bundled dist/index.js against the emulator, over REST and
 * GraphQL: the forms read from .github/ISSUE_TEMPLATE through the contents API, issue bodies written as
 * GitHub writes a submitted form.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/forms';
const RULES = readFileSync('examples/forms.yml', 'utf8');
const fixture = (name: string) => readFileSync(`__tests__/fixtures/issue-forms/${name}`, 'utf8');

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
afterEach(async () => {
  await gh.close();
  runs.splice(0).forEach(removeWorkspace);
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

async function act(api: 'rest' | 'graphql'): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
    files: { '.github/sift.yml': RULES },
  });
  runs.push(run);
  return run;
}

describe.each(['rest', 'graphql'] as const)('examples/forms.yml through the bundle (%s)', (api) => {
  it('asks for what is missing, labels by the dropdown, types by the form; a rerun writes nothing', async () => {
    const repo = gh.store.addRepo(REPO);
    repo.enableIssueTypes(['Bug', 'Feature', 'Task']);
    repo.contents.commit(
      'b'.repeat(40),
      {
        '.github/ISSUE_TEMPLATE/bug_report.yml': fixture('bug_report.yml'),
        '.github/ISSUE_TEMPLATE/feature_request.yml': fixture('feature_request.yml'),
        '.github/ISSUE_TEMPLATE/config.yml': fixture('config.yml'),
      },
      repo.defaultBranch,
    );
    repo.addIssue({ title: 'Crash offline', body: fixture('bug-incomplete.md') }); // 1
    repo.addIssue({ title: 'Dark mode', body: fixture('feature.md') }); // 2
    repo.addIssue({ title: 'It crashes', body: 'It crashes. Version: 1.2' }); // 3
    repo.addIssue({ title: 'Disk full', body: fixture('bug-complete.md'), labels: ['needs-info'] }); // 4

    const run = await act(api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([1, 2, 3, 4].map((n) => [repo.require(n).labels, repo.require(n).issue_type])).toEqual([
      [['needs-info', 'area/sync'], 'Bug'],
      [['area/ui'], 'Feature'],
      [[], null],
      [['area/storage', 'unsupported-version'], 'Bug'],
    ]);
    expect(repo.require(1).commentList.map((c) => c.body)).toEqual([
      expect.stringContaining('To look into it we need a few more answers: Version, Relevant log output.'),
    ]);
    expect([2, 3, 4].map((n) => repo.require(n).commentList.length)).toEqual([0, 0, 0]);
    // Three reads of the forms for the whole run: the folder and the two forms (config.yml is no form).
    expect(gh.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(3);

    const writes = gh.writes().length;
    const again = await act(api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});
