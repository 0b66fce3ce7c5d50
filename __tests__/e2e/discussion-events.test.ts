/**
 * Discussions in event mode and explain, through the bundled action, fed GitHub's real `discussion`
 * and `discussion_comment` payloads (@octokit/webhooks-examples) the way the runner does. Those
 * payloads carry no labels, so the action reads the discussion afresh through GraphQL.
 */
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { RepoStore } from '../../src/emulator/github/store.js';
import { removeWorkspace, runActionOnEvent, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'discussion-events-token-0123456789';
const RULES = `version: 1
rules:
  - id: welcome-question
    on: [discussion.created]
    when: { type: discussion }
    then:
      - comment: 'Thanks for asking, @{{author}}! Someone will answer soon.'
      - label: needs-answer
  - id: answered
    on: [discussion.answered]
    when: { type: discussion, answered: true }
    then:
      - unlabel: needs-answer
      - label: answered
  - id: author-replied
    on: [discussion_comment.created]
    when: { type: discussion, labels: { any: [waiting-for-author] } }
    then:
      - unlabel: waiting-for-author
  - id: sweep-issues
    when: { labels: { none: [swept] } }
    then:
      - label: swept
`;

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.graphql.unemulated).toEqual([]);
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

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

const operations = () => gh.requests.map((r) => r.graphql?.operationName ?? `${r.method} ${r.path}`);

describe('discussion events', () => {
  let repo: RepoStore;

  describe('octo-org/octo-repo #90 (discussion.created, discussion_comment.created)', () => {
    beforeEach(async () => {
      gh = await startGitHubEmulator({ token: TOKEN });
      repo = gh.store.addRepo('octo-org/octo-repo');
      repo.addIssue({ number: 1, title: 'an issue the sweep rule would label' });
      discussionsOf(repo).add({ number: 90, title: 'Welcome to discussions!', user: 'Codertocat' });
      discussionsOf(repo).add({ number: 91, title: 'another discussion' });
    });

    it('created: the rules about discussions answer it, once; no issue rule sees it; nothing is listed', async () => {
      const run = await onEvent('octo-org/octo-repo', 'discussion', webhookExample('discussion', 'created'));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const d90 = discussionsOf(repo).require(90);
      expect(d90.labels).toEqual(['needs-answer']);
      expect(d90.comments.map((c) => c.body)).toEqual([
        expect.stringMatching(/^Thanks for asking, @Codertocat! Someone will answer soon\./),
      ]);
      expect(discussionsOf(repo).require(91).labels).toEqual([]);
      expect(repo.require(1).labels).toEqual([]);
      // One read of the discussion (its payload has no labels), then the writes: no listing at all.
      expect(operations()[0]).toBe('SiftDiscussion');
      expect(operations()).not.toContain('SiftDiscussions');
      expect(operations()).not.toContain('SiftIssues');
      expect(run.stdout).toContain(
        'Sift event: 4 rules from .github/sift.yml on octo-org/octo-repo for discussion.created',
      );
      expect(run.summary).toContain('[discussion #90](https://github.com/octo-org/octo-repo/discussions/90)');

      // The same event again: the comment is there (marker), the label too; nothing is written.
      const mutations = gh.requests.filter((r) => r.graphql?.operation === 'mutation').length;
      const again = await onEvent(
        'octo-org/octo-repo',
        'discussion',
        webhookExample('discussion', 'created'),
      );
      expect(again.outputs.changed).toBe('0');
      expect(gh.requests.filter((r) => r.graphql?.operation === 'mutation').length).toBe(mutations);
      expect(discussionsOf(repo).require(90).comments).toHaveLength(1);
    });

    it('discussion_comment.created runs the rules answering it', async () => {
      discussionsOf(repo).addLabels(90, ['waiting-for-author']);
      const run = await onEvent(
        'octo-org/octo-repo',
        'discussion_comment',
        webhookExample('discussion_comment', 'created'),
      );
      expect(run.code).toBe(0);
      expect(discussionsOf(repo).require(90).labels).toEqual([]);
      expect(discussionsOf(repo).require(90).comments).toEqual([]);
    });

    it('a rules file without rules about discussions makes no request on a discussion event', async () => {
      const run = await onEvent(
        'octo-org/octo-repo',
        'discussion',
        webhookExample('discussion', 'created'),
        {},
        'version: 1\nrules:\n  - id: sweep-issues\n    when: { labels: { none: [swept] } }\n    then: [{ label: swept }]\n',
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('No rule is about discussions');
      expect(gh.requests).toEqual([]);
    });
  });

  describe('Codertocat/Hello-World #4 (discussion.answered, explain)', () => {
    beforeEach(async () => {
      gh = await startGitHubEmulator({ token: TOKEN });
      repo = gh.store.addRepo('Codertocat/Hello-World');
      repo.addIssue({ number: 1, title: 'an issue' });
      discussionsOf(repo).add({
        number: 4,
        title: 'How do I use discussions?',
        category: 'Q&A',
        labels: ['needs-answer'],
        comments: [{ body: 'Like this.', user: 'octocat' }],
        answer: { comment: 0, by: 'Codertocat' },
      });
    });

    it('answered: swaps needs-answer for answered', async () => {
      const run = await onEvent(
        'Codertocat/Hello-World',
        'discussion',
        webhookExample('discussion', 'answered'),
      );
      expect(run.code).toBe(0);
      expect(discussionsOf(repo).require(4).labels).toEqual(['answered']);
      expect(repo.require(1).labels).toEqual([]);
    });

    it("explain: 'discussion #4' explains every rule for the discussion and changes nothing", async () => {
      const run = await onEvent(
        'Codertocat/Hello-World',
        'workflow_dispatch',
        {},
        { explain: 'discussion #4' },
      );
      expect(run.code).toBe(0);
      expect(gh.requests.filter((r) => r.graphql?.operation === 'mutation')).toEqual([]);
      expect(run.stdout).toContain(
        'Why Sift does what it does to discussion #4 (How do I use discussions?) https://github.com/Codertocat/Hello-World/discussions/4',
      );
      expect(run.stdout).toMatch(
        /rule answered: matches\n\s+yes\s+type discussion.*\n\s+yes\s+answered true\s+\[answered: true\]/,
      );
      expect(run.stdout).toMatch(
        /rule sweep-issues: does not match\n\s+no\s+type issue or pull_request \(no `type: discussion`\)\s+\[type: discussion\]/,
      );
    });

    it("explain: '#4' is about issues and pull requests, and says there is no such one", async () => {
      const run = await onEvent('Codertocat/Hello-World', 'workflow_dispatch', {}, { explain: '#4' });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('#4 does not exist in Codertocat/Hello-World');
    });
  });
});
