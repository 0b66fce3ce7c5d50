/**
 * GitHub beyond one repository (see fleet/forge.ts), over REST: an organisation's repositories
 * (GET /orgs/{org}/repos), the budget left (GET /rate_limit, free), a repository's status
 * (GET /repos/{owner}/{repo}) and report issues (issues endpoints). Its own client, so what it sends
 * is never counted as a repository's triage requests.
 */
import type { FleetForge } from '../../fleet/forge.js';
import type { ClientTuning } from './tuning.js';
export interface GitHubFleetOptions {
    token: string;
    /** REST API root (GITHUB_API_URL). */
    baseUrl: string;
    /** Which budget `readBudget` reports: REST's `core` or GraphQL's points. */
    api: 'rest' | 'graphql';
    client?: ClientTuning;
}
export declare function createGitHubFleet(options: GitHubFleetOptions): FleetForge;
