/**
 * Discussions as GraphQL objects (GitHub's `Discussion`, `DiscussionComment`, `DiscussionCategory`),
 * over the emulator's discussion store. Only what Sift reads is served; any other field is answered
 * NOT_EMULATED by the endpoint, never a silent null.
 */
import { discussionsOf, type DiscussionCommentRecord, type DiscussionRecord } from '../discussions.js';
import type { RepoStore } from '../store.js';
import { ascending, descending, connection, type ConnectionArgs } from './connection.js';
import type { RequestContext } from './context.js';
import { GitHubGraphqlError, notEmulated } from './errors.js';
import { nodeId } from './ids.js';
import { actorView, commentReactionGroups, labelView, lockReasonEnum, userView, type View } from './views.js';

const WEB = 'https://github.com';

const REACTIONS: [string, string][] = [
  ['THUMBS_UP', '+1'],
  ['THUMBS_DOWN', '-1'],
  ['LAUGH', 'laugh'],
  ['HOORAY', 'hooray'],
  ['CONFUSED', 'confused'],
  ['HEART', 'heart'],
  ['ROCKET', 'rocket'],
  ['EYES', 'eyes'],
];

interface DiscussionsArgs extends ConnectionArgs {
  states?: ('OPEN' | 'CLOSED')[] | null;
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' } | null;
  answered?: boolean | null;
  categoryId?: string | null;
}

/** `repository.discussions` and `repository.discussion`, merged into the repository's view. */
export function repositoryDiscussionFields(repo: RepoStore): Record<string, unknown> {
  return {
    discussions: (args: DiscussionsArgs, ctx: RequestContext) => {
      if (args.categoryId) throw notEmulated('Repository.discussions(categoryId:)');
      const states = args.states ?? [];
      const records = discussionsOf(repo)
        .all()
        .filter(
          (d) =>
            (states.length === 0 || states.includes(d.state === 'open' ? 'OPEN' : 'CLOSED')) &&
            (args.answered === null || args.answered === undefined || args.answered === (d.answer !== null)),
        );
      // GitHub's default order is UPDATED_AT DESC; Sift asks for CREATED_AT ASC (stable cursors).
      const field = args.orderBy?.field ?? 'UPDATED_AT';
      const key = (d: DiscussionRecord) => [field === 'CREATED_AT' ? d.created_at : d.updated_at, d.number];
      const sorted = [...records].sort((a, b) => compareKeys(key(a), key(b)));
      const direction = args.orderBy?.direction ?? 'DESC';
      const list = direction === 'DESC' ? descending(sorted, key) : ascending(sorted, key);
      return connection('DiscussionConnection', list, args, (d) => discussionView(repo, d), ctx);
    },
    discussion: ({ number }: { number: number }) => {
      const record = discussionsOf(repo).get(number);
      if (!record) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a Discussion with the number of ${number}.`,
        );
      }
      return discussionView(repo, record);
    },
  };
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

export function discussionUrl(repo: RepoStore, d: DiscussionRecord): string {
  return `${WEB}/${repo.fullName}/discussions/${d.number}`;
}

export function discussionView(repo: RepoStore, d: DiscussionRecord): View {
  const url = discussionUrl(repo, d);
  const latestEdit = d.edits[d.edits.length - 1];
  const answer = d.answer === null ? undefined : discussionsOf(repo).comment(d.answer);
  return {
    __typename: 'Discussion',
    id: nodeId('Discussion', repo.fullName, d.number),
    databaseId: d.id,
    number: d.number,
    title: d.title,
    body: d.body,
    closed: d.state === 'closed',
    closedAt: d.closed_at,
    stateReason: d.state_reason ? d.state_reason.toUpperCase() : null,
    locked: d.locked,
    activeLockReason: lockReasonEnum(d.active_lock_reason),
    author: actorView(d.user),
    authorAssociation: d.author_association,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    lastEditedAt: latestEdit?.at ?? null,
    editor: latestEdit ? actorView(latestEdit.editor) : null,
    url,
    resourcePath: url.slice(WEB.length),
    category: {
      __typename: 'DiscussionCategory',
      id: nodeId('Event', repo.fullName, `category:${d.category.slug}`),
      name: d.category.name,
      slug: d.category.slug,
      isAnswerable: d.category.answerable,
    },
    isAnswered: d.category.answerable ? d.answer !== null : null,
    answer: answer ? commentView(repo, d, answer) : null,
    answerChosenAt: d.answer_chosen_at,
    answerChosenBy: d.answer_chosen_by ? actorView(d.answer_chosen_by) : null,
    // In the order they were applied, which is the default CREATED_AT ASC; other orders are not emulated.
    labels: (
      args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null },
      ctx: RequestContext,
    ) => {
      if (args.orderBy && (args.orderBy.field !== 'CREATED_AT' || args.orderBy.direction !== 'ASC'))
        throw notEmulated(`Discussion.labels(orderBy: ${args.orderBy.field} ${args.orderBy.direction})`);
      return connection(
        'LabelConnection',
        ascending(
          d.labels.map((name, index) => ({ name, index })),
          (l) => [l.index],
        ),
        args,
        (l) => labelView(repo, repo.ensureLabel(l.name)),
        ctx,
      );
    },
    comments: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'DiscussionCommentConnection',
        ascending(d.comments, (c) => [c.id]),
        args,
        (c) => commentView(repo, d, c),
        ctx,
      ),
    reactionGroups: REACTIONS.map(([content, rest]) => {
      const count = { __typename: 'ReactorConnection', totalCount: d.reactions[rest] ?? 0 };
      return {
        __typename: 'ReactionGroup',
        content,
        createdAt: null,
        viewerHasReacted: false,
        reactors: () => count,
        users: () => ({ ...count, __typename: 'ReactingUserConnection' }),
      };
    }),
    reactions: (
      args: ConnectionArgs & { content?: string | null; orderBy?: unknown },
      ctx: RequestContext,
    ) => {
      if (args.orderBy) throw notEmulated('Discussion.reactions(orderBy:)');
      const names = args.content ? REACTIONS.filter(([c]) => c === args.content) : REACTIONS;
      const contents = new Set(names.map(([, rest]) => rest));
      const list = d.reactionList.filter((r) => contents.has(r.content));
      return connection(
        'ReactionConnection',
        ascending(list, (r) => [r.created_at, r.id]),
        args,
        (r) => ({
          __typename: 'Reaction',
          id: nodeId('Event', repo.fullName, `reaction:${r.id}`),
          content: REACTIONS.find(([, rest]) => rest === r.content)?.[0] ?? 'THUMBS_UP',
          createdAt: r.created_at,
          user: userView(r.user.login),
        }),
        ctx,
        { totalCount: list.length, viewerHasReacted: false },
      );
    },
    viewerDidAuthor: (_: unknown, ctx: RequestContext) => d.user.login === ctx.actor,
  };
}

export function commentView(repo: RepoStore, d: DiscussionRecord, c: DiscussionCommentRecord): View {
  const store = discussionsOf(repo);
  const parent = c.replyTo === null ? undefined : store.comment(c.replyTo);
  return {
    __typename: 'DiscussionComment',
    id: nodeId('DiscussionComment', repo.fullName, c.id),
    databaseId: c.id,
    body: c.body,
    author: actorView(c.user),
    authorAssociation: c.author_association,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    lastEditedAt: c.updated_at === c.created_at ? null : c.updated_at,
    // Only the author edits a comment in the emulator.
    editor: c.updated_at === c.created_at ? null : actorView(c.user),
    isAnswer: d.answer === c.id,
    isMinimized: false,
    url: `${discussionUrl(repo, d)}#discussioncomment-${c.id}`,
    viewerDidAuthor: (_: unknown, ctx: RequestContext) => c.user.login === ctx.actor,
    reactionGroups: () => commentReactionGroups(c.reactionList ?? []),
    discussion: () => discussionView(repo, d),
    replyTo: parent ? commentView(repo, d, parent) : null,
    replies: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'DiscussionCommentConnection',
        ascending(c.replies, (r) => [r.id]),
        args,
        (r) => commentView(repo, d, r),
        ctx,
      ),
  };
}
