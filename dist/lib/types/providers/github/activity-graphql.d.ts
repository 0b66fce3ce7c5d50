/**
 * A repository's recent items for a report's metrics (fleet/forge.ts readActivity), over GraphQL: the
 * issues updated since the period began with their comments and label events in one query a page
 * (`issues(filterBy: { since })`); pull requests, whose connection has no `since`, newest update first
 * until one is older than the period; for time-in-label the open items carrying each label. An item
 * with more than 100 timeline entries of those kinds has the rest read through `node(id:)`.
 */
import { type ActivityRead, type ActivityRequest } from '../../model/activity.js';
import type { GitHubClient } from './client.js';
export declare function readGraphqlActivity(octokit: GitHubClient, repository: string, request: ActivityRequest, self: () => Promise<string | null>): Promise<ActivityRead>;
