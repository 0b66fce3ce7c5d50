/**
 * End to end: the bundled dist/index.js, run as the Actions runner runs it, against the GitHub
 * emulator on 127.0.0.1. Assertions are on the emulator's final state, the summary file and outputs.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { seedSampleRepo } from '../../src/emulator/samples/demo.js';
import { STALE_RULES } from '../helpers/rules.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-0123456789';
const REPO = 'octo/sample';
const DEMO_RULES = readFileSync('demo/sift.yml', 'utf8');

let gh: GitHubEmulator;
const runs: ActionRun[] = [];

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function act(rules: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    // REST unless a test asks for GraphQL: these tests read the item numbers off REST request paths.
    inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest', ...inputs },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url },
    files: { '.github/sift.yml': rules },
  });
  runs.push(run);
  return run;
}

const itemsWritten = () =>
  new Set(
    gh.writes().map((w) => Number(/\/issues\/(\d+)/.exec(w.path)?.[1] ?? /\/pulls\/(\d+)/.exec(w.path)?.[1])),
  );

describe('the bundled action against the emulator', () => {
  it('triages a mixed repository of 300 items and reports it', async () => {
    const repo = gh.store.addRepo(REPO);
    seedSampleRepo(repo, { now: new Date(), count: 300 });
    const staleBefore = new Set(repo.issues.filter((i) => i.labels.includes('stale')).map((i) => i.number));

    const run = await act(DEMO_RULES, { 'max-operations': '1000' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.deferred)).toEqual({ items: 0, rules: {}, writes: 0, runsNeeded: 0 });

    // 300 items in the mix of 20: slots 12-13 idle (30 to mark), slot 15 stale and due (15 to close).
    const newlyStale = repo.issues.filter((i) => i.labels.includes('stale') && !staleBefore.has(i.number));
    expect(newlyStale).toHaveLength(30);
    for (const issue of newlyStale) {
      expect(issue.commentList.map((c) => c.body)).toEqual([
        expect.stringMatching(
          /^@\w+, this issue has had no activity for \d+ days\. It will be closed in 7 days/,
        ),
      ]);
    }
    const closed = repo.issues.filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(15);
    expect(closed.every((i) => i.state_reason === 'not_planned' && staleBefore.has(i.number))).toBe(true);
    const drafts = repo.issues.filter((i) => i.pull_request && i.draft);
    expect(drafts.every((i) => i.labels.includes('work-in-progress'))).toBe(true);

    // Every item the emulator saw a write for is counted, and nothing else.
    expect(Number(run.outputs.changed)).toBe(itemsWritten().size);
    const plan = JSON.parse(run.outputs.plan) as { number: number; rules: { rule: string }[] }[];
    expect(new Set(plan.map((p) => p.number))).toEqual(itemsWritten());
    expect(plan.filter((p) => p.rules.some((r) => r.rule === 'close-stale'))).toHaveLength(15);

    expect(run.summary).toContain(`## Sift triage of ${REPO}`);
    expect(run.summary).toContain(`| ${REPO} | schedule | sweep | \`.github/sift.yml\` | no | 300 |`);
    expect(run.summary).toMatch(/\| `mark-stale` \| 30 \|/);
    expect(run.summary).toMatch(/\| `close-stale` \| 15 \|/);
    expect(run.summary).toContain(`| [#${closed[0].number}](`);
  });

  it('with the default budget of 200 writes, stops writing, says so at the top, and reports the backlog', async () => {
    const repo = gh.store.addRepo(REPO);
    seedSampleRepo(repo, { now: new Date(), count: 300 });
    const run = await act(DEMO_RULES);
    expect(run.code).toBe(0);
    expect(gh.writes().length).toBeLessThanOrEqual(200);
    expect(gh.writes().length).toBeGreaterThan(190);
    const deferred = JSON.parse(run.outputs.deferred) as {
      items: number;
      writes: number;
      runsNeeded: number;
    };
    expect(deferred.items).toBeGreaterThan(0);
    expect(deferred.runsNeeded).toBe(Math.ceil(deferred.writes / 200));
    expect(run.stdout).toMatch(
      /::warning::Sift stopped early: the write budget \(max-operations 200\) ran out/,
    );
    const firstLines = run.summary.split('\n').slice(0, 4).join('\n');
    expect(firstLines).toContain('Not everything was done: the write budget ran out.');

    // The next scheduled run picks up where this one stopped, and a third finds nothing left.
    const second = await act(DEMO_RULES);
    expect(JSON.parse(second.outputs.deferred).items).toBe(0);
    const writes = gh.writes().length;
    const third = await act(DEMO_RULES);
    expect(third.outputs.changed).toBe('0');
    expect(gh.writes().length).toBe(writes);
  });

  it('runs the stale example from the README and a rerun changes nothing', async () => {
    const repo = gh.store.addRepo(REPO);
    const day = 86_400_000;
    const ago = (d: number) => new Date(Date.now() - d * day).toISOString();
    repo.addIssue({ title: 'idle', user: 'alice', created_at: ago(100), updated_at: ago(90) });
    repo.addIssue({
      title: 'fresh',
      created_at: ago(100),
      updated_at: ago(5),
      comments: [{ body: 'Still happens on 2.3.', user: 'bob', created_at: ago(5) }],
    });
    repo.addIssue({ title: 'pinned', labels: ['pinned'], created_at: ago(100), updated_at: ago(90) });
    repo.addIssue({
      title: 'due',
      labels: ['stale'],
      labelEvents: [{ label: 'stale', created_at: ago(8) }],
      created_at: ago(100),
      updated_at: ago(8),
    });

    const first = await act(STALE_RULES);
    expect(first.code).toBe(0);
    expect(repo.require(1).labels).toEqual(['stale']);
    expect(repo.require(1).commentList[0].body).toMatch(
      /^@alice, this issue has had no activity for 90 days/,
    );
    expect(repo.require(4).state).toBe('closed');
    expect([repo.require(2), repo.require(3)].map((i) => i.labels)).toEqual([[], ['pinned']]);
    const writesAfterFirst = gh.writes().length;
    expect(writesAfterFirst).toBe(3); // label #1, comment #1, close #4

    const second = await act(STALE_RULES);
    expect(second.code).toBe(0);
    expect(gh.writes().length).toBe(writesAfterFirst);
    expect(second.outputs.changed).toBe('0');
  });

  it('sees every open item once even when it closes them while walking', async () => {
    const repo = gh.store.addRepo(REPO);
    for (let n = 0; n < 250; n++) repo.addIssue({ title: `duplicate ${n}`, labels: ['duplicate'] });
    const run = await act(
      'version: 1\nrules:\n  - id: close-duplicates\n    when: { labels: { any: [duplicate] } }\n    then:\n      - close: not_planned\n',
      { 'max-operations': '1000', 'max-change-ratio': '1' },
    );
    expect(run.code).toBe(0);
    expect(repo.issues.filter((i) => i.state === 'open')).toEqual([]);
    expect(run.outputs.changed).toBe('250');
  });

  it('the circuit breaker fails the step, writes nothing, and shows the plan', async () => {
    const repo = gh.store.addRepo(REPO);
    for (let n = 0; n < 40; n++) repo.addIssue({ title: `issue ${n}` });
    const run = await act(
      'version: 1\nrules:\n  - id: oops\n    when: { type: issue }\n    then:\n      - close: completed\n',
    );
    expect(run.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    // `%` is written `%25` in a workflow command, as @actions/core escapes it; the log shows `100%`.
    expect(run.stdout).toContain(
      '::error::Stopped by the circuit breaker: this run would change 40 of the 40 items walked (100%25), ' +
        'more than max-change-ratio 0.5 allows. To accept it, run once with max-change-ratio: 1.',
    );
    expect(run.summary).toContain('| `oops` | 40 |');
    expect(run.summary).toContain('Nothing was changed: the circuit breaker stopped this run.');
    expect(run.summary).toMatch(
      /\| \[#1\]\([^)]*\) \| issue 0 \| `oops` \| close \(completed\) \(blocked\) \|/,
    );
    expect(JSON.parse(run.outputs.plan)).toHaveLength(40);
  });

  it('a dry run reports the same plan and sends no write', async () => {
    const repo = gh.store.addRepo(REPO);
    seedSampleRepo(repo, { now: new Date(), count: 100 });
    const before = JSON.stringify(repo.issues);

    const dry = await act(DEMO_RULES, { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(JSON.stringify(repo.issues)).toBe(before);
    expect(dry.summary).toContain('Dry run: nothing was changed');

    const real = await act(DEMO_RULES);
    const strip = (plan: string) =>
      (JSON.parse(plan) as { rules: { actions: { status: string }[] }[] }[]).map((p) => ({
        ...p,
        rules: p.rules.map((r) => ({ ...r, actions: r.actions.map((a) => ({ ...a, status: 'x' })) })),
      }));
    expect(strip(dry.outputs.plan)).toEqual(strip(real.outputs.plan));
    expect(Number(dry.outputs.changed)).toBeGreaterThan(0);
    expect(dry.outputs.changed).toBe(real.outputs.changed);
  });

  it('stops on a bad rules file with a positioned error and makes no request', async () => {
    gh.store.addRepo(REPO).addIssue({ title: 'x' });
    const run = await act(
      'version: 1\nrules:\n  - id: typo\n    when:\n      lables: { any: [bug] }\n    then:\n      - label: x\n',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Sift rules file,file=\.github\/sift\.yml,line=5,col=7::unknown key "lables".*did you mean "labels"\?/,
    );
    expect(run.stdout).toContain('nothing was changed');
    expect(gh.requests).toEqual([]);
  });

  it('says what to do about a missing token, an unknown repository and a read-only token', async () => {
    gh.store.addRepo(REPO).addIssue({ title: 'x' });
    const rules =
      'version: 1\nrules:\n  - id: tag\n    when: { type: issue }\n    then:\n      - label: seen\n';
    const noToken = await runAction({
      inputs: { rules: '.github/sift.yml' },
      env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url },
      files: { '.github/sift.yml': rules },
    });
    runs.push(noToken);
    expect(noToken.code).toBe(1);
    expect(noToken.stdout).toContain('::error::No token: set the `token` input');
    expect(gh.requests).toEqual([]);

    const missing = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest' },
      env: { GITHUB_REPOSITORY: 'octo/missing', GITHUB_API_URL: gh.url },
      files: { '.github/sift.yml': rules },
    });
    runs.push(missing);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::.*octo\/missing.*/);
    // The token reaches the log only in the runner's own `::add-mask::` command, which masks it.
    expect(missing.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain(TOKEN);

    gh.readOnly = true;
    const readOnly = await act(rules);
    expect(readOnly.code).toBe(1);
    expect(readOnly.summary).toContain('issues: write');
  });

  it('reports an item that fails, goes on with the walk, and fails the step at the end', async () => {
    const repo = gh.store.addRepo(REPO);
    for (let n = 0; n < 3; n++) repo.addIssue({ title: `bug ${n}` });
    gh.onRequest = (req) =>
      req.method === 'POST' && req.path.endsWith('/issues/2/labels')
        ? { status: 410, body: { message: 'This issue was deleted' } }
        : undefined;
    const run = await act(
      'version: 1\nrules:\n  - id: tag\n    when: { type: issue }\n    then:\n      - label: seen\n',
    );
    expect(run.code).toBe(1);
    expect([1, 2, 3].map((n) => repo.require(n).labels)).toEqual([['seen'], [], ['seen']]);
    expect(run.stdout).toMatch(/::error::1 item\(s\) could not be changed/);
    expect(run.summary).toContain('### Failures');
    expect(run.summary).toMatch(/\| \[#2\]\([^)]*\) \| bug 1 \| tag: label failed: .*This issue was deleted/);
  });
});
