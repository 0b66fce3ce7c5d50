/**
 * Commands in comments against the GitHub emulator over HTTP, through both APIs: the comments'
 * `author_association` and Sift's reactions as GitHub answers them (REST: the comment's reaction
 * rollup, then who reacted; GraphQL: `viewerHasReacted`), and the reaction written back.
 */
import { readFileSync } from 'node:fs';
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createProvider } from '../../src/providers/registry.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const hoursAgo = (h: number) =>
  new Date(NOW.getTime() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const TOKEN = 'commands-token';
const RULES = parseRules(readFileSync('examples/commands.yml', 'utf8'), 'examples/commands.yml');

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
  repo = gh.store.addRepo('octo/commands');
  // The labels the repository has: `/label` refuses any other.
  for (const name of ['kind/bug', 'area/cli', 'kind/feature', 'needs-info']) repo.ensureLabel(name);
  repo.addIssue({
    number: 1,
    user: 'olivia',
    title: 'Crash on start',
    labels: ['triage'],
    created_at: hoursAgo(30),
    comments: [
      {
        body: 'Reproduced.\n/label kind/bug area/cli',
        user: 'maria',
        author_association: 'MEMBER',
        created_at: hoursAgo(3),
      },
      { body: '/label kind/feature', user: 'mallory', author_association: 'NONE', created_at: hoursAgo(2) },
      {
        body: '/label kind/bug',
        user: 'renovate[bot]',
        author_association: 'MEMBER',
        created_at: hoursAgo(2),
      },
      {
        body: '/close',
        user: 'maria',
        author_association: 'MEMBER',
        created_at: hoursAgo(1),
        reactions: [{ content: '+1', user: 'sift[bot]' }],
      },
    ],
  });
  repo.addIssue({
    number: 2,
    user: 'olivia',
    title: 'Old',
    created_at: hoursAgo(24 * 30),
    comments: [
      { body: '/label kind/bug', user: 'maria', author_association: 'MEMBER', created_at: hoursAgo(24 * 20) },
    ],
  });
});
afterEach(() => gh.close());

const provider = (api: 'rest' | 'graphql') =>
  createProvider({
    provider: 'github',
    api,
    repository: 'octo/commands',
    token: TOKEN,
    apiUrl: gh.url,
    graphqlUrl: gh.graphqlUrl,
    client: { retries: 1, retryBaseMs: 1 },
  } as Parameters<typeof createProvider>[0]);

/** Issue #2's comment, as written an hour ago (within commands-since), saying `body`. */
function commentOnIssue2(body: string, association = 'MEMBER'): void {
  repo.require(2).updated_at = hoursAgo(1);
  Object.assign(repo.require(2).commentList[0], {
    body,
    author_association: association,
    created_at: hoursAgo(1),
    updated_at: hoursAgo(1),
  });
}

const reactions = (issue: number, index: number) =>
  (repo.require(issue).commentList[index].reactionList ?? []).map((r) => `${r.content} by ${r.user.login}`);
const siftComments = (issue: number) =>
  repo
    .require(issue)
    .commentList.filter((c) => c.user.login === 'sift[bot]')
    .map((c) => c.body);

describe.each(['rest', 'graphql'] as const)('GitHub %s', (api) => {
  it('a sweep runs the unanswered commands: the member labels, the outsider is refused, the bot and the answered comment are left', async () => {
    const result = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(result.outcomes.map((o) => o.error)).toEqual([undefined]);
    expect(repo.require(1).labels).toEqual(['triage', 'kind/bug', 'area/cli']);
    expect(repo.require(1).state).toBe('open');
    expect(reactions(1, 0)).toEqual(['+1 by sift[bot]']);
    expect(reactions(1, 1)).toEqual(['confused by sift[bot]']);
    expect(reactions(1, 2)).toEqual([]);
    expect(siftComments(1)).toEqual([expect.stringContaining('@mallory Sift did not run this command')]);
    // Older than commands-since (7 days): not read for commands at all.
    expect(repo.require(2).labels).toEqual([]);
    expect(gh.requests.some((r) => r.path.endsWith('/issues/2/comments'))).toBe(false);

    // The rerun reads the answers and changes nothing.
    const writes = gh.writes().length;
    const again = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(again.outcomes).toEqual([]);
    expect(gh.writes().length).toBe(writes);
  });

  it('a maintainer labelling with a label the repository lacks is refused: no such label', async () => {
    repo.require(2).updated_at = hoursAgo(1);
    repo.require(2).commentList[0].body = '/label kind/typo kind/bug';
    repo.require(2).commentList[0].created_at = hoursAgo(1);
    repo.require(2).commentList[0].updated_at = hoursAgo(1);
    await triage({ provider: provider(api), rules: RULES, now: NOW, dryRun: false, maxChangeRatio: 1 });
    expect(repo.require(2).labels).toEqual([]);
    expect(reactions(2, 0)).toEqual(['confused by sift[bot]']);
    expect(siftComments(2)).toEqual([
      expect.stringContaining('`/label kind/typo kind/bug`: no such label: "kind/typo"'),
    ]);
    expect(repo.labels().map((l) => l.name)).not.toContain('kind/typo');
  });

  it('as a maintainer, my /assign @nobody is refused with "unknown user"; nothing is written for nobody', async () => {
    repo.assignable = new Set(['maria', 'olivia']);
    commentOnIssue2('/assign @nobody');
    const rules = parseRules(
      'version: 1\ncommands:\n  - name: assign\n    allow: { association: [MEMBER] }\nrules:\n  - { id: x, when: { labels: { any: [never] } }, then: [{ label: y }] }\n',
      'sift.yml',
    );
    const result = await triage({
      provider: provider(api),
      rules,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(result.outcomes.map((o) => o.error)).toEqual([undefined]);
    expect(repo.require(2).assignees).toEqual([]);
    expect(reactions(2, 0)).toEqual(['confused by sift[bot]']);
    expect(siftComments(2)).toEqual([
      expect.stringContaining('`: unknown user: "nobody" (no one by that name can be assigned here)'),
    ]);
    // Asked once, through GitHub's "check if a user can be assigned"; no assignment was sent.
    expect(gh.requests.filter((r) => r.path.startsWith('/repos/octo/commands/assignees/'))).toHaveLength(1);
    expect(gh.requests.some((r) => r.method === 'POST' && r.path.endsWith('/assignees'))).toBe(false);
    expect(gh.nonconforming).toEqual([]);
  });

  it('as a maintainer, my /milestone v9 (which does not exist) is refused with the reason, not a failed item on every run', async () => {
    commentOnIssue2('/milestone v9');
    const result = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(result.outcomes.map((o) => o.error)).toEqual([undefined]);
    expect(reactions(2, 0)).toEqual(['confused by sift[bot]']);
    expect(siftComments(2)).toEqual([expect.stringContaining('`/milestone v9`: no such milestone: "v9"')]);
    // Answered: the next run reads the answer and does nothing.
    const writes = gh.writes().length;
    const again = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(again.outcomes).toEqual([]);
    expect(gh.writes().length).toBe(writes);
  });

  it('as a member, my /lock that GitHub refuses with 422 is answered as refused with its reason, and the next run sends nothing', async () => {
    gh.onRequest = (request) =>
      (request.method === 'PUT' && request.path.endsWith('/issues/2/lock')) ||
      JSON.stringify(request.body ?? '').includes('lockLockable(')
        ? { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'invalid' }] } }
        : undefined;
    commentOnIssue2('/lock\n/label kind/bug', 'OWNER');
    const first = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    const outcome = first.outcomes.find((o) => o.item.number === 2)!;
    expect(outcome.error).toBeUndefined();
    expect(repo.require(2).locked).toBe(false);
    expect(reactions(2, 0)).toEqual(['confused by sift[bot]']);
    expect(siftComments(2)).toEqual([
      expect.stringMatching(/`\/lock`: locking issue #2 in octo\/commands failed: .*Validation Failed/),
    ]);
    expect(siftComments(2)[0]).toContain(
      '`/label kind/bug`: not run: a command before it in this comment was refused',
    );

    // The next run plans nothing for it (GraphQL's batch also carried issue #1's writes, which the
    // injected 422 failed: those run now).
    gh.onRequest = undefined;
    const again = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(again.outcomes.find((o) => o.item.number === 2)).toBeUndefined();
    expect(reactions(2, 0)).toEqual(['confused by sift[bot]']);
    expect(siftComments(2)).toHaveLength(1);
    expect(repo.require(2).labels).toEqual([]);
  });

  it("an issue_comment.created event runs that comment's commands only", async () => {
    const eventComment = repo.require(1).commentList[1];
    eventComment.author_association = 'COLLABORATOR';
    const p = provider(api);
    let item;
    for await (const listed of p.items({ state: 'open' })) if (listed.number === 1) item = listed;
    await triage({
      provider: p,
      rules: RULES,
      now: NOW,
      dryRun: false,
      trigger: { name: 'issue_comment', action: 'created' },
      eventCommentId: String(eventComment.id),
      items: (async function* () {
        yield item!;
      })(),
    });
    expect(repo.require(1).labels).toEqual(['triage', 'kind/feature']);
    expect(reactions(1, 1)).toEqual(['+1 by sift[bot]']);
    expect(reactions(1, 0)).toEqual([]);
  });

  it('a rerun after the reaction failed with 502 converges: the label once, then the answer', async () => {
    gh.onRequest = (request) => {
      const reacting =
        /\/issues\/comments\/\d+\/reactions$/.test(request.path) ||
        JSON.stringify(request.body ?? '').includes('addReaction(');
      return reacting && request.method === 'POST'
        ? { status: 502, body: { message: 'Server Error' } }
        : undefined;
    };
    const first = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(first.outcomes[0].error).toMatch(/react/);
    expect(repo.require(1).labels).toEqual(['triage', 'kind/bug', 'area/cli']);
    expect(reactions(1, 0)).toEqual([]);

    gh.onRequest = undefined;
    const second = await triage({
      provider: provider(api),
      rules: RULES,
      now: NOW,
      dryRun: false,
      maxChangeRatio: 1,
    });
    expect(second.outcomes.map((o) => o.error)).toEqual([undefined]);
    expect(reactions(1, 0)).toEqual(['+1 by sift[bot]']);
    expect(reactions(1, 1)).toEqual(['confused by sift[bot]']);
    const labeled = repo.require(1).events.filter((e) => e.event === 'labeled');
    expect(labeled.map((e) => e.label?.name)).toEqual(['triage', 'kind/bug', 'area/cli']);
    expect(siftComments(1)).toHaveLength(1);
  });
});
