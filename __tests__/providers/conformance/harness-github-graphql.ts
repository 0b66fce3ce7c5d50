/**
 * The GitHub GraphQL provider against the GitHub emulator's GraphQL endpoint (real HTTP on 127.0.0.1),
 * seeded through the same store as the REST harness. Every document the provider sends is validated
 * against GitHub's real schema; closing the forge fails if GitHub would have rejected one, or if one
 * reached a field the emulator does not serve.
 */
import { createGitHubGraphqlProvider } from '../../../src/providers/github-graphql/index.js';
import { startGitHubEmulator } from '../../../src/emulator/github/index.js';
import { PAGE_SIZE, TOKEN } from './constants.js';
import { githubItemState, seedGitHubRepo } from './github-seed.js';
import type { Forge, ProviderHarness, Seed } from './harness.js';

export const githubGraphqlHarness: ProviderHarness = {
  name: 'github-graphql',
  async start(seed: Seed): Promise<Forge> {
    const gh = await startGitHubEmulator({ token: TOKEN, ...(seed.actor ? { login: seed.actor } : {}) });
    const repo = seedGitHubRepo(gh, seed);

    return {
      provider: createGitHubGraphqlProvider({
        token: TOKEN,
        repository: seed.repository,
        graphqlUrl: gh.graphqlUrl,
        perPage: PAGE_SIZE,
      }),
      state: (number) => githubItemState(repo, number),
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
