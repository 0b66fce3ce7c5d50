/**
 * Commands in comments over GitHub's GraphQL API: an item's comments with command lines, newest pages
 * first until they are older than the scope, each with its `authorAssociation` and whether Sift (the
 * viewer) answered it (`viewerHasReacted` on its 👍 or 😕 group). One request per 100 comments.
 * A discussion's comments carry their replies (the newest 100 of each thread): a reply may be newer
 * than any top-level comment of a later page, so every page of a discussion is read.
 */
import { commandLines } from '../../engine/command-lines.js';
import type { CommandComment } from '../../model/commands.js';
import type { ItemType } from '../../model/item.js';
import { isBotActor, loginOf } from './map.js';
import type { ActorNode } from './types.js';

export interface CommandCommentNode {
  id: string;
  databaseId: number | null;
  body: string;
  createdAt: string;
  authorAssociation: string;
  author: ActorNode | null;
  reactionGroups: { content: string; viewerHasReacted: boolean }[] | null;
  /** A discussion comment's thread. */
  replies?: { nodes: (CommandCommentNode | null)[] | null } | null;
}

export interface CommandCommentsPage {
  nodes: (CommandCommentNode | null)[] | null;
  pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
}

const COMMENT_FIELDS = `id databaseId body createdAt authorAssociation author { __typename login }
          reactionGroups { content viewerHasReacted }`;

/**
 * The query for one page of an issue's, pull request's or discussion's comments, newest first
 * (`last`/`before`); a discussion's with their replies.
 */
export function commandCommentsQuery(type: ItemType): string {
  const field = type === 'pull_request' ? 'pullRequest' : type === 'discussion' ? 'discussion' : 'issue';
  const replies =
    type === 'discussion' ? `\n          replies(last: 100) { nodes { ${COMMENT_FIELDS} } }` : '';
  return `query($owner: String!, $name: String!, $number: Int!, $before: String) {
  repository(owner: $owner, name: $name) {
    item: ${field}(number: $number) {
      comments(last: 100, before: $before) {
        nodes { ${COMMENT_FIELDS}${replies} }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;
}

/**
 * The page's comments in scope, and whether older pages may hold more (the oldest comment of this
 * one is still in scope and there is an earlier page).
 */
export function commandCommentsOf(
  page: CommandCommentsPage,
  scope: { since: string; commentId?: string },
): { comments: CommandComment[]; more: boolean } {
  const nodes = (page.nodes ?? []).filter((n): n is CommandCommentNode => n !== null);
  const threads = nodes.some((n) => n.replies !== undefined);
  const since = Date.parse(scope.since);
  const comments: CommandComment[] = [];
  const all = nodes.flatMap((n) => [
    n,
    ...(n.replies?.nodes ?? []).filter((r): r is CommandCommentNode => r !== null),
  ]);
  for (const node of all) {
    if (Date.parse(node.createdAt) < since) continue;
    if (scope.commentId !== undefined && String(node.databaseId) !== scope.commentId) continue;
    if (commandLines(node.body).length === 0) continue;
    comments.push({
      id: node.id,
      author: loginOf(node.author),
      authorIsBot: isBotActor(node.author),
      association: node.authorAssociation,
      body: node.body,
      createdAt: node.createdAt,
      answered: (node.reactionGroups ?? []).some(
        (g) => (g.content === 'THUMBS_UP' || g.content === 'CONFUSED') && g.viewerHasReacted,
      ),
    });
  }
  const oldest = nodes[0];
  const more =
    page.pageInfo.hasPreviousPage &&
    oldest !== undefined &&
    (threads || Date.parse(oldest.createdAt) >= since);
  // Oldest first, replies among the comments by when they were written.
  comments.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return { comments, more };
}
