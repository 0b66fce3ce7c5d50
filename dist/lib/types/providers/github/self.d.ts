/**
 * The account Sift runs as: the only author whose comments, and report issues, Sift takes for its own.
 * Any other bot may quote a marker (a CI bot echoing a hostile title), so being a bot proves nothing.
 *
 * GraphQL's `viewer` answers for every kind of token, in one request: a personal token's user, and for
 * an installation token (a workflow's GITHUB_TOKEN, a GitHub App's) the app's bot, login with its
 * `[bot]` suffix (`github-actions[bot]`). REST's GET /user refuses installation tokens (403).
 */
import type { GitHubClient } from './client.js';
export declare function readSelfLogin(octokit: GitHubClient): Promise<string>;
/**
 * Whether `user` is the account Sift runs as (`self`), in any case. A bot's login may come with or
 * without its `[bot]` suffix; a person's must match exactly (a user may be named like an app).
 */
export declare function isSelf(user: {
    login: string;
    type?: string;
} | null | undefined, self: string): boolean;
