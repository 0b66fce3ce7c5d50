/**
 * The Octokit instance the provider talks through, with a count of the requests it actually sends
 * (the report shows them, and budgets are measured in them).
 */
import { getOctokit } from '@actions/github';
import { VERSION } from '../../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RequestCounts {
  reads: number;
  writes: number;
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  userAgent?: string;
}

export function createClient(options: ClientOptions): { octokit: GitHubClient; counts: RequestCounts } {
  const octokit = getOctokit(options.token, {
    // A trailing slash would make every path `//repos/...`, which GitHub Enterprise answers with 404.
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? `sift/${VERSION}`,
  });
  const counts: RequestCounts = { reads: 0, writes: 0 };
  // The hook runs once per request sent, including each page a paginator follows.
  octokit.hook.before('request', (request) => {
    if (request.method === 'GET') counts.reads++;
    else counts.writes++;
  });
  return { octokit, counts };
}
