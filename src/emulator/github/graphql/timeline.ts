/**
 * `timelineItems` of an issue or pull request: the store's issue events and comments, and the entries
 * only seeding creates (commits, reviews, cross-references, other events), oldest first. Same-second
 * entries come as GitHub's REST timeline lists them: events, then comments, then seeded entries.
 */
import type { EventRecord, IssueRecord, RepoStore } from '../store.js';
import { ascending, connection, type ConnectionArgs } from './connection.js';
import type { RequestContext } from './context.js';
import { notEmulated } from './errors.js';
import { extrasOf, type StoreTimelineEntry } from './extras.js';
import { nodeId } from './ids.js';
import { actorView, commentView, itemView, labelView, lockReasonEnum, userView, type View } from './views.js';

export interface TimelineArgs extends ConnectionArgs {
  itemTypes?: string[] | null;
  since?: string | null;
  skip?: number | null;
}

/** REST event names -> GraphQL timeline types. Events without one are not on the GraphQL timeline. */
const EVENT_TYPES: Record<string, string> = {
  labeled: 'LabeledEvent',
  unlabeled: 'UnlabeledEvent',
  closed: 'ClosedEvent',
  reopened: 'ReopenedEvent',
  assigned: 'AssignedEvent',
  unassigned: 'UnassignedEvent',
  milestoned: 'MilestonedEvent',
  demilestoned: 'DemilestonedEvent',
  locked: 'LockedEvent',
  unlocked: 'UnlockedEvent',
  renamed: 'RenamedTitleEvent',
  pinned: 'PinnedEvent',
  unpinned: 'UnpinnedEvent',
  transferred: 'TransferredEvent',
  marked_as_duplicate: 'MarkedAsDuplicateEvent',
  unmarked_as_duplicate: 'UnmarkedAsDuplicateEvent',
  comment_deleted: 'CommentDeletedEvent',
  mentioned: 'MentionedEvent',
  referenced: 'ReferencedEvent',
  subscribed: 'SubscribedEvent',
  unsubscribed: 'UnsubscribedEvent',
  connected: 'ConnectedEvent',
  disconnected: 'DisconnectedEvent',
  'cross-referenced': 'CrossReferencedEvent',
  review_requested: 'ReviewRequestedEvent',
  review_request_removed: 'ReviewRequestRemovedEvent',
  review_dismissed: 'ReviewDismissedEvent',
  ready_for_review: 'ReadyForReviewEvent',
  convert_to_draft: 'ConvertToDraftEvent',
  head_ref_force_pushed: 'HeadRefForcePushedEvent',
  base_ref_changed: 'BaseRefChangedEvent',
  merged: 'MergedEvent',
  committed: 'PullRequestCommit',
  reviewed: 'PullRequestReview',
};

/** Types only a pull request's timeline has (an issue's union lacks them). */
const PULL_ONLY = new Set([
  'ReviewRequestedEvent',
  'ReviewRequestRemovedEvent',
  'ReviewDismissedEvent',
  'ReadyForReviewEvent',
  'ConvertToDraftEvent',
  'HeadRefForcePushedEvent',
  'BaseRefChangedEvent',
  'MergedEvent',
  'PullRequestCommit',
  'PullRequestReview',
]);

interface Entry {
  /** Time, group (0 events, 1 comments, 2 seeded), then creation order: the cursor's sort key. */
  key: [string, number, number];
  /** Item type enum value, e.g. LABELED_EVENT. */
  itemType: string;
  view: () => View;
}

export function timelineConnection(
  repo: RepoStore,
  r: IssueRecord,
  args: TimelineArgs,
  ctx: RequestContext,
): View {
  if (args.skip) throw notEmulated('timelineItems(skip:)');
  const types = args.itemTypes && args.itemTypes.length > 0 ? new Set(args.itemTypes) : null;
  const since = args.since ? Date.parse(args.since) : null;
  const entries = timelineOf(repo, r).filter(
    (e) => (!types || types.has(e.itemType)) && (since === null || Date.parse(e.key[0]) >= since),
  );
  const page = connection(
    `${r.pull_request ? 'PullRequest' : 'Issue'}TimelineItemsConnection`,
    ascending(entries, (e) => e.key),
    args,
    (e) => e.view(),
    ctx,
    { updatedAt: r.updated_at, filteredCount: entries.length },
  );
  return { ...page, pageCount: page.nodes.length };
}

function timelineOf(repo: RepoStore, r: IssueRecord): Entry[] {
  const entries: Entry[] = [];
  const add = (at: string, group: number, order: number, typename: string | undefined, view: () => View) => {
    if (!typename || (PULL_ONLY.has(typename) && !r.pull_request)) return;
    entries.push({ key: [at, group, order], itemType: itemTypeOf(typename), view });
  };
  for (const event of r.events) {
    const typename = EVENT_TYPES[event.event];
    add(event.created_at, 0, event.id, typename, () => eventView(repo, r, event, typename ?? ''));
  }
  for (const comment of r.commentList) {
    add(comment.created_at, 1, comment.id, 'IssueComment', () => commentView(repo, r, comment));
  }
  (extrasOf(r).timeline ?? []).forEach((entry, index) => {
    const typename = EVENT_TYPES[entry.event];
    // A cross-reference from an item that is gone has nothing to point at.
    if (entry.event === 'cross-referenced' && !repo.issue(entry.source ?? 0)) return;
    add(entry.at, 2, index, typename, () => seededView(repo, r, entry, typename ?? '', index));
  });
  // Sorted by key: time, then group, then creation order (array order within a group).
  return entries.sort((a, b) =>
    a.key[0] < b.key[0] ? -1 : a.key[0] > b.key[0] ? 1 : a.key[1] - b.key[1] || a.key[2] - b.key[2],
  );
}

/** LabeledEvent -> LABELED_EVENT, IssueComment -> ISSUE_COMMENT (GitHub's item type enum names). */
function itemTypeOf(typename: string): string {
  return typename.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
}

function subjects(repo: RepoStore, r: IssueRecord): Record<string, () => View> {
  const subject = () => itemView(repo, r);
  return {
    labelable: subject,
    closable: subject,
    lockable: subject,
    assignable: subject,
    subject,
    pullRequest: subject,
    issue: subject,
  };
}

function eventView(repo: RepoStore, r: IssueRecord, event: EventRecord, typename: string): View {
  const view: View = {
    __typename: typename,
    id: nodeId('Event', repo.fullName, event.id),
    createdAt: event.created_at,
    actor: actorView(event.actor),
    ...subjects(repo, r),
  };
  if (event.label) view.label = labelView(repo, repo.ensureLabel(event.label.name));
  if (event.assignee) view.assignee = view.user = userView(event.assignee.login);
  if (event.requested_reviewer) view.requestedReviewer = userView(event.requested_reviewer.login);
  if (event.milestone) view.milestoneTitle = event.milestone.title;
  if (typename === 'LockedEvent') view.lockReason = lockReasonEnum(event.lock_reason);
  if (typename === 'ClosedEvent') {
    view.closer = null;
    view.stateReason = null;
  }
  if (typename === 'ReopenedEvent') view.stateReason = null;
  if (typename === 'RenamedTitleEvent' && event.rename) {
    view.previousTitle = event.rename.from;
    view.currentTitle = event.rename.to;
  }
  if (typename === 'CommentDeletedEvent') view.deletedCommentAuthor = null;
  return view;
}

function seededView(
  repo: RepoStore,
  r: IssueRecord,
  entry: StoreTimelineEntry,
  typename: string,
  index: number,
): View {
  const id = nodeId('Event', repo.fullName, `${r.number}:${index}`);
  if (typename === 'PullRequestCommit') {
    const author = entry.author ?? r.user.login;
    return {
      __typename: typename,
      id,
      pullRequest: () => itemView(repo, r),
      commit: {
        __typename: 'Commit',
        oid: entry.sha ?? '',
        message: entry.message ?? '',
        authoredDate: entry.at,
        committedDate: entry.at,
        author: { __typename: 'GitActor', name: author, email: null, date: entry.at, user: userView(author) },
      },
    };
  }
  if (typename === 'PullRequestReview') {
    return {
      __typename: typename,
      id,
      author: actorView(entry.user ?? r.user),
      // As the REST timeline's reviewed event says it (serialize-timeline.ts).
      authorAssociation: 'NONE',
      createdAt: entry.at,
      submittedAt: entry.at,
      state: (entry.state ?? 'commented').toUpperCase(),
      body: entry.body ?? '',
      pullRequest: () => itemView(repo, r),
    };
  }
  const view: View = {
    __typename: typename,
    id,
    createdAt: entry.at,
    actor: actorView(entry.actor ?? r.user),
    ...subjects(repo, r),
  };
  if (typename === 'CrossReferencedEvent') {
    const source = repo.require(entry.source ?? 0);
    Object.assign(view, {
      source: itemView(repo, source),
      referencedAt: entry.at,
      isCrossRepository: false,
      willCloseTarget: false,
      target: () => itemView(repo, r),
    });
  }
  return view;
}
