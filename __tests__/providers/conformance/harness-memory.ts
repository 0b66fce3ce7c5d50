/**
 * The in-memory provider as a forge: the reference every other provider is compared with. Its "forge"
 * is the provider's own store; a forbidden write is refused through its `beforeWrite` hook, since an
 * in-memory store has no permissions of its own.
 */
import type { ActivityEvent } from '../../../src/model/item.js';
import { MemoryProvider, memoryItem, type MemoryItem } from '../../../src/providers/memory/index.js';
import { ItemWriteError } from '../../../src/providers/provider.js';
import { PAGE_SIZE } from './constants.js';
import type { Forge, ProviderHarness, Seed, SeedItem } from './harness.js';

export const memoryHarness: ProviderHarness = {
  name: 'memory',
  async start(seed: Seed): Promise<Forge> {
    const forbidden = new Set<number>();
    const memory = new MemoryProvider(
      seed.items.map((item) => toMemoryItem(item, seed.repository, seed.actor ?? 'sift[bot]')),
      {
        repository: seed.repository,
        pageSize: PAGE_SIZE,
        milestones: seed.milestones,
        ...(seed.actor ? { actor: seed.actor } : {}),
        beforeWrite(key) {
          if (forbidden.delete(key.number)) {
            throw new ItemWriteError(
              `writing to #${key.number} in ${seed.repository} is forbidden for this token`,
              403,
            );
          }
        },
      },
    );
    return {
      provider: memory,
      state(number) {
        const item = memory.get(number);
        if (!item) throw new Error(`#${number} is not in the memory store`);
        return {
          state: item.state,
          labels: [...item.labels],
          assignees: [...item.assignees],
          milestone: item.milestone,
          locked: item.locked,
          comments: item.commentList.map((c) => c.body),
          reviewers: [...item.reviewers],
        };
      },
      requestCount() {
        const { reads, writes } = memory.requestCounts();
        return reads + writes;
      },
      forbidWrites(number) {
        forbidden.add(number);
      },
      async close() {},
    };
  },
};

function toMemoryItem(seed: SeedItem, repository: string, actor: string): MemoryItem {
  const comments = seed.comments ?? [];
  return memoryItem({
    type: seed.type,
    number: seed.number,
    title: seed.title,
    body: seed.body ?? '',
    state: seed.state ?? 'open',
    draft: seed.draft ?? false,
    locked: seed.locked ?? false,
    author: seed.author ?? 'octocat',
    labels: [...(seed.labels ?? [])],
    labelAppliedAt: Object.fromEntries(
      (seed.labels ?? []).map((label) => [label, seed.labelAppliedAt?.[label] ?? seed.createdAt]),
    ),
    assignees: [...(seed.assignees ?? [])],
    milestone: seed.milestone ?? null,
    comments: comments.length,
    commentList: comments.map((c, i) => ({
      id: `seed-${seed.number}-${i}`,
      author: c.author,
      body: c.body,
      createdAt: c.at,
      ...(c.editedAt ? { updatedAt: c.editedAt } : {}),
    })),
    reactions: { total: seed.thumbsUp ?? 0, thumbsUp: seed.thumbsUp ?? 0 },
    timeline: timelineOf(seed, actor),
    createdAt: seed.createdAt,
    updatedAt: seed.updatedAt,
    closedAt: seed.state === 'closed' ? seed.updatedAt : null,
    // As GitHub records it: closed issues as completed unless the seed says why.
    closedAs: seed.state === 'closed' && seed.type === 'issue' ? (seed.closedAs ?? 'completed') : null,
    url: `https://example.test/${repository}/${seed.type === 'issue' ? 'issues' : 'pull'}/${seed.number}`,
  });
}

/**
 * What a forge would have recorded for the seed: each label applied (by the author), each comment
 * (Sift's when it carries the marker and a bot or `actor`, Sift's account, wrote it) and each edit of
 * one, and an edit by the author at `updatedAt` (a seed says when it was last touched, not by whom).
 */
function timelineOf(seed: SeedItem, actor: string): ActivityEvent[] {
  const author = seed.author ?? 'octocat';
  const events: ActivityEvent[] = [
    ...(seed.labels ?? []).map((label) => ({
      kind: 'labeled' as const,
      at: seed.labelAppliedAt?.[label] ?? seed.createdAt,
      actor: author,
      actorIsBot: false,
      label,
    })),
    ...(seed.comments ?? []).flatMap((c) => {
      const bot = c.author.endsWith('[bot]');
      const by = {
        actor: c.author,
        actorIsBot: bot,
        ...(c.body.includes('<!-- sift:rule=') && (bot || c.author === actor) ? { bySift: true } : {}),
      };
      return [
        { kind: 'comment' as const, at: c.at, ...by },
        ...(c.editedAt ? [{ kind: 'edited' as const, at: c.editedAt, ...by }] : []),
      ];
    }),
  ];
  if (Date.parse(seed.updatedAt) > Date.parse(seed.createdAt)) {
    events.push({ kind: 'edited', at: seed.updatedAt, actor: author, actorIsBot: false });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
