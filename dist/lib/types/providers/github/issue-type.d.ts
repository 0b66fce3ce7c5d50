/**
 * GitHub's issue types (an organisation's Bug, Feature, Task...) through REST, for both GitHub
 * providers: the REST issue carries `type` and PATCH takes it by name. The GraphQL provider comes here
 * too, because the GraphQL schema pinned in this project (@octokit/graphql-schema) predates issue types,
 * so a query or mutation naming them could not be validated against it.
 */
import { type ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { type Failure } from './errors.js';
export interface IssueTypeTarget {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string, permission?: string): Failure;
}
/** The issue type as the REST issue carries it: absent where the repository has no issue types. */
export interface ApiIssueType {
    type?: {
        name: string;
    } | null;
}
export declare function issueTypeOf(issue: ApiIssueType): string | null;
/** The item's issue type; a pull request or a discussion has none, and costs no request. */
export declare function readIssueType(target: IssueTypeTarget, item: ItemKey): Promise<string | null>;
/**
 * Every issue's type by number, from the REST issues listing (100 a page, pull requests included and
 * skipped): ceil(n / 100) requests for a whole walk instead of one per issue. For the GraphQL provider,
 * whose listing cannot carry types; an issue created after this read is left to `readIssueType`.
 */
export declare function listIssueTypes(target: IssueTypeTarget, state: 'open' | 'closed' | 'all'): Promise<Map<number, string | null>>;
/**
 * Sets the type by name (GitHub matches it case-insensitively), or clears it with null. GitHub drops a
 * type change silently when the token lacks push access: the answer shows what was kept, so a drop is
 * reported instead of passing for done.
 */
export declare function writeIssueType(target: IssueTypeTarget, item: ItemKey, name: string | null): Promise<void>;
