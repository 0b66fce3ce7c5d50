/**
 * The GitHub REST provider against the GitHub emulator (real HTTP on 127.0.0.1).
 */
import { createGitHubRestProvider } from '../../../src/providers/github-rest/index.js';
import { startGitHubEmulator } from '../../../src/emulator/github/index.js';
import { PAGE_SIZE, TOKEN } from './constants.js';
import { githubItemState, seedGitHubRepo } from './github-seed.js';
import type { Forge, ProviderHarness, Seed } from './harness.js';

export const githubRestHarness: ProviderHarness = {
  name: 'github-rest',
  async start(seed: Seed): Promise<Forge> {
    const gh = await startGitHubEmulator({ token: TOKEN, ...(seed.actor ? { login: seed.actor } : {}) });
    const repo = seedGitHubRepo(gh, seed);

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
      state: (number) => githubItemState(repo, number),
      requestCount: () => gh.requests.length,
      forbidWrites: (number) => void forbidden.add(number),
      async close() {
        if (gh.serverErrors.length > 0) throw gh.serverErrors[0];
        await gh.close();
      },
    };
  },
};
