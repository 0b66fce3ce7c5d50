/**
 * End to end: examples/projects.yml (and a rule that sets every field type) through the bundled
 * dist/index.js against the emulator, on `api: graphql` and `api: rest`, with an organisation project
 * that only `project-token` reaches (the workflow's token gets FORBIDDEN, as on GitHub). The writes
 * land in the emulator's project, a rerun sends no write, an unknown field fails the run before any
 * write with the rule's position, the project token is the token the emulator sees on project
 * requests and only there, and the requests of each run are pinned.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { projectsOf, type ProjectRecord } from '../../src/emulator/github/projects.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';
import { boardValues as projectBoard } from '../helpers/project-board.js';

const TOKEN = 'e2e-token-0123456789';
const PROJECT_TOKEN = 'github_pat_e2eProjects0123456789';
const REPO = 'acme/app';
const EXAMPLE = readFileSync('examples/projects.yml', 'utf8');
/** Every field type, iterations by `now` (the emulator's clock; runs take the real clock). */
const EVERY_TYPE = `version: 1
rules:
  - id: everything
    when:
      labels: { all: [everything] }
    then:
      - project:
          owner: acme
          number: 7
          fields: { Status: Todo, Priority: P0, Notes: 'from {{author}}', Estimate: 3, Due: 2026-12-31, Iteration: '@current' }
`;

let gh: GitHubEmulator;
let board: ProjectRecord;
let repo: RepoStore;
const runs: ActionRun[] = [];

/** Today's and the following fortnights, so `@current` is the first whatever day the test runs. */
function sprints(): { title: string; startDate: string }[] {
  const day = 86_400_000;
  const today = Math.floor(Date.now() / day) * day;
  return [-14, 0, 14].map((offset, k) => ({
    title: `Sprint ${k + 1}`,
    startDate: new Date(today + offset * day - day).toISOString().slice(0, 10),
  }));
}

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, projectToken: PROJECT_TOKEN });
  repo = gh.store.addRepo(REPO);
  repo.addIssue({ title: 'Crash on save', labels: ['bug', 'priority/high'], user: 'mona' }); // 1
  repo.addIssue({ title: 'Started', labels: ['in-progress'], assignees: ['hubot'] }); // 2
  repo.addIssue({ title: 'Finished', state: 'closed' }); // 3
  repo.addIssue({ title: 'A started pull request', pull_request: true, labels: ['in-progress'] }); // 4
  repo.addIssue({ title: 'Not a bug' }); // 5
  repo.addIssue({ title: 'All of it', labels: ['everything'], user: 'octocat' }); // 6
  const projects = projectsOf(gh.store);
  board = projects.add('acme', {
    number: 7,
    fields: [
      { name: 'Priority', type: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2'] },
      { name: 'Notes', type: 'TEXT' },
      { name: 'Estimate', type: 'NUMBER' },
      { name: 'Due', type: 'DATE' },
      { name: 'Iteration', type: 'ITERATION', iterations: sprints() },
    ],
  });
  const done = projects.addItem(board, REPO, 3);
  projects.setValue(board, done, 'Status', { option: 'In Progress' });
  const started = projects.addItem(board, REPO, 2);
  projects.setValue(board, started, 'Status', { option: 'Todo' });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

async function act(rules: string, api: 'rest' | 'graphql', projectToken = PROJECT_TOKEN): Promise<ActionRun> {
  const run = await runAction({
    inputs: {
      token: TOKEN,
      rules: '.github/sift.yml',
      api,
      ...(projectToken ? { 'project-token': projectToken } : {}),
    },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
    files: { '.github/sift.yml': rules },
  });
  runs.push(run);
  return run;
}

const boardValues = () => projectBoard(board);

const ops = (from = 0) =>
  gh.requests.slice(from).map((r) => r.graphql?.operationName ?? `${r.method} ${r.path}`);

describe.each(['graphql', 'rest'] as const)('projects through the bundle (api: %s)', (api) => {
  it('examples/projects.yml and every field type land in the project; a rerun writes nothing', async () => {
    const rules = `${EXAMPLE}\n${EVERY_TYPE.replace(/^version: 1\nrules:\n/, '')}`;
    const run = await act(rules, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(boardValues()).toEqual({
      3: { Status: 'Done' },
      2: { Status: 'In Progress', Iteration: 'Sprint 2' },
      1: { Status: 'Todo', Priority: 'P1' },
      4: { Status: 'In Progress' },
      6: {
        Status: 'Todo',
        Priority: 'P0',
        Notes: 'from octocat',
        Estimate: 3,
        Due: '2026-12-31',
        Iteration: 'Sprint 2',
      },
    });
    expect(run.summary).toContain('add to acme/projects/7, Status: Todo');
    // The project token on project requests, the workflow's token everywhere else.
    const projectOps = new Set(
      gh.requests.filter((r) => r.auth === 'project-token').map((r) => r.graphql?.operationName),
    );
    const withToken = gh.requests
      .filter((r) => r.auth === 'token')
      .map((r) => r.graphql?.operationName ?? r.path);
    expect([...projectOps].sort()).toEqual([
      'SiftAddToProject',
      'SiftItemProjects',
      'SiftProjects',
      'SiftSetProjectField',
    ]);
    expect(withToken.filter((op) => /^Sift.*Project/.test(op))).toEqual([]);
    expect(gh.requests.filter((r) => r.auth !== 'token' && r.auth !== 'project-token')).toEqual([]);
    // Masked first (the runner hides it from then on), then never printed.
    const printed = (run.stdout + run.stderr).replace(`::add-mask::${PROJECT_TOKEN}\n`, '');
    expect(run.stdout).toContain(`::add-mask::${PROJECT_TOKEN}\n`);
    expect(printed + run.summary + JSON.stringify(run.outputs)).not.toContain(PROJECT_TOKEN);
    // Writes: adds of 1, 4 and 6; fields: 1 (Status, Priority), 2 (Status, Iteration), 3 (Status),
    // 4 (Status), 6 (six fields).
    const writes = gh.writes().map((r) => r.graphql?.operationName ?? `${r.method} ${r.path}`);
    expect(writes.filter((w) => w === 'SiftAddToProject')).toHaveLength(3);
    expect(writes.filter((w) => w === 'SiftSetProjectField')).toHaveLength(12);
    expect(writes.filter((w) => !/^Sift/.test(w))).toEqual([]);
    const firstRun = gh.requests.length;
    // The Action's budget read (GET /rate_limit), then GraphQL: the projects, two listings, two pages of
    // items' projects (project token), 15 writes; REST: the projects, one listing page, one nodes
    // query, 15 writes. The summary counts Sift's own requests, without the budget read.
    expect(firstRun).toBe(api === 'graphql' ? 21 : 19);
    expect(run.summary).toContain(
      api === 'graphql' ? '| 20 (5 reads, 15 writes)' : '| 18 (3 reads, 15 writes)',
    );

    const again = await act(rules, api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes()).toHaveLength(writes.length);
    // The rerun reads: the projects once, the listing, the items' projects per page (project token).
    expect(ops(firstRun).sort()).toEqual(
      api === 'graphql'
        ? [
            'GET /rate_limit',
            'SiftIssues',
            'SiftItemProjects',
            'SiftItemProjects',
            'SiftProjects',
            'SiftPullRequests',
          ]
        : ['GET /rate_limit', 'GET /repos/acme/app/issues', 'SiftItemProjects', 'SiftProjects'],
    );
  });

  it('an unknown field fails the run before any write, at the rule; so does a project the workflow token cannot see', async () => {
    const broken = EXAMPLE.replace('fields: { Priority: P1 }', 'fields: { Priorty: P1 }');
    const run = await act(broken, api);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      '.github/sift.yml:27:54: rule "priority-high": project acme/projects/7 has no field "Priorty"; did you mean "Priority"?',
    );
    expect(gh.writes()).toEqual([]);
    expect(ops()).toEqual(['GET /rate_limit', 'SiftProjects']);

    const before = gh.requests.length;
    const unreachable = await act(EXAMPLE, api, '');
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stdout + unreachable.stderr).toContain(
      'project acme/projects/7: cannot be read (GitHub says: Resource not accessible by integration); if it exists, set the `project-token` input',
    );
    expect(gh.writes()).toEqual([]);
    expect(ops(before)).toEqual(['GET /rate_limit', 'SiftProjects']);
  });
});
