/**
 * End to end: examples/sub-issues.yml and examples/forms.yml through the bundled dist/index.js against
 * the emulator, over REST and GraphQL. Sub-issues: REST's sub-issue endpoints and GraphQL's `subIssues`
 * / `parent`, on a hierarchy built as GitHub keeps it. Forms: read from .github/ISSUE_TEMPLATE through
 * the contents API; issue bodies written as GitHub writes a submitted form.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { addSubIssue } from '../../src/emulator/github/hierarchy.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/triage';
const SUB_ISSUE_RULES = readFileSync('examples/sub-issues.yml', 'utf8');
const FORM_RULES = readFileSync('examples/forms.yml', 'utf8');
const fixture = (name: string) => readFileSync(`__tests__/fixtures/issue-forms/${name}`, 'utf8');

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
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

function seed(repo: RepoStore, docs: RepoStore): void {
  repo.addIssue({ title: 'Epic: offline mode', labels: ['area/sync'] }); // 1: all subs closed
  repo.addIssue({ title: 'Cache the last sync', state: 'closed' }); // 2
  repo.addIssue({ title: 'Queue writes', state: 'closed' }); // 3
  repo.addIssue({ title: 'Epic: themes', labels: ['area/ui', 'priority/low'], state: 'closed' }); // 4
  repo.addIssue({ title: 'Dark mode', labels: ['enhancement'] }); // 5: open again
  repo.addIssue({ title: 'Contrast check', state: 'closed' }); // 6
  repo.addIssue({ title: 'Unrelated' }); // 7
  repo.addIssue({ title: 'A pull request', pull_request: true }); // 8
  docs.addIssue({ title: 'Document offline mode', state: 'closed' }); // docs#1
  const at = (r: RepoStore, number: number) => ({ repo: r, number });
  addSubIssue(at(repo, 1), at(repo, 2));
  addSubIssue(at(repo, 1), at(repo, 3));
  addSubIssue(at(repo, 1), at(docs, 1));
  addSubIssue(at(repo, 4), at(repo, 5));
  addSubIssue(at(repo, 4), at(repo, 6));
}

describe.each(['rest', 'graphql'] as const)('examples/sub-issues.yml through the bundle (%s)', (api) => {
  it('closes the finished parent with the list, reopens the unfinished one, hands down area/*; a rerun writes nothing', async () => {
    const repo = gh.store.addRepo(REPO);
    seed(repo, gh.store.addRepo('octo/docs'));

    const run = await act(SUB_ISSUE_RULES, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const epic = repo.require(1);
    expect([epic.state, epic.state_reason]).toEqual(['closed', 'completed']);
    expect(epic.commentList.map((c) => c.body)).toEqual([
      expect.stringContaining(
        'All sub-issues of this issue are closed, so it is closed as completed:\n\n' +
          '- #2 Cache the last sync (closed)\n- #3 Queue writes (closed)\n- octo/docs#1 Document offline mode (closed)\n',
      ),
    ]);
    const themes = repo.require(4);
    expect(themes.state).toBe('open');
    expect(themes.commentList[0]?.body).toContain('- #5 Dark mode (open)\n- #6 Contrast check (closed)');
    // Open sub-issues get their parent's area/* (not its other labels); closed ones are not swept.
    expect(repo.require(5).labels).toEqual(['enhancement', 'area/ui']);
    expect([2, 3, 6, 7, 8].map((n) => repo.require(n).labels)).toEqual([[], [], [], [], []]);
    expect(repo.require(7).commentList).toEqual([]);
    if (api === 'rest') {
      // The listing says who has sub-issues or a parent: only those are read.
      const reads = gh.requests.filter((r) => /\/(sub_issues|parent)$/.test(r.path)).map((r) => r.path);
      expect(reads.sort()).toEqual([
        `/repos/${REPO}/issues/1/sub_issues`,
        `/repos/${REPO}/issues/4/sub_issues`,
        `/repos/${REPO}/issues/5/parent`,
      ]);
    }
    expect(run.outputs.changed).toBe('3');

    const writes = gh.writes().length;
    const again = await act(SUB_ISSUE_RULES, api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});

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

    const run = await act(FORM_RULES, api);
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
    const again = await act(FORM_RULES, api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});
