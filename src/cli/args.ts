import { parseArgs } from 'node:util';
import { DEFAULT_TESTS_PATH } from '../policy-tests/index.js';
import { parsePatterns } from '../fleet/globs.js';
import { parseRepositoryList } from '../fleet/repositories.js';
import { DEFAULT_MAX_SHARDS, MAX_MATRIX_JOBS, type Selection } from '../fleet/shards.js';
import { DEFAULT_SAMPLE } from '../pipeline/eval.js';
import { parseExplainTarget, type ExplainTarget } from '../pipeline/explain.js';
import { usageMessage } from './usage.js';
import { ApiUrlError, checkApiUrl } from '../providers/api-url.js';
import { LimitError, parseLimits, type SafetyLimits } from '../pipeline/safety.js';
import {
  GITHUB_APIS,
  parseProviderName,
  type GitHubApi,
  type ProviderName,
  type ProviderSettings,
} from '../providers/settings.js';

/** `sift --help`; docs/cli.md shows the same text (a test keeps them equal). */
export const USAGE = `Usage:
  sift [run] --repo owner/name [options]                         (GitHub)
  sift [run] --provider gitlab --project group/project [options] (GitLab)
  sift validate [--rules file] [--tests file]                    (check the files)
  sift try [--rules file] [--sample demo|lifelike]               (a playground)
  sift test [--rules file] [--tests file]                        (policy tests)
  sift eval --rule id [--sample n] --repo owner/name             (measure a classifier)
  sift shards --org acme [--max-shards n] [--include g] [--exclude g] [--include-forks]
  sift shards --provider gitlab --group g [...]                  (with subgroups)
  sift merge DIR [--summary file] [--json]

Triage the issues and pull requests (merge requests) of a repository with a rules file.
--repo and --project take several repositories too (space or comma separated):
each is swept in turn, with its own budget, circuit breaker and report.
shards prints a GitHub Actions matrix of an organisation's repositories, split
into shards balanced by open items; merge joins the shards' result files.

Options:
  --provider name     github (default) or gitlab
  --repo owner/name   GitHub repository (default: GITHUB_REPOSITORY)
  --project path      GitLab project path (default: CI_PROJECT_PATH)
  --rules path        rules file (default: .github/sift.yml)
  --dry-run           compute the plan and change nothing
  --json              print the plan as JSON instead of text
  --summary file      also write the Markdown report to this file
  --explain number    explain every rule for one item; change nothing
                      ("discussion 12" for a discussion; on GitLab 12 is
                      issue 12 and '!12' merge request 12)
  --api-url url       REST API base URL: GitHub Enterprise Server, or a
                      self-managed GitLab (default: GITHUB_API_URL, CI_API_V4_URL,
                      or https://api.github.com / https://gitlab.com/api/v4)
  --api ${GITHUB_APIS.join('|')}  GitHub API to use (default ${GITHUB_APIS[0]})
  --result file       write the run's result (plan, outcomes, checks, deferred,
                      requests) as JSON, for sift merge
  --cache-dir dir     keep the ETags of GitHub REST reads in dir
                      (etags-OWNER-REPO.json), so a rerun on an unchanged
                      repository is answered 304 Not Modified, free of the rate
                      limit (--api rest only)
  --max-operations n  write requests this run may make (default 200)
  --max-change-ratio r
                      change nothing if more than this share of the walked
                      items would change (default 0.5; from 10 items up)
  --comments-per-minute n
                      pace comments (default 80)
  -h, --help          show this help
  -v, --version       show the version

sift validate reads the rules file (and the tests file, if --tests names one or
the default exists) and reports every problem at its line and column; with
--provider gitlab or --api rest it also checks what that API can do. Exit codes:
0 valid, 2 a problem. Every command checks the rules file before the token.

sift try dry-runs the rules on a built-in sample repository served on 127.0.0.1
(demo: 60 items; lifelike: about 1,000), with no token and no network, and
prints what they would do, then the tally. --json prints the plan as JSON.

sift test runs the tests file (default .github/sift.test.yml): items and what
the rules must do to them, through the same engine, with no network and no
token. Exit codes: 0 all passed, 1 a test failed, 2 a bad rules or tests file.

sift eval runs one rule's classify over items people already labelled with one
of its choices (closed and open, newest first, --sample of them, default 200)
and prints accuracy, precision and recall per label, a confusion table, the
calls made and how many more a sweep would make; for a rule with similar, how
many items people closed as duplicates (label duplicate) it would have caught
and its false matches among the others. It changes nothing.

Tokens: GitHub from GITHUB_TOKEN (or GH_TOKEN); GitLab from GITLAB_TOKEN, or
CI_JOB_TOKEN inside GitLab CI. A models: endpoint other than GitHub Models takes
its key from SIFT_MODELS_TOKEN; SIFT_MODELS_URL overrides its base URL. GitHub
projects (project rules) are read and written with SIFT_PROJECT_TOKEN when set.

Exit codes: 0 done (also when the budget ran out: the output says what is
left); 1 some items could not be changed, the run failed, or the circuit
breaker stopped it; 2 bad usage or a bad rules file (nothing was changed).`;

export interface CliOptions {
  provider: ProviderSettings;
  rules: string;
  dryRun: boolean;
  json: boolean;
  summaryFile?: string;
  explain?: ExplainTarget;
  limits: SafetyLimits;
  /** Where the ETags of REST reads are kept between runs (`--cache-dir`). */
  cacheDir?: string;
  /** Every repository of `--repo`/`--project` (the provider's `repository` is the first). */
  repositories: string[];
  /** `--result`: where to write the result file. */
  resultFile?: string;
}

/** The sample repositories `sift try` serves (src/cli/try.ts); the first is the default. */
export const SAMPLES = ['demo', 'lifelike'] as const;
export type SampleName = (typeof SAMPLES)[number];

export interface TryOptions {
  rules: string;
  sample: SampleName;
  json: boolean;
  limits: SafetyLimits;
}

export interface ShardsOptions {
  provider: 'github' | 'gitlab';
  /** Organisation (GitHub) or group (GitLab). */
  owner: string;
  token: string;
  apiUrl: string;
  selection: Selection;
  maxShards: number;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; options: CliOptions }
  | { kind: 'eval'; options: CliOptions; rule: string; sample: number }
  | { kind: 'test'; rules: string; tests: string }
  | { kind: 'try'; options: TryOptions }
  | {
      kind: 'validate';
      rules: string;
      /** The tests file `--tests` named; absent: the default one, if it exists. */
      tests?: string;
      provider: ProviderSettings;
    }
  | { kind: 'shards'; options: ShardsOptions }
  | { kind: 'merge'; dir: string; summaryFile?: string; json: boolean };

export class UsageError extends Error {
  override name = 'UsageError';
  /**
   * @param withUsage false for a value that is wrong (an address) rather than the command line's
   * shape: the line of usage would not help there.
   */
  constructor(
    message: string,
    readonly withUsage = true,
  ) {
    super(message);
  }
}

export const OPTIONS = {
  provider: { type: 'string', default: 'github' },
  repo: { type: 'string' },
  project: { type: 'string' },
  rules: { type: 'string', default: '.github/sift.yml' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  summary: { type: 'string' },
  explain: { type: 'string' },
  'api-url': { type: 'string' },
  api: { type: 'string' },
  'max-operations': { type: 'string' },
  'max-change-ratio': { type: 'string' },
  'comments-per-minute': { type: 'string' },
  'cache-dir': { type: 'string' },
  tests: { type: 'string' },
  result: { type: 'string' },
  org: { type: 'string' },
  group: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'include-forks': { type: 'boolean', default: false },
  'max-shards': { type: 'string' },
  rule: { type: 'string' },
  sample: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** One line of usage for an error; `sift --help` has the rest. */
export const SHORT_USAGE =
  'Usage: sift [run|validate|try|test|eval|shards|merge] [options]; sift --help lists every option.';

export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(OPTIONS)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  // `--rule` is `sift eval`'s; anywhere else it is most likely `--rules` mistyped.
  if (values.rule !== undefined && positionals[0] !== 'eval')
    throw new UsageError('--rule is an option of `sift eval`; did you mean --rules?');
  if (positionals[0] === 'test') return testCommand(values, positionals.slice(1));
  if (positionals[0] === 'try') {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const sample = values.sample ?? SAMPLES[0];
    if (!(SAMPLES as readonly string[]).includes(sample))
      throw new UsageError(`--sample must be one of ${SAMPLES.join(', ')}, not "${sample}"`);
    return {
      kind: 'try',
      options: {
        rules: values.rules,
        sample: sample as SampleName,
        json: values.json,
        limits: limits(values),
      },
    };
  }
  if (positionals[0] === 'validate') {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    return {
      kind: 'validate',
      rules: values.rules,
      ...(values.tests !== undefined ? { tests: values.tests } : {}),
      // The provider only says which API the rules are checked against: no repository, no token.
      provider: providerSettings({ ...values, repo: 'validate/only', project: 'validate/only' }, {}),
    };
  }
  if (values.tests !== undefined) throw new UsageError('--tests belongs to `sift test` and `sift validate`');
  if (positionals[0] === 'shards') {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    return { kind: 'shards', options: shardsOptions(values, env) };
  }
  if (positionals[0] === 'merge') {
    if (positionals.length !== 2) throw new UsageError('sift merge takes one directory of result files');
    return { kind: 'merge', dir: positionals[1], summaryFile: values.summary, json: values.json };
  }
  // `sift run ...` reads as well as `sift ...`.
  const isEval = positionals[0] === 'eval';
  const extra = positionals[0] === 'run' || isEval ? positionals.slice(1) : positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  let explain: ExplainTarget | undefined;
  if (values.explain !== undefined) {
    explain = parseExplainTarget(values.explain) ?? undefined;
    if (explain === undefined) {
      throw new UsageError(
        `--explain takes an item number (or "discussion 12" for a discussion, '!12' for a GitLab merge request), not "${values.explain}"`,
      );
    }
  }
  const provider = providerSettings(values, env);
  if (explain?.mergeRequest && provider.provider !== 'gitlab') {
    throw new UsageError(
      `--explain '!${explain.number}' names a GitLab merge request; on GitHub issues and pull requests share numbers: --explain ${explain.number}`,
    );
  }
  // Set for the models' endpoint (a proxy, an emulator): checked now, before anything is sent anywhere.
  if (env.SIFT_MODELS_URL) checkUrl(env.SIFT_MODELS_URL, 'SIFT_MODELS_URL', 'https://api.openai.com/v1');
  const repositories = repositoryList(
    provider.provider,
    values.provider === 'gitlab'
      ? (values.project ?? env.CI_PROJECT_PATH ?? '')
      : (values.repo ?? env.GITHUB_REPOSITORY ?? ''),
  );
  if (repositories.length > 1 && explain !== undefined) {
    throw new UsageError('--explain looks at one item of one repository; give one repository');
  }
  const options: CliOptions = {
    provider,
    repositories,
    ...(values.result ? { resultFile: values.result } : {}),
    rules: values.rules,
    dryRun: values['dry-run'],
    json: values.json,
    summaryFile: values.summary,
    explain,
    limits: limits(values),
    ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
  };
  if (isEval) return evalCommand(options, values.rule, values.sample);
  if (values.rule !== undefined || values.sample !== undefined)
    throw new UsageError('--rule belongs to `sift eval`, --sample to `sift eval` and `sift try`');
  return { kind: 'run', options };
}

/** `sift eval --rule id [--sample n]`: one repository, one rule with a classify condition. */
function evalCommand(options: CliOptions, rule: string | undefined, sample: string | undefined): CliCommand {
  if (rule === undefined || rule === '')
    throw new UsageError('sift eval needs --rule, the id of a rule with classify');
  if (options.repositories.length > 1) throw new UsageError('sift eval looks at one repository');
  const n = sample === undefined ? DEFAULT_SAMPLE : Number(sample);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new UsageError(`--sample must be a whole number from 1 to 10000, not "${sample}"`);
  }
  return { kind: 'eval', options, rule, sample: n };
}

/** `sift test`: no repository, no token; only the two files. */
function testCommand(values: { rules: string; tests?: string }, extra: string[]): CliCommand {
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { kind: 'test', rules: values.rules, tests: values.tests ?? DEFAULT_TESTS_PATH };
}

interface ProviderFlags {
  provider: string;
  repo?: string;
  project?: string;
  'api-url'?: string;
  api?: string;
}

function providerSettings(values: ProviderFlags, env: NodeJS.ProcessEnv): ProviderSettings {
  let name;
  try {
    name = parseProviderName(values.provider);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (name === 'gitlab') {
    const project = repositoryList('gitlab', values.project ?? env.CI_PROJECT_PATH ?? '')[0] ?? '';
    if (!/^[^/\s]+(\/[^/\s]+)+$/.test(project)) throw new UsageError('--project group/project is required');
    // An empty token is refused by requireToken, after the rules file was read: a broken rules file
    // says what is wrong with it, not "no token".
    const token = env.GITLAB_TOKEN || env.CI_JOB_TOKEN || '';
    return {
      provider: 'gitlab',
      repository: project,
      token,
      jobToken: !env.GITLAB_TOKEN,
      apiUrl: apiUrl('gitlab', values, env),
    };
  }
  const repo = repositoryList('github', values.repo ?? env.GITHUB_REPOSITORY ?? '')[0] ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new UsageError('--repo owner/name is required');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
  const api = values.api ?? GITHUB_APIS[0];
  if (!(GITHUB_APIS as readonly string[]).includes(api)) {
    throw new UsageError(`--api must be one of ${GITHUB_APIS.join(', ')}, not "${api}"`);
  }
  // A token for projects only, like the Action's `project-token`: from the environment, never a flag.
  const projectToken = env.SIFT_PROJECT_TOKEN ?? '';
  return {
    provider: 'github',
    repository: repo,
    token,
    api: api as GitHubApi,
    apiUrl: apiUrl('github', values, env),
    ...(projectToken ? { projectToken } : {}),
  };
}

/** Where each forge's API address comes from when --api-url is absent, and a good one for errors. */
const API_URLS = {
  github: {
    env: 'GITHUB_API_URL',
    default: 'https://api.github.com',
    example: 'https://ghe.example.com/api/v3',
  },
  gitlab: {
    env: 'CI_API_V4_URL',
    default: 'https://gitlab.com/api/v4',
    example: 'https://gitlab.example.com/api/v4',
  },
} as const;

/**
 * `--api-url`, else the CI's variable, else the public API; checked here, before any request, so a
 * mistyped address is a usage error (exit 2) that names where it came from rather than retried failures.
 */
function apiUrl(forge: ProviderName, values: { 'api-url'?: string }, env: NodeJS.ProcessEnv): string {
  const known = API_URLS[forge];
  const fromEnv = env[known.env];
  if (values['api-url'] !== undefined) return checkUrl(values['api-url'], '--api-url', known.example);
  if (fromEnv !== undefined && fromEnv !== '') return checkUrl(fromEnv, known.env, known.example);
  return known.default;
}

/** checkApiUrl's error as a usage error: exit 2, one line, nothing sent. */
function checkUrl(value: string, source: string, example: string): string {
  try {
    return checkApiUrl(value, source, example);
  } catch (error) {
    if (error instanceof ApiUrlError) throw new UsageError(error.message, false);
    throw error;
  }
}

/** Refuses a run without a token; called once the rules file has been read and checked. */
export function requireToken(provider: ProviderSettings): void {
  if (provider.token) return;
  throw new UsageError(
    provider.provider === 'gitlab'
      ? 'no token: set GITLAB_TOKEN (a token with the api scope), or run in GitLab CI'
      : 'no token: set GITHUB_TOKEN to a token that can read (and write) issues',
  );
}

function repositoryList(forge: 'github' | 'gitlab', text: string): string[] {
  try {
    return parseRepositoryList(text, forge);
  } catch (error) {
    throw new UsageError(`${forge === 'gitlab' ? '--project' : '--repo'}: ${(error as Error).message}`);
  }
}

interface ShardFlags extends ProviderFlags {
  org?: string;
  group?: string;
  include?: string[];
  exclude?: string[];
  'include-forks'?: boolean;
  'max-shards'?: string;
}

function shardsOptions(values: ShardFlags, env: NodeJS.ProcessEnv): ShardsOptions {
  const gitlab = values.provider === 'gitlab';
  if (!gitlab && values.provider !== 'github') {
    throw new UsageError(`unknown provider "${values.provider}"; known providers: github, gitlab`);
  }
  const owner = (gitlab ? values.group : values.org) ?? '';
  if (!owner)
    throw new UsageError(gitlab ? 'sift shards --provider gitlab needs --group' : 'sift shards needs --org');
  const token = gitlab ? env.GITLAB_TOKEN || env.CI_JOB_TOKEN || '' : env.GITHUB_TOKEN || env.GH_TOKEN || '';
  if (!token) throw new UsageError(gitlab ? 'no token: set GITLAB_TOKEN' : 'no token: set GITHUB_TOKEN');
  const maxShards = values['max-shards'] === undefined ? DEFAULT_MAX_SHARDS : Number(values['max-shards']);
  if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > MAX_MATRIX_JOBS) {
    throw new UsageError(
      `--max-shards must be a whole number from 1 to ${MAX_MATRIX_JOBS}, not "${values['max-shards']}"`,
    );
  }
  return {
    provider: gitlab ? 'gitlab' : 'github',
    owner,
    token,
    apiUrl: apiUrl(gitlab ? 'gitlab' : 'github', values, env),
    selection: {
      includeForks: values['include-forks'] ?? false,
      include: (values.include ?? []).flatMap(parsePatterns),
      exclude: (values.exclude ?? []).flatMap(parsePatterns),
    },
    maxShards,
  };
}

function limits(values: Record<string, string | string[] | boolean | undefined>): SafetyLimits {
  try {
    return parseLimits({
      maxOperations: values['max-operations'] as string | undefined,
      maxChangeRatio: values['max-change-ratio'] as string | undefined,
      commentsPerMinute: values['comments-per-minute'] as string | undefined,
    });
  } catch (error) {
    if (error instanceof LimitError) throw new UsageError(error.message.replace(/`(\S+)`/, '--$1'));
    throw error;
  }
}
