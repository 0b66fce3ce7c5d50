/**
 * GitHub Projects (v2) through both GitHub providers, the whole pipeline against the emulator over
 * HTTP on 127.0.0.1 (GraphQL documents validated against GitHub's schema): the projects are read once
 * before the walk, items' projects come with the listing (GraphQL) or one `nodes(ids:)` query per page
 * (REST), writes are addProjectV2ItemById then updateProjectV2ItemFieldValue by the field's type, a
 * rerun sends no write, and a rule naming an unknown field fails the run before any write.
 */
import { parseRules } from '../../src/config/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { projectsOf, type ProjectRecord } from '../../src/emulator/github/projects.js';
import { explainItem } from '../../src/pipeline/explain.js';
import { triage } from '../../src/pipeline/triage.js';
import { createProvider } from '../../src/providers/registry.js';
import { closeConforming } from '../helpers/conforming.js';
import { boardValues as projectBoard } from '../helpers/project-board.js';

const TOKEN = 'ghs_WorkflowToken123';
const NOW = new Date('2026-03-10T12:00:00Z');

const RULES = `version: 1
rules:
  - id: was-todo
    when:
      project: { owner: acme, number: 7, fields: { Status: Todo } }
    then:
      - label: was-todo
  - id: board
    when:
      state: open
    then:
      - project:
          owner: acme
          number: 7
          fields:
            Status: In Progress
            Priority: p1
            Notes: 'by {{author}}'
            Estimate: 2.5
            Due: 2026-03-20
            Sprint: '@current'
  - id: elsewhere
    when:
      state: closed
      project: none
    then:
      - label: off-board
`;

let gh: GitHubEmulator;
let board: ProjectRecord;

/** The emulator with acme/app and its board; `projectToken`: only that token reaches projects. */
async function start(projectToken?: string): Promise<void> {
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW, ...(projectToken ? { projectToken } : {}) });
  const repo = gh.store.addRepo('acme/app');
  repo.addIssue({ title: 'Crash on save', user: 'mona' }); // 1
  repo.addIssue({ title: 'On the board', user: 'hubot' }); // 2
  repo.addIssue({ title: 'Closed', state: 'closed' }); // 3
  repo.addIssue({ title: 'A pull request', pull_request: true, user: 'octocat' }); // 4
  const projects = projectsOf(gh.store);
  board = projects.add('acme', {
    number: 7,
    title: 'Board',
    fields: [
      { name: 'Priority', type: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2'] },
      { name: 'Notes', type: 'TEXT' },
      { name: 'Estimate', type: 'NUMBER' },
      { name: 'Due', type: 'DATE' },
      {
        name: 'Sprint',
        type: 'ITERATION',
        iterations: [
          { title: 'Sprint 1', startDate: '2026-02-23' },
          { title: 'Sprint 2', startDate: '2026-03-09' },
          { title: 'Sprint 3', startDate: '2026-03-23' },
        ],
      },
    ],
  });
  const onBoard = projects.addItem(board, 'acme/app', 2);
  projects.setValue(board, onBoard, 'Status', { option: 'Todo' });
  projects.setValue(board, onBoard, 'Estimate', { number: 2.5 });
}

beforeEach(() => start());
afterEach(async () => {
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
  await closeConforming(gh);
});

const boardValues = () => projectBoard(board);

/** A GitHub provider on the emulator, through the registry as entry points make one. */
function providerFor(api: 'graphql' | 'rest', projectToken?: string) {
  return createProvider({
    provider: 'github',
    repository: 'acme/app',
    token: TOKEN,
    apiUrl: gh.url,
    graphqlUrl: gh.graphqlUrl,
    api,
    ...(projectToken ? { projectToken } : {}),
  });
}

function operations(from = 0): string[] {
  return gh.requests.slice(from).map((r) => r.graphql?.operationName ?? `${r.method} ${r.path}`);
}

describe.each(['graphql', 'rest'] as const)('api: %s', (api) => {
  const provider = () => providerFor(api);

  test('reads the projects once, writes every field by its type, and a rerun writes nothing', async () => {
    const rules = parseRules(RULES, 'sift.yml');
    const first = await triage({ provider: provider(), rules, now: NOW, dryRun: false });
    expect(first.outcomes.map((o) => [o.item.number, o.rules.map((r) => r.rule)])).toEqual([
      [1, ['board']],
      [2, ['was-todo', 'board']],
      [3, ['elsewhere']],
      [4, ['board']],
    ]);
    const full = {
      Status: 'In Progress',
      Priority: 'P1',
      Estimate: 2.5,
      Due: '2026-03-20',
      Sprint: 'Sprint 2',
    };
    expect(boardValues()).toEqual({
      2: { ...full, Notes: 'by hubot' },
      1: { ...full, Notes: 'by mona' },
      4: { ...full, Notes: 'by octocat' },
    });
    // Item 3 is closed and in no project: `project: none` holds.
    expect(gh.store.repo('acme/app')!.require(3).labels).toEqual(['off-board']);
    const ops = operations();
    expect(ops.filter((o) => o === 'SiftProjects')).toHaveLength(1);
    expect(ops.indexOf('SiftProjects')).toBe(0);
    // Two adds (1 and 4; 2 is on the board) and 6 + 6 + 5 field updates (2's Estimate is 2.5 already).
    expect(ops.filter((o) => o === 'SiftAddToProject')).toHaveLength(2);
    expect(ops.filter((o) => o === 'SiftSetProjectField')).toHaveLength(17);

    const before = gh.requests.length;
    const writes = gh.writes().length;
    const rerun = await triage({ provider: provider(), rules, now: NOW, dryRun: false });
    expect(rerun.outcomes.filter((o) => o.rules.length > 0)).toEqual([]);
    expect(gh.writes()).toHaveLength(writes);
    // The rerun's reads: the projects, and the listing (GraphQL: issues and pull requests, with their
    // projects; REST: one page, and one nodes query for its items' projects).
    expect(operations(before).sort()).toEqual(
      api === 'graphql'
        ? ['SiftIssues', 'SiftProjects', 'SiftPullRequests']
        : ['GET /repos/acme/app/issues', 'SiftItemProjects', 'SiftProjects'],
    );
  });

  test("the projects cost the listing little: GitHub's points per listing query, pinned", async () => {
    const cost = async (text: string) => {
      const from = gh.requests.length;
      await triage({ provider: provider(), rules: parseRules(text, 'sift.yml'), now: NOW, dryRun: true });
      return gh.requests
        .slice(from)
        .filter((r) => r.graphql?.operation === 'query' && r.graphql.operationName !== 'SiftProjects')
        .map((r) => `${r.graphql?.operationName} ${r.graphql?.cost}`)
        .sort();
    };
    const plain = await cost(
      'version: 1\nrules:\n  - id: a\n    when: { labels: { none: [x] } }\n    then: [{ label: y }]\n',
    );
    const withProjects = await cost(RULES);
    expect({ plain, withProjects }).toEqual(
      api === 'graphql'
        ? {
            plain: ['SiftIssues 2', 'SiftPullRequests 2'],
            withProjects: ['SiftIssues 3', 'SiftPullRequests 3'],
          }
        : { plain: [], withProjects: ['SiftItemProjects 1'] },
    );
  });

  test('a run cut between the add and the fields: the rerun adds nothing again and sets the rest', async () => {
    const rules = parseRules(RULES, 'sift.yml');
    // Every field update of the first run fails as GitHub fails a mutation (an error, no data).
    gh.onRequest = (request) =>
      /mutation SiftSetProjectField/.test(String((request.body as { query?: string } | undefined)?.query))
        ? {
            status: 200,
            body: {
              data: { updateProjectV2ItemFieldValue: null },
              errors: [{ type: 'INTERNAL', message: 'cut' }],
            },
          }
        : undefined;
    const cut = await triage({ provider: provider(), rules, now: NOW, dryRun: false });
    expect(cut.outcomes.filter((o) => o.error !== undefined).map((o) => o.item.number)).toEqual([1, 2, 4]);
    expect(Object.keys(boardValues()).map(Number).sort()).toEqual([1, 2, 4]);
    expect(boardValues()[1]).toEqual({});
    gh.onRequest = undefined;
    const from = gh.requests.length;
    await triage({ provider: provider(), rules, now: NOW, dryRun: false });
    const rerun = operations(from);
    expect(rerun.filter((o) => o === 'SiftAddToProject')).toEqual([]);
    expect(rerun.filter((o) => o === 'SiftSetProjectField')).toHaveLength(17);
    expect(boardValues()[1]).toEqual({
      Status: 'In Progress',
      Priority: 'P1',
      Notes: 'by mona',
      Estimate: 2.5,
      Due: '2026-03-20',
      Sprint: 'Sprint 2',
    });
  });

  test('an item read on its own (an event, explain) reads its projects in one query', async () => {
    const rules = parseRules(RULES, 'sift.yml');
    const explanation = await explainItem(provider(), rules, 2, NOW);
    const text = JSON.stringify(explanation);
    expect(text).toContain('projects: acme/projects/7 (Status: Todo, Estimate: 2.5)');
    const board = explanation.rules.find((r) => r.rule === 'board');
    expect(board?.changes).toEqual([
      {
        kind: 'project',
        project: { owner: 'acme', number: 7 },
        add: false,
        // Estimate is 2.5 already.
        fields: [
          { name: 'Status', value: 'In Progress' },
          { name: 'Priority', value: 'P1' },
          { name: 'Notes', value: 'by hubot' },
          { name: 'Due', value: '2026-03-20' },
          { name: 'Sprint', value: 'Sprint 2' },
        ],
      },
    ]);
    expect(operations().filter((o) => o === 'SiftOneItemProjects')).toHaveLength(1);
    expect(gh.writes()).toEqual([]);
  });

  test('an unknown field or option fails the run before any item is read or written, at the rule', async () => {
    const rules = parseRules(
      RULES.replace('Priority: p1', 'Priorty: P1').replace('Status: Todo', 'Status: Dnoe'),
      'sift.yml',
    );
    await expect(triage({ provider: provider(), rules, now: NOW, dryRun: false })).rejects.toThrow(
      [
        'sift.yml:5:52: rule "was-todo": project acme/projects/7, field "Status": no option "Dnoe"; did you mean "Done"? (options: Todo, In Progress, Done)',
        'sift.yml:17:13: rule "board": project acme/projects/7 has no field "Priorty"; did you mean "Priority"? (fields: Status, Priority, Notes, Estimate, Due, Sprint)',
      ].join('\n'),
    );
    expect(operations()).toEqual(['SiftProjects']);
  });

  test('an unknown project says so at the rule, with what to do', async () => {
    const rules = parseRules(RULES.replace(/number: 7/g, 'number: 8'), 'sift.yml');
    const error = await triage({ provider: provider(), rules, now: NOW, dryRun: false }).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(
      /sift\.yml:5:7: rule "was-todo": project acme\/projects\/8: cannot be read \(GitHub says: .*Could not resolve to a ProjectV2 with the number 8/,
    );
    expect(String(error)).toContain('set the `project-token` input');
    expect(gh.writes()).toEqual([]);
  });
});

describe.each(['graphql', 'rest'] as const)('project-token, api: %s', (api) => {
  const PROJECT_TOKEN = 'github_pat_ProjectsOnly456';
  const rules = () => parseRules(RULES, 'sift.yml');

  beforeEach(async () => {
    await gh.close();
    await start(PROJECT_TOKEN);
  });

  test('without it, a token that cannot reach the project fails the run at the rule, saying what to set', async () => {
    const provider = providerFor(api);
    const error = await triage({ provider, rules: rules(), now: NOW, dryRun: false }).catch((e: Error) => e);
    expect(String(error)).toContain(
      'sift.yml:5:7: rule "was-todo": project acme/projects/7: cannot be read (GitHub says: Resource not accessible by integration); if it exists, set the `project-token` input to a token that can: a fine-grained personal access token with the organization permission "Projects" (read and write)',
    );
    expect(gh.writes()).toEqual([]);
    expect(operations()).toEqual(['SiftProjects']);
  });

  test('with it, project requests carry it and nothing else does', async () => {
    const provider = providerFor(api, PROJECT_TOKEN);
    const result = await triage({ provider, rules: rules(), now: NOW, dryRun: false });
    expect(result.outcomes.map((o) => o.item.number)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(boardValues()).map(Number).sort()).toEqual([1, 2, 4]);
    const byToken = (auth: string) =>
      gh.requests
        .filter((r) => r.auth === auth)
        .map((r) => r.graphql?.operationName ?? `${r.method} ${r.path}`);
    const projectOps = ['SiftProjects', 'SiftItemProjects', 'SiftAddToProject', 'SiftSetProjectField'];
    expect([...new Set(byToken('project-token'))].sort()).toEqual(projectOps.sort());
    expect(byToken('token').filter((op) => projectOps.includes(op))).toEqual([]);
    expect(byToken('token').length).toBeGreaterThan(0);
    expect(byToken('other')).toEqual([]);
    // The token is never written anywhere Sift reports.
    expect(JSON.stringify(result)).not.toContain(PROJECT_TOKEN);
  });
});
