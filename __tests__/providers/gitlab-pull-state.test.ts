/**
 * A merge request's state through the GitLab provider (facts `pull`, `reviews`, `checks`) against the
 * GitLab emulator over real HTTP: what GitLab's answers (shaped as its API docs show them: the single
 * merge request with detailed_merge_status, has_conflicts, changes_count and head_pipeline; approvals;
 * reviewers with their review state; a pipeline's jobs; diffs) become, and what they cost.
 */
import { FakeClock } from '../helpers/clock.js';
import { createGitLabProvider, type GitLabProvider } from '../../src/providers/gitlab/index.js';
import type { ItemKey } from '../../src/providers/provider.js';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';

const TOKEN = 'glpat-pull-state-0123456789';
const T0 = Date.UTC(2026, 2, 1, 12);
const daysAgo = (n: number): string => new Date(T0 - n * 86_400_000).toISOString();
const mr = (number: number): ItemKey => ({ type: 'pull_request', number });

describe('GitLab provider: merge request state', () => {
  let gl: GitLabEmulator;
  let project: ProjectStore;
  let clock: FakeClock;
  let provider: GitLabProvider;
  const requested = (): string[] => {
    const paths = gl.requests.map((r) => r.path.replace('/projects/group%2Fapp', ''));
    gl.requests.length = 0;
    return paths;
  };

  beforeEach(async () => {
    clock = new FakeClock(T0);
    gl = await startGitLabEmulator({ token: TOKEN, now: () => new Date(clock.t) });
    project = gl.store.addProject('group/app');
    provider = createGitLabProvider({ token: TOKEN, project: 'group/app', baseUrl: gl.url, clock });
  });
  afterEach(async () => {
    await gl.close();
  });

  it('reads conflicts, size from the diffs, and reviewers yet to review: the merge request, its diffs, its reviewers', async () => {
    project.addMergeRequest({
      created_at: daysAgo(3),
      has_conflicts: true,
      changes: [
        { path: 'a.ts', additions: 100, deletions: 20 },
        { path: 'b.ts', additions: 25, deletions: 5 },
      ],
      reviewers: ['carol', 'dave'],
      reviewer_states: { dave: 'reviewed' },
    });
    const facts = await provider.facts(mr(1), ['pull']);
    expect(facts.pull).toEqual({
      mergeable: false,
      lines: 150,
      files: 2,
      requestedReviewers: ['carol'],
      headSha: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(requested()).toEqual([
      '/merge_requests/1',
      '/merge_requests/1/diffs',
      '/merge_requests/1/reviewers',
    ]);
  });

  it('needs no reviewers read for a merge request without reviewers, and one diffs read serves files and size', async () => {
    project.addMergeRequest({
      created_at: daysAgo(3),
      changes: [{ path: 'a.ts', additions: 3, deletions: 1 }],
    });
    const facts = await provider.facts(mr(1), ['pull', 'files', 'branches']);
    expect(facts.pull).toMatchObject({ mergeable: true, lines: 4, files: 1, requestedReviewers: [] });
    expect(facts.files).toEqual(['a.ts']);
    expect(facts.branches).toEqual({ base: 'main', head: 'feature-1', fork: false });
    expect(requested()).toEqual(['/merge_requests/1', '/merge_requests/1/diffs']);
  });

  it('asks again once, after the pause on the injected clock, while GitLab is checking; then leaves it unknown', async () => {
    project.addMergeRequest({ created_at: daysAgo(3), has_conflicts: true, checkingReads: 1 });
    project.addMergeRequest({ created_at: daysAgo(3), checkingReads: 5 });
    expect((await provider.facts(mr(1), ['pull'])).pull?.mergeable).toBe(false);
    expect(requested()).toEqual(['/merge_requests/1', '/merge_requests/1', '/merge_requests/1/diffs']);
    expect((await provider.facts(mr(2), ['pull'])).pull?.mergeable).toBeNull();
    expect(requested()).toEqual(['/merge_requests/2', '/merge_requests/2', '/merge_requests/2/diffs']);
    expect(clock.sleeps).toEqual([2000, 2000]);
    // Asked twice this run already: a later call in the same run reads nothing more.
    expect((await provider.facts(mr(2), ['pull'])).pull?.mergeable).toBeNull();
    expect(requested()).toEqual([]);
  });

  it('review decision from approvals and reviewer states: changes requested wins, approvals left is review-required', async () => {
    project.addMergeRequest({ created_at: daysAgo(3) }); // !1 nothing
    project.addMergeRequest({
      created_at: daysAgo(3),
      approved_by: [{ username: 'bob', approved_at: daysAgo(1) }],
    }); // !2
    project.addMergeRequest({ created_at: daysAgo(3), approvals_required: 2, approved_by: ['bob'] }); // !3
    project.addMergeRequest({
      created_at: daysAgo(3),
      reviewers: ['carol', 'bob'],
      approved_by: ['bob'],
      reviewer_states: { carol: 'requested_changes' },
    }); // !4
    const decision = async (n: number) => (await provider.facts(mr(n), ['reviews'])).reviews;
    expect(await decision(1)).toEqual({ latest: [], required: 0, decision: null });
    expect(await decision(2)).toEqual({
      latest: [{ reviewer: 'bob', verdict: 'approved', at: daysAgo(1) }],
      required: 0,
      decision: 'approved',
    });
    expect(await decision(3)).toMatchObject({ required: 2, decision: 'review-required' });
    expect(await decision(4)).toMatchObject({
      decision: 'changes-requested',
      latest: expect.arrayContaining([
        expect.objectContaining({ reviewer: 'carol', verdict: 'changes_requested' }),
        expect.objectContaining({ reviewer: 'bob', verdict: 'approved' }),
      ]),
    });
    expect(requested().filter((p) => p.startsWith('/merge_requests/4'))).toEqual([
      '/merge_requests/4/approvals',
      '/merge_requests/4/reviewers',
    ]);
  });

  it('checks are the head pipeline’s jobs: allowed failures and skipped pass, manual blocking jobs wait, none without a pipeline', async () => {
    project.addMergeRequest({
      created_at: daysAgo(3),
      pipeline: {
        jobs: [
          { name: 'build linux', status: 'failed' },
          { name: 'lint', status: 'failed', allow_failure: true },
          { name: 'docs', status: 'skipped' },
          { name: 'deploy review', status: 'manual', allow_failure: true },
          { name: 'release', status: 'manual', allow_failure: false },
          { name: 'test', status: 'running' },
        ],
      },
    });
    project.addMergeRequest({ created_at: daysAgo(3) });
    const checks = (await provider.facts(mr(1), ['checks'])).checks;
    expect(checks).toEqual([
      { name: 'build linux', state: 'failure' },
      { name: 'lint', state: 'success' },
      { name: 'docs', state: 'success' },
      { name: 'release', state: 'pending' },
      { name: 'test', state: 'pending' },
    ]);
    const pipelineId = project.mergeRequest(1)!.pipeline!.id;
    expect(requested()).toEqual([
      '/merge_requests/1',
      `/projects/${project.id}/pipelines/${pipelineId}/jobs`,
    ]);
    expect((await provider.facts(mr(2), ['checks'])).checks).toEqual([]);
    expect(requested()).toEqual(['/merge_requests/2']);
  });

  it('an issue has none of it, at no request', async () => {
    project.addIssue({ created_at: daysAgo(3) });
    expect(await provider.facts({ type: 'issue', number: 1 }, ['pull', 'reviews', 'checks'])).toEqual({
      pull: null,
      reviews: null,
      checks: null,
    });
    expect(requested()).toEqual([]);
  });

  it('the conditions through the pipeline: reads only for merge requests the other conditions leave', async () => {
    project.addIssue({ created_at: daysAgo(3) });
    project.addMergeRequest({ created_at: daysAgo(3), draft: true, has_conflicts: true });
    project.addMergeRequest({
      created_at: daysAgo(3),
      has_conflicts: true,
      pipeline: { jobs: [{ name: 'build', status: 'failed' }] },
    });
    const rules = parseRules(
      `
version: 1
rules:
  - id: conflicts
    when: { type: pull_request, draft: false, mergeable: false }
    then: [{ label: needs-rebase }]
  - id: broken
    when: { type: pull_request, draft: false, checks: { failing: ['build*'] } }
    then: [{ label: ci-broken }]
`,
      'sift.yml',
    );
    const result = await triage({ provider, rules, now: new Date(clock.t), dryRun: true });
    expect(
      result.outcomes.flatMap((o) => o.rules.map((r) => `${o.item.type}#${o.item.number}:${r.rule}`)).sort(),
    ).toEqual(['pull_request#2:broken', 'pull_request#2:conflicts']);
    const reads = requested().filter((p) => /merge_requests\/\d|pipelines/.test(p));
    expect(reads.some((p) => p.startsWith('/merge_requests/1'))).toBe(false);
    expect(reads).toEqual([
      '/merge_requests/2',
      '/merge_requests/2/diffs',
      `/projects/${project.id}/pipelines/${project.mergeRequest(2)!.pipeline!.id}/jobs`,
    ]);
  });
});
