/**
 * A repository's recent items for a report's metrics (fleet/forge.ts readActivity), over REST:
 *
 * - `GET /repos/{o}/{r}/issues?state=all&since=…`: every issue and pull request updated since the
 *   period began, which takes in every one created, closed or (un)labelled in it; `closed_at` and
 *   `created_at` are all time-to-close needs, so it reads nothing more;
 * - for time-in-label, `GET …/issues?state=open&labels=NAME` per label too: an item that has carried
 *   the label untouched since before the period is not "updated since";
 * - `GET …/issues/{n}/timeline` only for the items a metric needs the history of: comments and
 *   reviews of the items created in the period (first response), label events of every item listed
 *   (time in label). One item after another, as GitHub asks of integrations.
 */
import { type ActivityRead, type ActivityRequest } from '../../model/activity.js';
import type { GitHubClient } from './client.js';
export declare function readRestActivity(octokit: GitHubClient, repository: string, request: ActivityRequest, self: () => Promise<string | null>): Promise<ActivityRead>;
