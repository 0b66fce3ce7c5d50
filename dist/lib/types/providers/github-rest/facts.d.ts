/**
 * The per-item facts of the REST provider, each read only when asked for, and each endpoint at most
 * once per call: the timeline serves the activity clock, the label history and an issue's linked pull
 * requests together; the pull request itself serves its branches and its closing references.
 */
import type { FactName, ItemFacts, PullBranches } from '../../model/item.js';
import type { ItemKey, OwnComment } from '../provider.js';
import type { GitHubClient } from '../github/client.js';
import { type PullAnswer, type PullFactSource } from './pull-facts.js';
import { type Failure } from '../github/errors.js';
export interface FactSource extends Partial<Omit<PullFactSource, 'octokit' | 'owner' | 'repo' | 'failure'>> {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string): Failure;
    /** The login Sift runs as, or null when the token cannot say (read once per run, when needed). */
    self(): Promise<string | null>;
    /** Pull requests read in this run, by number (see readFacts); absent: none are remembered. */
    pulls?: PullMemo;
    /** Told Sift's comments on an item whose timeline was read (all of its comments): see CommentMemo. */
    rememberComments?(item: ItemKey, comments: readonly OwnComment[], readAt?: number): void;
}
/** The answers of the latest pull request reads: bounded, as a sweep reads them one item at a time. */
export declare class PullMemo {
    private readonly limit;
    private readonly answers;
    constructor(limit?: number);
    get(number: number): PullRead | undefined;
    set(number: number, read: PullRead): void;
}
type PullRead = {
    branches: PullBranches;
    body: string;
    answer: PullAnswer;
};
export declare function readFacts(src: FactSource, item: ItemKey, names: readonly FactName[]): Promise<ItemFacts>;
export {};
