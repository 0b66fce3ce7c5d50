/**
 * Which provider a run uses, by name: the one place entry points turn settings into a Provider. An
 * unknown name fails with the list of known ones.
 */
import { createGitHubGraphqlProvider } from './github-graphql/index.js';
import { graphqlUrlFor } from './github-graphql/url.js';
import { createGitHubRestProvider } from './github-rest/index.js';
import { createGitLabProvider } from './gitlab/index.js';
import type { EtagStore } from './github/etags.js';
import type { Provider } from './provider.js';

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

export function createProvider(settings: ProviderSettings): Provider {
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
        ? createGitHubRestProvider({ ...common, etags: settings.etags })
        : createGitHubGraphqlProvider(common);
    }
    case 'gitlab':
      return createGitLabProvider({
        token: settings.token,
        project: settings.repository,
        baseUrl: settings.apiUrl,
        tokenKind: settings.jobToken ? 'job' : 'private',
        allowJobTokenWrites: settings.dryRun ?? false,
      });
  }
}

export function parseProviderName(name: string): ProviderName {
  if ((PROVIDERS as readonly string[]).includes(name)) return name as ProviderName;
  throw new Error(`unknown provider "${name}"; known providers: ${PROVIDERS.join(', ')}`);
}
