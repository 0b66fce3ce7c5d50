/**
 * The options each provider is made with, from a run's settings: shared by createProvider (registry.ts,
 * which imports every provider) and loadProvider (load.ts, which imports only the one chosen). Kept
 * apart from settings.ts so that the library's public types never name a provider's options.
 */
import type { GitHubGraphqlProviderOptions } from './github-graphql/index.js';
import type { GitHubRestProviderOptions } from './github-rest/index.js';
import type { GitLabProviderOptions } from './gitlab/index.js';
import type { ProviderSettings } from './settings.js';
/** The provider the settings choose, with the options to make it with. */
export type ProviderChoice = {
    kind: 'github-rest';
    options: GitHubRestProviderOptions;
} | {
    kind: 'github-graphql';
    options: GitHubGraphqlProviderOptions;
} | {
    kind: 'gitlab';
    options: GitLabProviderOptions;
};
export declare function chooseProvider(settings: ProviderSettings): ProviderChoice;
