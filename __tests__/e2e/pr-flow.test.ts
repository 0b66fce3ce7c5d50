/**
 * examples/pr-flow.yml and examples/needs-info.yml end to end through the bundled Action, on GitHub
 * REST and GraphQL, as a sweep and on events: the labels they keep true on the emulator's repository,
 * and what reading pull requests' state costs in requests (pinned here; figures in docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'pr-flow-token-0123456789';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const OLD = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const APIS = ['rest', 'graphql'] as const;

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  expect(gh.serverErrors).toEqual([]);
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function act(
  repo: string,
  rules: string,
  api: (typeof APIS)[number],
  env: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', 'max-change-ratio': '1', api },
    env: { GITHUB_REPOSITORY: repo, GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule', ...env },
    files: { '.github/sift.yml': rules, ...files },
  });
  runs.push(run);
  return run;
}

/** Requests of a run by what they read: listing, per-pull-request state, other reads, writes. */
function requestKinds(emulator: GitHubEmulator): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of emulator.requests) {
    const path = r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    let kind: string;
    if (r.path === '/graphql')
      kind = r.graphql?.query?.trimStart().startsWith('mutation')
        ? 'write'
        : `graphql ${r.graphql?.operationName ?? ''}`;
    else if (r.method !== 'GET') kind = 'write';
    else if (/^\/pulls\/\d+$/.test(path)) kind = 'pull';
    else if (/^\/pulls\/\d+\/reviews$/.test(path)) kind = 'reviews';
    else if (/^\/rules\/branches\//.test(path)) kind = 'branch rules';
    else if (/^\/commits\/[^/]+\/(check-runs|status)$/.test(path)) kind = 'checks';
    else kind = `GET ${path.replace(/\d+/g, 'N')}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

const labels = (repo: RepoStore, number: number) => [...repo.require(number).labels].sort();
const comments = (repo: RepoStore, number: number) => repo.require(number).commentList.map((c) => c.body);

describe('examples/pr-flow.yml', () => {
  const rules = readFileSync('examples/pr-flow.yml', 'utf8');
  let repo: RepoStore;

  function seed(): void {
    repo.requiredApprovals.set('main', 1);
    repo.addIssue({ number: 1, title: 'an issue', created_at: ago(30), updated_at: ago(30) });
    // 2: a small, clean pull request nobody was asked to review.
    repo.addIssue({
      number: 2,
      title: 'typo',
      pull_request: true,
      created_at: ago(1),
      pull: { files: ['README.md'], state: { additions: 2, deletions: 1, headSha: HEAD } },
    });
    // 3: conflicts, 250 lines.
    repo.addIssue({
      number: 3,
      title: 'big change',
      pull_request: true,
      created_at: ago(2),
      pull: { state: { mergeable: false, additions: 200, deletions: 50 } },
    });
    // 4: the conflicts were resolved.
    repo.addIssue({
      number: 4,
      title: 'rebased',
      pull_request: true,
      labels: ['needs-rebase', 'size/M'],
      created_at: ago(3),
      pull: { state: { mergeable: true, additions: 30, deletions: 10 } },
    });
    // 5: bob asked for changes on the head commit.
    repo.addIssue({
      number: 5,
      title: 'changes requested',
      pull_request: true,
      labels: ['size/M', 'waiting-on-review'],
      created_at: ago(4),
      pull: {
        state: {
          additions: 30,
          deletions: 10,
          headSha: HEAD,
          reviews: [{ user: 'bob', state: 'CHANGES_REQUESTED', at: ago(1), association: 'MEMBER' }],
        },
      },
    });
    // 6: the author pushed after bob's request for changes: back to the reviewers.
    repo.addIssue({
      number: 6,
      title: 'pushed since',
      pull_request: true,
      labels: ['size/M', 'waiting-on-author'],
      created_at: ago(4),
      pull: {
        state: {
          additions: 30,
          deletions: 10,
          headSha: HEAD,
          reviews: [{ user: 'bob', state: 'CHANGES_REQUESTED', at: ago(2), commit: OLD }],
          checkRuns: [{ name: 'build', conclusion: 'success' }],
        },
      },
    });
    // 7: a failing build.
    repo.addIssue({
      number: 7,
      title: 'red build',
      pull_request: true,
      labels: ['size/M'],
      created_at: ago(4),
      pull: {
        state: {
          additions: 30,
          deletions: 10,
          checkRuns: [{ name: 'build (ubuntu)', conclusion: 'failure' }],
        },
      },
    });
    // 8: waiting on carol for 8 days, with no word from a maintainer.
    repo.addIssue({
      number: 8,
      title: 'waiting on review',
      pull_request: true,
      labels: ['size/S', 'waiting-on-review'],
      requested_reviewers: ['carol'],
      created_at: ago(10),
      updated_at: ago(8),
      labelEvents: [
        { label: 'size/S', created_at: ago(9), actor: 'github-actions[bot]' },
        { label: 'waiting-on-review', created_at: ago(8), actor: 'github-actions[bot]' },
      ],
      pull: { state: { additions: 10, deletions: 5, statuses: [{ context: 'ci', state: 'success' }] } },
    });
  }

  it.each(APIS)(
    'a sweep over %s keeps the labels true, tells the author of conflicts, nudges reviewers',
    async (api) => {
      gh = await startGitHubEmulator({ token: TOKEN });
      repo = gh.store.addRepo('octo/prs');
      seed();
      const run = await act('octo/prs', rules, api);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(labels(repo, 1)).toEqual([]);
      expect(labels(repo, 2)).toEqual(['size/XS', 'waiting-on-review']);
      expect(labels(repo, 3)).toEqual(['needs-rebase', 'size/L', 'waiting-on-review']);
      expect(comments(repo, 3)).toEqual([expect.stringMatching(/has conflicts with its base branch/)]);
      expect(labels(repo, 4)).toEqual(['size/M', 'waiting-on-review']);
      expect(labels(repo, 5)).toEqual(['size/M', 'waiting-on-author']);
      expect(labels(repo, 6)).toEqual(['size/M', 'waiting-on-review']);
      expect(labels(repo, 7)).toEqual(['size/M', 'waiting-on-author']);
      expect(labels(repo, 8)).toEqual(['size/S', 'waiting-on-review']);
      expect(comments(repo, 8)).toEqual([expect.stringMatching(/waiting on review for a week/)]);

      // What reading the pull requests' state cost (docs/performance.md): REST reads each of the 7
      // pull requests, its reviews and its head commit's checks (2), and the base branch's rules
      // once; GraphQL carries all of it in its one listing page.
      const kinds = requestKinds(gh);
      const state = [kinds.pull, kinds.reviews, kinds.checks, kinds['branch rules']];
      if (api === 'rest') expect(state).toEqual([7, 7, 14, 1]);
      else {
        expect(kinds['graphql SiftPullRequests']).toBe(1);
        expect(state).toEqual([undefined, undefined, undefined, undefined]);
      }
      // A rerun finds everything true: no write, no second comment.
      gh.requests.length = 0;
      const again = await act('octo/prs', rules, api);
      expect(again.code).toBe(0);
      expect(gh.requests.filter((r) => r.method !== 'GET' && !r.graphql?.query?.startsWith('query'))).toEqual(
        [],
      );
      expect(comments(repo, 3)).toHaveLength(1);
      expect(comments(repo, 8)).toHaveLength(1);
    },
  );

  it.each(APIS)(
    'on a pull_request event (%s): the one pull request, from the real webhook payload',
    async (api) => {
      gh = await startGitHubEmulator({ token: TOKEN });
      repo = gh.store.addRepo('Codertocat/Hello-World');
      repo.addIssue({ number: 1, title: 'an issue' });
      repo.addIssue({
        number: 2,
        title: 'the PR',
        pull_request: true,
        pull: { state: { mergeable: false, additions: 12, deletions: 3 } },
      });
      const payload = webhookExample('pull_request', 'opened');
      const run = await act(
        'Codertocat/Hello-World',
        rules,
        api,
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: 'event.json' },
        { 'event.json': JSON.stringify(payload) },
      );
      expect(run.code).toBe(0);
      expect(labels(repo, 2)).toEqual(['needs-rebase', 'size/S']);
      expect(labels(repo, 1)).toEqual([]);
    },
  );
});

describe('examples/needs-info.yml', () => {
  const rules = readFileSync('examples/needs-info.yml', 'utf8');

  it.each(APIS)(
    '%s: asks the author, a maintainer’s reply changes nothing, the author’s takes the label off',
    async (api) => {
      gh = await startGitHubEmulator({ token: TOKEN });
      const repo = gh.store.addRepo('Codertocat/Hello-World');
      // #1: labelled a day ago by a maintainer; a maintainer commented since, the author has not.
      repo.addIssue({
        number: 1,
        title: 'Spelling error in the README file',
        user: 'Codertocat',
        labels: ['needs-info'],
        created_at: ago(3),
        updated_at: ago(0.5),
        labelEvents: [{ label: 'needs-info', created_at: ago(1), actor: 'maint' }],
        comments: [
          { body: 'Which version?', user: 'maint', created_at: ago(0.5), author_association: 'MEMBER' },
        ],
      });
      // #2: labelled 15 days ago; no reply from its author.
      repo.addIssue({
        number: 2,
        title: 'unanswered',
        user: 'alice',
        labels: ['needs-info'],
        created_at: ago(30),
        updated_at: ago(15),
        labelEvents: [{ label: 'needs-info', created_at: ago(15), actor: 'maint' }],
      });
      // #3: labelled, nobody said anything yet: ask.
      repo.addIssue({
        number: 3,
        title: 'fresh',
        user: 'carol',
        labels: ['needs-info'],
        created_at: ago(2),
        updated_at: ago(0.1),
        labelEvents: [{ label: 'needs-info', created_at: ago(0.1), actor: 'maint' }],
      });
      const sweep = await act('Codertocat/Hello-World', rules, api);
      expect(sweep.code).toBe(0);
      expect(labels(repo, 1)).toEqual(['needs-info']);
      expect(comments(repo, 1)).toHaveLength(1);
      expect(repo.require(2).state).toBe('closed');
      expect(repo.require(2).state_reason).toBe('not_planned');
      expect(comments(repo, 3)).toEqual([expect.stringMatching(/^@carol, thanks for the report/)]);

      // The author answers on #1: the issue_comment event takes the label off and sends it to triage.
      const reply = repo.addComment(1, 'Version 2.1 on Linux', 'Codertocat');
      // GitHub's recorded payload, about this issue and this comment as GitHub would send them now.
      const payload = webhookExample('issue_comment', 'created') as {
        comment: Record<string, unknown>;
        issue: Record<string, unknown>;
      };
      Object.assign(payload.comment, { id: reply.id, body: reply.body, created_at: reply.created_at });
      const issue = repo.require(1);
      Object.assign(payload.issue, {
        number: 1,
        labels: issue.labels.map((name) => ({ name })),
        created_at: issue.created_at,
        updated_at: issue.updated_at,
      });
      const event = await act(
        'Codertocat/Hello-World',
        rules,
        api,
        { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: 'event.json' },
        { 'event.json': JSON.stringify(payload) },
      );
      expect(event.code).toBe(0);
      expect(labels(repo, 1)).toEqual(['needs-triage']);
    },
  );
});
