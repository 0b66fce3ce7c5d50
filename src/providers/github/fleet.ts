/**
 * GitHub beyond one repository (see fleet/forge.ts), over REST: an organisation's repositories
 * (GET /orgs/{org}/repos), the budget left (GET /rate_limit, free), a repository's status
 * (GET /repos/{owner}/{repo}) and report issues (issues endpoints). Its own client, so what it sends
 * is never counted as a repository's triage requests.
 */
import type { FleetForge, ReportIssue, ReportIssues, RepositoryEntry } from '../../fleet/forge.js';
import type { ActivityRead, ActivityRequest } from '../../model/activity.js';
import { readRestActivity } from './activity.js';
import { readGraphqlActivity } from './activity-graphql.js';
import { isSelf, readSelfLogin } from './self.js';
import type { Quota } from '../provider.js';
import { createClient, type Client } from './client.js';
import type { ClientTuning } from './tuning.js';
import { apiMessage, isHttpFailure, writeError } from './errors.js';

export interface GitHubFleetOptions {
  token: string;
  /** REST API root (GITHUB_API_URL). */
  baseUrl: string;
  /** Which budget `readBudget` reports: REST's `core` or GraphQL's points. */
  api: 'rest' | 'graphql';
  client?: ClientTuning;
}

interface RepoJson {
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
  open_issues_count?: number;
}

interface IssueJson {
  number: number;
  user?: { login: string; type?: string } | null;
  html_url: string;
  state: 'open' | 'closed';
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

interface RateBucket {
  limit: number;
  remaining: number;
  reset: number;
}

export function createGitHubFleet(options: GitHubFleetOptions): FleetForge {
  return new GitHubFleet(options);
}

class GitHubFleet implements FleetForge {
  readonly name = 'github';
  private readonly client: Client;

  constructor(private readonly options: GitHubFleetOptions) {
    this.client = createClient({ ...options.client, token: options.token, baseUrl: options.baseUrl });
  }

  async listRepositories(org: string): Promise<RepositoryEntry[]> {
    const { octokit } = this.client;
    const entries: RepositoryEntry[] = [];
    try {
      // type=all: public, private and internal repositories the token can see; forks are told apart by `fork`.
      const pages = octokit.paginate.iterator('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 });
      for await (const { data } of pages) {
        for (const repo of data as RepoJson[]) {
          entries.push({
            fullName: repo.full_name,
            archived: repo.archived === true,
            disabled: repo.disabled === true,
            fork: repo.fork === true,
            openItems: repo.open_issues_count ?? 0,
          });
        }
      }
    } catch (error) {
      if (isHttpFailure(error) && error.status === 404) {
        throw new Error(
          `GitHub has no organisation "${org}" that this token can see (404). Check the \`org\` input, ` +
            `and that the token (a GitHub App installation token for the organisation) can read it.`,
          { cause: error },
        );
      }
      throw new Error(`Could not list the repositories of ${org}: ${apiMessage(error)}`, { cause: error });
    }
    return entries;
  }

  async readBudget(): Promise<Quota | null> {
    try {
      const { data } = await this.client.octokit.request('GET /rate_limit');
      const resources = (data as { resources?: Record<string, RateBucket | undefined> }).resources ?? {};
      const bucket = this.options.api === 'graphql' ? resources.graphql : resources.core;
      if (!bucket) return null;
      return {
        kind: this.options.api === 'graphql' ? 'GraphQL points' : 'REST',
        limit: bucket.limit,
        remaining: bucket.remaining,
        resetAt: new Date(bucket.reset * 1000).toISOString(),
      };
    } catch {
      // The budget is for the report; a run does not fail for want of it.
      return null;
    }
  }

  async checkRepository(repository: string): Promise<string | null> {
    const [owner, repo] = repository.split('/');
    try {
      const { data } = await this.client.octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
      const json = data as RepoJson;
      if (json.disabled) return 'the repository is disabled; GitHub serves none of its issues';
      if (json.archived) return 'the repository is archived (read-only); unarchive it to triage it';
      return null;
    } catch (error) {
      if (isHttpFailure(error) && error.status === 404) {
        return "not found, or the token cannot see it (404); check the name and the token's access";
      }
      if (isHttpFailure(error) && error.status === 403) {
        return `no permission to read it (403: ${apiMessage(error)})`;
      }
      throw error;
    }
  }

  reportIssues(repository: string): ReportIssues {
    return new GitHubReportIssues(this.client, repository, [this.options.token], () => this.self());
  }

  readActivity(repository: string, request: ActivityRequest): Promise<ActivityRead> {
    const read = this.options.api === 'graphql' ? readGraphqlActivity : readRestActivity;
    return read(this.client.octokit, repository, request, () => this.self());
  }

  requestCounts(): { reads: number; writes: number } {
    const { reads, writes } = this.client.counts;
    return { reads, writes };
  }

  private selfLogin: Promise<string | null> | null = null;

  /** The login Sift runs as (github/self.ts), once, and only when an issue carries a report's marker. */
  private self(): Promise<string | null> {
    this.selfLogin ??= readSelfLogin(this.client.octokit).catch((error: unknown) => {
      this.selfLogin = null;
      throw error;
    });
    return this.selfLogin;
  }
}

class GitHubReportIssues implements ReportIssues {
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly client: Client,
    private readonly repository: string,
    private readonly secrets: readonly string[],
    private readonly self: () => Promise<string | null>,
  ) {
    [this.owner, this.repo] = repository.split('/');
  }

  async find(marker: string, labels: readonly string[]): Promise<ReportIssue | null> {
    const pages = this.client.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
      owner: this.owner,
      repo: this.repo,
      state: 'all',
      labels: labels.join(','),
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    });
    for await (const { data } of pages) {
      for (const issue of data as IssueJson[]) {
        // The issues endpoint lists pull requests too; a report is never one. Only an issue Sift
        // opened is its report: a person who pastes the marker does not get their issue rewritten.
        if (issue.pull_request !== undefined || !(issue.body ?? '').includes(marker)) continue;
        if (await this.openedBySift(issue)) return toReport(issue);
      }
    }
    return null;
  }

  /** Opened by the account Sift runs as: another bot's issue with the marker and labels is not the report. */
  private async openedBySift(issue: IssueJson): Promise<boolean> {
    if (!issue.user) return false;
    const self = await this.self();
    return self !== null && isSelf(issue.user, self);
  }

  async create(title: string, body: string, labels: readonly string[]): Promise<ReportIssue> {
    try {
      const { data } = await this.client.octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: this.owner,
        repo: this.repo,
        title,
        body,
        labels: [...labels],
      });
      return toReport(data as IssueJson);
    } catch (error) {
      throw writeError(error, this.failure('creating the report issue'));
    }
  }

  async update(issue: ReportIssue, change: { title: string; body: string; reopen: boolean }): Promise<void> {
    try {
      await this.client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: this.owner,
        repo: this.repo,
        issue_number: issue.number,
        title: change.title,
        body: change.body,
        ...(change.reopen && issue.state === 'closed' ? { state: 'open' } : {}),
      });
    } catch (error) {
      throw writeError(error, this.failure(`editing the report issue #${issue.number}`));
    }
  }

  private failure(doing: string) {
    return { doing, repository: this.repository, permission: 'issues: write', secrets: this.secrets };
  }
}

function toReport(issue: IssueJson): ReportIssue {
  return {
    number: issue.number,
    url: issue.html_url,
    state: issue.state,
    title: issue.title,
    body: issue.body ?? '',
  };
}
