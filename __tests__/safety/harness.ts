/**
 * A seeded repository, a rules file and a fault script for running the whole pipeline (`triage()`
 * over the GitHub REST provider) against the emulator while requests fail, then checking that a rerun
 * leaves exactly the state an uninterrupted run leaves.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseRules } from '../../src/config/index.js';
import type { RuleSet } from '../../src/model/rules.js';
import { triage } from '../../src/pipeline/triage.js';
import type { ClientTuning } from '../../src/providers/github/tuning.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { TriageResult } from '../../src/report/result.js';
import {
  startGitHubEmulator,
  type Fault,
  type GitHubEmulator,
  type IssueSeed,
  type RepoStore,
  type RequestLogEntry,
} from '../../src/emulator/github/index.js';
import { precompile } from '../../src/emulator/github/openapi/conformance.js';

export const TOKEN = 'ghs_SafetyTestToken0123456789abcdefXYZ';
export const NOW = new Date('2026-06-01T12:00:00Z');
export const REPOSITORY = 'octo/demo';

/** Small waits so a test never sleeps for long; a slow answer is one past `timeoutMs`. */
export const FAST: ClientTuning = {
  retries: 3,
  retryBaseMs: 2,
  timeoutMs: 150,
  maxWaitMs: 60_000,
  secondMs: 2,
};
export const SLOW_MS = 300;

/**
 * Each rule does its comment first and the change that ends its own condition last, so a run cut off
 * between two of a rule's changes leaves the rule still matching, and the rerun finishes it.
 */
export const RULES = parseRules(
  `version: 1
rules:
  - id: welcome
    when:
      type: issue
      title: '/crash|error/i'
      labels: { none: [triaged] }
    then:
      - comment: 'Thanks @{{author}}: a maintainer will look at this.'
      - assign: mona
      - label: [bug, triaged]
  - id: needs-info
    when:
      type: issue
      body: '^\\s*$'
      labels: { none: [needs-info] }
    then:
      - comment: 'Please tell us how to reproduce this.'
      - label: needs-info
  - id: close-wontfix
    when:
      labels: { all: [wontfix] }
    then:
      - comment: 'Closing: this will not be fixed.'
      - lock: resolved
      - close: not_planned
  - id: old-wip
    when:
      type: pull_request
      created: { older-than: 30d }
      labels: { any: [wip] }
    then:
      - label: stale-pr
      - unlabel: wip
`,
  'sift.yml',
);

const OLD = '2026-01-05T10:00:00Z';
const RECENT = '2026-05-30T10:00:00Z';

const SEEDS: IssueSeed[] = [
  { title: 'Crash on start', body: 'It crashes.', user: 'alice', created_at: OLD },
  { title: 'Error when saving', body: '', user: 'bob', created_at: OLD },
  { title: 'Dark mode', body: '  ', user: 'carol', created_at: OLD },
  { title: 'Old request', body: 'Please', labels: ['wontfix'], created_at: OLD },
  { title: 'WIP: refactor', pull_request: true, labels: ['wip'], created_at: OLD },
  { title: 'Fresh PR', pull_request: true, labels: ['wip'], created_at: RECENT },
  { title: 'Crash in parser', body: 'x', labels: ['triaged'], created_at: OLD },
  { title: 'Docs typo', body: 'fix it', created_at: OLD },
  { title: 'Random error', body: '', labels: ['wontfix'], user: 'dave', created_at: OLD },
  { title: 'crash, closed', body: '', state: 'closed', created_at: OLD },
  { title: 'Crash fix', pull_request: true, labels: ['wontfix', 'wip'], created_at: OLD },
  { title: 'Question', body: 'how?', created_at: RECENT },
];

/**
 * The whole repository: twelve items, every rule matching some, one item matching three. `SMALL`
 * keeps every kind of change in fewer requests, for tests that run the pipeline many times (each
 * request costs the plugins' Bottleneck queues some milliseconds).
 */
export const FULL = SEEDS.map((_, i) => i);
export const SMALL = [1, 4, 7, 8];

export function seed(repo: RepoStore, which: readonly number[] = FULL): void {
  for (const i of which) repo.addIssue(SEEDS[i]);
}

/**
 * The emulator for clients with FAST's short timeouts: its conformance validators are compiled before
 * any timed request, since compiling one blocks the event loop the emulator shares with the client.
 */
export function startFastEmulator(
  options: Parameters<typeof startGitHubEmulator>[0],
): Promise<GitHubEmulator> {
  precompile();
  return startGitHubEmulator(options);
}

export async function seededEmulator(
  which: readonly number[] = FULL,
): Promise<{ gh: GitHubEmulator; repo: RepoStore }> {
  const gh = await startFastEmulator({ token: TOKEN, now: () => NOW });
  const repo = gh.store.addRepo(REPOSITORY);
  seed(repo, which);
  return { gh, repo };
}

/** What a run leaves behind, item by item: everything the rules can change. */
export function snapshot(repo: RepoStore) {
  return repo.issues.map((i) => ({
    number: i.number,
    state: i.state,
    stateReason: i.state_reason,
    locked: i.locked,
    labels: [...i.labels].sort(),
    assignees: [...i.assignees].sort(),
    comments: i.commentList.map((c) => `${c.user.login}: ${c.body}`),
  }));
}

export interface RunOutcome {
  result?: TriageResult;
  /** Set when the run itself failed (the listing could not be read, say). */
  error?: Error;
}

/** One full run of the pipeline, as the Action makes it, but with short waits. */
export async function runSift(
  gh: GitHubEmulator,
  tuning: ClientTuning = FAST,
  rules: RuleSet = RULES,
): Promise<RunOutcome> {
  const provider = createGitHubRestProvider({
    token: TOKEN,
    repository: REPOSITORY,
    baseUrl: gh.url,
    perPage: 4,
    client: tuning,
  });
  try {
    const result = await triage({
      provider,
      rules,
      now: NOW,
      dryRun: false,
      maxOperations: 10_000,
      maxChangeRatio: 1,
      commentsPerMinute: 0,
    });
    return { result };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Every message a run produced: its own failure, and each item's. */
export function messagesOf({ result, error }: RunOutcome): string[] {
  const messages = error ? [error.message] : [];
  for (const outcome of result?.outcomes ?? []) if (outcome.error) messages.push(outcome.error);
  if (result?.stop) messages.push(result.stop.message);
  return messages;
}

/**
 * A clear message says which request failed, on which repository, and what GitHub did (or did not)
 * answer; never the token, never an unexplained "undefined".
 */
export function expectClear(message: string): void {
  expect(message).not.toContain(TOKEN);
  expect(message).not.toMatch(/undefined|\[object /);
  expect(message).toMatch(/ in octo\/demo(?: failed)?: /);
  expect(message).toMatch(
    /GitHub answered \d{3}|GitHub did not answer within|connection to GitHub failed|not valid JSON|rate limit/,
  );
}

export const FAULT_KINDS = ['500', '502', 'secondary', '429', 'reset', 'slow', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

/** The fault as the emulator's hook returns it; `slow` answers normally, but late. */
export function faultOf(kind: FaultKind): Fault | 'slow' {
  switch (kind) {
    case '500':
      return { status: 500, body: { message: 'Server Error' } };
    case '502':
      return { status: 502, body: { message: 'Bad Gateway' } };
    case 'secondary':
      return { status: 403, body: { message: SECONDARY_MESSAGE }, headers: { 'retry-after': '2' } };
    case '429':
      return { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' } };
    case 'reset':
      return 'destroy';
    case 'slow':
      return 'slow';
    case 'malformed':
      return 'malformed-json';
  }
}

/**
 * Installs a fault script: `script(index)` names the fault for the request with that index (counted
 * from installation). Returns `settle()`, which waits for late answers still being worked on, so
 * the state is looked at only once every request that will take effect has.
 */
export function injectFaults(
  gh: GitHubEmulator,
  script: (index: number, request: RequestLogEntry) => FaultKind | undefined,
): { settle: () => Promise<void>; injected: FaultKind[] } {
  const start = gh.requests.length;
  const injected: FaultKind[] = [];
  let inFlight = 0;
  gh.onRequest = async (request, index) => {
    const kind = script(index - start, request);
    if (!kind) return undefined;
    injected.push(kind);
    const fault = faultOf(kind);
    if (fault !== 'slow') return fault;
    inFlight++;
    await sleep(SLOW_MS);
    inFlight--;
    return undefined;
  };
  return {
    injected,
    settle: async () => {
      while (inFlight > 0) await sleep(10);
      await sleep(5); // the late answer's route runs right after its hook returns
      gh.onRequest = undefined;
    },
  };
}

/** Each rule's comment at most once per item: a rerun must never post the same comment twice. */
export function expectNoDuplicateComments(repo: RepoStore): void {
  for (const issue of repo.issues) {
    const markers = issue.commentList.map((c) => /<!-- sift:rule=([^ ]+) -->/.exec(c.body)?.[1]);
    expect(markers.filter(Boolean)).toEqual([...new Set(markers.filter(Boolean))]);
  }
}
