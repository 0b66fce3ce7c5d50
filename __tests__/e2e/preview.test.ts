/**
 * The rules preview end to end: the bundled Action on a real pull_request webhook payload
 * (@octokit/webhooks-examples), against the emulator serving the pull request's files and the rules
 * file at the base and head commits through the contents API, over GraphQL and REST.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'preview-token-0123456789';
const REPO = 'Codertocat/Hello-World';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

// The payload's own commits: the rules file is read at exactly these.
const payload = webhookExample('pull_request', 'synchronize') as {
  number: number;
  pull_request: { base: { sha: string }; head: { sha: string; repo: { full_name: string } } };
};
const BASE = payload.pull_request.base.sha;
const HEAD = payload.pull_request.head.sha;

const BEFORE = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 90d, labels: { none: [stale] } }
    then:
      - label: stale
  - id: triage-bugs
    when: { labels: { any: [bug] } }
    then:
      - label: triage
`;
// Stale sooner, pinned exempt, bugs no longer labeled, a new close rule and an event-only welcome.
const AFTER = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 60d, labels: { none: [stale, pinned] } }
    then:
      - label: stale
      - comment: 'No activity for {{inactive_days}} days.'
  - id: close-stale
    when: { labels: { all: [stale] }, labeled: { stale: 7d } }
    then:
      - close: not_planned
  - id: welcome
    on: issues.opened
    when: { type: issue }
    then:
      - comment: Thanks!
`;
const TESTS = `version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: pinned issues are exempt
    item: { labels: [pinned], created: 100d ago }
    expect: { mark-stale: false }
  - name: a quiet issue is marked after 60 days
    item: { created: 70d ago }
    expect:
      mark-stale:
        - label: stale
        - comment: No activity for 70 days.
`;

let gh: GitHubEmulator;
let repo: RepoStore;
const runs: ActionRun[] = [];

function seed() {
  repo = gh.store.addRepo(REPO, { defaultBranch: 'master' });
  repo.addIssue({ number: 1, title: 'idle 100 days', created_at: ago(200), updated_at: ago(100) });
  repo.addIssue({
    number: 2,
    title: 'Update the README with new information.',
    pull_request: true,
    created_at: ago(1),
    pull: { files: ['.github/sift.yml', '.github/sift.test.yml'] },
  });
  repo.addIssue({ number: 3, title: 'idle 70 days', created_at: ago(200), updated_at: ago(70) });
  repo.addIssue({
    number: 4,
    title: 'pinned, idle',
    labels: ['pinned'],
    created_at: ago(200),
    updated_at: ago(100),
  });
  repo.addIssue({ number: 5, title: 'a fresh bug', labels: ['bug'], created_at: ago(3) });
  repo.addIssue({ number: 6, title: 'idle 80 days', created_at: ago(200), updated_at: ago(80) });
  repo.addIssue({
    number: 7,
    title: 'stale for 10 days',
    labels: ['stale'],
    labelEvents: [{ label: 'stale', created_at: ago(10) }],
    created_at: ago(300),
    updated_at: ago(10),
  });
  repo.contents.commit(BASE, { '.github/sift.yml': BEFORE, 'README.md': 'hello' }, 'master');
  repo.contents.commit(
    HEAD,
    { '.github/sift.yml': AFTER, '.github/sift.test.yml': TESTS, 'README.md': 'hello' },
    'changes',
  );
}

afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function onPull(
  event: unknown,
  inputs: Record<string, string> = {},
  eventName = 'pull_request_target',
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', ...inputs },
    env: {
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: gh.url,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: 'event.json',
    },
    // The workspace holds the base branch's checkout, as under pull_request_target: never the PR's code.
    files: { '.github/sift.yml': BEFORE, 'event.json': JSON.stringify(event) },
  });
  runs.push(run);
  return run;
}

const previewComments = () =>
  repo.require(2).commentList.filter((c) => c.body.includes('<!-- sift:rule=:preview -->'));

describe.each(['graphql', 'rest'])('preview over %s', (api) => {
  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    seed();
  });

  it('mode auto sees the rules file in the pull request, dry-runs both rule sets in one walk, posts one comment', async () => {
    const run = await onPull(payload, { api });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Per rule: items changed before and after, and which start or stop being changed.
    expect(JSON.parse(run.outputs.preview)).toEqual([
      { rule: 'mark-stale', before: 2, after: 3, added: [3, 6], removed: [4] },
      { rule: 'close-stale', before: 0, after: 1, added: [7], removed: [] },
      { rule: 'welcome', before: 0, after: 0, added: [], removed: [] },
      { rule: 'triage-bugs', before: 1, after: 0, added: [], removed: [5] },
    ]);
    // Both files were read through the contents API at the payload's commits, and the PR's files listed.
    const reads = gh.requests.filter((r) => r.path.includes('/contents/'));
    expect(reads.map((r) => [decodeURIComponent(r.path), r.query.ref, r.status])).toEqual(
      expect.arrayContaining([
        [`/repos/${REPO}/contents/.github/sift.yml`, BASE, 200],
        [`/repos/${REPO}/contents/.github/sift.yml`, HEAD, 200],
        [`/repos/${REPO}/contents/.github/sift.test.yml`, HEAD, 200],
      ]),
    );
    expect(reads).toHaveLength(3);
    expect(gh.requests.filter((r) => r.path === `/repos/${REPO}/pulls/2/files`)).toHaveLength(1);
    // One walk: every listing page read once, for both rule sets.
    if (api === 'rest') {
      expect(
        gh.requests.filter((r) => r.path === `/repos/${REPO}/issues` && r.method === 'GET'),
      ).toHaveLength(1);
    } else {
      expect(
        gh.requests.filter(
          (r) => r.graphql?.operationName === 'SiftIssues' || r.graphql?.operationName === 'SiftPullRequests',
        ),
      ).toHaveLength(2);
    }
    // The only write: the sticky comment on the pull request. No item was changed.
    expect(gh.writes()).toHaveLength(1);
    expect(previewComments()).toHaveLength(1);
    expect([1, 3, 4, 5, 6, 7].map((n) => repo.require(n).labels)).toEqual([
      [],
      [],
      ['pinned'],
      ['bug'],
      [],
      ['stale'],
    ]);
    expect(repo.require(7).state).toBe('open');
    const body = previewComments()[0].body;
    expect(body).toContain('| `mark-stale` | 2 | 3 | 2 | 1 |');
    expect(body).toContain('| `close-stale` (new) | 0 | 1 | 1 | 0 |');
    expect(body).toContain('| `triage-bugs` (removed) | 1 | 0 | 0 | 1 |');
    expect(body).toMatch(
      /- `mark-stale` starts changing \(2\): \[#3\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/issues\/3 "idle 70 days"\), \[#6\]/,
    );
    expect(body).toContain('not previewed: `welcome`');
    expect(body).toContain('**Policy tests** (`.github/sift.test.yml`): 2 passed, 0 failed');
    expect(run.summary).toContain(body.trim().split('\n')[0]);
  });

  it('every push edits the same comment; a rerun with nothing new writes nothing', async () => {
    await onPull(payload, { api });
    const first = previewComments()[0];
    gh.requests.length = 0;
    await onPull(payload, { api });
    expect(gh.writes()).toEqual([]);

    // A new push: the head commit moves and the rules change again (pinned no longer exempt).
    const next = structuredClone(payload);
    next.pull_request.head.sha = 'a'.repeat(40);
    repo.contents.commit('a'.repeat(40), { '.github/sift.yml': AFTER.replace(', pinned]', ']') });
    const run = await onPull(next, { api });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.preview)[0]).toEqual({
      rule: 'mark-stale',
      before: 2,
      after: 4,
      added: [3, 6],
      removed: [],
    });
    expect(previewComments()).toHaveLength(1);
    expect(previewComments()[0].id).toBe(first.id);
    expect(previewComments()[0].body).toContain('| `mark-stale` | 2 | 4 | 2 | 0 |');
    expect(gh.writes()).toHaveLength(1);
  });
});

describe('preview (REST)', () => {
  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    seed();
  });

  it('a rules file with problems: error annotations at their lines, the step fails, the comment lists them', async () => {
    const broken = 'a'.repeat(40);
    repo.contents.commit(broken, { '.github/sift.yml': AFTER.replace('inactive: 60d', 'inactive: 60days') });
    const event = structuredClone(payload);
    event.pull_request.head.sha = broken;
    const run = await onPull(event, { api: 'rest' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift rules file,file=.github/sift.yml,line=4,col=36::invalid duration "60days"',
    );
    expect(JSON.parse(run.outputs.preview)).toEqual([]);
    expect(previewComments()).toHaveLength(1);
    expect(previewComments()[0].body).toContain('.github/sift.yml:4:36: invalid duration "60days"');
    expect(gh.writes()).toHaveLength(1);
  });

  it('a failing policy test in the pull request fails the step, annotated at the test', async () => {
    const head = 'b'.repeat(40);
    repo.contents.commit(head, {
      '.github/sift.yml': AFTER,
      '.github/sift.test.yml': TESTS.replace('No activity for 70 days.', 'No activity for 90 days.'),
    });
    const event = structuredClone(payload);
    event.pull_request.head.sha = head;
    const run = await onPull(event, { api: 'rest' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Sift test failed%3A a quiet issue is marked after 60 days,file=.github/sift.test.yml,line=7,col=5::rules not as expected: mark-stale',
    );
    expect(previewComments()[0].body).toContain('1 passed, 1 failed');
  });

  it('dry-run: the preview in the summary and the output, no comment', async () => {
    const run = await onPull(payload, { api: 'rest', 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(JSON.parse(run.outputs.preview)[0]).toMatchObject({ rule: 'mark-stale', before: 2, after: 3 });
    expect(run.summary).toContain('| `mark-stale` | 2 | 3 | 2 | 1 |');
  });

  it('a rules file with model conditions: no model is asked, and the comment says those rules show no items', async () => {
    const head = 'c'.repeat(40);
    const withModels = AFTER.replace(
      'rules:\n',
      'models: { endpoint: "https://models.example.test/v1" }\nrules:\n' +
        '  - id: possible-duplicate\n    when: { similar: { min: 0.9 } }\n    then:\n      - label: possible-duplicate\n',
    );
    expect(withModels).toContain('id: possible-duplicate');
    repo.contents.commit(head, { '.github/sift.yml': withModels });
    const event = structuredClone(payload);
    event.pull_request.head.sha = head;
    const run = await onPull(event, { api: 'rest' });
    expect(run.code).toBe(0);
    const body = previewComments()[0].body;
    expect(body).toContain('No model is asked in a preview');
    expect(body).toContain('`possible-duplicate` shows no items');
    expect(JSON.parse(run.outputs.preview)).toContainEqual(
      expect.objectContaining({ rule: 'possible-duplicate', before: 0, after: 0 }),
    );
  });

  it("a fork's pull_request (read-only token): the summary, and no comment", async () => {
    const event = structuredClone(payload);
    event.pull_request.head.repo.full_name = 'stranger/Hello-World';
    const run = await onPull(event, { api: 'rest' }, 'pull_request');
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(run.summary).toContain('| `mark-stale` | 2 | 3 | 2 | 1 |');
    expect(run.stdout).toContain('::notice::This pull request comes from a fork');
  });

  it("auto: when the pull request's files cannot be listed, the event is triaged as usual, with a warning", async () => {
    gh.onRequest = (request) =>
      request.path.endsWith('/pulls/2/files')
        ? { status: 403, body: { message: 'Resource not accessible by integration' } }
        : undefined;
    const run = await onPull(payload, { api: 'rest' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Could not list the files of pull request #2 .*Resource not accessible by integration/,
    );
    expect(run.outputs.preview).toBeUndefined();
    expect(run.summary).toContain('| Codertocat/Hello-World | pull_request_target | event |');
  });

  it('a pull request that does not touch the rules file is an ordinary event run (auto)', async () => {
    repo.require(2).pull!.files = ['README.md'];
    const run = await onPull(payload, { api: 'rest' });
    expect(run.code).toBe(0);
    expect(run.outputs.preview).toBeUndefined();
    expect(gh.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
  });

  it('a pull request that moves the rules file away (auto sees the old path): every rule stops', async () => {
    const moved = 'c'.repeat(40);
    repo.contents.commit(moved, { '.github/triage.yml': AFTER });
    repo.require(2).pull!.files = ['.github/triage.yml'];
    repo.require(2).pull!.fileChanges = {
      '.github/triage.yml': { status: 'renamed', previous_filename: '.github/sift.yml' },
    };
    const event = structuredClone(payload);
    event.pull_request.head.sha = moved;
    const run = await onPull(event, { api: 'rest' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.preview)).toEqual([
      { rule: 'mark-stale', before: 2, after: 0, added: [], removed: [1, 4] },
      { rule: 'triage-bugs', before: 1, after: 0, added: [], removed: [5] },
    ]);
    expect(previewComments()[0].body).toContain('of this pull request (rules file deleted)');
  });

  it('a pull request that adds the rules file: the base side is empty', async () => {
    repo.contents.commit(BASE, { 'README.md': 'hello' }, 'master');
    const run = await onPull(payload, { api: 'rest', mode: 'preview' });
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.outputs.preview).map((r: { rule: string; before: number }) => [r.rule, r.before]),
    ).toEqual([
      ['mark-stale', 0],
      ['close-stale', 0],
      ['welcome', 0],
    ]);
    expect(previewComments()[0].body).toContain('the rules of the base (no rules file)');
  });
});
