/**
 * GitLab beyond one project (see fleet/forge.ts): a group's projects with its subgroups'
 * (GET /groups/:id/projects?include_subgroups=true), a project's status (GET /projects/:id) and report
 * issues. GitLab has no endpoint that reports the API budget for free, so `readBudget` says null.
 */
import type { FleetForge } from '../../fleet/forge.js';
import { type TokenKind } from './client.js';
export interface GitLabFleetOptions {
    token: string;
    tokenKind?: TokenKind;
    /** API root, e.g. https://gitlab.com/api/v4. */
    baseUrl: string;
}
export declare function createGitLabFleet(options: GitLabFleetOptions): FleetForge;
