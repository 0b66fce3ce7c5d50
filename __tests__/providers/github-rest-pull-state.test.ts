/**
 * A pull request's state through the REST provider (facts `pull`, `reviews`, `checks`) against the
 * emulator over real HTTP: what GitHub's answers become, and what they cost.
 */
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitHubRestProvider, type GitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { ItemKey } from '../../src/providers/provider.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number): string =>
  new Date(NOW.getTime() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });
const OLD = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

describe('GitHub REST provider: pull request state', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubRestProvider;
  const requested = (): string[] => {
    const paths = gh.requests.map((r) => r.path.replace('/repos/octo/demo', ''));
    gh.requests.length = 0;
    return paths;
  };

  beforeEach(async () => {
    gh = await startGitHubEmulator({ now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    provider = createGitHubRestProvider({
      token: 't',
      repository: 'octo/demo',
      baseUrl: gh.url,
      mergeablePauseMs: 0,
    });
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  it('reads mergeability, size, requested reviewers and the head commit in one request', async () => {
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(3),
      requested_reviewers: ['carol'],
      pull: {
        files: ['a.ts', 'b.ts', 'c.ts'],
        state: { mergeable: false, additions: 120, deletions: 30, headSha: HEAD, requestedTeams: ['docs'] },
      },
    });
    expect(await provider.facts(pull(1), ['pull'])).toEqual({
      pull: { mergeable: false, lines: 150, files: 3, requestedReviewers: ['carol', 'docs'], headSha: HEAD },
      branches: { base: 'main', head: 'pr-1', fork: false },
    });
    expect(requested()).toEqual(['/pulls/1']);
  });

  it('asks again once when GitHub has not computed mergeability yet, then leaves it unknown', async () => {
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(3),
      pull: { state: { mergeable: true, pendingReads: 1 } },
    });
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(3),
      pull: { state: { mergeable: true, pendingReads: 5 } },
    });
    expect((await provider.facts(pull(1), ['pull'])).pull?.mergeable).toBe(true);
    expect(requested()).toEqual(['/pulls/1', '/pulls/1']);
    expect((await provider.facts(pull(2), ['pull'])).pull?.mergeable).toBeNull();
    expect(requested()).toEqual(['/pulls/2', '/pulls/2']);
  });

  it('waits the 2-second pause on the injected clock before asking again, never on a timer', async () => {
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(3),
      pull: { state: { mergeable: false, pendingReads: 1 } },
    });
    const sleeps: number[] = [];
    const clocked = createGitHubRestProvider({
      token: 't',
      repository: 'octo/demo',
      baseUrl: gh.url,
      clock: { now: () => NOW.getTime(), sleep: async (ms) => void sleeps.push(ms) },
    });
    expect((await clocked.facts(pull(1), ['pull'])).pull?.mergeable).toBe(false);
    expect(sleeps).toEqual([2000]);
    expect(requested()).toEqual(['/pulls/1', '/pulls/1']);
  });

  it("keeps each reviewer's latest verdict (a dismissal withdraws it), with its commit, and the branch's required approvals once per base", async () => {
    repo.requiredApprovals.set('main', 2);
    const reviews = [
      { user: 'bob', state: 'CHANGES_REQUESTED' as const, at: daysAgo(3), commit: OLD },
      { user: 'carol', state: 'COMMENTED' as const, at: daysAgo(2) },
      { user: 'bob', state: 'APPROVED' as const, at: daysAgo(1) },
      { user: 'dave', state: 'APPROVED' as const, at: daysAgo(2) },
      { user: 'dave', state: 'DISMISSED' as const, at: daysAgo(1) },
    ];
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(5),
      pull: { state: { headSha: HEAD, reviews } },
    });
    repo.addIssue({ pull_request: true, created_at: daysAgo(5), pull: { state: { headSha: OLD } } });
    expect((await provider.facts(pull(1), ['reviews'])).reviews).toEqual({
      latest: [{ reviewer: 'bob', verdict: 'approved', at: daysAgo(1), commit: HEAD }],
      required: 2,
    });
    expect(requested()).toEqual(['/pulls/1', '/pulls/1/reviews', '/rules/branches/main']);
    expect((await provider.facts(pull(2), ['reviews'])).reviews).toEqual({ latest: [], required: 2 });
    // The base branch's rules were read for the first pull request: not again.
    expect(requested()).toEqual(['/pulls/2', '/pulls/2/reviews']);
  });

  it('turns check runs and commit statuses of the head commit into checks', async () => {
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(2),
      pull: {
        state: {
          headSha: HEAD,
          checkRuns: [
            { name: 'build', conclusion: 'success' },
            { name: 'lint', conclusion: 'neutral' },
            { name: 'test (ubuntu)', conclusion: 'timed_out' },
            { name: 'deploy preview', status: 'in_progress' },
          ],
          statuses: [
            { context: 'ci/circleci', state: 'error' },
            { context: 'coverage', state: 'pending' },
          ],
        },
      },
    });
    expect((await provider.facts(pull(1), ['checks'])).checks).toEqual([
      { name: 'build', state: 'success' },
      { name: 'lint', state: 'success' },
      { name: 'test (ubuntu)', state: 'failure' },
      { name: 'deploy preview', state: 'pending' },
      { name: 'ci/circleci', state: 'failure' },
      { name: 'coverage', state: 'pending' },
    ]);
    expect(requested()).toEqual(['/pulls/1', `/commits/${HEAD}/check-runs`, `/commits/${HEAD}/status`]);
  });

  it('an issue has none of them, without a request', async () => {
    repo.addIssue({ created_at: daysAgo(2) });
    expect(await provider.facts({ type: 'issue', number: 1 }, ['pull', 'reviews', 'checks'])).toEqual({
      pull: null,
      reviews: null,
      checks: null,
    });
    expect(requested()).toEqual([]);
  });

  it('reads a pull request only for what the other conditions leave (a sweep)', async () => {
    repo.addIssue({ created_at: daysAgo(9), labels: ['bug'] });
    repo.addIssue({
      pull_request: true,
      created_at: daysAgo(8),
      labels: ['wip'],
      pull: { state: { mergeable: false } },
    });
    repo.addIssue({ pull_request: true, created_at: daysAgo(7), pull: { state: { mergeable: false } } });
    repo.addIssue({ pull_request: true, created_at: daysAgo(6), pull: { state: { mergeable: true } } });
    const rules = parseRules(
      'version: 1\nrules:\n  - id: needs-rebase\n    when: { type: pull_request, labels: { none: [wip] }, mergeable: false }\n    then: [{ label: needs-rebase }]\n',
      'sift.yml',
    );
    const result = await triage({ provider, rules, dryRun: true, now: NOW });
    expect(result.outcomes.map((o) => o.item.number)).toEqual([3]);
    // The listing, then one read for each pull request the label did not rule out.
    expect(requested().filter((p) => p.startsWith('/pulls'))).toEqual(['/pulls/3', '/pulls/4']);
  });
});
