/**
 * Deleting a closed pull request's head branch through both GitHub providers (both through REST),
 * against the emulator over HTTP on 127.0.0.1: deleted only when it lives in this repository, is not
 * the default branch and is not protected; every other case keeps the branch and says why.
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import { ItemWriteError, type ItemKey, type Provider } from '../../src/providers/provider.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
  repo = gh.store.addRepo('octo/demo', { defaultBranch: 'main' });
  repo.addIssue({ title: 'Fix crash', pull_request: true, state: 'closed', pull: { head: 'fix/crash' } }); // 1
  repo.addIssue({
    title: 'From a fork',
    pull_request: true,
    state: 'closed',
    pull: { head: 'patch-1', fork: 'alice/demo' },
  }); // 2
  repo.addIssue({
    title: 'Backport',
    pull_request: true,
    state: 'closed',
    pull: { head: 'release/1.x', base: 'main' },
  }); // 3
  repo.branches.add('release/1.x', { protect: true });
  repo.addIssue({
    title: 'Sync main',
    pull_request: true,
    state: 'closed',
    pull: { head: 'main', base: 'stable' },
  }); // 4
  repo.addIssue({ title: 'Still open', pull_request: true, pull: { head: 'wip' } }); // 5
  repo.addIssue({ title: 'Gone already', pull_request: true, state: 'closed', pull: { head: 'old' } }); // 6
  repo.branches.delete('old');
});
afterEach(async () => {
  await gh.close();
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

const PROVIDERS: [string, () => Provider & Required<Pick<Provider, 'deleteBranch'>>][] = [
  ['github-rest', () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url })],
  [
    'github-graphql',
    () => createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/demo', graphqlUrl: gh.graphqlUrl }),
  ],
];

const deletes = () => gh.writes().filter((w) => w.method === 'DELETE');

describe.each(PROVIDERS)('%s', (_name, make) => {
  test("deletes a closed pull request's own head branch, slashes and all; the timeline says so", async () => {
    expect(await make().deleteBranch(pull(1))).toEqual({ deleted: true, note: 'deleted branch fix/crash' });
    expect(repo.branches.has('fix/crash')).toBe(false);
    expect(repo.require(1).events.map((e) => e.event)).toContain('head_ref_deleted');
    expect(deletes().map((w) => decodeURIComponent(w.path))).toEqual([
      '/repos/octo/demo/git/refs/heads/fix/crash',
    ]);
  });

  test('keeps, and says why, every branch that is not its to delete; no DELETE is sent for them', async () => {
    const provider = make();
    const results = [];
    for (const n of [2, 3, 4, 5, 6]) results.push(await provider.deleteBranch(pull(n)));
    expect(results).toEqual([
      { deleted: false, note: 'kept branch patch-1: it lives in alice/demo, not in this repository' },
      { deleted: false, note: 'kept branch release/1.x: it is protected' },
      { deleted: false, note: 'kept branch main: it is the default branch' },
      { deleted: false, note: 'kept the head branch: the pull request is open' },
      { deleted: false, note: 'branch old is already deleted' },
    ]);
    expect(deletes()).toEqual([]);
    expect(repo.branches.names().sort()).toEqual(['fix/crash', 'main', 'release/1.x', 'wip']);
  });

  test('a 403 (token may not) or a 422 (a ruleset) keeps the branch and reports it, not a failure', async () => {
    gh.readOnly = true;
    expect(await make().deleteBranch(pull(1))).toEqual({
      deleted: false,
      note: 'kept branch fix/crash: GitHub answered 403 Resource not accessible by integration (the workflow needs `permissions: { contents: write }`)',
    });
    gh.readOnly = false;
    gh.onRequest = (req) =>
      req.method === 'DELETE'
        ? { status: 422, body: { message: 'Repository rule violations found' } }
        : undefined;
    expect(await make().deleteBranch(pull(1))).toEqual({
      deleted: false,
      note: 'kept branch fix/crash: GitHub answered 422 Repository rule violations found',
    });
    expect(repo.branches.has('fix/crash')).toBe(true);
  });

  test('a pull request that does not exist fails the item, as any other write would', async () => {
    const error = await make()
      .deleteBranch(pull(99))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ItemWriteError);
    expect((error as Error).message).toMatch(
      /^deleting the head branch of pull request #99 in octo\/demo failed: GitHub answered 404/,
    );
  });
});

test('GraphQL batches: the deletion goes through REST in its place, after the close it follows', async () => {
  repo.addIssue({ title: 'Abandoned', pull_request: true, pull: { head: 'feature/x' } }); // 7
  const provider = createGitHubGraphqlProvider({
    token: TOKEN,
    repository: 'octo/demo',
    graphqlUrl: gh.graphqlUrl,
  });
  expect(await provider.applyBatch([{ kind: 'close', item: pull(7), reason: 'not_planned' }])).toMatchObject([
    { ok: true },
  ]);
  const results = await provider.applyBatch([
    { kind: 'deleteBranch', item: pull(7) },
    { kind: 'deleteBranch', item: pull(2) },
  ]);
  expect(results.map((r) => (r.ok ? [r.kept, r.note] : r.error.message))).toEqual([
    [false, 'deleted branch feature/x'],
    [true, 'kept branch patch-1: it lives in alice/demo, not in this repository'],
  ]);
  expect(repo.require(7).state).toBe('closed');
  expect(repo.branches.has('feature/x')).toBe(false);
});

test('GitLab refuses delete-branch at load time (its own "Delete source branch" applies on merge)', () => {
  const gitlab = createGitLabProvider({ token: 't', project: 'group/app', baseUrl: 'http://127.0.0.1:9' });
  expect(gitlab.capabilities.actions.has('delete-branch')).toBe(false);
});

describe.each(PROVIDERS)('a deletion whose first answer was lost, %s', (_name, make) => {
  it('is retried, gets 422 "Reference does not exist", and is reported as deleted', async () => {
    const provider = make();
    let first = true;
    gh.onRequest = (request) => {
      if (request.method !== 'DELETE' || !first) return undefined;
      first = false;
      // GitHub deleted the branch, but its answer never arrived: the client sees a 502 and retries.
      repo.branches.delete('fix/crash');
      return { status: 502, body: { message: 'Bad Gateway' } };
    };
    await expect(provider.deleteBranch(pull(1))).resolves.toEqual({
      deleted: true,
      note: 'deleted branch fix/crash',
    });
    expect(deletes().map((w) => w.status)).toEqual([502, 422]);
  });
});
