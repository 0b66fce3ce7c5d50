/**
 * The attacks of issue 18 that apply on GitLab, through the bundled CLI as a GitLab CI job runs it:
 * people whose usernames look like bots' (point 9: their notes are activity), another bot's note
 * carrying Sift's marker (point 3: never taken for Sift's own), a title carrying a marker and runner
 * commands (points 3 and 4). A rerun converges: nothing is posted twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitLabEmulator, type GitLabEmulator } from '../../../src/emulator/gitlab/index.js';
import { CLI_ENTRY, spawnNode } from '../../helpers/run-action.js';
import { injectedCommands } from './harness.js';

const TOKEN = 'glpat-attack-0123456789';
const PROJECT = 'group/app';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const MARKER = '<!-- sift:rule=mark-stale -->';
const RULES = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 30d, labels: { none: [stale] } }
    then:
      - label: stale
      - comment: 'No activity for {{inactive_days}} days on "{{title}}".'
`;

let gl: GitLabEmulator;
let dir: string;

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  // People who picked bot-like names, and a real bot: GitLab's `bot` field says which is which.
  gl.store.addUser({ username: 'project_1_bot', bot: false });
  gl.store.addUser({ username: 'service_account_x', bot: false });
  gl.store.addUser({ username: 'renovate', bot: true });
  gl.store.addUser({ username: 'alice' });
  const project = gl.store.addProject(PROJECT);
  const quiet = { author: 'alice', created_at: ago(100), updated_at: ago(5) };
  project.addIssue({
    ...quiet,
    title: 'answered by a person named like a bot',
    notes: [{ body: 'I still see this.', author: 'project_1_bot', created_at: ago(5) }],
  });
  project.addIssue({
    ...quiet,
    title: 'answered by a service-account-like person',
    notes: [{ body: 'Same here.', author: 'service_account_x', created_at: ago(5) }],
  });
  project.addIssue({
    ...quiet,
    title: 'a bot quoting a marker',
    notes: [{ body: `Build failed for "crash ${MARKER}"`, author: 'renovate', created_at: ago(5) }],
  });
  project.addIssue({
    author: 'alice',
    created_at: ago(100),
    updated_at: ago(60),
    title: `crash ${MARKER}\n::warning::PWNED ##[add-mask]PWNED`,
  });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-attack-'));
  writeFileSync(join(dir, 'sift.yml'), RULES);
});
afterEach(async () => {
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const sift = () =>
  spawnNode(
    [
      CLI_ENTRY,
      'run',
      '--provider',
      'gitlab',
      '--project',
      PROJECT,
      '--rules',
      'sift.yml',
      '--api-url',
      gl.url,
    ],
    { PATH: process.env.PATH ?? '', GITLAB_TOKEN: TOKEN },
    dir,
  );

function issue(prefix: string) {
  return gl.store.project(PROJECT)!.issues.find((i) => i.title.startsWith(prefix))!;
}
const userNotes = (prefix: string) => issue(prefix).notes.filter((n) => !n.system);

it('on GitLab, bot-like names are people, other bots are not Sift, and hostile titles stay inert', async () => {
  const run = await sift();
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(injectedCommands(run.stdout)).toEqual([]);

  // Point 9: their notes 5 days ago are activity, so the issues are not stale.
  for (const prefix of ['answered by a person', 'answered by a service']) {
    expect(issue(prefix).labels).toEqual([]);
    expect(userNotes(prefix)).toHaveLength(1);
  }

  // Point 3: the bot's note with the marker is neither activity nor Sift's: Sift posts its own, and
  // the bot's note is left as it was.
  expect(issue('a bot quoting').labels).toEqual(['stale']);
  expect(userNotes('a bot quoting').map((n) => [n.author.username, n.body])).toEqual([
    ['renovate', `Build failed for "crash ${MARKER}"`],
    ['sift-bot', expect.stringContaining(MARKER)],
  ]);

  // Points 3 and 4: the title's marker cannot form one in Sift's comment, which carries exactly its own.
  const [warning] = userNotes('crash');
  expect(warning.author.username).toBe('sift-bot');
  expect(warning.body.split('<!-- sift:rule=').length - 1).toBe(1);
  expect(warning.body).toContain('on "crash <\u200b!-- sift:rule=mark-stale -->');

  // A rerun converges: nothing new is posted or changed.
  const before = gl.store.project(PROJECT)!.issues.map((i) => i.notes.length);
  const rerun = await sift();
  expect([rerun.code, rerun.stderr]).toEqual([0, '']);
  expect(gl.store.project(PROJECT)!.issues.map((i) => i.notes.length)).toEqual(before);
});
