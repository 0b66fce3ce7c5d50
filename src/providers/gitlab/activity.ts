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
import {
  type ActivityActor,
  type ActivityRead,
  type ActivityRecord,
  type ActivityRequest,
  sortHistory,
} from '../../model/activity.js';
import type { GitLabClient } from './client.js';
import { isBot } from './timeline.js';
import type { GitLabIssue, GitLabLabelEvent, GitLabMergeRequest, GitLabNote, GitLabUser } from './types.js';

type Kind = 'issues' | 'merge_requests';

export async function readGitLabActivity(
  client: GitLabClient,
  project: string,
  request: ActivityRequest,
  self: () => Promise<string | null>,
): Promise<ActivityRead> {
  const root = `/projects/${encodeURIComponent(project)}`;
  const listed = new Map<string, { kind: Kind; json: GitLabMergeRequest }>();
  const list = async (kind: Kind, query: Record<string, string>) => {
    for await (const page of client.pages<GitLabMergeRequest>(`${root}/${kind}`, {
      per_page: '100',
      ...query,
    })) {
      for (const json of page) listed.set(`${kind}:${json.iid}`, { kind, json });
    }
  };
  for (const kind of ['issues', 'merge_requests'] as const) {
    await list(kind, { updated_after: request.since, order_by: 'updated_at', sort: 'desc' });
    for (const label of request.labels) await list(kind, { state: 'opened', labels: label });
  }

  const since = Date.parse(request.since);
  const items: ActivityRecord[] = [];
  for (const { kind, json } of listed.values()) {
    const item = toRecord(kind, json);
    const path = `${root}/${kind}/${json.iid}`;
    if (request.responses && Date.parse(json.created_at) >= since) {
      for await (const page of client.pages<GitLabNote>(`${path}/notes`, {
        sort: 'asc',
        order_by: 'created_at',
        per_page: '100',
      })) {
        for (const note of page) {
          if (!note.system) item.responses.push({ at: note.created_at, by: actor(note.author) });
        }
      }
    }
    if (request.labels.length > 0) {
      for await (const page of client.pages<GitLabLabelEvent>(`${path}/resource_label_events`, {
        per_page: '100',
      })) {
        for (const event of page) {
          if (!event.label) continue;
          const action = event.action === 'add' ? 'labeled' : 'unlabeled';
          item.labelEvents.push({ label: event.label.name, action, at: event.created_at });
        }
      }
    }
    sortHistory(item);
    items.push(item);
  }
  return { items, self: request.responses ? await self() : null };
}

function toRecord(kind: Kind, json: GitLabMergeRequest): ActivityRecord {
  return {
    kind: kind === 'issues' ? 'issue' : 'pull_request',
    number: json.iid,
    title: json.title,
    url: json.web_url,
    author: actor(json.author),
    createdAt: json.created_at,
    // A merged merge request has merged_at; GitLab leaves its closed_at empty.
    closedAt: json.merged_at ?? json.closed_at,
    labels: (json.labels as GitLabIssue['labels']).map((l) => (typeof l === 'string' ? l : l.name)),
    responses: [],
    labelEvents: [],
  };
}

function actor(user: GitLabUser | null): ActivityActor | null {
  return user ? { login: user.username, bot: isBot(user) } : null;
}
