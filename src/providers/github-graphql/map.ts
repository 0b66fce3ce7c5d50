/**
 * GitHub's GraphQL nodes -> Sift's Item and facts. The same item read through REST and through
 * GraphQL must come out equal: GraphQL names bots by their app slug (`dependabot`), REST by their
 * account (`dependabot[bot]`), so bot logins get their suffix back here.
 */
import { keyedRecord } from '../../model/records.js';
import type {
  ActivityEvent,
  ActivityKind,
  FactName,
  Item,
  ItemFacts,
  ItemType,
  LinkedItem,
} from '../../model/item.js';
import { firstAfter } from '../github/comment-memo.js';
import { issueClosedAs } from '../github/close-reason.js';
import type { OwnComment } from '../provider.js';
import { hierarchyFacts } from './hierarchy.js';
import { pullStateFacts } from './pull-state.js';
import type {
  ActorNode,
  CommentNode,
  ItemNode,
  LinkedNode,
  Page,
  ReactionNode,
  TimelineNode,
} from './types.js';

/** The marker every Sift comment carries (`<!-- sift:rule=ID -->`). */
const SIFT_MARKER = /<!-- sift:rule=[^>]*-->/;

/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by the
 * account Sift runs as (`viewerDidAuthor`). A person who pastes a marker, or another bot that quotes
 * one (a CI bot echoing a title), is commenting.
 */
export function isSiftComment(
  node: { body?: string; author?: ActorNode | null; viewerDidAuthor?: boolean },
  marker?: string,
): boolean {
  if (node.body === undefined) return false;
  if (marker === undefined ? !SIFT_MARKER.test(node.body) : !node.body.includes(marker)) return false;
  return node.viewerDidAuthor === true;
}

/** A comment node as an OwnComment, if it is Sift's (see isSiftComment). */
export function ownComment(node: CommentNode | null, marker?: string): OwnComment | null {
  if (!node || !isSiftComment(node, marker)) return null;
  return { id: node.id, body: node.body, createdAt: node.createdAt };
}

/** The oldest of Sift's comments with `marker` posted at or after `since` (any time when absent); oldest first in. */
export function firstOwnAfter(
  nodes: readonly (CommentNode | OwnComment | null)[],
  marker: string,
  since?: string,
): OwnComment | null {
  const own = nodes.map((node) => (node && 'author' in node ? ownComment(node, marker) : node));
  return firstAfter(
    own.filter((c) => c !== null),
    marker,
    since,
  );
}

export function itemType(node: { __typename: string }): ItemType {
  return node.__typename === 'PullRequest' ? 'pull_request' : 'issue';
}

/** REST's login for an actor: bots keep their `[bot]` suffix; a deleted account is "ghost". */
export function loginOf(actor: ActorNode | null | undefined): string {
  if (!actor) return 'ghost';
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}

export function isBotActor(actor: ActorNode | null | undefined): boolean {
  return actor?.__typename === 'Bot' || (actor?.login.endsWith('[bot]') ?? false);
}

export function nodesOf<T>(page: Page<T> | null | undefined): T[] {
  return (page?.nodes ?? []).filter((n): n is T => n !== null);
}

/** The reactions of an issue, pull request or discussion, from its reaction groups. */
export function reactionsOf(node: Pick<ItemNode, 'reactionGroups'>): Item['reactions'] {
  const groups = node.reactionGroups ?? [];
  return {
    total: groups.reduce((sum, g) => sum + g.reactors.totalCount, 0),
    thumbsUp: groups.find((g) => g.content === 'THUMBS_UP')?.reactors.totalCount ?? 0,
  };
}

export function toItem(node: ItemNode): Item {
  const type = itemType(node);
  return {
    type,
    number: node.number,
    title: node.title,
    body: node.body ?? '',
    state: node.state === 'OPEN' ? 'open' : 'closed',
    draft: type === 'pull_request' ? (node.isDraft ?? false) : false,
    locked: node.locked,
    author: loginOf(node.author),
    authorAssociation: node.authorAssociation,
    labels: nodesOf(node.labels).map((l) => l.name),
    assignees: nodesOf(node.assignees).map((a) => a.login),
    milestone: node.milestone?.title ?? null,
    comments: node.comments.totalCount,
    reactions: reactionsOf(node),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    closedAt: node.closedAt,
    // Asked for with `enableDuplicate: true` (query.ts); without it GitHub says NOT_PLANNED for duplicates.
    closedAs: type === 'issue' && node.state === 'CLOSED' ? issueClosedAs(node.stateReason) : null,
    url: node.url,
  };
}

/**
 * The facts a listing node carries completely. A timeline cut off by `last: N` still gives
 * `labelAppliedAt` when every label on the item was applied within the window (a label's latest
 * application is the only one that counts); otherwise the fact is left out and fetched per item.
 */
export function listedFacts(node: ItemNode, wanted: ReadonlySet<FactName>): ItemFacts | undefined {
  const type = itemType(node);
  const facts: ItemFacts = {};
  if (node.timelineItems && (wanted.has('timeline') || wanted.has('labelAppliedAt'))) {
    const events = toActivity(nodesOf(node.timelineItems));
    const complete = node.timelineItems.pageInfo?.hasPreviousPage === false;
    if (wanted.has('timeline') && complete) facts.timeline = withLastEdit(events, node);
    if (wanted.has('labelAppliedAt')) {
      const applied = complete
        ? labelAppliedAt(events)
        : appliedWithin(
            events,
            nodesOf(node.labels).map((l) => l.name),
          );
      if (applied) facts.labelAppliedAt = applied;
    }
  }
  if (wanted.has('reactions') && node.reactions?.pageInfo?.hasPreviousPage === false) {
    facts.reactions = reactionActivity(nodesOf(node.reactions));
  }
  if (wanted.has('branches')) {
    if (type === 'issue') facts.branches = null;
    else if (node.baseRefName !== undefined) facts.branches = branchesOf(node);
  }
  if (wanted.has('files')) {
    if (type === 'issue') facts.files = [];
    else if (node.files?.pageInfo?.hasNextPage === false)
      facts.files = nodesOf(node.files).map((f) => f.path);
  }
  if (wanted.has('linked')) {
    const page = type === 'issue' ? node.closedByPullRequestsReferences : node.closingIssuesReferences;
    const linked = nodesOf(page);
    if (page?.pageInfo?.hasNextPage === false) facts.linked = toLinked(type, linked);
  }
  Object.assign(facts, hierarchyFacts(node, type === 'issue', wanted));
  Object.assign(facts, pullStateFacts(node, wanted, type === 'pull_request', true));
  return Object.keys(facts).length > 0 ? facts : undefined;
}

export function branchesOf(node: Pick<ItemNode, 'baseRefName' | 'headRefName' | 'isCrossRepository'>): {
  base: string;
  head: string;
  fork: boolean;
} {
  return {
    base: node.baseRefName ?? '',
    head: node.headRefName ?? '',
    fork: node.isCrossRepository ?? false,
  };
}

/** An issue's linked items are pull requests; a pull request's are issues. */
export function toLinked(type: ItemType, nodes: LinkedNode[]): LinkedItem[] {
  return nodes.map((n) => ({
    type: type === 'issue' ? 'pull_request' : 'issue',
    number: n.number,
    state: n.state === 'OPEN' ? 'open' : 'closed',
    updatedAt: n.updatedAt,
  }));
}

const KINDS: Record<string, ActivityKind> = {
  IssueComment: 'comment',
  LabeledEvent: 'labeled',
  UnlabeledEvent: 'unlabeled',
  ClosedEvent: 'closed',
  ReopenedEvent: 'reopened',
  AssignedEvent: 'assigned',
  UnassignedEvent: 'unassigned',
  MilestonedEvent: 'milestoned',
  DemilestonedEvent: 'milestoned',
  LockedEvent: 'locked',
  UnlockedEvent: 'unlocked',
  RenamedTitleEvent: 'edited',
  PullRequestCommit: 'commit',
  HeadRefForcePushedEvent: 'commit',
  PullRequestReview: 'review',
  // A merge closes the pull request (GitHub lists a ClosedEvent beside it too, as REST does).
  MergedEvent: 'closed',
};

/**
 * Timeline items (oldest first) -> activity events; items of types Sift does not read are dropped. A
 * comment edited after it was posted adds an `edited` event at `lastEditedAt`, by its author, Sift's
 * when the comment is; the events come out oldest first.
 */
export function toActivity(nodes: TimelineNode[]): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  let edits = false;
  for (const node of nodes) {
    if (node.__typename === 'PullRequestCommit') {
      if (!node.commit) continue;
      const author = node.commit.author;
      const actor = author?.user?.login ?? author?.name ?? 'ghost';
      // A git author is no account: only a `[bot]` name tells a bot, and the engine checks names itself.
      events.push({ kind: 'commit', at: node.commit.authoredDate, actor, actorIsBot: false });
      continue;
    }
    const at = node.submittedAt ?? node.createdAt;
    if (!at) continue;
    const who = node.actor ?? node.author ?? null;
    const event: ActivityEvent = {
      kind: KINDS[node.__typename] ?? 'other',
      at,
      actor: loginOf(who),
      actorIsBot: isBotActor(who),
    };
    if (node.label) event.label = node.label.name;
    if (node.authorAssociation) event.association = node.authorAssociation;
    if (node.__typename === 'IssueComment' && isSiftComment(node)) event.bySift = true;
    events.push(event);
    if (
      node.__typename === 'IssueComment' &&
      node.lastEditedAt &&
      Date.parse(node.lastEditedAt) > Date.parse(at)
    ) {
      events.push({ ...event, kind: 'edited', at: node.lastEditedAt });
      edits = true;
    }
  }
  // Stable: an edit goes after everything up to its time, in the order GitHub listed the rest.
  return edits ? events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) : events;
}

/** Reactions on the description as activity of kind `reaction`. */
export function reactionActivity(nodes: ReactionNode[]): ActivityEvent[] {
  return nodes.map((r) => {
    const actor = r.user?.login ?? 'ghost';
    return { kind: 'reaction', at: r.createdAt, actor, actorIsBot: actor.endsWith('[bot]') };
  });
}

/**
 * The timeline with the latest edit of the description in its place: GitHub lists edits apart from
 * the timeline, and only the latest (`lastEditedAt`, `editor`) comes with the item.
 */
export function withLastEdit(
  events: ActivityEvent[],
  node: { lastEditedAt?: string | null; editor?: ActorNode | null },
): ActivityEvent[] {
  if (!node.lastEditedAt) return events;
  const edit: ActivityEvent = {
    kind: 'edited',
    at: node.lastEditedAt,
    actor: loginOf(node.editor),
    actorIsBot: isBotActor(node.editor),
  };
  const at = Date.parse(edit.at);
  const index = events.findIndex((e) => Date.parse(e.at) > at);
  return index < 0 ? [...events, edit] : [...events.slice(0, index), edit, ...events.slice(index)];
}

/**
 * When each label now on the item was last applied, from its complete label history (oldest first):
 * a label is on the item if its last labeled/unlabeled event is `labeled`. Names match
 * case-insensitively, as GitHub's do.
 */
export function labelAppliedAt(events: ActivityEvent[]): Record<string, string> {
  const latest = new Map<string, { name: string; at: string } | null>();
  for (const event of events) {
    if (!event.label) continue;
    const key = event.label.toLowerCase();
    if (event.kind === 'labeled') latest.set(key, { name: event.label, at: event.at });
    else if (event.kind === 'unlabeled') latest.set(key, null);
  }
  const applied = keyedRecord<string>();
  for (const entry of latest.values()) if (entry) applied[entry.name] = entry.at;
  return applied;
}

/** labelAppliedAt from the newest part of a history: known only if each current label was applied in it. */
function appliedWithin(events: ActivityEvent[], labels: string[]): Record<string, string> | null {
  const applied = labelAppliedAt(events);
  const byKey = new Map(Object.entries(applied).map(([name, at]) => [name.toLowerCase(), { name, at }]));
  const result: Record<string, string> = {};
  for (const label of labels) {
    const entry = byKey.get(label.toLowerCase());
    if (!entry) return null;
    result[entry.name] = entry.at;
  }
  return result;
}
