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
import {
  type ActivityActor,
  type ActivityRead,
  type ActivityRecord,
  type ActivityRequest,
  sortHistory,
} from '../../model/activity.js';
import type { GitHubClient } from './client.js';

interface UserJson {
  login: string;
  type?: string;
}

interface IssueJson {
  number: number;
  title: string;
  html_url: string;
  user?: UserJson | null;
  created_at: string;
  closed_at: string | null;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}

interface TimelineJson {
  event?: string;
  created_at?: string;
  submitted_at?: string;
  state?: string;
  user?: UserJson | null;
  actor?: UserJson | null;
  label?: { name: string };
}

export async function readRestActivity(
  octokit: GitHubClient,
  repository: string,
  request: ActivityRequest,
  self: () => Promise<string | null>,
): Promise<ActivityRead> {
  const [owner, repo] = repository.split('/');
  const listed = new Map<number, IssueJson>();
  const list = async (params: Record<string, string>) => {
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
      owner,
      repo,
      per_page: 100,
      ...params,
    });
    for await (const { data } of pages)
      for (const issue of data as IssueJson[]) listed.set(issue.number, issue);
  };
  await list({ state: 'all', since: request.since, sort: 'updated', direction: 'desc' });
  for (const label of request.labels) await list({ state: 'open', labels: label });

  const since = Date.parse(request.since);
  const items: ActivityRecord[] = [];
  for (const issue of [...listed.values()].sort((a, b) => a.number - b.number)) {
    const item = toRecord(issue);
    const responses = request.responses && Date.parse(issue.created_at) >= since;
    if (responses || request.labels.length > 0) {
      await readTimeline(octokit, owner, repo, item, { responses, labels: request.labels.length > 0 });
    }
    items.push(item);
  }
  return { items, self: request.responses ? await self() : null };
}

async function readTimeline(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  item: ActivityRecord,
  want: { responses: boolean; labels: boolean },
): Promise<void> {
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
    owner,
    repo,
    issue_number: item.number,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const entry of data as TimelineJson[]) {
      if (want.responses && entry.event === 'commented' && entry.created_at) {
        item.responses.push({ at: entry.created_at, by: actor(entry.user ?? entry.actor) });
      } else if (want.responses && entry.event === 'reviewed' && entry.submitted_at) {
        // A pending review is nobody's answer yet; GitHub does not list it to others anyway.
        if (entry.state?.toLowerCase() !== 'pending') {
          item.responses.push({ at: entry.submitted_at, by: actor(entry.user) });
        }
      } else if (
        want.labels &&
        (entry.event === 'labeled' || entry.event === 'unlabeled') &&
        entry.label &&
        entry.created_at
      ) {
        item.labelEvents.push({ label: entry.label.name, action: entry.event, at: entry.created_at });
      }
    }
  }
  sortHistory(item);
}

function toRecord(issue: IssueJson): ActivityRecord {
  return {
    kind: issue.pull_request === undefined ? 'issue' : 'pull_request',
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    author: actor(issue.user),
    createdAt: issue.created_at,
    closedAt: issue.closed_at,
    labels: (issue.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    responses: [],
    labelEvents: [],
  };
}

function actor(user: UserJson | null | undefined): ActivityActor | null {
  if (!user) return null;
  return { login: user.login, bot: user.type === 'Bot' };
}
