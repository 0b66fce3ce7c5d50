import type { EtagStore } from './github/etags.js';
import type { Provider } from './provider.js';
export declare const PROVIDERS: readonly ["github", "gitlab"];
export type ProviderName = (typeof PROVIDERS)[number];
/** GraphQL first: one request per 100 items carries what REST needs a request per item for. */
export declare const GITHUB_APIS: readonly ["graphql", "rest"];
export type GitHubApi = (typeof GITHUB_APIS)[number];
export interface ProviderSettings {
    provider: ProviderName;
    /** GitHub `owner/name`, or GitLab `group/sub/project`. */
    repository: string;
    token: string;
    /** REST base URL (GitHub: https://api.github.com; GitLab: https://gitlab.com/api/v4). */
    apiUrl?: string;
    /** GitHub only: which API reads and writes. */
    api?: GitHubApi;
    /** GitHub GraphQL endpoint; derived from apiUrl when absent. */
    graphqlUrl?: string;
    /** GitLab only: a CI job token (sent as JOB-TOKEN) rather than a personal or project token. */
    jobToken?: boolean;
    /** The run sends no write (dry run), so a read-only token may load rules that write. */
    dryRun?: boolean;
    /**
     * GitHub REST only: ETags of earlier runs, for conditional requests (free 304s). The GraphQL API
     * has no conditional requests; GitLab is not covered.
     */
    etags?: EtagStore;
}
export declare function createProvider(settings: ProviderSettings): Provider;
export declare function parseProviderName(name: string): ProviderName;
