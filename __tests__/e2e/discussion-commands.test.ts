/**
 * Commands on discussions through the bundled Action on GitHub's GraphQL API, fed GitHub's real
 * `discussion_comment.created` payload (@octokit/webhooks-examples: Codertocat's comment 544078 on
 * octo-org/octo-repo discussion #90, association COLLABORATOR). The emulator holds that comment, as
 * GitHub would, with the commands as its body (Sift reads the body through GraphQL, not the payload).
 * Only the commands that make sense on a discussion run; the others are refused with a reason, as
 * the person who asked sees it. A sweep that walks discussions runs unanswered commands; reruns run
 * nothing twice.
 */
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runActionOnEvent, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'discussion-commands-token-0123456789';
const COMMANDS = `commands:
  - name: label
    allow: { association: [OWNER, MEMBER, COLLABORATOR] }
  - name: close
    allow: { association: [OWNER, MEMBER, COLLABORATOR] }
  - name: lock
    allow: { association: [OWNER, MEMBER] }
  - name: assign
    allow: { association: [OWNER, MEMBER, COLLABORATOR] }
  - name: answered
    allow: { association: [OWNER, MEMBER, COLLABORATOR] }
    then:
      - label: answered
      - comment: Marked answered by {{commenter}}.
`;
/** Commands, and no rule about discussions. */
const ONLY_COMMANDS = `version: 1\n${COMMANDS}rules:\n  - id: bugs\n    when: { type: issue, labels: { any: [bug] } }\n    then: [{ label: triaged }]\n`;
/** Commands and a rule about discussions, so a sweep walks them. */
const WITH_SWEEP = `version: 1\n${COMMANDS}rules:\n  - id: triaged\n    when: { type: discussion, labels: { any: [answered] } }\n    then: [{ label: triaged }]\n`;

const recent = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

let gh: GitHubEmulator;
let repo: RepoStore;
const runs: ActionRun[] = [];
beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  repo = gh.store.addRepo('octo-org/octo-repo');
  repo.ensureLabel('kind/question');
  repo.ensureLabel('answered');
  repo.ensureLabel('triaged');
});
afterEach(async () => {
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

async function act(eventName: string, payload: unknown, rules: string): Promise<ActionRun> {
  const run = await runActionOnEvent({
    apiUrl: gh.url,
    token: TOKEN,
    repository: 'octo-org/octo-repo',
    eventName,
    payload,
    rules,
    inputs: { api: 'graphql', 'max-change-ratio': '1' },
  });
  runs.push(run);
  return run;
}

/** Discussion #90 with the payload's comment (id 544078 by Codertocat) saying `body`. */
function seedPayloadComment(body: string, association = 'COLLABORATOR') {
  return discussionsOf(repo).add({
    number: 90,
    title: 'Welcome to discussions!',
    user: 'Codertocat',
    comments: [
      { id: 544078, body, user: 'Codertocat', author_association: association, created_at: recent(1) },
    ],
  });
}

const reactionsOn = (id: number) =>
  (discussionsOf(repo).comment(id)?.reactionList ?? []).map((r) => `${r.content} by ${r.user.login}`);
const mutations = () => gh.requests.filter((r) => r.graphql?.operation === 'mutation').length;

it('as a collaborator, my /label and /close on a discussion run; Sift reacts 👍 to my comment', async () => {
  seedPayloadComment('/label kind/question\n/close');
  const run = await act('discussion_comment', webhookExample('discussion_comment', 'created'), ONLY_COMMANDS);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const d = discussionsOf(repo).require(90);
  expect(d.labels).toEqual(['kind/question']);
  expect(d.state).toBe('closed');
  expect(reactionsOn(544078)).toEqual(['+1 by sift[bot]']);
  // No reply when everything ran.
  expect(d.comments.map((c) => c.id)).toEqual([544078]);

  // The same event again (a redelivery): the comment is answered, nothing runs twice.
  const before = mutations();
  const again = await act(
    'discussion_comment',
    webhookExample('discussion_comment', 'created'),
    ONLY_COMMANDS,
  );
  expect(again.code).toBe(0);
  expect(mutations()).toBe(before);
  expect(reactionsOn(544078)).toEqual(['+1 by sift[bot]']);
});

it('as a collaborator, my /assign on a discussion is refused: 😕 and one reply saying discussions have no assignees', async () => {
  seedPayloadComment('/label kind/question\n/assign @me');
  const run = await act('discussion_comment', webhookExample('discussion_comment', 'created'), ONLY_COMMANDS);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const d = discussionsOf(repo).require(90);
  expect(d.labels).toEqual(['kind/question']);
  expect(reactionsOn(544078)).toEqual(['confused by sift[bot]']);
  const replies = d.comments.filter((c) => c.id !== 544078).map((c) => c.body);
  expect(replies).toEqual([expect.stringContaining('discussions have no assignees')]);
  expect(replies[0]).toContain('@Codertocat');
});

it('as a collaborator, my /lock is refused because it needs OWNER or MEMBER; the discussion stays unlocked', async () => {
  seedPayloadComment('/lock');
  const run = await act('discussion_comment', webhookExample('discussion_comment', 'created'), ONLY_COMMANDS);
  expect(run.code).toBe(0);
  const d = discussionsOf(repo).require(90);
  expect(d.locked).toBe(false);
  expect(reactionsOn(544078)).toEqual(['confused by sift[bot]']);
  expect(d.comments.filter((c) => c.id !== 544078).map((c) => c.body)).toEqual([
    expect.stringMatching(
      /not allowed for you \(it needs association OWNER, MEMBER; yours is COLLABORATOR\)/,
    ),
  ]);
});

it('a sweep that walks discussions runs unanswered commands (custom then: and a reply in a thread), once', async () => {
  discussionsOf(repo).add({
    number: 7,
    title: 'How do I configure it?',
    user: 'alice',
    comments: [
      {
        body: 'Use the config file.',
        user: 'maint',
        author_association: 'MEMBER',
        created_at: recent(30),
        replies: [
          { body: 'Thanks!\n/answered', user: 'maint', author_association: 'MEMBER', created_at: recent(20) },
        ],
      },
    ],
  });
  const run = await act('schedule', {}, WITH_SWEEP);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const d = discussionsOf(repo).require(7);
  expect(d.labels.sort()).toEqual(['answered', 'triaged']);
  expect(d.comments.map((c) => c.body)).toContain('Use the config file.');
  expect(d.comments.some((c) => c.body.includes('Marked answered by maint.'))).toBe(true);
  const reply = d.comments[0].replies[0];
  expect(reactionsOn(reply.id)).toEqual(['+1 by sift[bot]']);

  const before = mutations();
  const again = await act('schedule', {}, WITH_SWEEP);
  expect(again.code).toBe(0);
  expect(mutations()).toBe(before);
  expect(d.comments.filter((c) => c.body.includes('Marked answered')).length).toBe(1);
});
