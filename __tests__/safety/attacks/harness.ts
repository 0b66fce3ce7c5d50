/**
 * The attacks of issue 18, run as an attacker would: the bundled Action (dist/index.js) started the
 * way the runner starts it, against the GitHub emulator on 127.0.0.1. The usual target is the rules
 * preview on `pull_request_target`, where the pull request's author writes the head commit's rules
 * and tests files and the job holds a write token.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../../src/emulator/github/index.js';
import type { RepoStore } from '../../../src/emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../../helpers/run-action.js';
import { webhookExample } from '../../helpers/webhooks.js';

export const TOKEN = 'ghs_AttackTestToken0123456789abcdefXYZ';
export const REPO = 'Codertocat/Hello-World';
export const APIS = ['graphql', 'rest'] as const;
export const PREVIEW_MARKER = '<!-- sift:rule=:preview -->';

const payload = webhookExample('pull_request', 'synchronize') as {
  number: number;
  pull_request: { base: { sha: string }; head: { sha: string } };
};
export const PULL_EVENT: unknown = payload;
export const BASE = payload.pull_request.base.sha;
export const HEAD = payload.pull_request.head.sha;
/** The pull request of the payload (its number in the emulator). */
export const PULL = 2;

export const BASE_RULES = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 90d, labels: { none: [stale] } }
    then:
      - label: stale
`;

export class Attack {
  readonly runs: ActionRun[] = [];
  gh!: GitHubEmulator;
  repo!: RepoStore;

  async start(options: Parameters<typeof startGitHubEmulator>[0] = {}): Promise<void> {
    this.gh = await startGitHubEmulator({ token: TOKEN, ...options });
    this.repo = this.gh.store.addRepo(REPO, { defaultBranch: 'master' });
  }

  async stop(): Promise<void> {
    await this.gh?.close();
    this.runs.splice(0).forEach(removeWorkspace);
  }

  /** The pull request of the payload, changing the rules file, with these head files. */
  pullRequest(head: Record<string, string>, base: Record<string, string> = {}, labels: string[] = []): void {
    this.repo.addIssue({
      number: PULL,
      title: 'Tidy the rules',
      labels,
      pull_request: true,
      pull: { files: Object.keys(head) },
    });
    this.repo.contents.commit(BASE, { '.github/sift.yml': BASE_RULES, ...base }, 'master');
    this.repo.contents.commit(HEAD, { '.github/sift.yml': BASE_RULES, ...head }, 'changes');
  }

  /** The Action as the runner starts it; the workspace is the base branch's checkout. */
  async action(
    inputs: Record<string, string>,
    env: Record<string, string> = {},
    files: Record<string, string> = {},
  ): Promise<ActionRun> {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', ...inputs },
      env: {
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: this.gh.url,
        GITHUB_GRAPHQL_URL: this.gh.graphqlUrl,
        ...env,
      },
      files: { '.github/sift.yml': BASE_RULES, ...files },
    });
    this.runs.push(run);
    return run;
  }

  /** The preview of the payload's pull request on pull_request_target (mode auto). */
  preview(inputs: Record<string, string> = {}, event: unknown = PULL_EVENT): Promise<ActionRun> {
    return this.action(
      inputs,
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: 'event.json' },
      { 'event.json': JSON.stringify(event) },
    );
  }

  previewComment(): string {
    const found = this.repo.require(PULL).commentList.filter((c) => c.body.includes(PREVIEW_MARKER));
    if (found.length !== 1) throw new Error(`${found.length} preview comments`);
    return found[0].body;
  }
}

/** Every line of the run's log that the runner would read as a workflow command. */
export function runnerCommands(log: string): string[] {
  return log.split(/\r?\n/).filter((line) => /^::[a-z-]+/i.test(line) || line.includes('##['));
}

/** What attackers put in titles, bodies, rule ids and test names: each payload says PWNED. */
export const COMMAND_PAYLOADS = [
  'x\n::warning::PWNED-1',
  'x ::add-mask::PWNED-2',
  'x\r\n  ::stop-commands::PWNED-3',
  'x ##[set-output name=PWNED-4;]y',
  'x\n::error file=PWNED-5::z',
];

/**
 * The workflow commands an attacker got the runner to run, read as the runner reads a log: a line
 * that starts (after whitespace) with `::` is a command up to the next `::`, its data after; `##[`
 * anywhere in a line is the legacy form. Sift's own commands (groups, annotations) carry the payloads
 * only escaped inside their data and property values; an injected one starts its data or a property
 * value with a payload, or is a stop-commands.
 */
export function injectedCommands(log: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => {
    if (line.includes('##[')) return true;
    const trimmed = line.trim();
    if (!trimmed.startsWith('::')) return false;
    const end = trimmed.indexOf('::', 2);
    const head = end < 0 ? trimmed.slice(2) : trimmed.slice(2, end);
    const data = end < 0 ? '' : trimmed.slice(end + 2);
    const space = head.indexOf(' ');
    const name = space < 0 ? head : head.slice(0, space);
    const values =
      space < 0
        ? []
        : head
            .slice(space + 1)
            .split(',')
            .map((p) => p.slice(p.indexOf('=') + 1));
    return (
      name === 'stop-commands' ||
      name.includes('PWNED') ||
      data.startsWith('PWNED') ||
      values.some((v) => v.startsWith('PWNED'))
    );
  });
}
