/**
 * What a report's metrics cost to read (fleet readActivity), pinned in requests on a repository of
 * 400 items: 300 active in the 30-day period (200 issues, 100 pull requests, each commented on and
 * labelled needs-triage then not) and 100 closed long before it. Times are printed for the report,
 * never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import type { ActivityRequest } from '../../src/model/activity.js';
import { createGitHubFleet } from '../../src/providers/github/fleet.js';
import { createGitLabFleet } from '../../src/providers/gitlab/fleet.js';

const TOKEN = 'metrics-bench-token';
const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-31T12:00:00Z');
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ALL: ActivityRequest = { since: at(720), responses: true, labels: ['needs-triage'] };
const CLOSE_ONLY: ActivityRequest = { since: at(720), responses: false, labels: [] };

/** Item i of the period: created (i + 10) hours before NOW, answered and unlabelled an hour later. */
function active(i: number) {
  const created = i + 10;
  return {
    created: at(created),
    comment: { user: 'bob', body: 'seen', created_at: at(created - 1) },
    label: [
      { label: 'needs-triage', created_at: at(created) },
      { label: 'needs-triage', created_at: at(created - 1), event: 'unlabeled' as const },
    ],
  };
}

let gh: GitHubEmulator;
let gl: GitLabEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  gl = await startGitLabEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('bench/metrics');
  const project = gl.store.addProject('bench/metrics');
  for (let i = 0; i < 100; i++) {
    repo.addIssue({ user: 'alice', created_at: at(5000 + i), state: 'closed', closed_at: at(4000 + i) });
    project.addIssue({ author: 'alice', created_at: at(5000 + i), state: 'closed', closed_at: at(4000 + i) });
  }
  for (let i = 0; i < 300; i++) {
    const a = active(i);
    const pull = i % 3 === 2;
    repo.addIssue({
      pull_request: pull,
      user: 'alice',
      created_at: a.created,
      comments: [a.comment],
      labelEvents: a.label,
    });
    const seed = {
      author: 'alice',
      created_at: a.created,
      notes: [{ author: 'bob', body: 'seen', created_at: a.comment.created_at }],
      labelEvents: a.label.map((l) => ({
        label: l.label,
        created_at: l.created_at,
        action: l.event ? ('remove' as const) : ('add' as const),
      })),
    };
    if (pull) project.addMergeRequest(seed);
    else project.addIssue(seed);
  }
});
afterAll(async () => {
  await gh.close();
  await gl.close();
});

async function measure(read: () => Promise<unknown>, requests: () => number): Promise<number> {
  const before = requests();
  const started = performance.now();
  const activity = (await read()) as { items: unknown[] };
  const ms = performance.now() - started;
  const sent = requests() - before;
  expect(activity.items).toHaveLength(300);
  process.stdout.write(`metrics read: ${sent} requests, ${Math.round(ms)} ms\n`);
  return sent;
}

describe('requests a metrics read costs (300 items active in the period)', () => {
  it('GitHub REST: 3 listing pages, 1 labelled page, 300 timelines, 1 viewer; close-only: 3', async () => {
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api: 'rest' });
    const count = () => gh.requests.length;
    expect(await measure(() => fleet.readActivity('bench/metrics', ALL), count)).toBe(305);
    expect(await measure(() => fleet.readActivity('bench/metrics', CLOSE_ONLY), count)).toBe(3);
  });

  it('GitHub GraphQL: 2 issue pages, 1 pull request page, 2 labelled (empty), 1 viewer; close-only: 3', async () => {
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api: 'graphql' });
    const count = () => gh.requests.length;
    expect(await measure(() => fleet.readActivity('bench/metrics', ALL), count)).toBe(6);
    expect(await measure(() => fleet.readActivity('bench/metrics', CLOSE_ONLY), count)).toBe(3);
    expect(gh.graphql.invalid).toEqual([]);
  });

  it('GitLab: 2 + 1 issue listings, 1 + 1 merge request listings, 300 notes, 300 label events, 1 user', async () => {
    const fleet = createGitLabFleet({ token: TOKEN, baseUrl: gl.url });
    const count = () => gl.requests.length;
    expect(await measure(() => fleet.readActivity('bench/metrics', ALL), count)).toBe(606);
    expect(await measure(() => fleet.readActivity('bench/metrics', CLOSE_ONLY), count)).toBe(3);
  });
});
