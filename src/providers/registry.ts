/**
 * Makes the provider a run uses, by name: the library's way (synchronous; every provider is imported).
 * The Action and the CLI use loadProvider (load.ts), which imports only the provider chosen.
 */
import { createGitHubGraphqlProvider } from './github-graphql/index.js';
import { createGitHubRestProvider } from './github-rest/index.js';
import { createGitLabProvider } from './gitlab/index.js';
import type { Provider } from './provider.js';
import { chooseProvider } from './choice.js';
import type { ProviderSettings } from './settings.js';

export {
  GITHUB_APIS,
  PROVIDERS,
  parseProviderName,
  type GitHubApi,
  type ProviderName,
  type ProviderSettings,
} from './settings.js';

export function createProvider(settings: ProviderSettings): Provider {
  const chosen = chooseProvider(settings);
  switch (chosen.kind) {
    case 'github-rest':
      return createGitHubRestProvider(chosen.options);
    case 'github-graphql':
      return createGitHubGraphqlProvider(chosen.options);
    case 'gitlab':
      return createGitLabProvider(chosen.options);
  }
}
