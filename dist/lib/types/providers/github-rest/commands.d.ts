import type { CommandComment } from '../../model/commands.js';
import type { GitHubClient } from '../github/client.js';
export interface CommandReadContext {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    /** The login Sift runs as, or null when the token cannot say (an installation token). */
    self: () => Promise<string | null>;
}
/** The comments of `issueNumber` with command lines, created at or after `since` (or only `commentId`). */
export declare function readCommandComments(ctx: CommandReadContext, issueNumber: number, scope: {
    since: string;
    commentId?: string;
}): Promise<CommandComment[]>;
