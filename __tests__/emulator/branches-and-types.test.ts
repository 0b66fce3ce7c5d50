/**
 * The emulator's branches, branch protection, ref deletion and issue types against plain fetch, shaped
 * as GitHub documents them (REST "Branches", "Protected branches", "Git references", "Issues": `type`).
 */
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: 'secret' });
  repo = gh.store.addRepo('octo/repo', { defaultBranch: 'main' });
  repo.addIssue({ number: 1, pull_request: true, state: 'closed', pull: { head: 'fix/x' } });
  repo.branches.add('release', { protect: true });
});
afterEach(() => gh.close());

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token secret', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('branches', () => {
  it("serves a branch with its protected flag; a seeded pull request's head exists, encoded slash and all", async () => {
    expect(await call('GET', '/repos/octo/repo/branches/fix%2Fx')).toMatchObject({
      status: 200,
      body: { name: 'fix/x', protected: false, commit: { sha: expect.stringMatching(/^[0-9a-f]{40}$/) } },
    });
    expect(await call('GET', '/repos/octo/repo/branches/release')).toMatchObject({
      status: 200,
      body: { name: 'release', protected: true },
    });
    expect(await call('GET', '/repos/octo/repo/branches/nope')).toEqual({
      status: 404,
      body: expect.objectContaining({ message: 'Branch not found' }),
    });
  });

  it('answers branch protection: 404 "Branch not protected", or the protection', async () => {
    expect(await call('GET', '/repos/octo/repo/branches/main/protection')).toMatchObject({
      status: 404,
      body: { message: 'Branch not protected' },
    });
    expect(await call('GET', '/repos/octo/repo/branches/release/protection')).toMatchObject({
      status: 200,
      body: { allow_deletions: { enabled: false } },
    });
  });

  it('deletes a ref with 204 and notes it on the pull request; refuses missing, protected and default', async () => {
    expect(await call('DELETE', '/repos/octo/repo/git/refs/heads/fix/x')).toEqual({
      status: 204,
      body: undefined,
    });
    expect(repo.branches.has('fix/x')).toBe(false);
    expect(repo.require(1).events.at(-1)).toMatchObject({ event: 'head_ref_deleted' });
    for (const [path, message] of [
      ['/repos/octo/repo/git/refs/heads/fix%2Fx', 'Reference does not exist'],
      ['/repos/octo/repo/git/refs/heads/release', 'Cannot delete this protected branch'],
      ['/repos/octo/repo/git/refs/heads/main', 'Cannot delete the default branch'],
      ['/repos/octo/repo/git/refs/tags/v1', 'Reference does not exist'],
    ]) {
      expect(await call('DELETE', path)).toMatchObject({ status: 422, body: { message } });
    }
  });
});

describe('issue types', () => {
  it('puts `type` on issues only where the repository has issue types; PATCH sets it by name in any case', async () => {
    const issue = repo.addIssue({ title: 'Crash' });
    expect((await call('GET', `/repos/octo/repo/issues/${issue.number}`)).body).not.toHaveProperty('type');
    repo.enableIssueTypes();
    expect((await call('GET', `/repos/octo/repo/issues/${issue.number}`)).body).toMatchObject({ type: null });
    const set = await call('PATCH', `/repos/octo/repo/issues/${issue.number}`, { type: 'bug' });
    expect(set).toMatchObject({ status: 200, body: { type: { name: 'Bug', is_enabled: true } } });
    expect(await call('PATCH', `/repos/octo/repo/issues/${issue.number}`, { type: 'Epic' })).toMatchObject({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'type', code: 'invalid' }] },
    });
    const cleared = await call('PATCH', `/repos/octo/repo/issues/${issue.number}`, { type: null });
    expect(cleared).toMatchObject({ status: 200, body: { type: null } });
  });
});
