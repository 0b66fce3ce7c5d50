/**
 * Report metrics end to end: the bundled Action sweeps a seeded repository on each GitHub API, and
 * the bundled CLI a GitLab project seeded alike, and each writes its report issue with the metrics, the figures worked out by hand from the seeded times.
 * The Action takes the real clock, so the seeds are hours before the test's start; the spans measured
 * end at seeded times (a response, a closing, a label's removal), never at "now", so they are exact.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode, type ActionRun } from '../helpers/run-action.js';
import { mermaidCharts } from '../helpers/mermaid.js';

const TOKEN = 'metrics-e2e-token';
const HOUR = 3_600_000;
const START = Date.now();
/** `h` hours before the test started, as GitHub writes timestamps. */
const ago = (h: number) => new Date(START - h * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');

const RULES = `version: 1
rules:
  - id: needs-triage
    when:
      type: issue
      labels: { none: [needs-triage, bug] }
    then:
      - label: needs-triage
reports:
  - id: speed
    title: How fast we answer
    rules: [needs-triage]
    metrics: [time-to-first-response, time-to-close, time-in-label: needs-triage]
    period: 14d
`;

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('acme/app');
  // #1 issue created 100h ago; its author (99h ago) and a bot (98h ago) are no response, bob (96h ago)
  // is: 4h. Closed 50h ago: 50h to close. needs-triage from 100h to 97h ago: 3h.
  repo.addIssue({
    title: 'Crash',
    user: 'alice',
    labels: ['bug'],
    created_at: ago(100),
    comments: [
      { user: 'alice', body: 'logs', created_at: ago(99) },
      { user: 'helper[bot]', body: 'hi', created_at: ago(98) },
      { user: 'bob', body: 'on it', created_at: ago(96) },
    ],
    labelEvents: [
      { label: 'bug', created_at: ago(100) },
      { label: 'needs-triage', created_at: ago(100) },
      { label: 'needs-triage', created_at: ago(97), event: 'unlabeled' },
    ],
    state: 'closed',
    closed_at: ago(50),
  });
  // #2 issue created 80h ago, carol answers 70h ago: 10h. Open, labelled bug (the rule leaves it).
  repo.addIssue({
    title: 'Typo',
    user: 'dave',
    labels: ['bug'],
    created_at: ago(80),
    comments: [{ user: 'carol', body: 'thanks', created_at: ago(70) }],
  });
  // #3 issue created 30h ago, closed 20h ago (10h to close), needs-triage from 30h to 25h ago (5h).
  repo.addIssue({
    title: 'Question',
    user: 'erin',
    created_at: ago(30),
    labelEvents: [
      { label: 'needs-triage', created_at: ago(30) },
      { label: 'needs-triage', created_at: ago(25), event: 'unlabeled' },
    ],
    state: 'closed',
    closed_at: ago(20),
  });
  // #4 pull request created 60h ago, reviewed by grace 58h ago (2h), closed 40h ago (20h).
  repo.addIssue({
    pull_request: true,
    title: 'Fix crash',
    user: 'frank',
    created_at: ago(60),
    timeline: [{ event: 'reviewed', user: 'grace', state: 'approved', created_at: ago(58) }],
    state: 'closed',
    closed_at: ago(40),
  });
  // #5 issue closed 20 days ago: outside the 14-day period, counted nowhere.
  repo.addIssue({
    title: 'Ancient',
    user: 'alice',
    created_at: ago(30 * 24),
    state: 'closed',
    closed_at: ago(20 * 24),
  });
});
afterEach(async () => {
  await gh.close();
  runs.splice(0).forEach(removeWorkspace);
});

describe.each(['rest', 'graphql'] as const)('the bundled Action, api: %s', (api) => {
  it('writes the report issue with the metrics computed by hand', async () => {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api, cache: 'false' },
      env: { GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
      files: { '.github/sift.yml': RULES },
    });
    runs.push(run);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/::error/);
    expect(run.code).toBe(0);
    const report = gh.store
      .repo('acme/app')!
      .list({ state: 'all', sort: 'created', labels: ['sift-report'] })
      .at(0);
    expect(report?.title).toBe('How fast we answer');
    const body = report!.body ?? '';
    expect(body).toContain('### Metrics');
    expect(body).toContain('Over the last 14d');
    // Time to first response: issues [4h, 10h] -> median 7h, p90 4 + 0.9*6 = 9.4h = 9h 24m;
    // pull requests [2h]. Time to close: issues #1 50h, #3 10h -> [10, 50]: median 30h = 1d 6h,
    // p90 10 + 0.9*40 = 46h = 1d 22h; pull requests [20h]. Time in needs-triage: issues #1 3h,
    // #3 5h -> median 4h, p90 3 + 0.9*2 = 4.8h = 4h 48m; no pull request carried it.
    const sections = body.split('#### ');
    const section = (title: string) => sections.find((s) => s.startsWith(title)) ?? '';
    expect(section('Time to first response')).toContain('| Issues | 2 | 7h | 9h 24m |');
    expect(section('Time to first response')).toContain('| Pull requests | 1 | 2h | 2h |');
    expect(section('Time to close')).toContain('| Issues | 2 | 1d 6h | 1d 22h |');
    expect(section('Time to close')).toContain('| Pull requests | 1 | 20h | 20h |');
    expect(section('Time in label needs-triage')).toContain('| Issues | 2 | 4h | 4h 48m |');
    expect(section('Time in label needs-triage')).toContain('| Pull requests | 0 | — | — |');
    expect(section('Time to close')).toContain('- [#1](https://github.com/acme/app/issues/1) Crash: 2d 2h');
    // Two weeks, one chart per metric; the figures came from a run that wrote the report itself.
    const charts = await mermaidCharts(
      body.slice(body.indexOf('### Metrics'), body.indexOf('### `needs-triage`')),
    );
    expect(charts.map((c) => c.categories.length)).toEqual([2, 2, 2]);
    // Time to close by week of closing: #1 (50h ago) and #3 (20h ago) both in the last week.
    expect(charts[1].values).toEqual([0, 30]);
    expect(charts[1].line).toEqual([0, 20]);
    if (api === 'graphql') expect(gh.graphql.invalid).toEqual([]);
    else expect(gh.nonconforming).toEqual([]);
  });
});

describe('the bundled CLI on GitLab', () => {
  let gl: GitLabEmulator;
  let dir: string;
  beforeEach(async () => {
    gl = await startGitLabEmulator({ token: TOKEN });
    const project = gl.store.addProject('acme/app');
    gl.store.addUser({ username: 'helper-bot', bot: true });
    const note = (author: string, h: number) => ({ author, body: 'note', created_at: ago(h) });
    // The GitHub seeds above, as GitLab holds them: #1 4h to a response (bob), 50h to close, 3h in
    // needs-triage; #2 10h; #3 10h to close, 5h in needs-triage; !1 a note by grace 2h in (an approval
    // is a system note and no response), merged 20h in.
    project.addIssue({
      title: 'Crash',
      author: 'alice',
      labels: ['bug'],
      created_at: ago(100),
      notes: [note('alice', 99), note('helper-bot', 98), note('bob', 96)],
      labelEvents: [
        { label: 'needs-triage', created_at: ago(100) },
        { label: 'needs-triage', created_at: ago(97), action: 'remove' },
      ],
      state: 'closed',
      closed_at: ago(50),
    });
    project.addIssue({
      title: 'Typo',
      author: 'dave',
      labels: ['bug'],
      created_at: ago(80),
      notes: [note('carol', 70)],
    });
    project.addIssue({
      title: 'Question',
      author: 'erin',
      created_at: ago(30),
      labelEvents: [
        { label: 'needs-triage', created_at: ago(30) },
        { label: 'needs-triage', created_at: ago(25), action: 'remove' },
      ],
      state: 'closed',
      closed_at: ago(20),
    });
    project.addMergeRequest({
      title: 'Fix crash',
      author: 'frank',
      created_at: ago(60),
      notes: [
        { author: 'grace', body: 'approved this merge request', system: true, created_at: ago(59) },
        note('grace', 58),
      ],
      state: 'merged',
      merged_at: ago(40),
    });
    project.addIssue({
      title: 'Ancient',
      author: 'alice',
      created_at: ago(30 * 24),
      state: 'closed',
      closed_at: ago(20 * 24),
    });
    dir = mkdtempSync(join(tmpdir(), 'sift-metrics-'));
    writeFileSync(join(dir, 'sift.yml'), RULES);
  });
  afterEach(async () => {
    await gl.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the report issue with the same figures', async () => {
    const run = await spawnNode(
      [
        CLI_ENTRY,
        'run',
        '--provider',
        'gitlab',
        '--project',
        'acme/app',
        '--rules',
        'sift.yml',
        '--api-url',
        gl.url,
      ],
      { PATH: process.env.PATH ?? '', GITLAB_TOKEN: TOKEN },
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = gl.store.project('acme/app')!.issues.find((i) => i.title === 'How fast we answer');
    const body = report?.description ?? '';
    const sections = body.split('#### ');
    const section = (title: string) => sections.find((s) => s.startsWith(title)) ?? '';
    expect(section('Time to first response')).toContain('| Issues | 2 | 7h | 9h 24m |');
    expect(section('Time to first response')).toContain('| Pull requests | 1 | 2h | 2h |');
    expect(section('Time to close')).toContain('| Issues | 2 | 1d 6h | 1d 22h |');
    expect(section('Time to close')).toContain('| Pull requests | 1 | 20h | 20h |');
    expect(section('Time in label needs-triage')).toContain('| Issues | 2 | 4h | 4h 48m |');
    expect(section('Time to close')).toContain('- [#1](');
    // A merge request in GitLab's notation.
    expect(section('Time to close')).toContain('- [!1](');
  });
});
