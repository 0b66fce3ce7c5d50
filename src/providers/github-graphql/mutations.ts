import { describeProject } from '../../model/projects.js';
/**
 * Sift's writes as GitHub GraphQL mutations. A write names things the way rules do (label names,
 * logins, milestone titles); once their node ids are known, each becomes one mutation, or none when
 * there is nothing to do (removing a label the repository does not have).
 */
import type { LockReason } from '../../model/item.js';
import type { ItemKey, Write } from '../provider.js';
import { describeItem, permissionFor } from '../github/errors.js';
import type { MutationOp } from './query.js';
import type { GraphqlError } from './types.js';

/** One logical change to one item, as data that can be batched: the Provider's neutral Write. */
export type { Write } from '../provider.js';

/** A mutation ready to send, with what the batcher needs to know about it. */
export interface WriteOp extends MutationOp {
  /** Sending it twice does what sending it once does. Only posting a comment is not. */
  idempotent: boolean;
  /** For a comment: its body, to see whether it went through before a failed batch is retried. */
  commentBody?: string;
  /** A message when GitHub accepted the mutation but did not do all of it (assignees it dropped). */
  verify?: (payload: unknown) => string | null;
  /** For a comment: the new comment's node id, from the answer. */
  created?: (payload: unknown) => string | undefined;
}

/** A node id, or why there is none. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; errors: GraphqlError[] };

/** Node ids for a write's names; a label that does not exist resolves to null. */
export interface Ids {
  item(key: ItemKey): Resolved<string>;
  label(name: string): Resolved<string | null>;
  user(login: string): Resolved<string>;
  /** Null: the repository has no milestone of that title. */
  milestone(title: string): Resolved<string | null>;
}

/** What the write does, in the words of error messages: `adding label "bug" to issue #4`. */
export function describeWrite(write: Write): string {
  const item = describeItem(write.item);
  switch (write.kind) {
    case 'addLabels':
      return `adding ${quoteList('label', write.labels)} to ${item}`;
    case 'removeLabel':
      return `removing label "${write.label}" from ${item}`;
    case 'createComment':
      return `commenting on ${item}`;
    case 'updateComment':
      return `editing comment ${write.commentId} on ${item}`;
    case 'close':
      return `closing ${item} as ${write.reason}`;
    case 'reopen':
      return `reopening ${item}`;
    case 'lock':
      return `locking ${item}`;
    case 'unlock':
      return `unlocking ${item}`;
    case 'addAssignees':
      return `assigning ${write.logins.join(', ')} to ${item}`;
    case 'removeAssignees':
      return `unassigning ${write.logins.join(', ')} from ${item}`;
    case 'setMilestone':
      return write.title === null
        ? `clearing the milestone of ${item}`
        : `setting milestone "${write.title}" on ${item}`;
    case 'requestReviewers':
      return `requesting review from ${write.logins.join(', ')} on ${item}`;
    case 'setIssueType':
      return write.name === null
        ? `clearing the issue type of ${item}`
        : `setting issue type "${write.name}" on ${item}`;
    case 'deleteBranch':
      return `deleting the head branch of ${item}`;
    case 'addReaction':
      return `reacting ${write.content} to comment ${write.commentId} on ${item}`;
    case 'addToProject':
      return `adding ${item} to project ${describeProject(write.project)}`;
    case 'setProjectField':
      return `setting "${write.field}" to "${write.value}" on ${item} in project ${describeProject(write.project)}`;
  }
}

/** The `permissions:` entry a workflow token needs for the write. */
export function permissionOf(write: Write): string {
  return write.kind === 'requestReviewers' ? 'pull-requests: write' : permissionFor(write.item.type);
}

/** The names a write needs node ids for. */
export function namesOf(write: Write): { labels: string[]; users: string[]; milestone: string | null } {
  switch (write.kind) {
    case 'addLabels':
      return { labels: write.labels, users: [], milestone: null };
    case 'removeLabel':
      return { labels: [write.label], users: [], milestone: null };
    case 'addAssignees':
    case 'removeAssignees':
    case 'requestReviewers':
      return { labels: [], users: write.logins, milestone: null };
    case 'setMilestone':
      return { labels: [], users: [], milestone: write.title };
    default:
      return { labels: [], users: [], milestone: null };
  }
}

export type Planned =
  | { kind: 'send'; op: WriteOp }
  /** Nothing to do: the state wanted already holds. */
  | { kind: 'done' }
  /** GitHub said why a name could not be resolved. */
  | { kind: 'failed'; errors: GraphqlError[] }
  /** Cannot be done at all. */
  | { kind: 'invalid'; message: string; status: number };

const send = (op: WriteOp): Planned => ({ kind: 'send', op });
const failed = (errors: GraphqlError[]): Planned => ({ kind: 'failed', errors });
const invalid = (message: string, status: number): Planned => ({ kind: 'invalid', message, status });

const LOCK_REASONS: Record<LockReason, string> = {
  'off-topic': 'OFF_TOPIC',
  'too heated': 'TOO_HEATED',
  resolved: 'RESOLVED',
  spam: 'SPAM',
};

const ACK = 'clientMutationId';

/** The mutation for a write, `done` when there is nothing to do, or why it cannot be sent. */
export function plan(write: Write, ids: Ids): Planned {
  const isPull = write.item.type === 'pull_request';
  // The pinned schema predates issue types: the provider sends these through REST, never here; and
  // branch clean-up needs REST's reads (head repository, default branch, protection) anyway.
  if (write.kind === 'setIssueType' || write.kind === 'deleteBranch')
    return invalid('this write goes through REST', 500);
  // Projects have their own client (project-token) and need the project's ids: see github/projects.ts.
  if (write.kind === 'addToProject' || write.kind === 'setProjectField')
    return invalid('this write goes through the projects client', 500);
  if (write.kind === 'requestReviewers' && !isPull) {
    return invalid('only pull requests have reviewers', 422);
  }
  if (write.kind === 'addReaction') {
    // The comment's node id is all it needs, on an issue, a pull request or a discussion alike.
    return send(
      op('addReaction', 'AddReactionInput', {
        subjectId: write.commentId,
        content: write.content === '+1' ? 'THUMBS_UP' : 'CONFUSED',
      }),
    );
  }
  if (write.item.type === 'discussion') return planDiscussion(write, ids);
  if (write.kind === 'close' && write.reason !== 'completed' && write.reason !== 'not_planned') {
    return invalid(`"${write.reason}" closes discussions only`, 422);
  }
  if (write.kind === 'updateComment') {
    return send(
      op('updateIssueComment', 'UpdateIssueCommentInput', { id: write.commentId, body: write.body }),
    );
  }
  const item = ids.item(write.item);
  if (!item.ok) return failed(item.errors);
  const id = item.value;
  switch (write.kind) {
    case 'addLabels': {
      const labelIds: string[] = [];
      for (const name of write.labels) {
        const label = ids.label(name);
        if (!label.ok) return failed(label.errors);
        if (label.value === null) return invalid(`label "${name}" does not exist and was not created`, 422);
        labelIds.push(label.value);
      }
      return send(op('addLabelsToLabelable', 'AddLabelsToLabelableInput', { labelableId: id, labelIds }));
    }
    case 'removeLabel': {
      const label = ids.label(write.label);
      if (!label.ok) return failed(label.errors);
      // A label the repository does not have is on no item: the state wanted already holds.
      if (label.value === null) return { kind: 'done' };
      return send(
        op('removeLabelsFromLabelable', 'RemoveLabelsFromLabelableInput', {
          labelableId: id,
          labelIds: [label.value],
        }),
      );
    }
    case 'createComment':
      return send({
        ...op('addComment', 'AddCommentInput', { subjectId: id, body: write.body }),
        selection: 'commentEdge { node { id } }',
        idempotent: false,
        commentBody: write.body,
        created: (payload) =>
          (payload as { commentEdge?: { node?: { id?: string } | null } | null }).commentEdge?.node?.id,
      });
    case 'close':
      return send(
        isPull
          ? op('closePullRequest', 'ClosePullRequestInput', { pullRequestId: id })
          : op('closeIssue', 'CloseIssueInput', { issueId: id, stateReason: write.reason.toUpperCase() }),
      );
    case 'reopen':
      return send(
        isPull
          ? op('reopenPullRequest', 'ReopenPullRequestInput', { pullRequestId: id })
          : op('reopenIssue', 'ReopenIssueInput', { issueId: id }),
      );
    case 'lock':
      return send(
        op('lockLockable', 'LockLockableInput', {
          lockableId: id,
          ...(write.reason ? { lockReason: LOCK_REASONS[write.reason] } : {}),
        }),
      );
    case 'unlock':
      return send(op('unlockLockable', 'UnlockLockableInput', { lockableId: id }));
    case 'addAssignees':
    case 'removeAssignees':
    case 'requestReviewers': {
      const userIds: string[] = [];
      for (const login of write.logins) {
        const user = ids.user(login);
        if (!user.ok) return failed(user.errors);
        userIds.push(user.value);
      }
      if (write.kind === 'requestReviewers') {
        // `union`: add to the requested reviewers; without it GitHub replaces them.
        return send(op('requestReviews', 'RequestReviewsInput', { pullRequestId: id, userIds, union: true }));
      }
      if (write.kind === 'removeAssignees') {
        return send(
          op('removeAssigneesFromAssignable', 'RemoveAssigneesFromAssignableInput', {
            assignableId: id,
            assigneeIds: userIds,
          }),
        );
      }
      return send({
        ...op('addAssigneesToAssignable', 'AddAssigneesToAssignableInput', {
          assignableId: id,
          assigneeIds: userIds,
        }),
        selection: 'assignable { assignees(first: 100) { nodes { login } } }',
        verify: (payload) => droppedAssignees(payload, write.logins),
      });
    }
    case 'setMilestone': {
      let milestoneId: string | null = null;
      if (write.title !== null) {
        const milestone = ids.milestone(write.title);
        if (!milestone.ok) return failed(milestone.errors);
        if (milestone.value === null) return invalid(`milestone "${write.title}" does not exist`, 422);
        milestoneId = milestone.value;
      }
      return send(
        isPull
          ? op('updatePullRequest', 'UpdatePullRequestInput', { pullRequestId: id, milestoneId })
          : op('updateIssue', 'UpdateIssueInput', { id, milestoneId }),
      );
    }
  }
}

const DISCUSSION_CLOSE_REASONS: Record<string, string> = {
  resolved: 'RESOLVED',
  outdated: 'OUTDATED',
  duplicate: 'DUPLICATE',
};

/**
 * A discussion's mutations: its own for comments, close and reopen (`addDiscussionComment`,
 * `closeDiscussion` with a DiscussionCloseReason...), the shared Labelable and Lockable ones for
 * labels and locks. It has no assignees, milestone or reviewers.
 */
function planDiscussion(write: Write, ids: Ids): Planned {
  if (write.kind === 'updateComment') {
    return send(
      op('updateDiscussionComment', 'UpdateDiscussionCommentInput', {
        commentId: write.commentId,
        body: write.body,
      }),
    );
  }
  if (write.kind === 'addAssignees' || write.kind === 'removeAssignees')
    return invalid('discussions have no assignees', 422);
  if (write.kind === 'setMilestone') return invalid('discussions have no milestone', 422);
  if (write.kind === 'close' && !(write.reason in DISCUSSION_CLOSE_REASONS)) {
    return invalid(`a discussion closes as resolved, outdated or duplicate, not "${write.reason}"`, 422);
  }
  const item = ids.item(write.item);
  if (!item.ok) return failed(item.errors);
  const discussionId = item.value;
  switch (write.kind) {
    case 'createComment':
      return send({
        ...op('addDiscussionComment', 'AddDiscussionCommentInput', { discussionId, body: write.body }),
        selection: 'comment { id }',
        idempotent: false,
        commentBody: write.body,
        created: (payload) => (payload as { comment?: { id?: string } | null }).comment?.id,
      });
    case 'close':
      return send(
        op('closeDiscussion', 'CloseDiscussionInput', {
          discussionId,
          reason: DISCUSSION_CLOSE_REASONS[write.reason],
        }),
      );
    case 'reopen':
      return send(op('reopenDiscussion', 'ReopenDiscussionInput', { discussionId }));
    default:
      // Labels and locks: the same mutations as an issue's, on the discussion's id.
      return plan({ ...write, item: { ...write.item, type: 'issue' } }, { ...ids, item: () => item });
  }
}

function op(field: string, inputType: string, input: Record<string, unknown>): WriteOp {
  return { field, inputType, input, selection: ACK, idempotent: true };
}

/** GitHub accepts assignees who cannot be assigned (no access to the repository) and drops them. */
function droppedAssignees(payload: unknown, logins: string[]): string | null {
  const nodes = (payload as { assignable?: { assignees?: { nodes?: ({ login: string } | null)[] } } | null })
    ?.assignable?.assignees?.nodes;
  if (!nodes) return null;
  const assigned = new Set(nodes.map((n) => n?.login.toLowerCase()));
  const dropped = logins.filter((login) => !assigned.has(login.toLowerCase()));
  return dropped.length > 0
    ? `GitHub ignored ${dropped.join(', ')}; only users with access to the repository can be assigned`
    : null;
}

function quoteList(noun: string, values: string[]): string {
  return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}
