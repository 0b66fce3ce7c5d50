import type { Provider } from './provider.js';
import type { ProviderSettings } from './settings.js';
export { GITHUB_APIS, PROVIDERS, parseProviderName, type GitHubApi, type ProviderName, type ProviderSettings, } from './settings.js';
export declare function createProvider(settings: ProviderSettings): Provider;
