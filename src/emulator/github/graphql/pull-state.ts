/**
 * A pull request's merge, size, review and check state over GraphQL (schema: PullRequest.mergeable,
 * additions, deletions, headRefOid, reviewDecision, latestOpinionatedReviews, commits {
 * statusCheckRollup }), from the same records the REST endpoints serve (records-timeline.ts).
 */
import type { IssueRecord, RepoStore } from '../store.js';
import type { PullStateRecord, ReviewRecord } from '../records-timeline.js';
import type { RequestContext } from './context.js';
import { connection, type ConnectionArgs } from './connection.js';
import { byPosition } from './views.js';

type View = Record<string, unknown>;

export function pullStateFields(repo: RepoStore, r: IssueRecord): View {
  const state = (): PullStateRecord => {
    if (!r.pull) throw new Error(`#${r.number} is not a pull request`);
    return r.pull.state;
  };
  return {
    // GitHub computes it in the background after a read: UNKNOWN meanwhile (see pendingReads).
    mergeable: () => {
      const s = state();
      if (r.state !== 'open') return 'UNKNOWN';
      if (s.pendingReads > 0) {
        s.pendingReads--;
        return 'UNKNOWN';
      }
      if (s.mergeable === null) return 'UNKNOWN';
      return s.mergeable ? 'MERGEABLE' : 'CONFLICTING';
    },
    additions: () => state().additions,
    deletions: () => state().deletions,
    headRefOid: () => state().headSha,
    reviewDecision: () => reviewDecision(state(), repo.requiredApprovals.get(r.pull?.base ?? '')),
    latestOpinionatedReviews: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'PullRequestReviewConnection',
        byPosition(latestOpinionated(state().reviews)),
        args,
        (review) => reviewView(review.value),
        ctx,
      ),
    commits: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'PullRequestCommitConnection',
        // The store knows the head commit only: the pull request's last.
        byPosition([state()]),
        args,
        (s) => ({ __typename: 'PullRequestCommit', commit: commitView(s.value) }),
        ctx,
      ),
  };
}

/** Each author's latest APPROVED or CHANGES_REQUESTED review; a dismissal withdraws theirs. */
function latestOpinionated(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const latest = new Map<string, ReviewRecord>();
  for (const review of reviews) {
    const key = review.user.login.toLowerCase();
    if (review.state === 'DISMISSED') latest.delete(key);
    else if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') latest.set(key, review);
  }
  return [...latest.values()];
}

/**
 * GitHub's reviewDecision: null where the base branch requires no review; else CHANGES_REQUESTED
 * while a request for changes stands, APPROVED with the approvals required, REVIEW_REQUIRED before.
 */
function reviewDecision(state: PullStateRecord, required: number | undefined): string | null {
  if (required === undefined || required === 0) return null;
  const latest = latestOpinionated(state.reviews);
  if (latest.some((r) => r.state === 'CHANGES_REQUESTED')) return 'CHANGES_REQUESTED';
  return latest.filter((r) => r.state === 'APPROVED').length >= required ? 'APPROVED' : 'REVIEW_REQUIRED';
}

function reviewView(review: ReviewRecord): View {
  return {
    __typename: 'PullRequestReview',
    id: Buffer.from(`0:PRR${review.id}`).toString('base64'),
    state: review.state,
    submittedAt: review.submitted_at,
    createdAt: review.submitted_at,
    body: review.body,
    authorAssociation: review.author_association,
    author: { __typename: review.user.type === 'Bot' ? 'Bot' : 'User', login: review.user.login },
    commit: { __typename: 'Commit', oid: review.commit_id },
  };
}

const CHECK_STATUS: Record<string, string> = {
  queued: 'QUEUED',
  in_progress: 'IN_PROGRESS',
  completed: 'COMPLETED',
  waiting: 'WAITING',
  requested: 'REQUESTED',
  pending: 'PENDING',
};

function commitView(state: PullStateRecord): View {
  const contexts = [
    ...state.checkRuns.map((run) => ({
      __typename: 'CheckRun',
      name: run.name,
      status: CHECK_STATUS[run.status],
      conclusion: run.conclusion === null ? null : run.conclusion.toUpperCase(),
    })),
    ...state.statuses.map((s) => ({
      __typename: 'StatusContext',
      context: s.context,
      state: s.state.toUpperCase(),
    })),
  ];
  return {
    __typename: 'Commit',
    oid: state.headSha,
    committedDate: state.headAt,
    // null when the commit has no checks at all, as GitHub answers.
    statusCheckRollup:
      contexts.length === 0
        ? null
        : {
            __typename: 'StatusCheckRollup',
            state: rollupState(contexts),
            contexts: (args: ConnectionArgs, ctx: RequestContext) =>
              connection(
                'StatusCheckRollupContextConnection',
                byPosition(contexts),
                args,
                (c) => c.value,
                ctx,
              ),
          },
  };
}

function rollupState(contexts: readonly View[]): string {
  const states = contexts.map((c) =>
    c.__typename === 'CheckRun'
      ? c.status !== 'COMPLETED'
        ? 'PENDING'
        : ['SUCCESS', 'NEUTRAL', 'SKIPPED'].includes(String(c.conclusion))
          ? 'SUCCESS'
          : 'FAILURE'
      : c.state === 'ERROR'
        ? 'FAILURE'
        : String(c.state),
  );
  if (states.includes('FAILURE')) return 'FAILURE';
  return states.includes('PENDING') || states.includes('EXPECTED') ? 'PENDING' : 'SUCCESS';
}
