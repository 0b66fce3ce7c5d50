/**
 * A project's recent issues and merge requests for a report's metrics (fleet/forge.ts readActivity),
 * over GitLab's REST API v4:
 *
 * - `GET /projects/:id/issues` and `/merge_requests` with `updated_after` (every state): everything
 *   updated since the period began; `closed_at` (a merged merge request: `merged_at`) and `created_at`
 *   are all time-to-close needs;
 * - for time-in-label, the open ones carrying each measured label (`state=opened&labels=NAME`): one
 *   labelled long ago and untouched since was not "updated after";
 * - the notes (`system: false`: what people wrote) of the items created in the period, for first
 *   responses, and the resource label events of every item listed, for time in a label.
 *
 * An approval is not a note in GitLab (it leaves a system note), so it is no response here.
 */
import { type ActivityRead, type ActivityRequest } from '../../model/activity.js';
import type { GitLabClient } from './client.js';
export declare function readGitLabActivity(client: GitLabClient, project: string, request: ActivityRequest, self: () => Promise<string | null>): Promise<ActivityRead>;
