/**
 * The text of every query the provider sends, built from what the loaded rules need: a listing asks
 * for the timeline, branches, files or linked items only when `prefetch` names them, so a rules file
 * that needs none of them pays for none of them.
 */
import { projectItemsField } from '../github/projects.js';
import { pullStateFields } from './pull-state.js';
import type { FactName, ItemType } from '../../model/item.js';
import { hierarchyFields } from './hierarchy.js';

/** Every query reports its price, so the provider can track the point budget. */
export const RATE_LIMIT = 'rateLimit { cost remaining resetAt limit used }';

/** Labels per item (GitHub allows at most 100) and assignees (at most 10), in one page each. */
const LABELS = 'labels(first: 100) { nodes { id name } }';
const ASSIGNEES = 'assignees(first: 100) { nodes { login } }';
/** Linked items read within the listing; more than this leaves `linked` to facts(). */
const LINKED_IN_LISTING = 25;

export type TimelineScope = 'labels' | 'full';

/** Timeline items that say only who did what when: read as actor and time. */
const ACTOR_EVENTS = [
  'ClosedEvent',
  'ReopenedEvent',
  'AssignedEvent',
  'UnassignedEvent',
  'MilestonedEvent',
  'DemilestonedEvent',
  'LockedEvent',
  'UnlockedEvent',
  'RenamedTitleEvent',
  'PinnedEvent',
  'UnpinnedEvent',
  'TransferredEvent',
  'MarkedAsDuplicateEvent',
  'UnmarkedAsDuplicateEvent',
  'CommentDeletedEvent',
];
const PULL_ACTOR_EVENTS = [
  'ReviewRequestedEvent',
  'ReviewRequestRemovedEvent',
  'ReviewDismissedEvent',
  'ReadyForReviewEvent',
  'ConvertToDraftEvent',
  'HeadRefForcePushedEvent',
  'BaseRefChangedEvent',
  'MergedEvent',
];

/**
 * The GraphQL types of the timeline: what people do on an item. Mentions, references and
 * subscriptions are left out, as they are activity elsewhere (as the REST provider does).
 */
function timelineTypeNames(type: ItemType, scope: TimelineScope): string[] {
  if (scope === 'labels') return ['LabeledEvent', 'UnlabeledEvent'];
  const both = ['IssueComment', 'LabeledEvent', 'UnlabeledEvent', ...ACTOR_EVENTS];
  return type === 'pull_request'
    ? [...both, 'PullRequestCommit', 'PullRequestReview', ...PULL_ACTOR_EVENTS]
    : both;
}

/** Item types to read: label changes alone for `labelAppliedAt`, so more of them fit in a window. */
export function timelineTypes(type: ItemType, scope: TimelineScope): string[] {
  // LabeledEvent -> LABELED_EVENT: GitHub's item type enum names its types so.
  return timelineTypeNames(type, scope).map((t) => t.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase());
}

/** What timeline items to read for these facts; null when none of them needs the timeline. */
export function timelineScope(facts: ReadonlySet<FactName>): TimelineScope | null {
  if (facts.has('timeline')) return 'full';
  return facts.has('labelAppliedAt') ? 'labels' : null;
}

const ACTOR = '{ __typename login }';

/** Edits of the description are not timeline items; the latest one is activity all the same. */
const LAST_EDIT = `lastEditedAt editor ${ACTOR}`;

const NODE_FIELDS: Record<string, string> = {
  LabeledEvent: `createdAt actor ${ACTOR} label { name }`,
  UnlabeledEvent: `createdAt actor ${ACTOR} label { name }`,
  // The body and author tell Sift's own comments (marker, by a bot or by Sift's account) from people's;
  // an edit after posting is activity too.
  IssueComment: `createdAt author ${ACTOR} authorAssociation body lastEditedAt viewerDidAuthor`,
  PullRequestReview: `createdAt submittedAt author ${ACTOR} authorAssociation`,
  // A commit's time is when it was written; its author is a git name, and a login when GitHub knows one.
  PullRequestCommit: 'commit { authoredDate author { name user { login } } }',
};

function timelineNodes(type: ItemType, scope: TimelineScope): string {
  const parts = timelineTypeNames(type, scope).map(
    (t) => `... on ${t} { ${NODE_FIELDS[t] ?? `createdAt actor ${ACTOR}`} }`,
  );
  return `nodes { __typename ${parts.join(' ')} }`;
}

/** A comment as the marker lookups read it: whether it is Sift's, and when it was posted. */
const COMMENT = `id body createdAt viewerDidAuthor author ${ACTOR}`;

/**
 * A comment's reactions as `vetoed` reads them: GitHub's reaction groups count every reactor and say
 * whether the token's own account is one. `reactors` selects no nodes, so it costs no points.
 */
const COMMENT_REACTIONS = 'reactionGroups { content viewerHasReacted reactors { totalCount } }';

/** Reactions on the description with who and when (fact `reactions`, for `activity.reactions`). */
function reactionsField(page: string): string {
  return `reactions(${page}) { pageInfo { hasPreviousPage hasNextPage endCursor } nodes { createdAt user { login } } }`;
}

function linkedField(type: ItemType, first: number, after: boolean): string {
  const args = `first: ${first}${after ? ', after: $linkedAfter' : ''}`;
  const page = `totalCount pageInfo { hasNextPage endCursor } nodes { number state updatedAt }`;
  return type === 'pull_request'
    ? `closingIssuesReferences(${args}) { ${page} }`
    : `closedByPullRequestsReferences(${args}, includeClosedPrs: true) { ${page} }`;
}

export interface ListOptions {
  /** Timeline items (and reactions) read with each item. */
  timelineDepth: number;
  /** Newest comments read with each item, so Sift's own are known without a request; 0: none. */
  commentDepth?: number;
  /** Those comments carry their reaction groups (for `vetoed`, see rule-comments.ts). */
  commentReactions?: boolean;
  /** Read each item's projects with these fields' values (fact `projects`); absent: not read. */
  projectFields?: readonly string[];
}

/** The fields of one item in a listing. */
function itemFields(
  type: ItemType,
  facts: ReadonlySet<FactName>,
  { timelineDepth, commentDepth = 0, commentReactions = false, projectFields }: ListOptions,
): string {
  const comment = commentReactions ? `${COMMENT} ${COMMENT_REACTIONS}` : COMMENT;
  const fields = [
    '__typename id number title body state locked url createdAt updatedAt closedAt authorAssociation',
    `author ${ACTOR}`,
    LABELS,
    ASSIGNEES,
    'milestone { title }',
    commentDepth > 0
      ? `comments(last: ${commentDepth}) { totalCount pageInfo { hasPreviousPage } nodes { ${comment} } }`
      : 'comments { totalCount }',
    'reactionGroups { content reactors { totalCount } }',
  ];
  if (type === 'pull_request') fields.push('isDraft');
  // Without enableDuplicate GitHub reports an issue closed as a duplicate as NOT_PLANNED.
  else fields.push('stateReason(enableDuplicate: true)');
  const scope = timelineScope(facts);
  if (scope) {
    const types = timelineTypes(type, scope).join(', ');
    // The newest items: a label's latest application is what `labelAppliedAt` needs. Whether older
    // ones exist is `hasPreviousPage` (exact for `last`), not totalCount (whose filtering varies).
    fields.push(
      `timelineItems(last: ${timelineDepth}, itemTypes: [${types}]) { pageInfo { hasPreviousPage } ${timelineNodes(type, scope)} }`,
    );
    if (scope === 'full') fields.push(LAST_EDIT);
  }
  if (facts.has('reactions')) fields.push(reactionsField(`last: ${timelineDepth}`));
  if (type === 'pull_request' && facts.has('branches'))
    fields.push('baseRefName headRefName isCrossRepository');
  if (type === 'pull_request' && facts.has('files'))
    fields.push('files(first: 100) { pageInfo { hasNextPage } nodes { path } }');
  if (facts.has('linked')) fields.push(linkedField(type, LINKED_IN_LISTING, false));
  if (type === 'pull_request') fields.push(...pullStateFields(facts));
  if (type === 'issue') fields.push(...hierarchyFields(facts));
  if (projectFields) fields.push(projectItemsField(projectFields));
  return fields.join('\n      ');
}

const GRAPHQL_TYPE: Record<Exclude<ItemType, 'discussion'>, 'Issue' | 'PullRequest'> = {
  issue: 'Issue',
  pull_request: 'PullRequest',
};

/** The repository field that reads one item of this type by number. */
export function itemField(type: ItemType): 'issue' | 'pullRequest' | 'discussion' {
  return type === 'pull_request' ? 'pullRequest' : type;
}

/**
 * One page of issues or of pull requests, oldest first. Variables: owner, name, first, after, states.
 * Cursors are stable while items change, so closing an item mid-walk shifts nothing.
 */
export function listQuery(
  type: Exclude<ItemType, 'discussion'>,
  facts: ReadonlySet<FactName>,
  options: ListOptions,
): string {
  const isPull = type === 'pull_request';
  const connection = isPull ? 'pullRequests' : 'issues';
  const stateType = isPull ? 'PullRequestState' : 'IssueState';
  return `query Sift${isPull ? 'PullRequests' : 'Issues'}($owner: String!, $name: String!, $first: Int!, $after: String, $states: [${stateType}!]) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    items: ${connection}(first: $first, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...SiftItem }
    }
  }
}
fragment SiftItem on ${GRAPHQL_TYPE[type]} {
      ${itemFields(type, facts, options)}
}`;
}

/** Which connections a facts query reads; each one present is read from its `after` variable. */
export interface FactsParts {
  timeline?: TimelineScope;
  /** Reactions on the description, as activity (with the full timeline). */
  reactions?: boolean;
  files?: boolean;
  branches?: boolean;
  linked?: boolean;
  /** Sub-issues and the parent (issues only; one page holds them all). */
  hierarchy?: ReadonlySet<FactName>;
  /** A pull request's state, reviews and checks (pull-state.ts). */
  pullState?: ReadonlySet<FactName>;
}

/**
 * Facts of one item in one request: all the connections the facts need, oldest first, 100 a page.
 * A connection with more pages is asked for again alone, from its cursor (variables timelineAfter,
 * reactionsAfter, filesAfter, linkedAfter).
 */
export function factsQuery(type: ItemType, parts: FactsParts): string {
  const isPull = type === 'pull_request';
  const fields = ['__typename id'];
  if (parts.timeline) {
    const types = timelineTypes(type, parts.timeline).join(', ');
    fields.push(
      `timelineItems(first: 100, after: $timelineAfter, itemTypes: [${types}]) { pageInfo { hasNextPage endCursor } ${timelineNodes(type, parts.timeline)} }`,
    );
    if (parts.timeline === 'full') fields.push(LAST_EDIT);
  }
  if (parts.reactions) fields.push(reactionsField('first: 100, after: $reactionsAfter'));
  if (isPull && parts.branches) fields.push('baseRefName headRefName isCrossRepository');
  if (isPull && parts.files) {
    fields.push(
      'files(first: 100, after: $filesAfter) { pageInfo { hasNextPage endCursor } nodes { path } }',
    );
  }
  if (parts.linked) fields.push(linkedField(type, 100, true));
  if (isPull && parts.pullState) fields.push(...pullStateFields(parts.pullState));
  if (!isPull && parts.hierarchy) fields.push(...hierarchyFields(parts.hierarchy));
  const variables = [
    '$owner: String!',
    '$name: String!',
    '$number: Int!',
    ...(parts.timeline ? ['$timelineAfter: String'] : []),
    ...(parts.reactions ? ['$reactionsAfter: String'] : []),
    ...(isPull && parts.files ? ['$filesAfter: String'] : []),
    ...(parts.linked ? ['$linkedAfter: String'] : []),
  ];
  return `query SiftFacts(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${isPull ? 'pullRequest' : 'issue'}(number: $number) {
      ${fields.join('\n      ')}
    }
  }
}`;
}

/** An item's comments, oldest first, 100 a page (variables owner, name, number, after). */
export function commentsQuery(type: ItemType): string {
  return `query SiftComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT} } }
    }
  }
}`;
}

/**
 * An item's comments with their thumbs-down counts, oldest first, 100 a page (for `vetoed`, when the
 * listing's newest comments did not decide): Sift's own reaction, if any, is taken off the count
 * without a request per comment.
 */
export function ruleCommentsQuery(type: ItemType): string {
  return `query SiftRuleComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ${COMMENT} ${COMMENT_REACTIONS} }
      }
    }
  }
}`;
}

/** The newest comments of an item: whether a comment went through before a failed batch. */
export function recentCommentsQuery(type: ItemType): string {
  return `query SiftRecentComments($owner: String!, $name: String!, $number: Int!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(last: 100) { nodes { body } }
    }
  }
}`;
}

/**
 * Comments of several items in one query, aliased i0, i1, ...: the oldest 100 of each, or the newest
 * 100 for an item looked up with `newest` (a comment cycle's comments are the item's latest ones).
 */
export function firstCommentsQuery(
  items: readonly { type: ItemType; number: number; newest?: boolean }[],
): string {
  const fields = items
    .map(
      (item, k) =>
        `i${k}: ${itemField(item.type)}(number: ${Number(item.number)}) { comments(${item.newest ? 'last' : 'first'}: 100) { nodes { ${COMMENT} } } }`,
    )
    .join('\n    ');
  return `query SiftFirstComments($owner: String!, $name: String!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
}

/** The repository's milestones, 100 a page (variables owner, name, after). */
export function milestonesQuery(): string {
  return `query SiftMilestones($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    milestones(first: 100, after: $after, states: [OPEN, CLOSED]) { pageInfo { hasNextPage endCursor } nodes { id title } }
  }
}`;
}

export interface LookupRequest {
  items: { alias: string; type: ItemType }[];
  labels: string[];
  users: string[];
}

/**
 * Node ids for a batch of writes, in one request: `i<k>` items (variables of the same name, Int),
 * `l<k>` labels and `u<k>` users (String), plus the repository's own id (to create labels).
 */
export function lookupQuery({ items, labels, users }: LookupRequest): string {
  const variables = [
    '$owner: String!',
    '$name: String!',
    ...items.map((i) => `$${i.alias}: Int!`),
    ...labels.map((alias) => `$${alias}: String!`),
    ...users.map((alias) => `$${alias}: String!`),
  ];
  const inRepository = [
    'id',
    ...items.map((i) => `${i.alias}: ${itemField(i.type)}(number: $${i.alias}) { id }`),
    ...labels.map((alias) => `${alias}: label(name: $${alias}) { id name }`),
  ];
  return `query SiftLookup(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${inRepository.join('\n    ')}
  }
  ${users.map((alias) => `${alias}: user(login: $${alias}) { id login }`).join('\n  ')}
}`;
}

export interface MutationOp {
  /** Mutation field, e.g. `addLabelsToLabelable`. */
  field: string;
  /** Its input type, e.g. `AddLabelsToLabelableInput`. */
  inputType: string;
  input: Record<string, unknown>;
  /** What to read back from the payload. */
  selection: string;
}

/**
 * Several mutations in one request, aliased `m0`, `m1`... with inputs `$m0`, `$m1`... GitHub runs
 * them one after the other, in this order; one failing does not undo or stop the others.
 */
export function mutationDocument(name: string, ops: readonly MutationOp[]): string {
  const variables = ops.map((op, k) => `$m${k}: ${op.inputType}!`).join(', ');
  const fields = ops.map((op, k) => `m${k}: ${op.field}(input: $m${k}) { ${op.selection} }`).join('\n  ');
  return `mutation ${name}(${variables}) {\n  ${fields}\n}`;
}
