/**
 * The mutations Sift sends, applied through the same RepoStore methods the REST routes use (events,
 * `updated_at` and listing caches stay right, and REST reads see every change), attributed to the
 * emulator's login.
 */
import { encodeCursor } from './connection.js';
import type { RequestContext } from './context.js';
import { GitHubGraphqlError, notEmulated } from './errors.js';
import { decodeNodeId, type NodeKind } from './ids.js';
import { commentView, itemView, labelView, type View } from './views.js';
import { discussionsOf, type DiscussionRecord } from '../discussions.js';
import { commentView as discussionCommentView, discussionView } from './discussion-views.js';
import type { IssueRecord, LabelRecord, RepoStore } from '../store.js';
import type { IssueLockReason, StateReason } from '../records.js';
import { projectMutations } from './project-mutations.js';

interface Input {
  clientMutationId?: string | null;
}
type Args<T> = { input: T & Input };

const FORBIDDEN = 'Resource not accessible by integration';

const LOCK_REASONS: Record<string, IssueLockReason> = {
  OFF_TOPIC: 'off-topic',
  TOO_HEATED: 'too heated',
  RESOLVED: 'resolved',
  SPAM: 'spam',
};

export function mutationRoot(): View {
  return {
    __typename: 'Mutation',
    ...projectMutations(),
    addLabelsToLabelable: (
      { input }: Args<{ labelableId: string; labelIds: string[] }>,
      ctx: RequestContext,
    ) => {
      const discussion = writableDiscussion(ctx, input.labelableId);
      if (discussion) {
        const { repo, record } = discussion;
        discussionsOf(repo).addLabels(
          record.number,
          input.labelIds.map((id) => labelById(repo, id).name),
        );
        return payload('AddLabelsToLabelablePayload', input, { labelable: discussionView(repo, record) });
      }
      const { repo, record } = writable(ctx, input.labelableId);
      const names = input.labelIds.map((id) => labelById(repo, id).name);
      repo.addLabels(record.number, names, ctx.actor);
      return payload('AddLabelsToLabelablePayload', input, { labelable: itemView(repo, record) });
    },
    removeLabelsFromLabelable: (
      { input }: Args<{ labelableId: string; labelIds: string[] }>,
      ctx: RequestContext,
    ) => {
      const discussion = writableDiscussion(ctx, input.labelableId);
      if (discussion) {
        const { repo, record } = discussion;
        for (const id of input.labelIds)
          discussionsOf(repo).removeLabel(record.number, labelById(repo, id).name);
        return payload('RemoveLabelsFromLabelablePayload', input, {
          labelable: discussionView(repo, record),
        });
      }
      const { repo, record } = writable(ctx, input.labelableId);
      for (const id of input.labelIds) {
        const { name } = labelById(repo, id);
        // Unlike REST's DELETE (404 "Label does not exist"), removing a label that is not there is a no-op.
        if (record.labels.some((l) => l.toLowerCase() === name.toLowerCase()))
          repo.removeLabel(record.number, name, ctx.actor);
      }
      return payload('RemoveLabelsFromLabelablePayload', input, { labelable: itemView(repo, record) });
    },
    createLabel: (
      { input }: Args<{ repositoryId: string; name: string; color: string; description?: string | null }>,
      ctx: RequestContext,
    ) => {
      if (ctx.readOnly) throw new GitHubGraphqlError('FORBIDDEN', FORBIDDEN);
      const repo = repoById(ctx, input.repositoryId);
      if (repo.labels().some((l) => l.name.toLowerCase() === input.name.toLowerCase())) {
        throw new GitHubGraphqlError('UNPROCESSABLE', 'Name has already been taken');
      }
      if (!/^[0-9a-f]{6}$/i.test(input.color))
        throw new GitHubGraphqlError('UNPROCESSABLE', 'Color is invalid');
      const label = repo.ensureLabel(input.name, input.color.toLowerCase());
      label.description = input.description ?? null;
      return payload('CreateLabelPayload', input, { label: labelView(repo, label) });
    },
    addComment: ({ input }: Args<{ subjectId: string; body: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.subjectId);
      if (input.body.trim() === '') throw new GitHubGraphqlError('UNPROCESSABLE', "Body can't be blank");
      const comment = repo.addComment(record.number, input.body, ctx.actor);
      return payload('AddCommentPayload', input, {
        subject: itemView(repo, record),
        commentEdge: {
          __typename: 'IssueCommentEdge',
          cursor: encodeCursor([comment.id]),
          node: commentView(repo, record, comment),
        },
      });
    },
    deleteIssueComment: ({ input }: Args<{ id: string }>, ctx: RequestContext) => {
      const decoded = decodeNodeId(input.id);
      const repo = decoded?.kind === 'IssueComment' ? ctx.store.repo(String(decoded.parts[0])) : undefined;
      const comment = repo?.comment(Number(decoded?.parts[1]));
      if (!repo || !comment) throw unresolved(input.id);
      assertWritable(ctx, repo.require(comment.issueNumber));
      repo.deleteComment(comment.id, ctx.actor);
      return payload('DeleteIssueCommentPayload', input, {});
    },
    // Reactions on issue, pull request and discussion comments (the subjects Sift reacts to); adding
    // one the viewer already has is no error, as on GitHub.
    addReaction: ({ input }: Args<{ subjectId: string; content: string }>, ctx: RequestContext) => {
      const rest = REACTION_CONTENT[input.content];
      if (!rest) throw new GitHubGraphqlError('UNPROCESSABLE', `Unknown reaction ${input.content}`);
      if (decodeNodeId(input.subjectId)?.kind === 'DiscussionComment') {
        const { repo, id } = discussionCommentRef(ctx, input.subjectId);
        const store = discussionsOf(repo);
        store.addCommentReaction(id, rest, ctx.actor);
        const comment = store.comment(id)!;
        return payload('AddReactionPayload', input, {
          subject: discussionCommentView(repo, store.require(comment.discussionNumber), comment),
          reaction: { __typename: 'Reaction', content: input.content },
        });
      }
      const { repo, record, comment } = writableComment(ctx, input.subjectId);
      repo.addCommentReaction(comment.id, rest, ctx.actor);
      return payload('AddReactionPayload', input, {
        subject: commentView(repo, record, comment),
        reaction: { __typename: 'Reaction', content: input.content },
      });
    },
    updateIssueComment: ({ input }: Args<{ id: string; body: string }>, ctx: RequestContext) => {
      const { repo, record, comment } = writableComment(ctx, input.id);
      repo.updateComment(comment.id, input.body);
      return payload('UpdateIssueCommentPayload', input, {
        issueComment: commentView(repo, record, comment),
      });
    },
    closeIssue: ({ input }: Args<{ issueId: string; stateReason?: string | null }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.issueId, ['Issue']);
      const reason = (input.stateReason?.toLowerCase() ?? 'completed') as StateReason;
      repo.update(record.number, { state: 'closed', state_reason: reason }, ctx.actor);
      return payload('CloseIssuePayload', input, { issue: itemView(repo, record) });
    },
    reopenIssue: ({ input }: Args<{ issueId: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.issueId, ['Issue']);
      repo.update(record.number, { state: 'open' }, ctx.actor);
      return payload('ReopenIssuePayload', input, { issue: itemView(repo, record) });
    },
    closePullRequest: ({ input }: Args<{ pullRequestId: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.pullRequestId, ['PullRequest']);
      repo.update(record.number, { state: 'closed' }, ctx.actor);
      return payload('ClosePullRequestPayload', input, { pullRequest: itemView(repo, record) });
    },
    reopenPullRequest: ({ input }: Args<{ pullRequestId: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.pullRequestId, ['PullRequest']);
      repo.update(record.number, { state: 'open' }, ctx.actor);
      return payload('ReopenPullRequestPayload', input, { pullRequest: itemView(repo, record) });
    },
    lockLockable: (
      { input }: Args<{ lockableId: string; lockReason?: string | null }>,
      ctx: RequestContext,
    ) => {
      const discussion = writableDiscussion(ctx, input.lockableId);
      if (discussion) {
        const { repo, record } = discussion;
        discussionsOf(repo).lock(record.number, input.lockReason ? LOCK_REASONS[input.lockReason] : null);
        return payload('LockLockablePayload', input, { lockedRecord: discussionView(repo, record) });
      }
      const { repo, record } = writable(ctx, input.lockableId);
      repo.lock(record.number, input.lockReason ? LOCK_REASONS[input.lockReason] : null, ctx.actor);
      return payload('LockLockablePayload', input, { lockedRecord: itemView(repo, record) });
    },
    unlockLockable: ({ input }: Args<{ lockableId: string }>, ctx: RequestContext) => {
      const discussion = writableDiscussion(ctx, input.lockableId);
      if (discussion) {
        const { repo, record } = discussion;
        discussionsOf(repo).unlock(record.number);
        return payload('UnlockLockablePayload', input, { unlockedRecord: discussionView(repo, record) });
      }
      const { repo, record } = writable(ctx, input.lockableId);
      repo.unlock(record.number, ctx.actor);
      return payload('UnlockLockablePayload', input, { unlockedRecord: itemView(repo, record) });
    },
    addAssigneesToAssignable: (
      { input }: Args<{ assignableId: string; assigneeIds: string[] }>,
      ctx: RequestContext,
    ) => {
      const { repo, record } = writable(ctx, input.assignableId);
      // Like REST, logins that cannot be assigned (repo.assignable) are dropped silently.
      repo.addAssignees(record.number, input.assigneeIds.map(loginOf), ctx.actor);
      return payload('AddAssigneesToAssignablePayload', input, { assignable: itemView(repo, record) });
    },
    removeAssigneesFromAssignable: (
      { input }: Args<{ assignableId: string; assigneeIds: string[] }>,
      ctx: RequestContext,
    ) => {
      const { repo, record } = writable(ctx, input.assignableId);
      repo.removeAssignees(record.number, input.assigneeIds.map(loginOf), ctx.actor);
      return payload('RemoveAssigneesFromAssignablePayload', input, { assignable: itemView(repo, record) });
    },
    updateIssue: ({ input }: Args<UpdateInput & { id: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.id, ['Issue']);
      update(ctx, repo, record, input);
      return payload('UpdateIssuePayload', input, { issue: itemView(repo, record) });
    },
    updatePullRequest: ({ input }: Args<UpdateInput & { pullRequestId: string }>, ctx: RequestContext) => {
      const { repo, record } = writable(ctx, input.pullRequestId, ['PullRequest']);
      update(ctx, repo, record, input);
      return payload('UpdatePullRequestPayload', input, { pullRequest: itemView(repo, record) });
    },
    addDiscussionComment: (
      { input }: Args<{ discussionId: string; body: string; replyToId?: string | null }>,
      ctx: RequestContext,
    ) => {
      const { repo, record } = requireDiscussion(ctx, input.discussionId);
      if (input.body.trim() === '') throw new GitHubGraphqlError('UNPROCESSABLE', "Body can't be blank");
      if (record.locked) throw new GitHubGraphqlError('UNPROCESSABLE', 'Discussion is locked');
      const replyTo = input.replyToId ? discussionCommentId(repo, input.replyToId) : null;
      const comment = discussionsOf(repo).addComment(record.number, input.body, ctx.actor, replyTo);
      return payload('AddDiscussionCommentPayload', input, {
        comment: discussionCommentView(repo, record, comment),
      });
    },
    updateDiscussionComment: ({ input }: Args<{ commentId: string; body: string }>, ctx: RequestContext) => {
      const { repo, id } = discussionCommentRef(ctx, input.commentId);
      const comment = discussionsOf(repo).updateComment(id, input.body);
      const record = discussionsOf(repo).require(comment.discussionNumber);
      return payload('UpdateDiscussionCommentPayload', input, {
        comment: discussionCommentView(repo, record, comment),
      });
    },
    deleteDiscussionComment: ({ input }: Args<{ id: string }>, ctx: RequestContext) => {
      const { repo, id } = discussionCommentRef(ctx, input.id);
      const comment = discussionsOf(repo).comment(id);
      const record = comment && discussionsOf(repo).require(comment.discussionNumber);
      discussionsOf(repo).deleteComment(id);
      return payload('DeleteDiscussionCommentPayload', input, {
        comment: comment && record ? discussionCommentView(repo, record, comment) : null,
      });
    },
    closeDiscussion: (
      { input }: Args<{ discussionId: string; reason?: string | null }>,
      ctx: RequestContext,
    ) => {
      const { repo, record } = requireDiscussion(ctx, input.discussionId);
      // The schema's default reason is RESOLVED.
      const reason = (input.reason ?? 'RESOLVED').toLowerCase() as 'resolved' | 'outdated' | 'duplicate';
      discussionsOf(repo).close(record.number, reason);
      return payload('CloseDiscussionPayload', input, { discussion: discussionView(repo, record) });
    },
    reopenDiscussion: ({ input }: Args<{ discussionId: string }>, ctx: RequestContext) => {
      const { repo, record } = requireDiscussion(ctx, input.discussionId);
      discussionsOf(repo).reopen(record.number);
      return payload('ReopenDiscussionPayload', input, { discussion: discussionView(repo, record) });
    },
    requestReviews: (
      {
        input,
      }: Args<{
        pullRequestId: string;
        userIds?: string[] | null;
        teamIds?: string[] | null;
        union?: boolean | null;
      }>,
      ctx: RequestContext,
    ) => {
      // Without `union`, GitHub replaces the requested reviewers; the store can only add them.
      if (input.union !== true) throw notEmulated('requestReviews without union: true');
      if (input.teamIds?.length) throw notEmulated('requestReviews(teamIds:)');
      const { repo, record } = writable(ctx, input.pullRequestId, ['PullRequest']);
      repo.requestReviewers(record.number, (input.userIds ?? []).map(loginOf), ctx.actor);
      return payload('RequestReviewsPayload', input, { pullRequest: itemView(repo, record) });
    },
  };
}

interface UpdateInput {
  title?: string | null;
  body?: string | null;
  milestoneId?: string | null;
  [other: string]: unknown;
}

const UPDATABLE = new Set(['id', 'pullRequestId', 'clientMutationId', 'title', 'body', 'milestoneId']);

function update(ctx: RequestContext, repo: RepoStore, record: IssueRecord, input: UpdateInput): void {
  const unsupported = Object.keys(input).filter((k) => !UPDATABLE.has(k));
  if (unsupported.length > 0) throw notEmulated(`updating ${unsupported.join(', ')}`);
  let milestone: number | null | undefined;
  // An explicit null clears the milestone; an absent field leaves it.
  if (input.milestoneId === null) milestone = null;
  else if (input.milestoneId !== undefined) milestone = milestoneNumber(repo, input.milestoneId);
  repo.update(
    record.number,
    {
      ...(milestone !== undefined ? { milestone } : {}),
      ...(typeof input.title === 'string' ? { title: input.title } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
    },
    ctx.actor,
  );
}

function payload(typename: string, input: Input, fields: Record<string, unknown>): View {
  return { __typename: typename, clientMutationId: input.clientMutationId ?? null, ...fields };
}

function unresolved(id: string): GitHubGraphqlError {
  return new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

/** The issue or pull request an id names, checked for write access. */
function writable(
  ctx: RequestContext,
  id: string,
  kinds: NodeKind[] = ['Issue', 'PullRequest'],
): { repo: RepoStore; record: IssueRecord } {
  const decoded = decodeNodeId(id);
  if (!decoded || !kinds.includes(decoded.kind)) throw unresolved(id);
  const repo = ctx.store.repo(String(decoded.parts[0]));
  const record = repo?.issue(Number(decoded.parts[1]));
  if (!repo || !record) throw unresolved(id);
  assertWritable(ctx, record);
  return { repo, record };
}

/** The discussion an id names, checked for write access; undefined when the id names no discussion. */
function writableDiscussion(
  ctx: RequestContext,
  id: string,
): { repo: RepoStore; record: DiscussionRecord } | undefined {
  if (decodeNodeId(id)?.kind !== 'Discussion') return undefined;
  return requireDiscussion(ctx, id);
}

function requireDiscussion(ctx: RequestContext, id: string): { repo: RepoStore; record: DiscussionRecord } {
  const decoded = decodeNodeId(id);
  if (decoded?.kind !== 'Discussion') throw unresolved(id);
  const repo = ctx.store.repo(String(decoded.parts[0]));
  const record = repo && discussionsOf(repo).get(Number(decoded.parts[1]));
  if (!repo || !record) throw unresolved(id);
  if (ctx.readOnly) throw new GitHubGraphqlError('FORBIDDEN', FORBIDDEN);
  return { repo, record };
}

function discussionCommentRef(ctx: RequestContext, id: string): { repo: RepoStore; id: number } {
  const decoded = decodeNodeId(id);
  const repo = decoded?.kind === 'DiscussionComment' ? ctx.store.repo(String(decoded.parts[0])) : undefined;
  if (!repo || !discussionsOf(repo).comment(Number(decoded?.parts[1]))) throw unresolved(id);
  if (ctx.readOnly) throw new GitHubGraphqlError('FORBIDDEN', FORBIDDEN);
  return { repo, id: Number(decoded?.parts[1]) };
}

function discussionCommentId(repo: RepoStore, id: string): number {
  const decoded = decodeNodeId(id);
  const number = decoded?.kind === 'DiscussionComment' ? Number(decoded.parts[1]) : NaN;
  if (!discussionsOf(repo).comment(number)) throw unresolved(id);
  return number;
}

function assertWritable(ctx: RequestContext, record: IssueRecord): void {
  if (ctx.readOnly || ctx.takeForbidden(record)) throw new GitHubGraphqlError('FORBIDDEN', FORBIDDEN);
}

function repoById(ctx: RequestContext, id: string): RepoStore {
  const decoded = decodeNodeId(id);
  const repo = decoded?.kind === 'Repository' ? ctx.store.repo(String(decoded.parts[0])) : undefined;
  if (!repo) throw unresolved(id);
  return repo;
}

function labelById(repo: RepoStore, id: string): LabelRecord {
  const decoded = decodeNodeId(id);
  const label =
    decoded?.kind === 'Label' && String(decoded.parts[0]).toLowerCase() === repo.fullName.toLowerCase()
      ? repo.labels().find((l) => l.id === decoded.parts[1])
      : undefined;
  if (!label) throw unresolved(id);
  return label;
}

function milestoneNumber(repo: RepoStore, id: string): number {
  const decoded = decodeNodeId(id);
  const number =
    decoded?.kind === 'Milestone' && String(decoded.parts[0]).toLowerCase() === repo.fullName.toLowerCase()
      ? Number(decoded.parts[1])
      : NaN;
  if (!repo.milestones.some((m) => m.number === number)) throw unresolved(id);
  return number;
}

function loginOf(id: string): string {
  const decoded = decodeNodeId(id);
  if (decoded?.kind !== 'User') throw unresolved(id);
  return String(decoded.parts[0]);
}

/** An issue or pull request comment by its node id, on an item the token may write to. */
function writableComment(ctx: RequestContext, id: string) {
  const decoded = decodeNodeId(id);
  const repo = decoded?.kind === 'IssueComment' ? ctx.store.repo(String(decoded.parts[0])) : undefined;
  const comment = repo?.comment(Number(decoded?.parts[1]));
  if (!repo || !comment) throw unresolved(id);
  const record = repo.require(comment.issueNumber);
  assertWritable(ctx, record);
  return { repo, record, comment };
}

/** GraphQL's ReactionContent as REST names it. */
const REACTION_CONTENT: Record<string, string> = {
  THUMBS_UP: '+1',
  THUMBS_DOWN: '-1',
  LAUGH: 'laugh',
  HOORAY: 'hooray',
  CONFUSED: 'confused',
  HEART: 'heart',
  ROCKET: 'rocket',
  EYES: 'eyes',
};
