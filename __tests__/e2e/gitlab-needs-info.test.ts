/**
 * examples/needs-info.yml through the bundled CLI on the GitLab emulator: only the author's note takes
 * needs-info off (GitLab's notes and resource label events make the timeline); a maintainer's does not;
 * no answer in 14 days closes the issue. `by: maintainers` reads the note authors' access levels
 * (members lookup, once per person and run): a Maintainer's or Developer's note is a maintainer's, a
 * Reporter's or a non-member's is not. (examples/pr-flow.yml on GitLab: gitlab-pr-flow.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { runGitLabCli } from '../helpers/run-action.js';

const TOKEN = 'glpat-e2e-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let gl: GitLabEmulator;
let dir: string;
beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-needs-info-'));
  writeFileSync(join(dir, 'needs-info.yml'), readFileSync('examples/needs-info.yml', 'utf8'));
});
afterEach(async () => {
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const sift = (rules: string) =>
  runGitLabCli({ apiUrl: gl.url, token: TOKEN, project: 'group/app', rules, cwd: dir });

it('the author’s note answers needs-info; a maintainer’s does not; silence closes after 14 days', async () => {
  const project = gl.store.addProject('group/app');
  for (const username of ['alice', 'bob', 'maint']) gl.store.addUser({ username });
  project.addIssue({
    title: 'answered by the author',
    author: 'alice',
    labels: ['needs-info'],
    created_at: ago(10),
    updated_at: ago(1),
    labelEvents: [{ label: 'needs-info', created_at: ago(5), user: 'maint' }],
    notes: [{ body: 'It is 2.1 on Linux.', author: 'alice', created_at: ago(1) }],
  });
  project.addIssue({
    title: 'a maintainer asked again',
    author: 'bob',
    labels: ['needs-info'],
    created_at: ago(10),
    updated_at: ago(1),
    labelEvents: [{ label: 'needs-info', created_at: ago(5), user: 'maint' }],
    notes: [{ body: 'Which version, please?', author: 'maint', created_at: ago(1) }],
  });
  project.addIssue({
    title: 'silent',
    author: 'bob',
    labels: ['needs-info'],
    created_at: ago(30),
    updated_at: ago(15),
    labelEvents: [{ label: 'needs-info', created_at: ago(15), user: 'maint' }],
  });
  const run = await sift('needs-info.yml');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const issue = (title: string) => project.issues.find((i) => i.title === title)!;
  expect([...issue('answered by the author').labels].sort()).toEqual(['needs-triage']);
  expect(issue('a maintainer asked again').labels).toEqual(['needs-info']);
  expect(issue('a maintainer asked again').state).toBe('opened');
  expect(issue('silent').state).toBe('closed');
});

it('by: maintainers on GitLab: a Maintainer or Developer said more, so Sift does not ask; after a Reporter or a passer-by it asks', async () => {
  const project = gl.store.addProject('group/app');
  for (const username of ['alice', 'maint', 'dev', 'rep', 'passer']) gl.store.addUser({ username });
  project.accessLevels.set('maint', 40);
  project.accessLevels.set('dev', 30);
  project.accessLevels.set('rep', 20);
  const waiting = (title: string, commenter: string, more: string[] = []) =>
    project.addIssue({
      title,
      author: 'alice',
      labels: ['needs-info'],
      created_at: ago(6),
      updated_at: ago(1),
      labelEvents: [{ label: 'needs-info', created_at: ago(5), user: 'maint' }],
      notes: [commenter, ...more].map((author, i) => ({
        body: `More questions (${i})`,
        author,
        created_at: ago(2 - i * 0.1),
      })),
    });
  waiting('maintainer asked', 'maint');
  waiting('developer asked', 'dev', ['maint']);
  waiting('reporter asked', 'rep');
  waiting('passer-by asked', 'passer');
  const run = await sift('needs-info.yml');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const asked = (title: string) =>
    project.issues
      .find((i) => i.title === title)!
      .notes.filter((n) => !n.system && n.author.username === 'sift-bot').length;
  expect(asked('maintainer asked')).toBe(0);
  expect(asked('developer asked')).toBe(0);
  expect(asked('reporter asked')).toBe(1);
  expect(asked('passer-by asked')).toBe(1);
  // One members lookup per person and run (4 people wrote notes), not per note or per issue.
  const lookups = gl.requests.filter((r) => /\/members\/all\/\d+$/.test(r.path));
  expect(lookups).toHaveLength(4);
});
