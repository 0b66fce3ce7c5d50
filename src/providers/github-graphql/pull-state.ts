/**
 * A pull request's state over GraphQL, in the listing query when the rules need it (no request per
 * pull request) and in the facts query otherwise: mergeability, size, requested reviewers, GitHub's
 * own review decision and each reviewer's latest verdict, and the head commit's check rollup.
 */
import type { CheckResult, CheckState, FactName, ItemFacts, ReviewVerdictOf } from '../../model/item.js';

/** At most this many requested reviewers, verdicts and checks are read: more is rare, and the rest decide nothing new. */
const PAGE = 100;

/** The fields to read for the pull-request facts wanted; none for other facts. */
export function pullStateFields(wanted: ReadonlySet<FactName>): string[] {
  const fields: string[] = [];
  if (wanted.has('pull')) {
    fields.push(
      `mergeable additions deletions changedFiles headRefOid reviewRequests(first: ${PAGE}) { nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Mannequin { login } ... on Team { slug } } } }`,
    );
  }
  if (wanted.has('reviews')) {
    fields.push(
      `reviewDecision latestOpinionatedReviews(first: ${PAGE}) { nodes { state submittedAt author { login } commit { oid } } }`,
    );
  }
  if (wanted.has('checks')) {
    fields.push(
      `commits(last: 1) { nodes { commit { oid statusCheckRollup { contexts(first: ${PAGE}) { nodes { __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } } } } } } }`,
    );
  }
  return fields;
}

interface Nodes<T> {
  nodes?: (T | null)[] | null;
}

export interface PullStateNode {
  mergeable?: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  additions?: number;
  deletions?: number;
  changedFiles?: number;
  headRefOid?: string;
  reviewRequests?: Nodes<{ requestedReviewer: { login?: string; slug?: string } | null }> | null;
  reviewDecision?: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
  latestOpinionatedReviews?: Nodes<{
    state: string;
    submittedAt: string | null;
    author: { login: string } | null;
    commit: { oid: string } | null;
  }> | null;
  commits?: Nodes<{
    commit: {
      oid: string;
      statusCheckRollup: {
        contexts: Nodes<{
          __typename: string;
          name?: string;
          status?: string;
          conclusion?: string | null;
          context?: string;
          state?: string;
        }>;
      } | null;
    };
  }>;
}

/**
 * The facts a node carries. `unknownMergeable`: what an UNKNOWN mergeability becomes — in a listing
 * it is left out (the pull request is asked again once, through the facts query); there it is null.
 */
export function pullStateFacts(
  node: PullStateNode,
  wanted: ReadonlySet<FactName>,
  isPull: boolean,
  listing: boolean,
): Pick<ItemFacts, 'pull' | 'reviews' | 'checks'> {
  const facts: Pick<ItemFacts, 'pull' | 'reviews' | 'checks'> = {};
  if (!isPull) {
    if (wanted.has('pull')) facts.pull = null;
    if (wanted.has('reviews')) facts.reviews = null;
    if (wanted.has('checks')) facts.checks = null;
    return facts;
  }
  if (wanted.has('pull') && node.mergeable !== undefined && !(listing && node.mergeable === 'UNKNOWN')) {
    facts.pull = {
      mergeable: node.mergeable === 'UNKNOWN' ? null : node.mergeable === 'MERGEABLE',
      lines: (node.additions ?? 0) + (node.deletions ?? 0),
      files: node.changedFiles ?? 0,
      requestedReviewers: nodesOf(node.reviewRequests).flatMap((r) => {
        const who = r.requestedReviewer?.login ?? r.requestedReviewer?.slug;
        return who ? [who] : [];
      }),
      headSha: node.headRefOid ?? '',
    };
  }
  if (wanted.has('reviews') && node.latestOpinionatedReviews !== undefined) {
    const latest: ReviewVerdictOf[] = nodesOf(node.latestOpinionatedReviews).flatMap((r) =>
      r.author && r.submittedAt && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED')
        ? [
            {
              reviewer: r.author.login,
              verdict: r.state === 'APPROVED' ? ('approved' as const) : ('changes_requested' as const),
              at: r.submittedAt,
              ...(r.commit ? { commit: r.commit.oid } : {}),
            },
          ]
        : [],
    );
    const decision = decisionOf(node.reviewDecision ?? null);
    // Null (no review required): derived from the verdicts, as REST does; so left out.
    facts.reviews = { latest, required: 0, ...(decision === null ? {} : { decision }) };
  }
  if (wanted.has('checks') && node.commits !== undefined) {
    const head = nodesOf(node.commits)[0]?.commit;
    facts.checks = nodesOf(head?.statusCheckRollup?.contexts).map((c): CheckResult =>
      c.__typename === 'CheckRun'
        ? { name: c.name ?? '', state: checkRunState(c.status, c.conclusion) }
        : { name: c.context ?? '', state: statusState(c.state) },
    );
  }
  return facts;
}

/** GitHub's decision (it sees CODEOWNERS and branch protection); null where no review is required. */
function decisionOf(
  decision: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null,
): 'approved' | 'changes-requested' | 'review-required' | null {
  if (decision === 'APPROVED') return 'approved';
  if (decision === 'CHANGES_REQUESTED') return 'changes-requested';
  return decision === 'REVIEW_REQUIRED' ? 'review-required' : null;
}

/** As the REST provider judges a check run (pull-facts.ts): not completed is pending. */
function checkRunState(status: string | undefined, conclusion: string | null | undefined): CheckState {
  if (status !== 'COMPLETED') return 'pending';
  return conclusion === 'SUCCESS' || conclusion === 'NEUTRAL' || conclusion === 'SKIPPED'
    ? 'success'
    : 'failure';
}

function statusState(state: string | undefined): CheckState {
  if (state === 'SUCCESS') return 'success';
  return state === 'PENDING' || state === 'EXPECTED' ? 'pending' : 'failure';
}

function nodesOf<T>(page: Nodes<T> | null | undefined): T[] {
  return (page?.nodes ?? []).filter((n): n is T => n !== null);
}
