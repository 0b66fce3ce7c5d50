/**
 * The Action's inputs and the runner's environment. The runner applies action.yml's defaults, but the
 * same code also runs outside it (tests, local runs), so every default is repeated here.
 */
import * as core from '@actions/core';
import { DEFAULT_TESTS_PATH } from '../policy-tests/index.js';
import { parseLimits, type SafetyLimits } from '../pipeline/safety.js';
import { GITHUB_APIS, type GitHubApi } from '../providers/registry.js';

export interface ActionInputs {
  token: string;
  rulesPath: string;
  /** The policy tests file (input `tests`), for modes test and preview. */
  testsPath: string;
  dryRun: boolean;
  repository: string;
  apiUrl: string;
  graphqlUrl?: string;
  api: GitHubApi;
  mode: string;
  backfill: boolean;
  /** Item number to explain, if asked. */
  explain?: number;
  limits: SafetyLimits;
  /** Keep the ETags of REST reads in the Actions cache between runs (input `cache`, default true). */
  cache: boolean;
}

export const DEFAULT_RULES_PATH = '.github/sift.yml';

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const token = core.getInput('token') || env.GITHUB_TOKEN || '';
  const repository = core.getInput('repository') || env.GITHUB_REPOSITORY || '';
  if (!token) {
    throw new Error(
      'No token: set the `token` input (it defaults to `${{ github.token }}` on GitHub) or GITHUB_TOKEN.',
    );
  }
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(
      `No repository to triage: GITHUB_REPOSITORY is "${repository}"; set the \`repository\` input to owner/name.`,
    );
  }
  core.setSecret(token);
  const api = core.getInput('api') || 'graphql';
  if (!(GITHUB_APIS as readonly string[]).includes(api)) {
    throw new Error(`Input \`api\` must be ${GITHUB_APIS.join(' or ')}, not "${api}".`);
  }
  return {
    token,
    rulesPath: core.getInput('rules') || DEFAULT_RULES_PATH,
    testsPath: core.getInput('tests') || DEFAULT_TESTS_PATH,
    dryRun: parseBoolean('dry-run', core.getInput('dry-run')),
    repository,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    api: api as GitHubApi,
    mode: core.getInput('mode'),
    backfill: parseBoolean('backfill', core.getInput('backfill')),
    explain: parseItemNumber('explain', core.getInput('explain')),
    cache: parseBoolean('cache', core.getInput('cache') || 'true'),
    limits: parseLimits({
      maxOperations: core.getInput('max-operations'),
      maxChangeRatio: core.getInput('max-change-ratio'),
      commentsPerMinute: core.getInput('comments-per-minute'),
    }),
  };
}

function parseBoolean(name: string, value: string): boolean {
  const normalized = value.trim().toLowerCase();
  if (normalized === '' || normalized === 'false') return false;
  if (normalized === 'true') return true;
  throw new Error(`Input \`${name}\` must be true or false, not "${value}".`);
}

function parseItemNumber(name: string, value: string): number | undefined {
  const text = value.trim().replace(/^#/, '');
  if (text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`Input \`${name}\` takes an item number like '#123', not "${value}".`);
  return n;
}
