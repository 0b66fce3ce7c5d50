/**
 * End to end: `created` / `updated` with fixed dates (actions/stale's start-date), through the bundled
 * dist/index.js against the GitHub emulator, over REST and GraphQL.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/dates';

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
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

const WINDOW_RULES = `version: 1
rules:
  - id: first-half
    when:
      created: { after: 2024-01-01, before: 2025-06-30 }
    then:
      - label: backlog-2024
  - id: touched-this-year
    when:
      updated: { after: '2026-01-01T00:00:00Z' }
    then:
      - label: touched
`;

describe.each(['rest', 'graphql'] as const)('fixed dates through the bundle (%s)', (api) => {
  it('labels exactly the items created in the window, edges included and excluded as written', async () => {
    const repo = gh.store.addRepo(REPO);
    // #1: a second before the window; #2: at its first instant; #3: its last hour; #4: at its end.
    repo.addIssue({
      title: 'late 2023',
      created_at: '2023-12-31T23:59:59Z',
      updated_at: '2025-12-01T00:00:00Z',
    });
    repo.addIssue({
      title: 'new year',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2026-02-01T00:00:00Z',
    });
    repo.addIssue({
      title: 'late june',
      created_at: '2025-06-29T23:00:00Z',
      updated_at: '2025-07-01T00:00:00Z',
    });
    repo.addIssue({
      title: 'june 30',
      created_at: '2025-06-30T00:00:00Z',
      updated_at: '2025-07-01T00:00:00Z',
    });

    const run = await act(WINDOW_RULES, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([1, 2, 3, 4].map((n) => repo.require(n).labels)).toEqual([
      [],
      ['backlog-2024', 'touched'],
      ['backlog-2024'],
      [],
    ]);
    expect(run.outputs.changed).toBe('2');

    // A rerun of the window rule finds nothing left: the dates do not move with the clock. (The
    // labels just written bumped updated_at to now, so `touched-this-year` would now hold for #3:
    // `updated` reads the forge's update time, Sift's own writes included.)
    const writes = gh.writes().length;
    const again = await act(WINDOW_RULES.split('  - id: touched-this-year')[0], api);
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });
});

it('a date that does not exist stops the run at its position, before any request', async () => {
  gh.store.addRepo(REPO).addIssue({ title: 'x' });
  const run = await act(
    'version: 1\nrules:\n  - id: start\n    when:\n      created: { after: 2025-02-29 }\n    then:\n      - label: x\n',
    'rest',
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /::error title=Sift rules file,file=\.github\/sift\.yml,line=5,col=25::invalid date "2025-02-29": no such day or time/,
  );
  expect(gh.requests).toEqual([]);
});
