/**
 * The GitHub REST provider against the GitHub emulator (real HTTP on 127.0.0.1).
 */
import { createGitHubRestProvider } from '../../../src/providers/github-rest/index.js';
import { startGitHubEmulator } from '../../emulator/github/index.js';
import { PAGE_SIZE, TOKEN } from './constants.js';
import type { Forge, ProviderHarness, Seed } from './harness.js';

export const githubRestHarness: ProviderHarness = {
  name: 'github-rest',
  async start(seed: Seed): Promise<Forge> {
    const gh = await startGitHubEmulator({ token: TOKEN });
    const repo = gh.store.addRepo(seed.repository);
    for (const title of seed.milestones) repo.addMilestone({ title });
    // Like a real repository: only people with access can be assigned or asked for review.
    repo.assignable = new Set(seed.users);
    for (const item of seed.items) {
      repo.addIssue({
        number: item.number,
        pull_request: item.type === 'pull_request',
        title: item.title,
        body: item.body ?? '',
        state: item.state ?? 'open',
        user: item.author ?? 'octocat',
        labels: item.labels ?? [],
        labelEvents: Object.entries(item.labelAppliedAt ?? {}).map(([label, at]) => ({
          label,
          created_at: at,
        })),
        assignees: item.assignees ?? [],
        milestone: item.milestone ?? null,
        draft: item.draft ?? false,
        locked: item.locked ?? false,
        comments: (item.comments ?? []).map((c) => ({ body: c.body, user: c.author, created_at: c.at })),
        reactions: { '+1': item.thumbsUp ?? 0 },
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      });
    }

    // One-shot refusals, answered as GitHub answers a workflow token without the permission.
    const forbidden = new Set<number>();
    const itemPath = new RegExp(`^/repos/${seed.repository}/(?:issues|pulls)/(\\d+)(?:/|$)`, 'i');
    gh.onRequest = (request) => {
      const number = Number(itemPath.exec(request.path)?.[1]);
      if (request.method === 'GET' || !forbidden.delete(number)) return undefined;
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    };

    return {
      provider: createGitHubRestProvider({
        token: TOKEN,
        repository: seed.repository,
        baseUrl: gh.url,
        perPage: PAGE_SIZE,
      }),
      state(number) {
        const issue = repo.require(number);
        return {
          state: issue.state,
          labels: [...issue.labels],
          assignees: [...issue.assignees],
          milestone: repo.milestones.find((m) => m.number === issue.milestone)?.title ?? null,
          locked: issue.locked,
          comments: issue.commentList.map((c) => c.body),
          reviewers: [...issue.requested_reviewers],
        };
      },
      requestCount: () => gh.requests.length,
      forbidWrites: (number) => void forbidden.add(number),
      async close() {
        if (gh.serverErrors.length > 0) throw gh.serverErrors[0];
        await gh.close();
      },
    };
  },
};
