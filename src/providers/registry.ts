/**
 * Which provider a run uses, by name: the one place entry points turn settings into a Provider. An
 * unknown name fails with the list of known ones.
 */
import { createGitHubRestProvider } from './github-rest/index.js';
import { createGitLabProvider } from './gitlab/index.js';
import type { Provider } from './provider.js';

export const PROVIDERS = ['github', 'gitlab'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const GITHUB_APIS = ['rest'] as const;
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
  /** GitLab only: a CI job token (sent as JOB-TOKEN) rather than a personal or project token. */
  jobToken?: boolean;
}

export function createProvider(settings: ProviderSettings): Provider {
  switch (settings.provider) {
    case 'github':
      return createGitHubRestProvider({
        token: settings.token,
        repository: settings.repository,
        baseUrl: settings.apiUrl,
      });
    case 'gitlab':
      return createGitLabProvider({
        token: settings.token,
        project: settings.repository,
        baseUrl: settings.apiUrl,
        tokenKind: settings.jobToken ? 'job' : 'private',
      });
  }
}

export function parseProviderName(name: string): ProviderName {
  if ((PROVIDERS as readonly string[]).includes(name)) return name as ProviderName;
  throw new Error(`unknown provider "${name}"; known providers: ${PROVIDERS.join(', ')}`);
}
