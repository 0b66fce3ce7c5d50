/**
 * End to end on GitLab: examples/sub-issues.yml through the bundled CLI against the GitLab emulator,
 * where sub-issues are an issue's child tasks and the parent is a task's issue (the work-item
 * hierarchy, read through GitLab's GraphQL API). A parent whose tasks are all closed is closed with the
 * list; a closed one with an open task is reopened; tasks take their issue's area/* labels. The
 * hierarchy costs one GraphQL query per listing page of issues; a rerun writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';

const TOKEN = 'glpat-e2e-hierarchy-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const RULES = resolve('examples/sub-issues.yml');
const TESTS = resolve('examples/sub-issues.test.yml');
/** Issues that no rule touches, so the listing takes two pages of 100. */
const FILLERS = 150;

let gl: GitLabEmulator;
let project: ProjectStore;
let dir: string;

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  project = gl.store.addProject('acme/app');
  const at = (n: number) => ({ created_at: ago(300 - n), updated_at: ago(300 - n) });
  project.addIssue({ iid: 1, title: 'Ship offline mode', labels: ['area/sync', 'priority/high'], ...at(1) });
  project.addIssue({
    iid: 2,
    title: 'Cache the last sync',
    issue_type: 'task',
    parent: 1,
    state: 'closed',
    ...at(2),
  });
  project.addIssue({
    iid: 3,
    title: 'Queue writes',
    issue_type: 'task',
    parent: 1,
    state: 'closed',
    ...at(3),
  });
  project.addIssue({ iid: 4, title: 'Export', labels: ['area/io'], state: 'closed', ...at(4) });
  project.addIssue({
    iid: 5,
    title: 'CSV export',
    issue_type: 'task',
    parent: 4,
    labels: ['area/io'],
    ...at(5),
  });
  project.addIssue({ iid: 6, title: 'Search', labels: ['area/search', 'bug'], ...at(6) });
  project.addIssue({ iid: 7, title: 'Index titles', issue_type: 'task', parent: 6, ...at(7) });
  project.addIssue({
    iid: 8,
    title: 'Rank',
    issue_type: 'task',
    parent: 6,
    labels: ['area/search'],
    ...at(8),
  });
  for (let n = 0; n < FILLERS; n++)
    project.addIssue({ iid: 100 + n, title: `Filler ${n}`, ...at(10 + n / 1000) });
  project.addMergeRequest({ iid: 1, title: 'A change', ...at(9) });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-hierarchy-'));
});
afterEach(async () => {
  expect(gl.serverErrors).toEqual([]);
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const sift = (args: string[], env: Record<string, string> = { GITLAB_TOKEN: TOKEN }) =>
  spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', ...env }, dir);
const run = () =>
  sift(['run', '--provider', 'gitlab', '--project', 'acme/app', '--rules', RULES, '--api-url', gl.url]);
const comments = (iid: number) =>
  project
    .issue(iid)!
    .notes.filter((n) => !n.system)
    .map((n) => n.body);
/** The requests of a run by endpoint, the project path and iids left out. */
const byEndpoint = (from: number) => {
  const counts: Record<string, number> = {};
  for (const r of gl.requests.slice(from)) {
    const path = r.path.replace('/projects/acme%2Fapp', '').replace(/\/\d+/g, '/:iid');
    const key = `${r.method} ${path}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe('examples/sub-issues.yml on GitLab through the bundled CLI', () => {
  it('closes finished parents with the list, reopens unfinished ones, and gives tasks their issue’s area', async () => {
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    expect(project.issue(1)!.state).toBe('closed');
    expect(comments(1)).toEqual([
      expect.stringContaining(
        'All sub-issues of this issue are closed, so it is closed as completed:\n\n' +
          '- #2 Cache the last sync (closed)\n- #3 Queue writes (closed)',
      ),
    ]);
    expect(project.issue(4)!.state).toBe('opened');
    expect(comments(4)).toEqual([
      expect.stringContaining(
        'A sub-issue of this issue is open again, so it is reopened:\n\n- #5 CSV export (open)',
      ),
    ]);
    // Open tasks take their issue's area/* (not its other labels); one that has it already is left alone.
    expect(project.issue(7)!.labels).toEqual(['area/search']);
    expect(project.issue(8)!.labels).toEqual(['area/search']);
    expect(project.issue(5)!.labels).toEqual(['area/io']);
    // Closed tasks are not swept; issues without a hierarchy are untouched.
    expect(project.issue(2)!.labels).toEqual([]);
    expect(project.issue(6)!.state).toBe('opened');
    expect(comments(6)).toEqual([]);
    expect(project.issue(100)!.notes).toEqual([]);

    // What the run asked: two listing pages of issues and one GraphQL query for each (by the page's
    // iids); for each of the two comments, the notes read before it (is it there already?) and after
    // it (did another run post it too?) and the account Sift runs as, once; the writes: two notes, two
    // state changes and one label. No merge request listing: every rule is for issues.
    const requests = byEndpoint(0);
    expect(requests['POST /api/graphql']).toBe(2);
    expect(requests['GET /issues']).toBe(2);
    const queries = gl.requests.filter((r) => r.path === '/api/graphql');
    expect(queries.map((q) => (q.body as { variables: { iids: string[] } }).variables.iids.length)).toEqual([
      100,
      FILLERS + 8 - 100,
    ]);
    expect(requests).toEqual({
      'GET /issues': 2,
      'POST /api/graphql': 2,
      'GET /issues/:iid/notes': 4,
      'POST /issues/:iid/notes': 2,
      'PUT /issues/:iid': 3,
      'GET /user': 1,
    });

    // A rerun finds nothing to do: the same reads, no write.
    const writes = gl.writes().length;
    const from = gl.requests.length;
    const second = await run();
    expect(second.code).toBe(0);
    expect(gl.writes()).toHaveLength(writes);
    expect(byEndpoint(from)['POST /api/graphql']).toBe(2);
    expect(second.stdout).toContain('acme/app: walked');
    expect(second.stdout).toMatch(/changed 0, failed 0/);
  });

  it('validates the example for GitLab, and its tests file passes (sift test needs no forge)', async () => {
    const validate = await sift(['validate', '--provider', 'gitlab', '--rules', RULES, '--tests', TESTS]);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    const test = await sift(['test', '--rules', RULES, '--tests', TESTS]);
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(/passed/);
    expect(gl.requests).toEqual([]);
  });

  it('with a CI job token, refuses the example before any request, saying why', async () => {
    const refused = await sift(
      [
        'run',
        '--provider',
        'gitlab',
        '--project',
        'acme/app',
        '--rules',
        RULES,
        '--api-url',
        gl.url,
        '--dry-run',
      ],
      { CI_JOB_TOKEN: TOKEN },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      // A dry run may use a job token (nothing is written), but not to read the hierarchy.
      'examples/sub-issues.yml:34:5: rule "inherit-area" uses the condition "parent", which the gitlab provider does not support: ' +
        "GitLab's child items and parents are in its work-item hierarchy, which only its GraphQL API serves, and a CI job token cannot use that API",
    );
    expect(gl.requests).toEqual([]);
  });
});
