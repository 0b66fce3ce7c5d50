/**
 * Commands in comments on GitLab, end to end through the bundled CLI: notes written `/sift label ...`
 * (GitLab runs and strips its own `/label`), the members' access levels mapped onto associations, and
 * Sift's answer as award emoji (thumbsup, confused). A rerun changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import type { ProjectStore } from '../../src/emulator/gitlab/store.js';
import { runGitLabCli } from '../helpers/run-action.js';

const TOKEN = 'glpat-commands-0123456789';
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

let gl: GitLabEmulator;
let project: ProjectStore;
let dir: string;

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  project = gl.store.addProject('group/app');
  for (const name of ['kind/bug', 'area/cli', 'kind/feature']) project.ensureLabel(name);
  // Maintainer 40 -> MEMBER, Developer 30 -> COLLABORATOR, Reporter 20 -> CONTRIBUTOR; dan is no member.
  project.accessLevels.set('maria', 40);
  project.accessLevels.set('devon', 30);
  project.accessLevels.set('rita', 20);
  project.addIssue({
    title: 'Crash on start',
    author: 'olivia',
    labels: ['triage'],
    created_at: ago(30),
    notes: [
      { body: 'Reproduced.\n/sift label kind/bug area/cli', author: 'maria', created_at: ago(5) },
      { body: '/sift label kind/feature', author: 'dan', created_at: ago(4) },
      { body: '/sift assign @me', author: 'rita', created_at: ago(3) },
      { body: '/sift assign @devon', author: 'rita', created_at: ago(3) },
      { body: '```\n/sift close\n```', author: 'maria', created_at: ago(2) },
      {
        body: '/sift close',
        author: 'devon',
        created_at: ago(1),
        awards: [{ name: 'thumbsup', user: 'sift-bot' }],
      },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-commands-'));
  writeFileSync(join(dir, 'sift.yml'), readFileSync('examples/commands.yml', 'utf8'));
});
afterEach(async () => {
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = () =>
  runGitLabCli({ apiUrl: gl.url, token: TOKEN, project: 'group/app', rules: 'sift.yml', cwd: dir });

const notes = () => project.issues[0].notes.filter((n) => !n.system);
const awards = (index: number) => (notes()[index].awards ?? []).map((a) => `${a.name} by ${a.user.username}`);

describe('commands on GitLab through the CLI', () => {
  it('runs what each member may, refuses the rest with one reply, and a rerun changes nothing', async () => {
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const issue = project.issues[0];
    expect(issue.labels).toEqual(['triage', 'kind/bug', 'area/cli']);
    expect(issue.assignees.map((u) => u.username)).toEqual(['rita']);
    expect(issue.state).toBe('opened');
    expect(awards(0)).toEqual(['thumbsup by sift-bot']);
    expect(awards(1)).toEqual(['confused by sift-bot']);
    expect(awards(2)).toEqual(['thumbsup by sift-bot']);
    expect(awards(3)).toEqual(['confused by sift-bot']);
    expect(awards(4)).toEqual([]);
    const replies = notes()
      .filter((n) => n.author.username === 'sift-bot')
      .map((n) => n.body);
    expect(replies).toEqual([
      expect.stringContaining('- `/sift label kind/feature`: not allowed for you'),
      expect.stringContaining('- `/sift assign @\u200Bdevon`: you may only name yourself'),
    ]);
    expect(replies[0]).toContain('yours is NONE');

    const writes = gl.requests.filter((r) => r.method !== 'GET').length;
    const second = await run();
    expect(second.code).toBe(0);
    expect(gl.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  it('as a Maintainer, my /sift assign @nobody and /sift milestone v9 are refused as unknown, and nothing fails', async () => {
    project.addIssue({
      title: 'Second',
      author: 'olivia',
      created_at: ago(30),
      notes: [{ body: '/sift assign @nobody\n/sift milestone v9', author: 'maria', created_at: ago(1) }],
    });
    // Maintainers may assign anyone and set milestones.
    writeFileSync(
      join(dir, 'sift.yml'),
      'version: 1\ncommands:\n  - name: assign\n    allow: { association: [MEMBER] }\n  - name: milestone\n    allow: { association: [MEMBER] }\n' +
        'rules:\n  - { id: x, when: { labels: { any: [never] } }, then: [{ label: y }] }\n',
    );
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = project.issues[1];
    expect(second.assignees).toEqual([]);
    expect(second.milestone).toBeNull();
    const mine = second.notes.filter((n) => !n.system);
    expect((mine[0].awards ?? []).map((a) => a.name)).toEqual(['confused']);
    const reply = mine.find((n) => n.author.username === 'sift-bot')!.body;
    expect(reply).toContain('unknown user: "nobody" (no one by that name can be assigned here)');
    expect(reply).toContain('no such milestone: "v9"');
    // Neither write was sent: no PUT on the second issue.
    expect(gl.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/issues/2'))).toEqual([]);
  });
});
