/**
 * Discussions over GitHub's GraphQL API (REST has none): the listing query, the query of one
 * discussion's history, and their mapping onto Sift's Item and activity events.
 *
 * A discussion has no timeline: GitHub records who commented, replied, edited, reacted and chose the
 * answer, but not who labelled, closed or locked it. Its activity is built from what is recorded; the
 * engine does not count an update nothing explains on a discussion (see activity.ts), so Sift's own
 * labels do not restart the clock.
 */
import { DISCUSSION_CLOSE_REASONS, type ActivityEvent, type ClosedAs, type Item } from '../../model/item.js';
import { isSiftComment, loginOf, nodesOf, reactionsOf, withLastEdit } from './map.js';
import { RATE_LIMIT } from './query.js';
import type { ActorNode, CommentNode, Page, ReactionNode } from './types.js';

export type { ReactionNode };

const ACTOR = '{ __typename login }';

/** A discussion as listed. */
export interface DiscussionNode {
  __typename: 'Discussion';
  id: string;
  number: number;
  title: string;
  body: string;
  closed: boolean;
  locked: boolean;
  url: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** RESOLVED, OUTDATED, DUPLICATE, REOPENED or null. */
  stateReason?: string | null;
  authorAssociation: string;
  author: ActorNode | null;
  labels: Page<{ id: string; name: string }> | null;
  comments: { totalCount: number };
  reactionGroups: { content: string; reactors: { totalCount: number } }[] | null;
  category: { name: string };
  /** Null where the category has no answers (not Q&A). */
  isAnswered: boolean | null;
}

/** A comment or reply as the history query reads it. */
export interface DiscussionCommentNode extends CommentNode {
  lastEditedAt: string | null;
  authorAssociation?: string;
  replies?: { nodes: (DiscussionCommentNode | null)[] | null };
}

/** One discussion's history: its comments (with replies), edit, answer and, when asked, reactions. */
export interface DiscussionHistoryNode {
  __typename: 'Discussion';
  id: string;
  lastEditedAt?: string | null;
  editor?: ActorNode | null;
  answerChosenAt?: string | null;
  answerChosenBy?: ActorNode | null;
  comments?: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (DiscussionCommentNode | null)[] | null;
  };
  reactions?: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (ReactionNode | null)[] | null;
  };
}

const LISTED_FIELDS = [
  '__typename id number title body closed locked url createdAt updatedAt closedAt stateReason authorAssociation',
  `author ${ACTOR}`,
  'labels(first: 100) { nodes { id name } }',
  'comments { totalCount }',
  'reactionGroups { content reactors { totalCount } }',
  'category { name }',
  'isAnswered',
].join('\n      ');

/**
 * One page of discussions, oldest first (`CREATED_AT ASC`: stable cursors, as for issues; GitHub's
 * default order, most recently updated first, would shift under writes). Variables: owner, name,
 * first, after, states.
 */
export function discussionListQuery(): string {
  return `query SiftDiscussions($owner: String!, $name: String!, $first: Int!, $after: String, $states: [DiscussionState!]) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    items: discussions(first: $first, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
      ${LISTED_FIELDS}
      }
    }
  }
}`;
}

/** One discussion by number, with the fields of a listing (variables owner, name, number). */
export function discussionQuery(): string {
  return `query SiftDiscussion($owner: String!, $name: String!, $number: Int!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: discussion(number: $number) {
      ${LISTED_FIELDS}
    }
  }
}`;
}

/** Replies read per comment: the newest, as the latest activity is what the clock needs. */
const REPLIES = 100;
const COMMENT = `id body createdAt lastEditedAt viewerDidAuthor author ${ACTOR} authorAssociation`;

/**
 * One discussion's history: with `comments` its comments (100 a page, from $commentsAfter) with their
 * newest replies, its latest edit and chosen answer; with `reactions` its reactions (100 a page, from
 * $reactionsAfter).
 */
export function discussionHistoryQuery(parts: { comments: boolean; reactions: boolean }): string {
  const fields = ['__typename id'];
  const variables = ['$owner: String!', '$name: String!', '$number: Int!'];
  if (parts.comments) {
    variables.push('$commentsAfter: String');
    fields.push(
      `lastEditedAt editor ${ACTOR} answerChosenAt answerChosenBy ${ACTOR}`,
      `comments(first: 100, after: $commentsAfter) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT} replies(last: ${REPLIES}) { nodes { ${COMMENT} } } } }`,
    );
  }
  if (parts.reactions) {
    variables.push('$reactionsAfter: String');
    fields.push(
      'reactions(first: 100, after: $reactionsAfter) { pageInfo { hasNextPage endCursor } nodes { createdAt user { login } } }',
    );
  }
  return `query SiftDiscussionHistory(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: discussion(number: $number) {
      ${fields.join('\n      ')}
    }
  }
}`;
}

function discussionClosedAs(reason: string | null | undefined): ClosedAs | null {
  const lower = reason?.toLowerCase();
  return DISCUSSION_CLOSE_REASONS.find((r) => r === lower) ?? null;
}

export function discussionToItem(node: DiscussionNode): Item {
  return {
    type: 'discussion',
    number: node.number,
    title: node.title,
    body: node.body ?? '',
    state: node.closed ? 'closed' : 'open',
    draft: false,
    locked: node.locked,
    author: loginOf(node.author),
    authorAssociation: node.authorAssociation,
    labels: nodesOf(node.labels).map((l) => l.name),
    assignees: [],
    milestone: null,
    comments: node.comments.totalCount,
    reactions: reactionsOf(node),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    closedAt: node.closedAt,
    closedAs: node.closed ? discussionClosedAs(node.stateReason) : null,
    url: node.url,
    discussion: { category: node.category.name, answered: node.isAnswered === true },
  };
}

/**
 * A discussion's activity, oldest first: each comment (kind `comment`, Sift's own marked) and reply
 * (kind `other`: `comments` counts top-level comments, as GitHub's count does), each edit of them by
 * their author, the answer's choice, and the description's latest edit. Reactions are a fact apart.
 */
export function discussionActivity(
  comments: readonly DiscussionCommentNode[],
  history: Pick<DiscussionHistoryNode, 'lastEditedAt' | 'editor' | 'answerChosenAt' | 'answerChosenBy'>,
): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  const add = (node: DiscussionCommentNode, kind: 'comment' | 'other') => {
    const event: ActivityEvent = {
      kind,
      at: node.createdAt,
      actor: loginOf(node.author),
      actorIsBot: isBotActor(node.author),
    };
    if (node.authorAssociation) event.association = node.authorAssociation;
    if (isSiftComment(node)) event.bySift = true;
    events.push(event);
    if (node.lastEditedAt && Date.parse(node.lastEditedAt) > Date.parse(node.createdAt))
      events.push({ ...event, kind: 'edited', at: node.lastEditedAt });
  };
  for (const comment of comments) {
    add(comment, 'comment');
    for (const reply of nodesOf(comment.replies)) add(reply, 'other');
  }
  if (history.answerChosenAt) {
    events.push({
      kind: 'other',
      at: history.answerChosenAt,
      actor: loginOf(history.answerChosenBy),
      actorIsBot: isBotActor(history.answerChosenBy),
    });
  }
  // Stable: same-time entries keep the order above.
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return withLastEdit(events, history);
}

function isBotActor(actor: ActorNode | null | undefined): boolean {
  return actor?.__typename === 'Bot' || (actor?.login.endsWith('[bot]') ?? false);
}
