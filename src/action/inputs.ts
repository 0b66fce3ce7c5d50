/**
 * The Action's inputs and the runner's environment. The runner applies action.yml's defaults, but the
 * same code also runs outside it (tests, local runs), so every default is repeated here.
 */
import * as core from '@actions/core';
import { DEFAULT_TESTS_PATH } from '../policy-tests/defaults.js';
import { parseRepositoryList } from '../fleet/repositories.js';
import { parsePatterns } from '../fleet/globs.js';
import { DEFAULT_MAX_SHARDS } from '../fleet/shards.js';
import { parseExplainTarget, type ExplainTarget } from '../pipeline/explain.js';
import { parseLimits, type SafetyLimits } from '../pipeline/safety.js';
import type { Provider } from '../providers/provider.js';
import { loadProvider } from '../providers/load.js';
import { GITHUB_APIS, type GitHubApi } from '../providers/settings.js';
import { checkApiUrl } from '../providers/api-url.js';

export interface ActionInputs {
  token: string;
  rulesPath: string;
  /** The policy tests file (input `tests`), for modes test and preview. */
  testsPath: string;
  dryRun: boolean;
  /** The first of `repositories` ('' in modes that take none: shards, merge). */
  repository: string;
  /** Input `repository`: one or several, space or comma separated. */
  repositories: string[];
  /** Modes shards and merge (see readFleetInputs). */
  fleet: FleetInputs;
  apiUrl: string;
  graphqlUrl?: string;
  api: GitHubApi;
  mode: string;
  backfill: boolean;
  /** Item to explain, if asked: `#123`, or `discussion #12`. */
  explain?: ExplainTarget;
  limits: SafetyLimits;
  /** Keep the ETags of REST reads in the Actions cache between runs (input `cache`, default true). */
  cache: boolean;
  /** Token for the rules file's model endpoint (input `models-token`); default: `token` for GitHub Models. */
  modelsToken: string;
  /** Overrides the model endpoint's base URL (input `models-url`). */
  modelsUrl: string;
  /** Token for GitHub projects only (input `project-token`); '' when not given. */
  projectToken: string;
}

/** Inputs of the org-wide modes: `shards` lists and splits, `merge` joins the shards' result files. */
export interface FleetInputs {
  /** Organisation whose repositories `mode: shards` lists. */
  org: string;
  includeForks: boolean;
  include: string[];
  exclude: string[];
  maxShards: number;
  /** Where to write this run's result file, if anywhere (input `result-file`). */
  resultFile: string;
  /** Directory of result files for `mode: merge` (input `results`). */
  results: string;
}

export const DEFAULT_RULES_PATH = '.github/sift.yml';

/** Modes that work on an organisation or on result files rather than on a repository. */
const REPOSITORY_FREE_MODES = ['shards', 'merge'];

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const token = core.getInput('token') || env.GITHUB_TOKEN || '';
  const repositoryText = core.getInput('repository') || env.GITHUB_REPOSITORY || '';
  const mode = core.getInput('mode').trim().toLowerCase();
  // A merge reads result files only: it needs no token.
  if (!token && mode !== 'merge') {
    throw new Error(
      'No token: set the `token` input (it defaults to `${{ github.token }}` on GitHub) or GITHUB_TOKEN.',
    );
  }
  const needsRepository = !REPOSITORY_FREE_MODES.includes(mode);
  let repositories: string[];
  try {
    repositories = parseRepositoryList(repositoryText);
  } catch (error) {
    throw new Error(`Input \`repository\`: ${(error as Error).message}`, { cause: error });
  }
  if (needsRepository && repositories.length === 0) {
    throw new Error(
      `No repository to triage: GITHUB_REPOSITORY is "${repositoryText}"; set the \`repository\` input to owner/name.`,
    );
  }
  if (token) core.setSecret(token);
  // Masked before anything could print it; used for project requests and nothing else.
  const projectToken = core.getInput('project-token').trim();
  if (projectToken) core.setSecret(projectToken);
  const api = core.getInput('api') || 'graphql';
  if (!(GITHUB_APIS as readonly string[]).includes(api)) {
    throw new Error(`Input \`api\` must be ${GITHUB_APIS.join(' or ')}, not "${api}".`);
  }
  return {
    token,
    rulesPath: core.getInput('rules') || DEFAULT_RULES_PATH,
    testsPath: core.getInput('tests') || DEFAULT_TESTS_PATH,
    dryRun: parseBoolean('dry-run', core.getInput('dry-run')),
    repository: repositories[0] ?? '',
    repositories,
    fleet: readFleetInputs(),
    // The runner sets both; a workflow's `env:` can override them (GitHub Enterprise Server, a proxy).
    apiUrl: env.GITHUB_API_URL
      ? checkApiUrl(env.GITHUB_API_URL, 'GITHUB_API_URL', 'https://ghe.example.com/api/v3')
      : 'https://api.github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL
      ? checkApiUrl(env.GITHUB_GRAPHQL_URL, 'GITHUB_GRAPHQL_URL', 'https://ghe.example.com/api/graphql')
      : undefined,
    api: api as GitHubApi,
    mode: core.getInput('mode'),
    backfill: parseBoolean('backfill', core.getInput('backfill')),
    explain: parseItemNumber('explain', core.getInput('explain')),
    cache: parseBoolean('cache', core.getInput('cache') || 'true'),
    modelsToken: core.getInput('models-token'),
    modelsUrl: modelsUrl(core.getInput('models-url')),
    projectToken,
    limits: parseLimits({
      maxOperations: core.getInput('max-operations'),
      maxChangeRatio: core.getInput('max-change-ratio'),
      commentsPerMinute: core.getInput('comments-per-minute'),
    }),
  };
}

/** Input `models-url`, checked before any request like the API's address. */
function modelsUrl(value: string): string {
  if (value.trim() === '') return '';
  return checkApiUrl(value, 'Input `models-url`', 'https://api.openai.com/v1');
}

function readFleetInputs(): FleetInputs {
  const maxShardsText = core.getInput('max-shards').trim();
  const maxShards = maxShardsText === '' ? DEFAULT_MAX_SHARDS : Number(maxShardsText);
  if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > 256) {
    throw new Error(`Input \`max-shards\` must be a whole number from 1 to 256, not "${maxShardsText}".`);
  }
  return {
    org: core.getInput('org').trim(),
    includeForks: parseBoolean('include-forks', core.getInput('include-forks')),
    include: parsePatterns(core.getInput('include')),
    exclude: parsePatterns(core.getInput('exclude')),
    maxShards,
    resultFile: core.getInput('result-file').trim(),
    results: core.getInput('results').trim(),
  };
}

function parseBoolean(name: string, value: string): boolean {
  const normalized = value.trim().toLowerCase();
  if (normalized === '' || normalized === 'false') return false;
  if (normalized === 'true') return true;
  throw new Error(`Input \`${name}\` must be true or false, not "${value}".`);
}

function parseItemNumber(name: string, value: string): ExplainTarget | undefined {
  if (value.trim() === '') return undefined;
  const target = parseExplainTarget(value);
  // `!12` is GitLab's notation; the Action runs on GitHub, where `#12` names issues and pull requests.
  if (!target || target.mergeRequest) {
    throw new Error(
      `Input \`${name}\` takes an item number like '#123' (or 'discussion #12' for a discussion), not "${value}".`,
    );
  }
  return target;
}

/** The provider for the inputs' (first) repository, through the API the inputs choose. */
export function repositoryProvider(inputs: ActionInputs, dryRun = false): Promise<Provider> {
  return loadProvider({
    provider: 'github',
    api: inputs.api,
    repository: inputs.repository,
    token: inputs.token,
    apiUrl: inputs.apiUrl,
    graphqlUrl: inputs.graphqlUrl,
    ...(inputs.projectToken ? { projectToken: inputs.projectToken } : {}),
    ...(dryRun ? { dryRun } : {}),
  });
}
