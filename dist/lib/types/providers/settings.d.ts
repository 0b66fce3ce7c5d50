/**
 * Which provider a run uses, by name, and with what settings. An unknown name fails with the list of
 * known ones. The options each provider is made with are worked out in choice.ts: this module is part
 * of the library's public types, which must not reach the providers' internals (their clients' types
 * come from packages the library does not depend on).
 */
import type { EtagStore } from './github/etags.js';
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
    /** GitHub only: a token for projects (reads and writes of `project` rules) and nothing else. */
    projectToken?: string;
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
export declare function parseProviderName(name: string): ProviderName;
