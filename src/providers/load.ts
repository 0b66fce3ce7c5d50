/**
 * createProvider for the entry points (the Action, the CLI): imports only the provider the settings
 * choose. In the bundles each provider is a chunk of its own that a run loads when it needs it, so a
 * GraphQL run does not load the REST or GitLab providers (docs/performance.md).
 */
import type { Provider } from './provider.js';
import { chooseProvider } from './choice.js';
import type { ProviderSettings } from './settings.js';

export async function loadProvider(settings: ProviderSettings): Promise<Provider> {
  const chosen = chooseProvider(settings);
  switch (chosen.kind) {
    case 'github-rest':
      return (await import('./github-rest/index.js')).createGitHubRestProvider(chosen.options);
    case 'github-graphql':
      return (await import('./github-graphql/index.js')).createGitHubGraphqlProvider(chosen.options);
    case 'gitlab':
      return (await import('./gitlab/index.js')).createGitLabProvider(chosen.options);
  }
}
