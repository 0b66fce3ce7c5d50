/**
 * Store records -> GitHub's JSON, typed with the official OpenAPI schema so a field the real API always
 * sends cannot be forgotten here. URLs point at the emulator (API) and at github.com (web pages).
 */
import { hierarchyJson } from './hierarchy.js';
import { nodeId as graphqlNodeId } from './graphql/ids.js';
import { repositoryJson, type FullRepositoryJson } from './serialize-repository.js';
import type { components } from '@octokit/openapi-types';
import type {
  CommentRecord,
  EventRecord,
  IssueRecord,
  MilestoneRecord,
  RepoStore,
  UserRef,
} from './store.js';

type Schemas = components['schemas'];
export type SimpleUser = Schemas['simple-user'];
export type IssueJson = Schemas['issue'];
export type LabelJson = Schemas['label'];
export type MilestoneJson = Schemas['milestone'];
export type CommentJson = Schemas['issue-comment'];
export type EventJson = Schemas['issue-event'];
export type RepoJson = FullRepositoryJson;
export type RateLimitJson = Schemas['rate-limit-overview'];

const WEB = 'https://github.com';

export class Serializer {
  /** Users are immutable here and appear on every issue: build each once. */
  private readonly users = new Map<string, SimpleUser>();

  constructor(private readonly apiUrl: string) {}

  user(ref: UserRef): SimpleUser {
    const key = `${ref.type}:${ref.login}`;
    let user = this.users.get(key);
    if (!user) {
      const api = `${this.apiUrl}/users/${encodeURIComponent(ref.login)}`;
      const id = this.users.size + 1;
      user = {
        login: ref.login,
        id,
        node_id: nodeId('U', id),
        avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        gravatar_id: '',
        url: api,
        html_url:
          ref.type === 'Bot' ? `${WEB}/apps/${ref.login.replace(/\[bot\]$/, '')}` : `${WEB}/${ref.login}`,
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: ref.type,
        site_admin: false,
      };
      this.users.set(key, user);
    }
    return user;
  }

  repository(repo: RepoStore): RepoJson {
    return repositoryJson(this.apiUrl, {
      id: repo.id,
      owner: this.user({ login: repo.owner, type: 'User' }),
      name: repo.name,
      private: repo.isPrivate,
      fork: repo.fork,
      archived: repo.archived,
      disabled: repo.disabled,
      defaultBranch: repo.defaultBranch,
      createdAt: repo.createdAt,
      openIssues: repo.list({ state: 'open', sort: 'created', labels: [] }).length,
    });
  }

  label(repo: RepoStore, name: string): LabelJson {
    const label = repo.ensureLabel(name);
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  milestone(repo: RepoStore, milestone: MilestoneRecord): MilestoneJson {
    const url = `${this.repoUrl(repo)}/milestones/${milestone.number}`;
    const counts = repo.milestoneIssueCounts(milestone.number);
    return {
      url,
      html_url: `${WEB}/${repo.fullName}/milestone/${milestone.number}`,
      labels_url: `${url}/labels`,
      id: milestone.id,
      node_id: nodeId('MI', milestone.id),
      number: milestone.number,
      state: milestone.state,
      title: milestone.title,
      description: milestone.description,
      creator: this.user({ login: repo.owner, type: 'User' }),
      open_issues: counts.open,
      closed_issues: counts.closed,
      created_at: milestone.created_at,
      updated_at: milestone.updated_at,
      closed_at: milestone.closed_at,
      due_on: milestone.due_on,
    };
  }

  issue(repo: RepoStore, issue: IssueRecord): IssueJson {
    const url = `${this.repoUrl(repo)}/issues/${issue.number}`;
    const htmlUrl = `${WEB}/${repo.fullName}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`;
    const assignees = issue.assignees.map((login) => this.user({ login, type: 'User' }));
    const milestone = repo.milestones.find((m) => m.number === issue.milestone);
    const json: IssueJson = {
      url,
      repository_url: this.repoUrl(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: htmlUrl,
      id: issue.id,
      // GitHub's REST node_id is the GraphQL id (projects, for one, are reached with it).
      node_id: graphqlNodeId(issue.pull_request ? 'PullRequest' : 'Issue', repo.fullName, issue.number),
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: issue.labels.map((name) => this.label(repo, name)),
      state: issue.state,
      locked: issue.locked,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: milestone ? this.milestone(repo, milestone) : null,
      comments: issue.comments,
      reactions: this.reactions(url, issue.reactions),
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: issue.author_association,
      active_lock_reason: issue.active_lock_reason,
      body: issue.body,
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.state_reason,
    };
    Object.assign(json, hierarchyJson(this.apiUrl, issue));
    // Present only where the repository has issue types, as on GitHub.
    if (repo.issueTypes.length > 0) {
      const type = issue.issue_type === null ? undefined : repo.issueType(issue.issue_type);
      json.type = type ? { ...type } : null;
    }
    if (issue.pull_request) {
      const pull = `${this.repoUrl(repo)}/pulls/${issue.number}`;
      json.draft = issue.draft;
      json.pull_request = {
        url: pull,
        html_url: htmlUrl,
        diff_url: `${htmlUrl}.diff`,
        patch_url: `${htmlUrl}.patch`,
        merged_at: null,
      };
    }
    return json;
  }

  /** GitHub's reaction rollup on an issue. */
  reactions(issueUrl: string, counts: Record<string, number>): Schemas['reaction-rollup'] {
    const count = (name: string) => counts[name] ?? 0;
    const names = ['+1', '-1', 'laugh', 'hooray', 'confused', 'heart', 'rocket', 'eyes'] as const;
    return {
      url: `${issueUrl}/reactions`,
      total_count: names.reduce((sum, name) => sum + count(name), 0),
      '+1': count('+1'),
      '-1': count('-1'),
      laugh: count('laugh'),
      hooray: count('hooray'),
      confused: count('confused'),
      heart: count('heart'),
      rocket: count('rocket'),
      eyes: count('eyes'),
    };
  }

  comment(repo: RepoStore, comment: CommentRecord): CommentJson {
    return {
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${this.repoUrl(repo)}/issues/comments/${comment.id}`,
      html_url: `${WEB}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      issue_url: `${this.repoUrl(repo)}/issues/${comment.issueNumber}`,
      author_association: comment.author_association,
      performed_via_github_app: null,
      reactions: this.reactions(
        `${this.repoUrl(repo)}/issues/comments/${comment.id}`,
        countReactions(comment.reactionList ?? []),
      ),
    };
  }

  event(repo: RepoStore, event: EventRecord): EventJson {
    const json: EventJson = {
      id: event.id,
      node_id: nodeId('E', event.id),
      url: `${this.repoUrl(repo)}/issues/events/${event.id}`,
      actor: this.user(event.actor),
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.created_at,
      performed_via_github_app: null,
    };
    if (event.label) json.label = event.label;
    if (event.assignee) json.assignee = this.user(event.assignee);
    if (event.requested_reviewer) json.requested_reviewer = this.user(event.requested_reviewer);
    if (event.milestone) json.milestone = event.milestone;
    if (event.lock_reason !== undefined) json.lock_reason = event.lock_reason;
    if (event.rename) json.rename = event.rename;
    return json;
  }

  private repoUrl(repo: RepoStore): string {
    return `${this.apiUrl}/repos/${repo.fullName}`;
  }
}

function countReactions(list: readonly { content: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of list) counts[r.content] = (counts[r.content] ?? 0) + 1;
  return counts;
}

/** Looks like GitHub's legacy base64 node ids; only uniqueness matters. */
function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}
