/**
 * Commands in notes against the GitLab emulator over HTTP: a run cut off by faults converges on the
 * next one with no command run twice (the award emoji is the last write for its note), and a
 * custom command's comment and the refusal reply are posted once.
 */
import { readFileSync } from 'node:fs';
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const TOKEN = 'glpat-commands-faults-0123456789';
const RULES = parseRules(readFileSync('examples/commands.yml', 'utf8'), 'examples/commands.yml');

let gl: GitLabEmulator;
let project: ProjectStore;

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN, now: () => NOW });
  project = gl.store.addProject('group/app');
  for (const name of ['kind/bug', 'area/cli']) project.ensureLabel(name);
  project.accessLevels.set('maria', 40);
  project.addIssue({
    title: 'Crash on start',
    author: 'olivia',
    labels: ['triage'],
    created_at: hoursAgo(30),
    notes: [
      { body: 'Reproduced.\n/sift label kind/bug area/cli', author: 'maria', created_at: hoursAgo(3) },
      { body: '/sift freeze', author: 'maria', created_at: hoursAgo(2) },
      { body: '/sift label kind/feature', author: 'dan', created_at: hoursAgo(1) },
    ],
  });
});
afterEach(() => gl.close());

const sweep = () =>
  triage({
    provider: createGitLabProvider({
      token: TOKEN,
      project: 'group/app',
      baseUrl: gl.url,
      maxRetries: 0,
      clock: { now: () => NOW.getTime(), sleep: async () => undefined },
    }),
    rules: RULES,
    now: NOW,
    dryRun: false,
    maxChangeRatio: 1,
  });

const issue = () => project.issues[0];
const people = () => issue().notes.filter((n) => !n.system && n.author.username !== 'sift-bot');
const awards = (index: number) => (people()[index].awards ?? []).map((a) => a.name);
const siftNotes = () =>
  issue()
    .notes.filter((n) => !n.system && n.author.username === 'sift-bot')
    .map((n) => n.body);

it('a rerun after the award emoji failed with 502 converges: each command once, then the answers', async () => {
  gl.onRequest = (request) =>
    request.method === 'POST' && request.path.endsWith('/award_emoji')
      ? { status: 502, body: { message: '502 Bad Gateway' } }
      : undefined;
  const first = await sweep();
  expect(first.outcomes[0].error).toMatch(/award/);
  expect(issue().labels).toEqual(['triage', 'kind/bug', 'area/cli']);
  expect(awards(0)).toEqual([]);

  gl.onRequest = undefined;
  const second = await sweep();
  expect(second.outcomes.map((o) => o.error)).toEqual([undefined]);
  expect(awards(0)).toEqual(['thumbsup']);
  expect(awards(1)).toEqual(['thumbsup']);
  expect(awards(2)).toEqual(['confused']);
  // Each label applied once (its resource label events), the freeze comment and the refusal once.
  const added = issue()
    .labelEvents.filter((e) => e.action === 'add')
    .map((e) => e.label.name);
  expect(added).toEqual(['triage', 'kind/bug', 'area/cli', 'lifecycle/frozen']);
  expect(siftNotes().filter((b) => b.includes('froze this'))).toHaveLength(1);
  expect(siftNotes().filter((b) => b.includes('did not run'))).toHaveLength(1);

  // A third run has nothing to do.
  const writes = gl.requests.filter((r) => r.method !== 'GET').length;
  const third = await sweep();
  expect(third.outcomes).toEqual([]);
  expect(gl.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
});

it('a rerun after the connection dropped on the label write converges with the label once', async () => {
  let dropped = false;
  gl.onRequest = (request) => {
    if (!dropped && request.method === 'PUT' && request.path.endsWith('/issues/1')) {
      dropped = true;
      return 'destroy';
    }
    return undefined;
  };
  const first = await sweep();
  expect(first.outcomes[0].error).toBeDefined();
  gl.onRequest = undefined;
  const second = await sweep();
  expect(second.outcomes.map((o) => o.error)).toEqual([undefined]);
  const added = issue()
    .labelEvents.filter((e) => e.action === 'add')
    .map((e) => e.label.name);
  expect(added.filter((l) => l === 'kind/bug')).toHaveLength(1);
  expect(awards(0)).toEqual(['thumbsup']);
  expect(siftNotes().filter((b) => b.includes('froze this'))).toHaveLength(1);
});

it('as a Maintainer, my /sift assign @outsider (a user, not a member: GitLab drops them) is answered as refused, not failed on every run', async () => {
  project.members = new Set(['maria', 'olivia']);
  gl.store.addUser({ username: 'outsider' });
  project.addIssue({
    title: 'Second',
    author: 'olivia',
    created_at: hoursAgo(30),
    notes: [
      {
        body: '/sift label kind/bug\n/sift assign @outsider\n/sift label area/cli',
        author: 'maria',
        created_at: hoursAgo(1),
      },
    ],
  });
  const assignRules = parseRules(
    readFileSync('examples/commands.yml', 'utf8').replace(
      'allow: { association: [OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR], logins: self }',
      'allow: { association: [OWNER, MEMBER] }',
    ),
    'sift.yml',
  );
  const provider = () =>
    createGitLabProvider({ token: TOKEN, project: 'group/app', baseUrl: gl.url, maxRetries: 0 });
  const first = await triage({
    provider: provider(),
    rules: assignRules,
    now: NOW,
    dryRun: false,
    maxChangeRatio: 1,
  });
  const second = project.issues[1];
  const outcome = first.outcomes.find((o) => o.item.number === 2)!;
  expect(outcome.error).toBeUndefined();
  expect(outcome.rules.find((r) => r.rule === '/assign')?.command?.refused).toMatch(
    /GitLab ignored outsider/,
  );
  expect(second.labels).toEqual(['kind/bug']);
  expect(second.assignees).toEqual([]);
  const mine = second.notes.filter((n) => !n.system && n.author.username === 'maria');
  expect((mine[0].awards ?? []).map((a) => a.name)).toEqual(['confused']);
  const reply = second.notes.find((n) => !n.system && n.author.username === 'sift-bot')!.body;
  expect(reply).toContain('only members of the project can be assigned');
  expect(reply).toContain('`/sift label area/cli`: not run: a command before it in this comment was refused');

  // Answered: the next run sends nothing for it.
  const writes = gl.requests.filter((r) => r.method !== 'GET' && r.path.includes('/issues/2')).length;
  const again = await triage({
    provider: provider(),
    rules: assignRules,
    now: NOW,
    dryRun: false,
    maxChangeRatio: 1,
  });
  expect(again.outcomes.find((o) => o.item.number === 2)).toBeUndefined();
  expect(gl.requests.filter((r) => r.method !== 'GET' && r.path.includes('/issues/2')).length).toBe(writes);
});
