/**
 * A pull request's state through REST, each read only when a rule needs it:
 * - `pull`: GET /pulls/{n} (mergeability, additions + deletions, changed files, requested reviewers,
 *   the head commit). GitHub computes `mergeable` in the background on the first read and answers
 *   null meanwhile: it is asked once more after a pause, then left unknown.
 * - `reviews`: GET /pulls/{n}/reviews, and once per run and base branch the rules in force on it
 *   (GET /rules/branches/{base}: rulesets' required approvals). Classic branch protection needs admin
 *   access to read, which a workflow token never has: GraphQL's `reviewDecision` sees it.
 * - `checks`: the head commit's check runs and its combined status (two reads).
 */
import type { CheckResult, CheckState, PullReviews, PullState, ReviewVerdictOf } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from '../github/client.js';
import { describeItem, reading, type Failure } from '../github/errors.js';

export interface PullFactSource {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string): Failure;
  /** Approvals the rules in force on `base` require, read once per run and branch. */
  requiredApprovals(base: string): Promise<number>;
  /** How long to wait before asking again for a mergeability GitHub had not computed. */
  mergeablePauseMs: number;
  /** Waits that long (the provider's clock: tests inject one that does not wait). */
  sleep(ms: number): Promise<void>;
}

/** GET /pulls/{n} as read here; the branches come from the same answer. */
export interface PullAnswer {
  mergeable: boolean | null;
  state: string;
  additions: number;
  deletions: number;
  changed_files: number;
  requested_reviewers?: ({ login: string } | null)[] | null;
  requested_teams?: ({ slug: string } | null)[] | null;
  head: { sha: string };
  base: { ref: string };
}

/** The pull request's state; `again` reads it once more when GitHub had not computed mergeability. */
export async function pullState(
  src: PullFactSource,
  first: PullAnswer,
  again: () => Promise<PullAnswer>,
): Promise<PullState> {
  let answer = first;
  // Only an open pull request is ever computed; a closed one stays null for good.
  if (answer.mergeable === null && answer.state === 'open') {
    if (src.mergeablePauseMs > 0) await src.sleep(src.mergeablePauseMs);
    answer = await again();
  }
  return {
    mergeable: answer.mergeable,
    lines: answer.additions + answer.deletions,
    files: answer.changed_files,
    requestedReviewers: [
      ...(answer.requested_reviewers ?? []).flatMap((u) => (u ? [u.login] : [])),
      ...(answer.requested_teams ?? []).flatMap((t) => (t ? [t.slug] : [])),
    ],
    headSha: answer.head.sha,
  };
}

/** Each reviewer's latest verdict: comments give none, a dismissal withdraws the reviewer's. */
export async function pullReviews(src: PullFactSource, item: ItemKey, base: string): Promise<PullReviews> {
  const latest = new Map<string, ReviewVerdictOf>();
  await reading(src.failure(`reading the reviews of ${describeItem(item)}`), async () => {
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      owner: src.owner,
      repo: src.repo,
      pull_number: item.number,
      per_page: 100,
    });
    // GitHub lists reviews oldest first.
    for await (const { data } of pages) {
      for (const review of data) {
        const login = review.user?.login;
        if (!login || !review.submitted_at) continue;
        const key = login.toLowerCase();
        if (review.state === 'DISMISSED') latest.delete(key);
        else if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') {
          latest.set(key, {
            reviewer: login,
            verdict: review.state === 'APPROVED' ? 'approved' : 'changes_requested',
            at: review.submitted_at,
            commit: review.commit_id ?? undefined,
          });
        }
      }
    }
  });
  return { latest: [...latest.values()], required: await src.requiredApprovals(base) };
}

/**
 * Approvals the repository's rulesets require on `base` (the highest of their pull_request rules);
 * 0 when none does. A 404 (no rules, or a server that has no rulesets) is none.
 */
export async function readRequiredApprovals(
  src: Pick<PullFactSource, 'octokit' | 'owner' | 'repo' | 'failure'>,
  base: string,
): Promise<number> {
  return reading(src.failure(`reading the rules of branch ${base}`), async () => {
    try {
      let required = 0;
      const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
        owner: src.owner,
        repo: src.repo,
        branch: base,
        per_page: 100,
      });
      for await (const { data } of pages) {
        for (const rule of data) {
          if (rule.type !== 'pull_request') continue;
          const count = (rule.parameters as { required_approving_review_count?: number } | undefined)
            ?.required_approving_review_count;
          if (typeof count === 'number' && count > required) required = count;
        }
      }
      return required;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return 0;
      throw error;
    }
  });
}

/** The head commit's check runs and commit statuses, as one list of checks. */
export async function headChecks(src: PullFactSource, item: ItemKey, sha: string): Promise<CheckResult[]> {
  return reading(src.failure(`reading the checks of ${describeItem(item)}`), async () => {
    const checks: CheckResult[] = [];
    const runs = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      owner: src.owner,
      repo: src.repo,
      ref: sha,
      per_page: 100,
    });
    for await (const { data } of runs) {
      for (const run of data)
        checks.push({ name: run.name, state: checkRunState(run.status, run.conclusion) });
    }
    // The combined status holds the latest status of each context.
    const { data } = await src.octokit.rest.repos.getCombinedStatusForRef({
      owner: src.owner,
      repo: src.repo,
      ref: sha,
      per_page: 100,
    });
    for (const status of data.statuses)
      checks.push({ name: status.context, state: statusState(status.state) });
    return checks;
  });
}

/**
 * A check run that has not completed is pending; a completed one failed unless it succeeded, was
 * neutral or skipped (GitHub's own merge box treats those as passing).
 */
function checkRunState(status: string, conclusion: string | null): CheckState {
  if (status !== 'completed') return 'pending';
  return conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
    ? 'success'
    : 'failure';
}

function statusState(state: string): CheckState {
  if (state === 'success') return 'success';
  return state === 'pending' ? 'pending' : 'failure';
}
