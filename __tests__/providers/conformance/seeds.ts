/**
 * The items every forge is seeded with, in neutral terms (harness.ts). Numbers are unique across types
 * and creation times rise with the number, so "oldest first" and "by number" agree on every forge.
 */
import type { Seed, SeedItem } from './harness.js';

/** The instant the pipeline scenarios measure time from. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** Whole seconds, so forges that keep second precision (GitHub) store the same instant. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString().replace('.000Z', 'Z');
}

export const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'];

/** 230 items, every third a pull request, every seventh closed: several pages of each type. */
export function walkSeed(): Seed {
  const items: SeedItem[] = [];
  for (let n = 1; n <= 230; n++) {
    const at = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString().replace('.000Z', 'Z');
    items.push({
      type: n % 3 === 0 ? 'pull_request' : 'issue',
      number: n,
      title: `Item ${n}`,
      state: n % 7 === 0 ? 'closed' : 'open',
      createdAt: at,
      updatedAt: at,
    });
  }
  return { repository: 'octo/conformance', items, milestones: [], users: USERS };
}

/**
 * Items for Sift's comments (marker `<!-- sift:rule=warn -->`, M):
 *  1 two cycles: Sift's warning (30 days ago), carol answers (25), carol pastes M (20), Sift warns
 *    again (10, edited 5 days ago) and once more (8); carol edited her answer 3 days ago
 *  2 only carol's comment pasting M
 *  3 no comment yet
 *  4 carol pastes M (7 days ago), then erin posts it (6): Sift's only when Sift runs as erin
 */
export function commentSeed(): Seed {
  const M = '<!-- sift:rule=warn -->';
  const base = { type: 'issue' as const, author: 'alice', createdAt: daysAgo(40), updatedAt: daysAgo(3) };
  const items: SeedItem[] = [
    {
      ...base,
      number: 1,
      title: 'Two cycles',
      comments: [
        { author: 'sift[bot]', body: `Old warning\n\n${M}`, at: daysAgo(30) },
        { author: 'carol', body: 'Still happening.', at: daysAgo(25), editedAt: daysAgo(3) },
        { author: 'carol', body: `I copied this: ${M}`, at: daysAgo(20) },
        { author: 'sift[bot]', body: `New warning\n\n${M}`, at: daysAgo(10), editedAt: daysAgo(5) },
        { author: 'sift[bot]', body: `Also this cycle\n\n${M}`, at: daysAgo(8) },
      ],
    },
    {
      ...base,
      number: 2,
      title: 'Pasted marker',
      comments: [{ author: 'carol', body: `Quoting: ${M}`, at: daysAgo(20) }],
    },
    {
      ...base,
      number: 3,
      title: 'No comment yet',
    },
    {
      ...base,
      number: 4,
      title: 'Run as a person',
      comments: [
        { author: 'carol', body: `Pasted: ${M}`, at: daysAgo(7) },
        { author: 'erin', body: `Posted as erin\n\n${M}`, at: daysAgo(6) },
      ],
    },
  ];
  return { repository: 'octo/comments', items, milestones: [], users: USERS };
}

/**
 * A few items with every neutral field set, for mapping, facts, writes and the pipeline:
 *  1 issue: bug with two comments (one by a bot), assignee, milestone v1, 3 👍
 *  2 draft pull request titled "WIP: ..."
 *  3 closed, locked issue, closed as a duplicate of 1
 *  4 pull request, stale for 9 days, two assignees, milestone v2
 *  5 quiet issue, no activity for 90 days
 *  6 issue, stale for 2 days
 *  7 closed issue, not locked, closed as completed
 *  8 closed, locked issue labelled reopen-me, closed as not planned
 */
export function richSeed(): Seed {
  const items: SeedItem[] = [
    {
      type: 'issue',
      number: 1,
      title: 'Crash on start',
      body: 'It crashes when started.',
      author: 'alice',
      labels: ['bug', 'area/ui'],
      labelAppliedAt: { bug: daysAgo(30) },
      assignees: ['bob'],
      milestone: 'v1',
      comments: [
        { author: 'carol', body: 'Same here.', at: daysAgo(20) },
        { author: 'renovate[bot]', body: 'Automated note.', at: daysAgo(10) },
      ],
      thumbsUp: 3,
      createdAt: daysAgo(40),
      updatedAt: daysAgo(10),
    },
    {
      type: 'pull_request',
      number: 2,
      title: 'WIP: faster start',
      body: 'Work in progress.',
      author: 'dave',
      draft: true,
      createdAt: daysAgo(35),
      updatedAt: daysAgo(34),
    },
    {
      type: 'issue',
      number: 3,
      title: 'Heated thread',
      author: 'carol',
      state: 'closed',
      closedAs: 'duplicate',
      duplicateOf: 1,
      locked: true,
      createdAt: daysAgo(33),
      updatedAt: daysAgo(32),
    },
    {
      type: 'pull_request',
      number: 4,
      title: 'Ready for review',
      author: 'dave',
      labels: ['stale'],
      labelAppliedAt: { stale: daysAgo(9) },
      assignees: ['alice', 'bob'],
      milestone: 'v2',
      createdAt: daysAgo(31),
      updatedAt: daysAgo(9),
    },
    {
      type: 'issue',
      number: 5,
      title: 'Quiet one',
      author: 'erin',
      createdAt: daysAgo(100),
      updatedAt: daysAgo(90),
    },
    {
      type: 'issue',
      number: 6,
      title: 'Recently stale',
      author: 'bob',
      labels: ['stale'],
      labelAppliedAt: { stale: daysAgo(2) },
      createdAt: daysAgo(29),
      updatedAt: daysAgo(2),
    },
    {
      type: 'issue',
      number: 7,
      title: 'Done long ago',
      author: 'alice',
      state: 'closed',
      closedAs: 'completed',
      createdAt: daysAgo(28),
      updatedAt: daysAgo(27),
    },
    {
      type: 'issue',
      number: 8,
      title: 'Closed by mistake',
      author: 'carol',
      state: 'closed',
      closedAs: 'not_planned',
      locked: true,
      labels: ['reopen-me'],
      createdAt: daysAgo(26),
      updatedAt: daysAgo(25),
    },
  ];
  return { repository: 'octo/conformance', items, milestones: ['v1', 'v2'], users: USERS };
}

/**
 * Parents and sub-issues (GitLab: issues and their tasks): #1 with an open and a closed one, #4 with
 * only a closed one, closed #7 with an open one, #10 alone, pull request #11.
 */
export function hierarchySeed(): Seed {
  const issue = (number: number, rest: Partial<SeedItem> = {}): SeedItem => ({
    type: 'issue',
    number,
    title: `Issue ${number}`,
    createdAt: daysAgo(50 - number),
    updatedAt: daysAgo(50 - number),
    ...rest,
  });
  return {
    repository: 'octo/hierarchy',
    items: [
      issue(1, { title: 'Offline mode', labels: ['area/sync', 'bug'] }),
      issue(2, { title: 'Cache', parent: 1 }),
      issue(3, { title: 'Queue', parent: 1, state: 'closed' }),
      issue(4, { title: 'Export', labels: ['area/io'] }),
      issue(5, { title: 'CSV', parent: 4, state: 'closed', labels: ['area/io'] }),
      issue(7, { title: 'Sync v2', labels: ['area/sync'], state: 'closed' }),
      issue(8, { title: 'Conflicts', parent: 7 }),
      issue(10, { title: 'Alone' }),
      { ...issue(11, { title: 'A fix' }), type: 'pull_request' },
    ],
    milestones: [],
    users: USERS,
  };
}
