/**
 * Discussions through the GitHub GraphQL provider, against the emulator's GraphQL endpoint over real
 * HTTP on 127.0.0.1. Every document is validated against GitHub's real schema (@octokit/graphql-schema:
 * `Repository.discussions`, `Discussion.isAnswered`, `closeDiscussion(reason: DiscussionCloseReason)`,
 * ...); afterEach checks that none was rejected and that the emulator served every field asked for.
 */
import { discussionsOf } from '../../src/emulator/github/discussions.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import {
  createGitHubGraphqlProvider,
  type GitHubGraphqlProvider,
} from '../../src/providers/github-graphql/index.js';
import { ItemWriteError, type ItemKey } from '../../src/providers/provider.js';
import type { Item } from '../../src/model/item.js';

const TOKEN = 'ghs_DiscussionsToken123';
const NOW = new Date('2026-03-01T12:00:00Z');
const at = (day: number, minute = 0): string =>
  new Date(Date.UTC(2026, 0, day, 0, minute)).toISOString().replace('.000', '');
const discussion = (number: number): ItemKey => ({ type: 'discussion', number });

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('GitHub GraphQL provider: discussions', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;
  let provider: GitHubGraphqlProvider;
  const operations = () => gh.requests.filter((r) => r.graphql).map((r) => r.graphql?.operationName);

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW });
    repo = gh.store.addRepo('octo/demo');
    repo.addIssue({ number: 1, title: 'An issue', created_at: at(1) });
    discussionsOf(repo).add({
      number: 2,
      title: 'How do I configure the cache?',
      body: 'Where does it go?',
      user: 'alice',
      author_association: 'CONTRIBUTOR',
      category: 'Q&A',
      labels: ['question'],
      created_at: at(2),
      comments: [
        {
          body: 'In .cache, see the docs.',
          user: 'bob',
          created_at: at(3),
          replies: [{ body: 'Thanks!', user: 'alice', created_at: at(4) }],
        },
        { body: 'Bumped a dependency.', user: 'renovate[bot]', created_at: at(5) },
      ],
      reactions: [{ content: '+1', user: 'carol', created_at: at(3) }],
      answer: { comment: 0, by: 'alice', at: at(6) },
      edits: [{ at: at(2, 30), by: 'alice' }],
    });
    discussionsOf(repo).add({
      number: 3,
      title: 'Old idea',
      category: 'Ideas',
      state: 'closed',
      state_reason: 'outdated',
      created_at: at(2, 5),
    });
    repo.addIssue({ number: 4, title: 'Another issue', created_at: at(7) });
    provider = createGitHubGraphqlProvider({
      token: TOKEN,
      repository: 'octo/demo',
      graphqlUrl: gh.graphqlUrl,
    });
  });
  afterEach(async () => {
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  it('can read and change discussions, which the REST and GitLab providers cannot', () => {
    expect(provider.capabilities.discussions).toBe(true);
  });

  it('lists issues and pull requests without discussions, and discussions only when asked', async () => {
    expect((await collect(provider.items({ state: 'all' }))).map((i) => i.number)).toEqual([1, 4]);
    expect(operations()).not.toContain('SiftDiscussions');

    const open = await collect(provider.items({ state: 'open', type: 'discussion' }));
    expect(open).toEqual([
      {
        type: 'discussion',
        number: 2,
        title: 'How do I configure the cache?',
        body: 'Where does it go?',
        state: 'open',
        draft: false,
        locked: false,
        author: 'alice',
        authorAssociation: 'CONTRIBUTOR',
        labels: ['question'],
        assignees: [],
        milestone: null,
        // Top-level comments, as GitHub counts them; the reply is not one.
        comments: 2,
        reactions: { total: 1, thumbsUp: 1 },
        createdAt: at(2),
        updatedAt: at(6),
        closedAt: null,
        closedAs: null,
        url: 'https://github.com/octo/demo/discussions/2',
        discussion: { category: 'Q&A', answered: true },
      },
    ]);
    const all = await collect(provider.items({ state: 'all', type: 'discussion' }));
    // Its close reason is read too (seeded outdated).
    expect(all.map((d) => [d.number, d.state, d.closedAs, d.discussion])).toEqual([
      [2, 'open', null, { category: 'Q&A', answered: true }],
      [3, 'closed', 'outdated', { category: 'Ideas', answered: false }],
    ]);
    const closed = await collect(provider.items({ state: 'closed', type: 'discussion' }));
    expect(closed.map((d) => d.number)).toEqual([3]);
  });

  it('reads the history (comments, replies, edits, the answer) and the reactions, in one request', async () => {
    const facts = await provider.facts(discussion(2), ['timeline', 'reactions', 'labelAppliedAt', 'linked']);
    expect(facts.linked).toEqual([]);
    expect(facts.labelAppliedAt).toBeUndefined();
    expect(facts.timeline).toEqual([
      { kind: 'edited', at: at(2, 30), actor: 'alice', actorIsBot: false },
      // Comments and replies carry their author's association (the `by: maintainers` clock reads it).
      { kind: 'comment', at: at(3), actor: 'bob', actorIsBot: false, association: 'NONE' },
      { kind: 'other', at: at(4), actor: 'alice', actorIsBot: false, association: 'NONE' },
      { kind: 'comment', at: at(5), actor: 'renovate[bot]', actorIsBot: true, association: 'NONE' },
      { kind: 'other', at: at(6), actor: 'alice', actorIsBot: false },
    ]);
    expect(facts.reactions).toEqual([{ kind: 'reaction', at: at(3), actor: 'carol', actorIsBot: false }]);
    expect(operations()).toEqual(['SiftDiscussionHistory']);
    // The reactions alone, when only they are asked for.
    expect(await provider.facts(discussion(2), ['reactions'])).toEqual({ reactions: facts.reactions });
  });

  it('pages through more than 100 comments', async () => {
    discussionsOf(repo).add({
      number: 5,
      created_at: at(1),
      comments: Array.from({ length: 130 }, (_, k) => ({
        body: `c${k}`,
        user: `u${k}`,
        created_at: at(2, k),
      })),
    });
    const facts = await provider.facts(discussion(5), ['timeline']);
    expect(facts.timeline?.filter((e) => e.kind === 'comment')).toHaveLength(130);
    expect(facts.timeline?.at(-1)?.actor).toBe('u129');
    expect(operations()).toEqual(['SiftDiscussionHistory', 'SiftDiscussionHistory']);
  });

  it('labels, comments (found again by marker, edited, deleted), closes with a reason, reopens, locks', async () => {
    const store = discussionsOf(repo);
    const key = discussion(2);
    await provider.addLabels(key, ['stale', 'question']);
    expect(store.require(2).labels).toEqual(['question', 'stale']);
    await provider.removeLabel(key, 'question');
    expect(store.require(2).labels).toEqual(['stale']);

    const body = 'Quiet for 30 days.\n<!-- sift:rule=mark-stale -->';
    const id = await provider.createComment(key, body);
    expect(typeof id).toBe('string');
    const posted = store.require(2).comments.at(-1);
    expect(posted).toMatchObject({ body, user: { login: 'sift[bot]', type: 'Bot' } });
    const found = await provider.findComment(key, '<!-- sift:rule=mark-stale -->');
    expect(found).toEqual({ id, body, createdAt: posted?.created_at });
    expect(await provider.findComments([{ item: key, marker: '<!-- sift:rule=mark-stale -->' }])).toEqual([
      found,
    ]);
    await provider.updateComment(key, String(id), `${body} (edited)`);
    expect(store.require(2).comments.at(-1)?.body).toBe(`${body} (edited)`);
    await provider.deleteComment(key, String(id));
    expect(store.require(2).comments.map((c) => c.body)).toEqual([
      'In .cache, see the docs.',
      'Bumped a dependency.',
    ]);

    await provider.close(key, 'outdated');
    expect(store.require(2)).toMatchObject({ state: 'closed', state_reason: 'outdated' });
    await provider.reopen(key);
    expect(store.require(2)).toMatchObject({ state: 'open', state_reason: 'reopened' });
    await provider.lock(key, 'resolved');
    expect(store.require(2)).toMatchObject({ locked: true, active_lock_reason: 'resolved' });
    await provider.unlock(key);
    expect(store.require(2).locked).toBe(false);
    // The issues beside them were not touched.
    expect(repo.require(1).labels).toEqual([]);
    expect(repo.require(1).commentList).toEqual([]);
  });

  it('batches writes to discussions and issues together, in order', async () => {
    const results = await provider.applyBatch([
      { kind: 'createComment', item: discussion(2), body: 'Closing: answered.\n<!-- sift:rule=done -->' },
      { kind: 'close', item: discussion(2), reason: 'resolved' },
      { kind: 'addLabels', item: { type: 'issue', number: 1 }, labels: ['triage'] },
      { kind: 'addLabels', item: discussion(3), labels: ['archived'] },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(discussionsOf(repo).require(2)).toMatchObject({ state: 'closed', state_reason: 'resolved' });
    expect(discussionsOf(repo).require(3).labels).toEqual(['archived']);
    expect(repo.require(1).labels).toEqual(['triage']);
    // One lookup (ids of #1 and #3, the labels), one mutation request.
    expect(operations()).toEqual(['SiftLookup', 'SiftCreateLabels', 'SiftWrites']);
  });

  it('refuses what a discussion does not have, without sending a mutation', async () => {
    await collect(provider.items({ state: 'open', type: 'discussion' }));
    const assign = await provider.addAssignees(discussion(2), ['alice']).catch((e: unknown) => e);
    expect(assign).toBeInstanceOf(ItemWriteError);
    expect((assign as ItemWriteError).message).toMatch(
      /assigning alice to discussion #2 in octo\/demo failed: discussions have no assignees/,
    );
    const closeAsIssue = await provider.close(discussion(2), 'not_planned').catch((e: unknown) => e);
    expect((closeAsIssue as ItemWriteError).message).toMatch(/resolved, outdated or duplicate/);
    // Only the login was looked up (a read); nothing was sent to change the discussion.
    expect(gh.requests.filter((r) => r.graphql?.operation === 'mutation')).toEqual([]);
    expect(discussionsOf(repo).require(2).state).toBe('open');
  });

  it('a locked discussion refuses a comment, reported on the item', async () => {
    discussionsOf(repo).lock(2, null);
    const error = await provider.createComment(discussion(2), 'hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemWriteError);
    expect((error as Error).message).toMatch(/commenting on discussion #2 .*Discussion is locked/);
  });
});
