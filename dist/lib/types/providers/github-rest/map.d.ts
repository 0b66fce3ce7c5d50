/**
 * GitHub's issue JSON (the issues listing returns pull requests too) -> Sift's Item.
 */
import type { Item } from '../../model/item.js';
import type { ApiIssueType } from '../github/issue-type.js';
/**
 * The fields read here, written out rather than picked from @octokit/openapi-types: Octokit's endpoint
 * types come from an older copy of that schema (which allows `assignees: null`), and both must fit.
 */
export interface ApiIssue extends ApiIssueType {
    /** GraphQL's id of the issue or pull request (projects are read and written through GraphQL). */
    node_id?: string;
    number: number;
    title: string;
    body?: string | null;
    state: string;
    draft?: boolean;
    locked: boolean;
    user: {
        login: string;
    } | null;
    author_association?: string;
    labels: (string | {
        name?: string;
    })[];
    assignee: {
        login: string;
    } | null;
    assignees?: {
        login: string;
    }[] | null;
    milestone: {
        title: string;
    } | null;
    comments: number;
    created_at: string;
    updated_at: string;
    closed_at: string | null;
    /** completed, not_planned, duplicate, reopened (an open issue that was closed once), or null. */
    state_reason?: string | null;
    html_url: string;
    pull_request?: object;
    reactions?: {
        total_count: number;
        '+1': number;
    };
}
export declare function toItem(issue: ApiIssue): Item;
