/**
 * Which provider a run uses, by name, and the options each is made with: shared by createProvider
 * (registry.ts, which imports every provider) and loadProvider (load.ts, which imports only the one
 * chosen). An unknown name fails with the list of known ones.
 */
import type { EtagStore } from './github/etags.js';
import type { GitHubGraphqlProviderOptions } from './github-graphql/index.js';
import { graphqlUrlFor } from './github-graphql/url.js';
import type { GitHubRestProviderOptions } from './github-rest/index.js';
import type { GitLabProviderOptions } from './gitlab/index.js';

export const PROVIDERS = ['github', 'gitlab'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** GraphQL first: one request per 100 items carries what REST needs a request per item for. */
export const GITHUB_APIS = ['graphql', 'rest'] as const;
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

/** The provider the settings choose, with the options to make it with. */
export type ProviderChoice =
  | { kind: 'github-rest'; options: GitHubRestProviderOptions }
  | { kind: 'github-graphql'; options: GitHubGraphqlProviderOptions }
  | { kind: 'gitlab'; options: GitLabProviderOptions };

export function chooseProvider(settings: ProviderSettings): ProviderChoice {
  switch (settings.provider) {
    case 'github': {
      const apiUrl = settings.apiUrl ?? 'https://api.github.com';
      const common = {
        token: settings.token,
        repository: settings.repository,
        baseUrl: apiUrl,
        graphqlUrl: settings.graphqlUrl ?? graphqlUrlFor(apiUrl),
        ...(settings.projectToken ? { projectToken: settings.projectToken } : {}),
      };
      return settings.api === 'rest'
        ? { kind: 'github-rest', options: { ...common, etags: settings.etags } }
        : { kind: 'github-graphql', options: common };
    }
    case 'gitlab':
      return {
        kind: 'gitlab',
        options: {
          token: settings.token,
          project: settings.repository,
          baseUrl: settings.apiUrl,
          tokenKind: settings.jobToken ? 'job' : 'private',
          allowJobTokenWrites: settings.dryRun ?? false,
        },
      };
  }
}

export function parseProviderName(name: string): ProviderName {
  if ((PROVIDERS as readonly string[]).includes(name)) return name as ProviderName;
  throw new Error(`unknown provider "${name}"; known providers: ${PROVIDERS.join(', ')}`);
}
