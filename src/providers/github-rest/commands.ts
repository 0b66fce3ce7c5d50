/**
 * Commands in comments over GitHub's REST API: an item's comments that hold command lines, each with
 * its `author_association` and whether Sift answered it. GitHub's comment carries a reaction rollup,
 * so only a comment that has a 👍 or 😕 at all costs a read of who reacted.
 */
import { commandLines } from '../../engine/command-lines.js';
import { isSelf } from '../github/self.js';
import type { CommandComment } from '../../model/commands.js';
import type { GitHubClient } from '../github/client.js';
import { isBotUser, type ApiUser } from './timeline.js';

interface ApiComment {
  id: number;
  body?: string;
  user: ApiUser | null;
  created_at: string;
  author_association: string;
  reactions?: { '+1'?: number; confused?: number };
}

export interface CommandReadContext {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The login Sift runs as, or null when the token cannot say (an installation token). */
  self: () => Promise<string | null>;
}

/** The comments of `issueNumber` with command lines, created at or after `since` (or only `commentId`). */
export async function readCommandComments(
  ctx: CommandReadContext,
  issueNumber: number,
  scope: { since: string; commentId?: string },
): Promise<CommandComment[]> {
  const { octokit, owner, repo } = ctx;
  let comments: ApiComment[];
  if (scope.commentId !== undefined) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: Number(scope.commentId),
    });
    comments = [data as ApiComment];
  } else {
    // `since` selects by last update, a superset of the comments created since.
    comments = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      since: scope.since,
      per_page: 100,
    })) as ApiComment[];
  }
  const out: CommandComment[] = [];
  for (const comment of comments) {
    const body = comment.body ?? '';
    if (Date.parse(comment.created_at) < Date.parse(scope.since)) continue;
    if (commandLines(body).length === 0) continue;
    const authorIsBot = isBotUser(comment.user);
    out.push({
      id: String(comment.id),
      author: comment.user?.login ?? 'ghost',
      authorIsBot,
      association: comment.author_association,
      body,
      createdAt: comment.created_at,
      // A bot's comment runs nothing whatever its reactions: no need to read them.
      answered: !authorIsBot && (await answeredBySift(ctx, comment)),
    });
  }
  return out;
}

/** Sift's 👍 or 😕 is on the comment: by the login Sift runs as, or by a bot when that is unknown. */
async function answeredBySift(ctx: CommandReadContext, comment: ApiComment): Promise<boolean> {
  const rollup = comment.reactions;
  if (rollup && (rollup['+1'] ?? 0) + (rollup.confused ?? 0) === 0) return false;
  const reactions = (await ctx.octokit.paginate(
    'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    { owner: ctx.owner, repo: ctx.repo, comment_id: comment.id, per_page: 100 },
  )) as { content: string; user: ApiUser | null }[];
  const answers = reactions.filter((r) => r.content === '+1' || r.content === 'confused');
  if (answers.length === 0) return false;
  const self = await ctx.self();
  return self !== null && answers.some((r) => isSelf(r.user, self));
}
