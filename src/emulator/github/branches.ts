/**
 * A repository's branches, for what Sift reads and does when it cleans up after a closed pull request
 * (REST "Branches" and "Git references"):
 *
 * - GET /repos/{o}/{r}/branches/{branch}: the branch with its `protected` flag (readable with read
 *   access); 404 "Branch not found" when there is none.
 * - GET /repos/{o}/{r}/branches/{branch}/protection: 404 "Branch not protected", or the protection.
 * - DELETE /repos/{o}/{r}/git/refs/heads/{branch}: 204; 422 "Reference does not exist" for a branch
 *   that is not there; 422 for a protected branch (GitHub's words for it, as git push shows them:
 *   "Cannot delete this protected branch") and for the default branch. The pull requests whose head it
 *   was get a `head_ref_deleted` event, as on GitHub.
 *
 * The default branch exists from the start; seeding a pull request whose head lives in this repository
 * creates its head branch. A branch name may hold slashes (`fix/x`): clients send it encoded in one
 * path segment, and the refs route takes the rest of the path too.
 */
import { createHash } from 'node:crypto';
import { ApiError, type ApiResponse } from './http.js';
import type { RouteContext } from './routes.js';
import type { RepoStore } from './store.js';

type Params = Record<string, string>;
type On = (method: string, pattern: string, handler: (ctx: RouteContext, p: Params) => ApiResponse) => void;

export interface BranchRecord {
  name: string;
  sha: string;
  protected: boolean;
}

export class RepoBranches {
  private readonly byName = new Map<string, BranchRecord>();

  constructor(defaultBranch: string) {
    this.add(defaultBranch);
  }

  /** Creates the branch (once); `protect` marks it protected. */
  add(name: string, options: { protect?: boolean } = {}): BranchRecord {
    let branch = this.byName.get(name);
    if (!branch) {
      branch = { name, sha: createHash('sha1').update(`branch:${name}`).digest('hex'), protected: false };
      this.byName.set(name, branch);
    }
    if (options.protect) branch.protected = true;
    return branch;
  }

  get(name: string): BranchRecord | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  delete(name: string): void {
    this.byName.delete(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

export function registerBranchRoutes(on: On, repoOf: (ctx: RouteContext, p: Params) => RepoStore): void {
  on('GET', '/repos/:owner/:repo/branches/:branch', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const branch = repo.branches.get(p.branch);
    if (!branch) throw new ApiError(404, 'Branch not found');
    const api = `${ctx.apiUrl}/repos/${repo.fullName}`;
    return {
      status: 200,
      body: {
        name: branch.name,
        commit: branchCommit(api, repo.fullName, branch.sha),
        _links: {
          self: `${api}/branches/${encodeURIComponent(branch.name)}`,
          html: `https://github.com/${repo.fullName}/tree/${branch.name}`,
        },
        protected: branch.protected,
        protection: {
          enabled: branch.protected,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${api}/branches/${encodeURIComponent(branch.name)}/protection`,
      },
    };
  });

  on('GET', '/repos/:owner/:repo/branches/:branch/protection', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const branch = repo.branches.get(p.branch);
    if (!branch) throw new ApiError(404, 'Branch not found');
    if (!branch.protected) throw new ApiError(404, 'Branch not protected');
    const url = `${ctx.apiUrl}/repos/${repo.fullName}/branches/${encodeURIComponent(branch.name)}/protection`;
    return {
      status: 200,
      body: { url, allow_deletions: { enabled: false }, allow_force_pushes: { enabled: false } },
    };
  });

  on('DELETE', '/repos/:owner/:repo/git/refs/*ref', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const name = p.ref.startsWith('heads/') ? p.ref.slice('heads/'.length) : null;
    const branch = name === null ? undefined : repo.branches.get(name);
    if (name === null || !branch) throw new ApiError(422, 'Reference does not exist');
    if (branch.protected) throw new ApiError(422, 'Cannot delete this protected branch');
    if (name === repo.defaultBranch) throw new ApiError(422, 'Cannot delete the default branch');
    repo.deleteBranch(name, ctx.actor);
    return { status: 204 };
  });
}

/**
 * The branch's head commit as GitHub's branch answer carries it (the `commit` schema of its REST
 * description: every required field). The emulator keeps no commit history: one author, no parents.
 */
function branchCommit(api: string, fullName: string, sha: string) {
  const person = { name: 'Octo Cat', email: 'octocat@github.com', date: '2026-01-01T00:00:00Z' };
  return {
    sha,
    node_id: btoa(`06:Commit${sha}`),
    url: `${api}/commits/${sha}`,
    html_url: `https://github.com/${fullName}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: 'Commit',
      comment_count: 0,
      tree: { sha, url: `${api}/git/trees/${sha}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        payload: null,
        signature: null,
        verified_at: null,
      },
    },
    author: null,
    committer: null,
    parents: [],
  };
}
