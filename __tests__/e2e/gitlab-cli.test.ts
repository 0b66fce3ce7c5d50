/**
 * End to end on GitLab: the bundled CLI triages a project on the GitLab emulator, and the same rules
 * file gives the same plan on a GitHub emulator seeded with the same items.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';

const TOKEN = 'glpat-e2e-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const RULES = `version: 1
rules:
  - id: mark-stale
    when:
      type: issue
      labels: { none: [stale, pinned] }
      updated: { older-than: 60d }
    then:
      - label: stale
      - comment: "@{{author}}, is this still relevant? (no activity for {{inactive_days}} days)"
  - id: close-stale
    when:
      labels: { all: [stale] }
      labeled: { stale: 7d }
    then:
      - close: not_planned
  - id: wip
    when:
      type: pull_request
      draft: true
    then:
      - label: work-in-progress
`;

interface Seed {
  title: string;
  type: 'issue' | 'pull_request';
  author: string;
  labels: string[];
  staleSince?: number;
  updated: number;
  draft?: boolean;
}
const SEEDS: Seed[] = [
  { title: 'Old question', type: 'issue', author: 'alice', labels: [], updated: 90 },
  { title: 'Fresh bug', type: 'issue', author: 'bob', labels: ['bug'], updated: 2 },
  { title: 'Pinned idea', type: 'issue', author: 'carol', labels: ['pinned'], updated: 300 },
  { title: 'Stale and due', type: 'issue', author: 'dave', labels: ['stale'], staleSince: 10, updated: 10 },
  { title: 'Stale, waiting', type: 'issue', author: 'erin', labels: ['stale'], staleSince: 2, updated: 2 },
  { title: 'Draft change', type: 'pull_request', author: 'frank', labels: [], updated: 1, draft: true },
  { title: 'Ready change', type: 'pull_request', author: 'alice', labels: [], updated: 1 },
];

let gl: GitLabEmulator;
let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  gh = await startGitHubEmulator({ token: TOKEN });
  const project = gl.store.addProject('group/sub/app');
  const repo = gh.store.addRepo('octo/app');
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'])
    gl.store.addUser({ username: login });
  for (const [i, s] of SEEDS.entries()) {
    const created = ago(400 - i);
    const labelEvents = s.staleSince ? [{ label: 'stale', created_at: ago(s.staleSince) }] : [];
    const common = {
      title: s.title,
      labels: s.labels,
      created_at: created,
      updated_at: ago(s.updated),
      labelEvents,
    };
    if (s.type === 'issue') project.addIssue({ ...common, author: s.author });
    else project.addMergeRequest({ ...common, author: s.author, draft: s.draft ?? false });
    repo.addIssue({
      ...common,
      user: s.author,
      pull_request: s.type === 'pull_request',
      draft: s.draft ?? false,
    });
  }
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-'));
  writeFileSync(join(dir, 'sift.yml'), RULES);
});
afterEach(async () => {
  await Promise.all([gl.close(), gh.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const sift = (args: string[], env: Record<string, string>) =>
  spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', ...env }, dir);

interface PlanEntry {
  type: string;
  title: string;
  rules: { rule: string; actions: { kind: string; status: string }[] }[];
}
const neutral = (plan: PlanEntry[]) =>
  plan
    .map((p) => ({ type: p.type, title: p.title, rules: p.rules }))
    .sort((a, b) => a.title.localeCompare(b.title));

describe('the CLI on GitLab', () => {
  it('triages a project end to end and writes a Markdown report', async () => {
    const run = await sift(
      [
        'run',
        '--provider',
        'gitlab',
        '--project',
        'group/sub/app',
        '--rules',
        'sift.yml',
        '--api-url',
        gl.url,
        '--summary',
        'report.md',
      ],
      { GITLAB_TOKEN: TOKEN },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const project = gl.store.project('group/sub/app')!;
    const issue = (title: string) => project.issues.find((i) => i.title === title)!;
    expect(issue('Old question').labels).toContain('stale');
    expect(
      issue('Old question')
        .notes.filter((n) => !n.system)
        .map((n) => n.body),
    ).toEqual([expect.stringMatching(/^@alice, is this still relevant\? \(no activity for 90 days\)/)]);
    expect(issue('Stale and due').state).toBe('closed');
    expect(issue('Stale, waiting').state).toBe('opened');
    expect(project.mergeRequests.find((m) => m.title === 'Draft change')!.labels).toEqual([
      'work-in-progress',
    ]);
    expect(run.stdout).toContain('group/sub/app: walked 7 items, changed 3, failed 0');
    // GitLab's notation: merge request 1 is !1 (issue 1 is another item, #1).
    expect(run.stdout).toMatch(/^!1 \[wip\] label work-in-progress {2}\S+\/-\/merge_requests\/1$/m);
    expect(run.stdout).toMatch(/^#1 \[mark-stale\] label stale; comment {2}\S+\/-\/issues\/1$/m);
    const report = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(report).toContain('## Sift triage of group/sub/app');
    expect(report).toMatch(/\| `close-stale` \| 1 \|/);
  });

  it('gives the same plan as on GitHub for the same items and rules', async () => {
    const gitlab = await sift(
      [
        '--provider',
        'gitlab',
        '--project',
        'group/sub/app',
        '--rules',
        'sift.yml',
        '--api-url',
        gl.url,
        '--dry-run',
        '--json',
      ],
      { GITLAB_TOKEN: TOKEN },
    );
    const github = await sift(
      ['--repo', 'octo/app', '--rules', 'sift.yml', '--api-url', gh.url, '--dry-run', '--json'],
      {
        GITHUB_TOKEN: TOKEN,
      },
    );
    expect([gitlab.code, github.code]).toEqual([0, 0]);
    const gitlabPlan = neutral(JSON.parse(gitlab.stdout));
    expect(gitlabPlan.map((p) => p.title)).toEqual(['Draft change', 'Old question', 'Stale and due']);
    expect(gitlabPlan).toEqual(neutral(JSON.parse(github.stdout)));
    expect(gl.writes()).toEqual([]);
    expect(gh.writes()).toEqual([]);
  });

  it('with a CI job token (read-only), refuses rules that write unless it is a dry run', async () => {
    const args = [
      '--provider',
      'gitlab',
      '--project',
      'group/sub/app',
      '--rules',
      'sift.yml',
      '--api-url',
      gl.url,
    ];
    const real = await sift(args, { CI_JOB_TOKEN: TOKEN });
    expect(real.code).toBe(2);
    expect(real.stderr).toContain(
      'rule "mark-stale" uses the action "label", which the gitlab (with CI_JOB_TOKEN, which is read-only: set GITLAB_TOKEN to write) provider does not support',
    );
    expect(gl.requests).toEqual([]);

    const dry = await sift([...args, '--dry-run'], { CI_JOB_TOKEN: TOKEN });
    expect(dry.code).toBe(0);
    expect(gl.requests.every((r) => r.auth === 'job-token')).toBe(true);
    expect(gl.writes()).toEqual([]);
  });

  it('rejects a rule GitLab cannot carry out before any request, naming rule, condition and provider', async () => {
    writeFileSync(
      join(dir, 'sift.yml'),
      RULES.replace('type: pull_request\n', 'type: pull_request\n      author-association: [member]\n'),
    );
    const run = await sift(
      ['--provider', 'gitlab', '--project', 'group/sub/app', '--rules', 'sift.yml', '--api-url', gl.url],
      {
        GITLAB_TOKEN: TOKEN,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'rule "wip" uses the condition "author-association", which the gitlab provider does not support',
    );
    expect(gl.requests).toEqual([]);
  });

  it('rejects issue types (a GitHub notion) at the rule, before any request', async () => {
    writeFileSync(
      join(dir, 'sift.yml'),
      RULES.replace('      type: issue\n', '      type: issue\n      issue-type: none\n').replace(
        '      - close: not_planned\n',
        '      - close: not_planned\n      - issue-type: Task\n',
      ),
    );
    const run = await sift(
      ['--provider', 'gitlab', '--project', 'group/sub/app', '--rules', 'sift.yml', '--api-url', gl.url],
      { GITLAB_TOKEN: TOKEN },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'sift.yml:3:5: rule "mark-stale" uses the condition "issue-type", which the gitlab provider does not support',
    );
    expect(run.stderr).toContain(
      'sift.yml:12:5: rule "close-stale" uses the action "issue-type", which the gitlab provider does not support',
    );
    expect(gl.requests).toEqual([]);
  });
});
