/**
 * examples/pr-flow.yml end to end through the bundled CLI on the GitLab emulator: size labels from the
 * diffs, needs-rebase from has_conflicts / detailed_merge_status, whose move it is from approvals,
 * reviewers' states and the head pipeline's jobs, and the nudge to reviewers; what reading merge
 * requests' state costs in requests (pinned here; figures in docs/performance.md and docs/gitlab.md);
 * a rerun changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
  type RequestLogEntry,
} from '../../src/emulator/gitlab/index.js';
import { runGitLabCli } from '../helpers/run-action.js';

const TOKEN = 'glpat-e2e-pr-flow-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let gl: GitLabEmulator;
let dir: string;
beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-pr-flow-'));
  writeFileSync(join(dir, 'pr-flow.yml'), readFileSync('examples/pr-flow.yml', 'utf8'));
});
afterEach(async () => {
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const sift = () =>
  runGitLabCli({
    apiUrl: gl.url,
    token: TOKEN,
    project: 'group/app',
    rules: 'pr-flow.yml',
    cwd: dir,
    args: ['--max-change-ratio', '1'],
  });

/** Requests by what they read: the merge request, its state's parts, other reads, writes. */
function requestKinds(requests: readonly RequestLogEntry[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of requests) {
    const path = r.path.replace(/^\/projects\/[^/]+/, '');
    let kind: string;
    if (r.method !== 'GET') kind = 'write';
    else if (/^\/merge_requests\/\d+$/.test(path)) kind = 'merge request';
    else if (/^\/merge_requests\/\d+\/(diffs|approvals|reviewers)$/.test(path)) kind = path.split('/')[3];
    else if (/^\/pipelines\/\d+\/jobs$/.test(path)) kind = 'jobs';
    else kind = `GET ${path.replace(/\d+/g, 'N')}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

function seed(project: ProjectStore): void {
  project.addIssue({ title: 'an issue', created_at: ago(30), updated_at: ago(30) });
  // !1: a small, clean merge request; one approval required, none given.
  project.addMergeRequest({
    title: 'typo',
    created_at: ago(1),
    approvals_required: 1,
    changes: [{ path: 'README.md', additions: 2, deletions: 1 }],
  });
  // !2: conflicts, 250 lines.
  project.addMergeRequest({
    title: 'big change',
    created_at: ago(2),
    has_conflicts: true,
    approvals_required: 1,
    changes: [
      { path: 'src/a.ts', additions: 150, deletions: 30 },
      { path: 'src/b.ts', additions: 50, deletions: 20 },
    ],
  });
  // !3: the conflicts were resolved.
  project.addMergeRequest({
    title: 'rebased',
    labels: ['needs-rebase', 'size/M'],
    created_at: ago(3),
    approvals_required: 1,
    changes: [{ path: 'src/c.ts', additions: 30, deletions: 10 }],
  });
  // !4: bob asked for changes (GitLab's "Request changes" review).
  project.addMergeRequest({
    title: 'changes requested',
    labels: ['size/M', 'waiting-on-review'],
    created_at: ago(4),
    reviewers: ['bob'],
    reviewer_states: { bob: 'requested_changes' },
    approvals_required: 1,
    changes: [{ path: 'src/d.ts', additions: 30, deletions: 10 }],
  });
  // !5: approved and green: nobody's move.
  project.addMergeRequest({
    title: 'approved',
    labels: ['size/M', 'waiting-on-review'],
    created_at: ago(4),
    reviewers: ['bob'],
    approvals_required: 1,
    approved_by: ['bob'],
    pipeline: { jobs: [{ name: 'build', status: 'success' }] },
    changes: [{ path: 'src/e.ts', additions: 30, deletions: 10 }],
  });
  // !6: a failing build job (an allowed failure elsewhere does not count).
  project.addMergeRequest({
    title: 'red build',
    labels: ['size/M'],
    created_at: ago(4),
    approvals_required: 1,
    pipeline: {
      jobs: [
        { name: 'build (ubuntu)', status: 'failed' },
        { name: 'lint', status: 'failed', allow_failure: true },
      ],
    },
    changes: [{ path: 'src/f.ts', additions: 30, deletions: 10 }],
  });
  // !7: waiting on carol for 8 days, with no word from a maintainer.
  project.addMergeRequest({
    title: 'waiting on review',
    labels: ['size/S', 'waiting-on-review'],
    reviewers: ['carol'],
    created_at: ago(10),
    updated_at: ago(8),
    labelEvents: [
      { label: 'size/S', created_at: ago(9), user: 'sift-bot' },
      { label: 'waiting-on-review', created_at: ago(8), user: 'sift-bot' },
    ],
    pipeline: { jobs: [{ name: 'ci', status: 'success' }] },
    changes: [{ path: 'src/g.ts', additions: 10, deletions: 5 }],
  });
  // !8: GitLab is still checking mergeability on both reads: unknown, so neither rebase rule fires.
  project.addMergeRequest({
    title: 'still checking',
    labels: ['needs-rebase'],
    created_at: ago(1),
    has_conflicts: true,
    checkingReads: 10,
    changes: [{ path: 'src/h.ts', additions: 1, deletions: 1 }],
  });
  // !9: a draft: the waiting-on rules leave it (and read no approvals, reviewers or pipeline for it).
  project.addMergeRequest({
    title: 'draft',
    draft: true,
    created_at: ago(1),
    changes: [{ path: 'src/i.ts', additions: 1, deletions: 0 }],
  });
}

it('a sweep keeps the labels true, tells the author of conflicts, nudges reviewers; a rerun changes nothing', async () => {
  const project = gl.store.addProject('group/app');
  seed(project);
  const run = await sift();
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const mr = (iid: number) => project.mergeRequest(iid)!;
  const labels = (iid: number) => [...mr(iid).labels].sort();
  const notes = (iid: number) =>
    mr(iid)
      .notes.filter((n) => !n.system)
      .map((n) => n.body);
  expect(project.issue(1)!.labels).toEqual([]);
  expect(labels(1)).toEqual(['size/XS', 'waiting-on-review']);
  expect(labels(2)).toEqual(['needs-rebase', 'size/L', 'waiting-on-review']);
  expect(notes(2)).toEqual([expect.stringMatching(/has conflicts with its base branch/)]);
  expect(labels(3)).toEqual(['size/M', 'waiting-on-review']);
  expect(labels(4)).toEqual(['size/M', 'waiting-on-author']);
  expect(labels(5)).toEqual(['size/M']);
  expect(labels(6)).toEqual(['size/M', 'waiting-on-author']);
  expect(labels(7)).toEqual(['size/S', 'waiting-on-review']);
  expect(notes(7)).toEqual([expect.stringMatching(/waiting on review for a week/)]);
  expect(labels(8)).toEqual(['needs-rebase', 'size/XS']);
  expect(labels(9)).toEqual(['size/XS']);

  // What reading the merge requests' state cost: each of the 9 merge requests read once (!8 twice:
  // GitLab was checking) and its diffs; approvals and reviewers for the 8 that are not drafts (the
  // draft's waiting-on rules stop at `draft: false`); the jobs of the 3 head pipelines.
  const kinds = requestKinds(gl.requests);
  expect([kinds['merge request'], kinds.diffs, kinds.approvals, kinds.reviewers, kinds.jobs]).toEqual([
    10, 9, 8, 8, 3,
  ]);

  gl.requests.length = 0;
  const again = await sift();
  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  expect(gl.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(notes(2)).toHaveLength(1);
  expect(notes(7)).toHaveLength(1);
}, 60_000);
