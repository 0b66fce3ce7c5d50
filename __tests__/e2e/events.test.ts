/**
 * Event, check and explain modes of the bundled action, fed real webhook payloads from
 * @octokit/webhooks-examples the way the runner does (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH).
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'events-token-0123456789';
const REPO = 'Codertocat/Hello-World';
const RULES = `version: 1
rules:
  - id: welcome
    on: [issues.opened]
    when: { type: issue }
    then:
      - comment: "Thanks for the report, @{{author}}!"
      - label: needs-triage
  - id: bug-area
    on: issues.labeled
    when: { labels: { any: [bug] } }
    then:
      - label: area/unknown
  - id: answered
    on: issue_comment.created
    when: { labels: { any: [waiting-for-reply] } }
    then:
      - unlabel: waiting-for-reply
  - id: needs-type
    on: [pull_request, pull_request_target]
    when: { type: pull_request }
    check:
      message: A pull request needs one type/* label.
      require: { labels: { any: ['type/*'] } }
    then:
      - label: needs-type
  - id: titled
    on: [pull_request, pull_request_target]
    when: { type: pull_request }
    check:
      message: The title must not start with WIP.
      require: { not: { title: '^WIP' } }
  - id: sweep-only
    when: { type: issue, labels: { none: [swept] } }
    then:
      - label: swept
`;

let gh: GitHubEmulator;
let repo: RepoStore;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  repo = gh.store.addRepo(REPO);
  repo.addIssue({
    number: 1,
    title: 'Spelling error in the README file',
    labels: ['bug', 'waiting-for-reply'],
  });
  repo.addIssue({ number: 2, title: 'Update the README with new information.', pull_request: true });
  for (let n = 3; n <= 6; n++) repo.addIssue({ number: n, title: `other ${n}` });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function onEvent(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest', ...inputs },
    env: {
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: gh.url,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: 'event.json',
    },
    files: { '.github/sift.yml': RULES, 'event.json': JSON.stringify(payload) },
  });
  runs.push(run);
  return run;
}

/** Item numbers that any request (read or write) touched. */
const touched = () =>
  new Set(
    gh.requests
      .map((r) => /\/(?:issues|pulls)\/(\d+)/.exec(r.path)?.[1])
      .filter(Boolean)
      .map(Number),
  );
const listed = () => gh.requests.filter((r) => /\/issues$/.test(r.path) && r.method === 'GET');

describe('event mode', () => {
  it('issues.opened: answers only that issue, from the payload, with the rules that answer the event', async () => {
    const run = await onEvent('issues', webhookExample('issues', 'opened'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(repo.require(1).commentList.map((c) => c.body)).toEqual([
      expect.stringMatching(/^Thanks for the report, @Codertocat!/),
    ]);
    // `swept` (no `on`) runs on every event too; `bug-area` answers issues.labeled only.
    expect(repo.require(1).labels.sort()).toEqual(['bug', 'needs-triage', 'swept', 'waiting-for-reply']);
    expect(touched()).toEqual(new Set([1]));
    expect(listed()).toEqual([]);
    expect([3, 4, 5, 6].map((n) => repo.require(n).labels)).toEqual([[], [], [], []]);
    expect(run.summary).toContain('| Codertocat/Hello-World | issues | event |');
  });

  it('issues.labeled and issue_comment.created run their own rules only', async () => {
    await onEvent('issues', webhookExample('issues', 'labeled'));
    expect(repo.require(1).labels).toContain('area/unknown');
    expect(repo.require(1).commentList).toEqual([]);

    const payload = webhookExample('issue_comment', 'created') as { issue: { labels: { name: string }[] } };
    payload.issue.labels.push({ name: 'waiting-for-reply' });
    await onEvent('issue_comment', payload);
    expect(repo.require(1).labels).not.toContain('waiting-for-reply');
    expect(touched()).toEqual(new Set([1]));
  });

  it('pull_request.synchronize: fails the needs-type check with an annotation, labels the PR, lists every check', async () => {
    const run = await onEvent('pull_request', webhookExample('pull_request', 'synchronize'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift check needs-type::#2: A pull request needs one type/* label.',
    );
    expect(run.stdout).toContain('::error::1 check(s) failed.');
    expect(repo.require(2).labels).toEqual(['needs-type']);
    expect(JSON.parse(run.outputs.checks)).toEqual([
      expect.objectContaining({
        rule: 'needs-type',
        status: 'failed',
        message: 'A pull request needs one type/* label.',
      }),
      expect.objectContaining({ rule: 'titled', status: 'passed' }),
    ]);
    expect(run.summary).toMatch(
      /### Checks[\s\S]*\| \*\*failed\*\* \| \[#2\]\([^)]*\) \| `needs-type` \| A pull request needs one type\/\\\* label\. \|/,
    );
    expect(run.summary).toMatch(/\| passed \| \[#2\]\([^)]*\) \| `titled` \|/);
    expect(touched()).toEqual(new Set([2]));
  });

  it('pull_request.opened with a type label passes every check and exits 0', async () => {
    const payload = webhookExample('pull_request', 'opened') as {
      pull_request: { labels: { name: string }[] };
    };
    payload.pull_request.labels.push({ name: 'type/docs' });
    const run = await onEvent('pull_request', payload, { mode: 'check' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.checks).map((c: { status: string }) => c.status)).toEqual([
      'passed',
      'passed',
    ]);
    expect(gh.writes()).toEqual([]);
  });

  it('a fork pull request: checks still run and report, writes are skipped with a note', async () => {
    const payload = webhookExample('pull_request', 'opened') as {
      pull_request: { head: { repo: { full_name: string } } };
    };
    payload.pull_request.head.repo.full_name = 'stranger/Hello-World';
    const run = await onEvent('pull_request', payload);
    expect(run.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    expect(run.stdout).toContain(
      '::notice::This pull request comes from a fork, so the workflow token is read-only',
    );
    expect(run.summary).toContain('run it on `pull_request_target`');
    expect(JSON.parse(run.outputs.checks)[0]).toMatchObject({ rule: 'needs-type', status: 'failed' });
  });

  it('mode: event on a schedule is a clear error, before any request', async () => {
    const run = await onEvent('schedule', {}, { mode: 'event' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'mode: event triages the item of an issue, pull-request or discussion event',
    );
    expect(gh.requests).toEqual([]);
  });
});

describe('sweeps, backfill and explain', () => {
  it('a sweep runs only rules without `on`; backfill runs every rule over every item once', async () => {
    const sweep = await onEvent('schedule', {});
    expect(sweep.code).toBe(0);
    expect(repo.issues.filter((i) => !i.pull_request).every((i) => i.labels.includes('swept'))).toBe(true);
    expect(repo.require(1).commentList).toEqual([]);

    const backfill = await onEvent('workflow_dispatch', {}, { backfill: 'true', 'max-change-ratio': '1' });
    expect(backfill.code).toBe(1); // the PR fails its needs-type check
    expect(repo.issues.filter((i) => !i.pull_request).every((i) => i.labels.includes('needs-triage'))).toBe(
      true,
    );
    expect(repo.require(2).labels).toEqual(['needs-type']);
  });

  it('explain prints every rule and condition for one item and changes nothing', async () => {
    const run = await onEvent('workflow_dispatch', {}, { explain: '#2' });
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(listed()).toEqual([]); // one item is read by its number, not found by walking
    expect(run.stdout).toContain(
      'Why Sift does what it does to #2 (Update the README with new information.)',
    );
    expect(run.stdout).toMatch(/rule needs-type: matches\n\s+yes\s+type pull_request/);
    expect(run.stdout).toContain('check "A pull request needs one type/* label.": fails');
    expect(run.stdout).toMatch(/rule sweep-only: does not match\n\s+no\s+type issue/);
    expect(run.summary).toContain('Why Sift does what it does to #2');
  });
});
