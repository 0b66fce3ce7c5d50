/**
 * Every payload GitHub recorded (@octokit/webhooks-examples) for every event Sift handles, every
 * action, through the bundled action in event mode (and check mode for pull requests), against the
 * emulator seeded with that payload's item: each run triages exactly its item, or says with a notice
 * why there is nothing to triage (deleted, transferred elsewhere), and none crashes. Payloads that
 * carry a partial item (issues.pinned, review events) are completed by one read of the item.
 */
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runActionOnEvent, type ActionRun } from '../helpers/run-action.js';
import { webhookExamples } from '../helpers/webhooks.js';

const TOKEN = 'payloads-token-0123456789';
const SEEN = 'sift-saw-it';
const ITEM_EVENTS = [
  'issues',
  'issue_comment',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
];
const RULES = `version: 1
rules:
  - id: saw-it
    on: [issues, issue_comment, pull_request, pull_request_target, pull_request_review]
    when: { state: all }
    then:
      - label: ${SEEN}
  # pull_request_review_comment is no event a rule can name: rules without \`on\` answer it.
  - id: saw-pull-request
    when: { type: pull_request, state: all }
    then:
      - label: ${SEEN}
  - id: saw-discussion
    on: [discussion, discussion_comment]
    when: { type: discussion, state: all }
    then:
      - label: ${SEEN}
  - id: titled
    when: { type: pull_request, state: all }
    check:
      message: The title must not start with WIP.
      require: { not: { title: '^WIP' } }
`;

interface PayloadItem {
  number: number;
  title: string;
  body?: string | null;
  user?: { login: string } | null;
  labels?: { name: string }[];
  state?: 'open' | 'closed';
  locked?: boolean;
  draft?: boolean;
  pull_request?: unknown;
  head?: { ref: string; repo: { full_name: string } | null };
  base?: { ref: string };
}

interface Payload {
  action: string;
  repository: { full_name: string };
  issue?: PayloadItem;
  pull_request?: PayloadItem;
  discussion?: PayloadItem & { category?: { name: string } };
  changes?: {
    new_repository?: { full_name: string };
    new_issue?: PayloadItem;
    new_discussion?: PayloadItem;
  };
}

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  expect(gh.serverErrors).toEqual([]);
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  // Every REST request and answer as GitHub's REST description has them (emulator/github/openapi).
  expect(gh.nonconforming).toEqual([]);
  await gh.close();
  runs.splice(0).forEach(removeWorkspace);
});

/** The emulator holding the payload's repository with its item, as GitHub held it, and two others. */
async function emulatorFor(
  repository: string,
  item: PayloadItem,
  kind: 'item' | 'discussion',
): Promise<RepoStore> {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo(repository);
  if (kind === 'discussion') {
    discussionsOf(repo).add({ number: item.number, title: item.title, user: item.user?.login });
  } else {
    const isPull = item.pull_request !== undefined || item.head !== undefined;
    repo.addIssue({
      number: item.number,
      title: item.title,
      body: item.body ?? '',
      user: item.user?.login ?? 'ghost',
      // A partial payload (issues.pinned) has no labels: the repository's issue still has its own.
      labels: item.labels?.map((l) => l.name) ?? ['from-the-repository'],
      state: item.state ?? 'open',
      locked: item.locked ?? false,
      pull_request: isPull,
      draft: item.draft,
      pull: item.head
        ? {
            base: item.base?.ref,
            head: item.head.ref,
            fork:
              item.head.repo && item.head.repo.full_name !== repository
                ? item.head.repo.full_name
                : undefined,
          }
        : undefined,
    });
  }
  for (const n of [100, 101]) repo.addIssue({ number: n, title: `another item ${n}` });
  return repo;
}

async function onEvent(
  repository: string,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  rules = RULES,
): Promise<ActionRun> {
  const run = await runActionOnEvent({
    apiUrl: gh.url,
    token: TOKEN,
    repository,
    eventName,
    payload,
    rules,
    inputs,
  });
  runs.push(run);
  return run;
}

/** Item numbers any request named: REST paths, GraphQL variables. */
function touched(): Set<number> {
  const numbers = new Set<number>();
  for (const r of gh.requests) {
    const rest = /\/(?:issues|pulls)\/(\d+)/.exec(r.path)?.[1];
    if (rest) numbers.add(Number(rest));
    const variables = r.graphql?.variables ?? {};
    for (const [name, value] of Object.entries(variables))
      if (/^(?:number|i)\d*$/.test(name) && typeof value === 'number') numbers.add(value);
  }
  return numbers;
}

/** Requests that list items (a walk), which an event run never makes. */
const listings = () =>
  gh.requests.filter(
    (r) =>
      (r.method === 'GET' && /\/issues$|\/pulls$/.test(r.path)) ||
      /^Sift(Issues|PullRequests|Discussions)$/.test(r.graphql?.operationName ?? ''),
  );

const reads = (number: number) =>
  gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${number}`));

/** `[event, action, index, payload]` for every recorded example, numbered when an action repeats. */
function cases(event: string): [string, Payload][] {
  const seen = new Map<string, number>();
  return webhookExamples(event).map((payload) => {
    const p = payload as unknown as Payload;
    const n = (seen.get(p.action) ?? 0) + 1;
    seen.set(p.action, n);
    return [`${p.action} #${n}`, p];
  });
}

/** Whether the payload's item is partial, as Sift checks it (the fields its item is made of). */
const PARTIAL = (p: PayloadItem) =>
  ['labels', 'state', 'locked', 'comments'].some((field) => !(field in (p as object)));

describe.each(ITEM_EVENTS)('%s: every recorded payload', (event) => {
  it.each(cases(event))('%s', async (_name, payload) => {
    const item = (payload.pull_request ?? payload.issue)!;
    const repository = payload.repository.full_name;

    if (event === 'issues' && payload.action === 'deleted') {
      await emulatorFor(repository, item, 'item');
      const run = await onEvent(repository, event, payload);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        `::notice::Issue #${item.number} of ${repository} was deleted: nothing to triage.`,
      );
      expect(gh.requests).toEqual([]);
      return;
    }
    if (event === 'issues' && payload.action === 'transferred') {
      const target = payload.changes!.new_repository!.full_name;
      const moved = payload.changes!.new_issue!;
      // The workflow of the repository it left: nothing to do there.
      await emulatorFor(repository, item, 'item');
      const left = await onEvent(repository, event, payload);
      expect(left.code).toBe(0);
      expect(left.stdout).toContain(
        `::notice::Issue #${item.number} was transferred from ${repository} to ${target} (now #${moved.number}); ` +
          `Sift runs for ${repository}, so it does not triage it here.`,
      );
      expect(gh.requests).toEqual([]);
      await gh.close();
      // Sift run for the repository it went to (input repository): the new issue is triaged there.
      const repo = await emulatorFor(target, moved, 'item');
      const there = await onEvent(repository, event, payload, { repository: target });
      expect(there.stderr).toBe('');
      expect(there.code).toBe(0);
      expect(repo.require(moved.number).labels).toContain(SEEN);
      expect(touched()).toEqual(new Set([moved.number]));
      return;
    }

    const repo = await emulatorFor(repository, item, 'item');
    const run = await onEvent(repository, event, payload);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(repo.require(item.number).labels).toContain(SEEN);
    expect(touched()).toEqual(new Set([item.number]));
    expect(listings()).toEqual([]);
    expect(JSON.parse(run.outputs.plan).map((e: { number: number }) => e.number)).toEqual([item.number]);
    expect(repo.require(100).labels).toEqual([]);
    // A partial item is read once, and the repository's labels are what the rules saw.
    expect(reads(item.number)).toHaveLength(PARTIAL(item) ? 1 : 0);
    if (PARTIAL(item) && !item.labels)
      expect(repo.require(item.number).labels).toEqual(['from-the-repository', SEEN]);

    if (
      item.head === undefined &&
      !(event === 'pull_request_review' || event === 'pull_request_review_comment')
    )
      return;
    // Check mode on a pull request: the checks of exactly this item, no write.
    const writes = gh.writes().length;
    const check = await onEvent(repository, event, payload, { mode: 'check' });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.outputs.checks)).toEqual([
      expect.objectContaining({
        rule: 'titled',
        status: 'passed',
        item: expect.objectContaining({ number: item.number }),
      }),
    ]);
    expect(gh.writes()).toHaveLength(writes);
  });
});

describe('pull_request_target: the pull_request payloads', () => {
  it.each(cases('pull_request'))('%s', async (_name, payload) => {
    const item = payload.pull_request!;
    const repository = payload.repository.full_name;
    const repo = await emulatorFor(repository, item, 'item');
    const run = await onEvent(repository, 'pull_request_target', payload);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(repo.require(item.number).labels).toContain(SEEN);
    expect(touched()).toEqual(new Set([item.number]));
    expect(listings()).toEqual([]);
    const check = await onEvent(repository, 'pull_request_target', payload, { mode: 'check' });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.outputs.checks)).toEqual([
      expect.objectContaining({
        rule: 'titled',
        status: 'passed',
        item: expect.objectContaining({ number: item.number }),
      }),
    ]);
  });
});

describe.each(['discussion', 'discussion_comment'])('%s: every recorded payload', (event) => {
  it.each(cases(event))('%s', async (_name, payload) => {
    const discussion = payload.discussion!;
    const repository = payload.repository.full_name;
    if (payload.action === 'transferred') {
      const target = payload.changes!.new_repository!.full_name;
      const moved = payload.changes!.new_discussion!;
      await emulatorFor(repository, discussion, 'discussion');
      const left = await onEvent(repository, event, payload);
      expect(left.code).toBe(0);
      expect(left.stdout).toContain(
        `::notice::Discussion #${discussion.number} was transferred from ${repository} to ${target}`,
      );
      expect(gh.requests).toEqual([]);
      await gh.close();
      const repo = await emulatorFor(target, moved, 'discussion');
      const there = await onEvent(repository, event, payload, { repository: target });
      expect(there.stderr).toBe('');
      expect(there.code).toBe(0);
      expect(discussionsOf(repo).require(moved.number).labels).toEqual([SEEN]);
      return;
    }
    const repo = await emulatorFor(repository, discussion, 'discussion');
    const run = await onEvent(repository, event, payload);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(discussionsOf(repo).require(discussion.number).labels).toEqual([SEEN]);
    expect(touched()).toEqual(new Set([discussion.number]));
    expect(listings()).toEqual([]);
    expect(repo.require(100).labels).toEqual([]);
  });
});

describe('an item gone by the time it is read', () => {
  const pinned = () => cases('issues').find(([name]) => name === 'pinned #1')![1];

  it.each(['graphql', 'rest'])('deleted (410 Gone): a notice, exit 0, nothing written (%s)', async (api) => {
    const payload = pinned();
    const repo = await emulatorFor(payload.repository.full_name, payload.issue!, 'item');
    repo.deleteIssue(payload.issue!.number);
    // GitHub's REST API has no discussions: the REST run's rules leave them out.
    const rules =
      api === 'rest' ? RULES.replace(/ {2}- id: saw-discussion[^]*?(?= {2}- id: titled)/, '') : RULES;
    const run = await onEvent(payload.repository.full_name, 'issues', payload, { api }, rules);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `::notice::Issue #1 is not in ${payload.repository.full_name} (deleted or transferred): nothing to triage.`,
    );
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${payload.repository.full_name}/issues/1 410`,
    ]);
  });

  it('never there (404): the same notice', async () => {
    const payload = pinned();
    await emulatorFor(payload.repository.full_name, { ...payload.issue!, number: 55 }, 'item');
    const run = await onEvent(payload.repository.full_name, 'issues', payload);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::Issue #1 is not in');
    expect(gh.writes()).toEqual([]);
  });

  it('a payload without its item is a clear error, before any request', async () => {
    const payload = pinned();
    await emulatorFor(payload.repository.full_name, payload.issue!, 'item');
    const run = await onEvent(payload.repository.full_name, 'issues', {
      ...payload,
      issue: { title: 'no number' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'The issues event payload (GITHUB_EVENT_PATH) carries no issue or pull request with a number',
    );
    expect(gh.requests).toEqual([]);
  });
});
