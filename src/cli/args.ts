import { parseArgs } from 'node:util';
import { LimitError, parseLimits, type SafetyLimits } from '../pipeline/safety.js';

export const USAGE = `Usage: sift --repo owner/name [--rules path] [--dry-run] [--json] [--api-url url]

Triage the issues and pull requests of a GitHub repository with a rules file.

Options:
  --repo owner/name   repository to triage (default: GITHUB_REPOSITORY)
  --rules path        rules file (default: .github/sift.yml)
  --dry-run           compute the plan and change nothing
  --json              print the plan as JSON instead of text
  --api-url url       REST API base URL, for GitHub Enterprise Server
                      (default: GITHUB_API_URL or https://api.github.com)
  --max-operations n  write requests this run may make (default 200)
  --max-change-ratio r
                      change nothing if more than this share of the walked
                      items would change (default 0.5; from 10 items up)
  --comments-per-minute n
                      pace comments (default 80)
  -h, --help          show this help
  -v, --version       show the version

The token is read from GITHUB_TOKEN (or GH_TOKEN).

Exit codes: 0 done (also when the budget ran out: the output says what is
left); 1 some items could not be changed, the run failed, or the circuit
breaker stopped it; 2 bad usage or a bad rules file (nothing was changed).`;

export interface CliOptions {
  repo: string;
  rules: string;
  dryRun: boolean;
  json: boolean;
  apiUrl: string;
  token: string;
  limits: SafetyLimits;
}

export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        rules: { type: 'string', default: '.github/sift.yml' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'api-url': { type: 'string' },
        'max-operations': { type: 'string' },
        'max-change-ratio': { type: 'string' },
        'comments-per-minute': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  // `sift run ...` reads as well as `sift ...`.
  const extra = positionals[0] === 'run' ? positionals.slice(1) : positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  const repo = values.repo ?? env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new UsageError('--repo owner/name is required');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
  if (!token) throw new UsageError('no token: set GITHUB_TOKEN to a token that can read (and write) issues');
  let limits: SafetyLimits;
  try {
    limits = parseLimits({
      maxOperations: values['max-operations'],
      maxChangeRatio: values['max-change-ratio'],
      commentsPerMinute: values['comments-per-minute'],
    });
  } catch (error) {
    if (error instanceof LimitError) throw new UsageError(error.message.replace(/`(\S+)`/, '--$1'));
    throw error;
  }
  return {
    kind: 'run',
    options: {
      repo,
      rules: values.rules,
      dryRun: values['dry-run'],
      json: values.json,
      apiUrl: values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
      token,
      limits,
    },
  };
}
