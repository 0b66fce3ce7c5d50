/**
 * GitLab beyond one project (see fleet/forge.ts): a group's projects with its subgroups'
 * (GET /groups/:id/projects?include_subgroups=true), a project's status (GET /projects/:id) and report
 * issues. GitLab has no endpoint that reports the API budget for free, so `readBudget` says null.
 */
import type { FleetForge, ReportIssue, ReportIssues, RepositoryEntry } from '../../fleet/forge.js';
import type { ActivityRead, ActivityRequest } from '../../model/activity.js';
import { realClock } from '../../model/clock.js';
import { readGitLabActivity } from './activity.js';
import type { Quota } from '../provider.js';
import { GitLabClient, type TokenKind } from './client.js';
import { GitLabHttpError, writeError } from './errors.js';

export interface GitLabFleetOptions {
  token: string;
  tokenKind?: TokenKind;
  /** API root, e.g. https://gitlab.com/api/v4. */
  baseUrl: string;
}

interface ProjectJson {
  path_with_namespace: string;
  archived?: boolean;
  /** Present on forks only. */
  forked_from_project?: unknown;
  open_issues_count?: number;
}

interface IssueJson {
  iid: number;
  author?: { username: string; bot?: boolean } | null;
  web_url: string;
  state: 'opened' | 'closed';
  title: string;
  description?: string | null;
}

export function createGitLabFleet(options: GitLabFleetOptions): FleetForge {
  return new GitLabFleet(options);
}

class GitLabFleet implements FleetForge {
  readonly name = 'gitlab';
  private readonly client: GitLabClient;

  constructor(private readonly options: GitLabFleetOptions) {
    this.client = new GitLabClient({
      baseUrl: options.baseUrl,
      token: options.token,
      tokenKind: options.tokenKind ?? 'private',
      clock: realClock,
      maxRetries: 3,
      maxRetryWaitMs: 60_000,
    });
  }

  async listRepositories(group: string): Promise<RepositoryEntry[]> {
    const entries: RepositoryEntry[] = [];
    try {
      // with_shared=false: projects of other groups shared with this one are theirs to triage.
      const pages = this.client.pages<ProjectJson>(`/groups/${encodeURIComponent(group)}/projects`, {
        include_subgroups: 'true',
        with_shared: 'false',
        order_by: 'path',
        sort: 'asc',
        per_page: '100',
      });
      for await (const page of pages) {
        for (const project of page) {
          entries.push({
            fullName: project.path_with_namespace,
            archived: project.archived === true,
            disabled: false,
            fork: project.forked_from_project !== undefined && project.forked_from_project !== null,
            openItems: project.open_issues_count ?? 0,
          });
        }
      }
    } catch (error) {
      if (error instanceof GitLabHttpError && error.status === 404) {
        throw new Error(
          `GitLab has no group "${group}" that this token can see (404). Check --group, and that the ` +
            `token has the read_api scope and access to the group.`,
          { cause: error },
        );
      }
      throw new Error(
        `Could not list the projects of ${group}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    return entries;
  }

  readBudget(): Promise<Quota | null> {
    return Promise.resolve(null);
  }

  async checkRepository(project: string): Promise<string | null> {
    try {
      const json = await this.client.get<ProjectJson>(`/projects/${encodeURIComponent(project)}`);
      if (json.archived) return 'the project is archived (read-only); unarchive it to triage it';
      return null;
    } catch (error) {
      if (error instanceof GitLabHttpError && error.status === 404) {
        return "not found, or the token cannot see it (404); check the path and the token's access";
      }
      if (error instanceof GitLabHttpError && error.status === 403) {
        return `no permission to read it (403: ${error.apiMessage})`;
      }
      throw error;
    }
  }

  reportIssues(project: string): ReportIssues {
    return new GitLabReportIssues(this.client, project, [this.options.token], () => this.self());
  }

  readActivity(project: string, request: ActivityRequest): Promise<ActivityRead> {
    return readGitLabActivity(this.client, project, request, () => this.self());
  }

  requestCounts(): { reads: number; writes: number } {
    return { ...this.client.counts };
  }

  private selfName: Promise<string | null> | null = null;

  /** The username Sift runs as (GET /user), once; a CI job token cannot read it: unknown. */
  private self(): Promise<string | null> {
    this.selfName ??= this.client.get<{ username: string }>('/user').then(
      (user) => user.username,
      (error: unknown) => {
        if (error instanceof GitLabHttpError && (error.status === 401 || error.status === 403)) return null;
        this.selfName = null;
        throw error;
      },
    );
    return this.selfName;
  }
}

class GitLabReportIssues implements ReportIssues {
  private readonly root: string;

  constructor(
    private readonly client: GitLabClient,
    private readonly project: string,
    private readonly secrets: readonly string[],
    private readonly self: () => Promise<string | null>,
  ) {
    this.root = `/projects/${encodeURIComponent(project)}/issues`;
  }

  async find(marker: string, labels: readonly string[]): Promise<ReportIssue | null> {
    // No `state`: GitLab lists open and closed issues alike; `labels` keeps those with all of them.
    const pages = this.client.pages<IssueJson>(this.root, {
      labels: labels.join(','),
      order_by: 'created_at',
      sort: 'asc',
      per_page: '100',
    });
    for await (const page of pages) {
      for (const issue of page) {
        // Only an issue the account Sift runs as opened is its report, never another bot's.
        if (!(issue.description ?? '').includes(marker) || !issue.author) continue;
        if (issue.author.username.toLowerCase() === (await this.self())?.toLowerCase())
          return toReport(issue);
      }
    }
    return null;
  }

  async create(title: string, body: string, labels: readonly string[]): Promise<ReportIssue> {
    try {
      const issue = await this.client.send<IssueJson>('POST', this.root, {
        title,
        description: body,
        labels: labels.join(','),
      });
      return toReport(issue);
    } catch (error) {
      throw writeError(error, this.failure('creating the report issue'));
    }
  }

  async update(issue: ReportIssue, change: { title: string; body: string; reopen: boolean }): Promise<void> {
    try {
      await this.client.send('PUT', `${this.root}/${issue.number}`, {
        title: change.title,
        description: change.body,
        ...(change.reopen && issue.state === 'closed' ? { state_event: 'reopen' } : {}),
      });
    } catch (error) {
      throw writeError(error, this.failure(`editing the report issue #${issue.number}`));
    }
  }

  private failure(doing: string) {
    return { doing, project: this.project, secrets: this.secrets };
  }
}

function toReport(issue: IssueJson): ReportIssue {
  return {
    number: issue.iid,
    url: issue.web_url,
    state: issue.state === 'closed' ? 'closed' : 'open',
    title: issue.title,
    body: issue.description ?? '',
  };
}
