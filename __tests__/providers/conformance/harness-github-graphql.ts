/**
 * The GitHub GraphQL provider against the GitHub emulator's GraphQL endpoint (real HTTP on 127.0.0.1),
 * seeded through the same store as the REST harness. Every document the provider sends is validated
 * against GitHub's real schema; closing the forge fails if GitHub would have rejected one, or if one
 * reached a field the emulator does not serve.
 */
import { createGitHubGraphqlProvider } from '../../../src/providers/github-graphql/index.js';
import { startGitHubEmulator } from '../../emulator/github/index.js';
import { PAGE_SIZE, TOKEN } from './constants.js';
import type { Forge, ProviderHarness, Seed } from './harness.js';

export const githubGraphqlHarness: ProviderHarness = {
  name: 'github-graphql',
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

    return {
      provider: createGitHubGraphqlProvider({
        token: TOKEN,
        repository: seed.repository,
        graphqlUrl: gh.graphqlUrl,
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
      // The next mutation on the item answers FORBIDDEN "Resource not accessible by integration".
      forbidWrites: (number) => gh.graphql.forbidWrites(repo.require(number)),
      async close() {
        const rejected = [...gh.graphql.invalid, ...gh.graphql.unemulated];
        await gh.close();
        if (gh.serverErrors.length > 0) throw gh.serverErrors[0];
        if (rejected.length > 0) {
          throw new Error(`the emulator refused a GraphQL document: ${JSON.stringify(rejected[0], null, 2)}`);
        }
      },
    };
  },
};
