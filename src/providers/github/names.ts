/**
 * Names commands may give that GitHub would refuse or silently drop, asked before planning (see
 * Provider.unknownUsers and milestoneTitles): whether a login can be assigned here, and the
 * repository's milestone titles. Shared by the REST and GraphQL providers, over REST.
 */
import { readError } from './errors.js';
import type { IssueTypeTarget } from './issue-type.js';

/** Who can be assigned in the repository, asked once per login and run. */
export class Assignable {
  private readonly known = new Map<string, Promise<boolean>>();

  constructor(private readonly target: IssueTypeTarget) {}

  /** The logins GitHub cannot assign here: `GET .../assignees/{assignee}` answers 404 (204: it can). */
  async unknown(logins: readonly string[]): Promise<string[]> {
    const answers = await Promise.all(logins.map((login) => this.canBeAssigned(login)));
    return logins.filter((_, i) => !answers[i]);
  }

  private canBeAssigned(login: string): Promise<boolean> {
    const key = login.toLowerCase();
    let answer = this.known.get(key);
    if (answer === undefined) {
      const { octokit, owner, repo } = this.target;
      answer = octokit
        .request('GET /repos/{owner}/{repo}/assignees/{assignee}', { owner, repo, assignee: login })
        .then(
          () => true,
          (error: unknown) => {
            if ((error as { status?: number }).status === 404) return false;
            this.known.delete(key);
            throw readError(
              error,
              this.target.failure(`checking whether ${login} can be assigned in ${owner}/${repo}`),
            );
          },
        );
      this.known.set(key, answer);
    }
    return answer;
  }
}

/** Every milestone title of the repository, open and closed. */
export async function readMilestoneTitles(target: IssueTypeTarget): Promise<string[]> {
  try {
    const milestones = await target.octokit.paginate('GET /repos/{owner}/{repo}/milestones', {
      owner: target.owner,
      repo: target.repo,
      state: 'all',
      per_page: 100,
    });
    return milestones.map((m) => m.title);
  } catch (error) {
    throw readError(error, target.failure(`reading the milestones of ${target.owner}/${target.repo}`));
  }
}
