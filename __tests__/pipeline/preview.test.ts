/**
 * previewRules: both rule sets planned from the same walk, each item's facts read once for both.
 */
import { parseRules } from '../../src/config/index.js';
import { previewRules } from '../../src/pipeline/preview.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const rules = (inactive: string, extra = '') =>
  parseRules(
    `version: 1
rules:
  - id: mark-stale
    when: { inactive: ${inactive} }
    then: [{ label: stale }]
${extra}`,
    'sift.yml',
  );

describe('previewRules', () => {
  it('walks once, reads each item history once for both sides, and diffs per rule', async () => {
    const provider = new MemoryProvider(
      [
        // A bot commented yesterday: only the timeline tells that nobody human was active for 100 days.
        memoryItem({
          number: 1,
          createdAt: ago(100),
          updatedAt: ago(1),
          comments: 1,
          commentList: [{ id: 'c1', author: 'ci[bot]', body: 'build passed', createdAt: ago(1) }],
        }),
        memoryItem({ number: 2, createdAt: ago(40) }),
        memoryItem({ number: 3, createdAt: ago(5) }),
      ],
      { pageSize: 2 },
    );
    const result = await previewRules({
      provider,
      before: rules('60d', '  - id: old\n    when: { title: Item }\n    then: [{ label: x }]\n'),
      after: rules('30d'),
      now: NOW,
    });
    expect(
      result.rules.map(({ rule, before, after, added, removed }) => ({
        rule,
        before,
        after,
        added: added.map((i) => i.number),
        removed: removed.map((i) => i.number),
      })),
    ).toEqual([
      { rule: 'mark-stale', before: 1, after: 2, added: [2], removed: [] },
      { rule: 'old', before: 3, after: 0, added: [], removed: [1, 2, 3] },
    ]);
    expect(result.walked).toBe(3);
    // Two listing pages of two items, once; #1's timeline read once, for both rule sets (the others'
    // last update is old or recent enough to decide without it).
    expect(provider.pagesServed).toBe(2);
    expect(provider.requestCounts()).toEqual({ reads: 2 + 1, writes: 0 });
  });

  it("the same rule's comment is looked up once for both sides", async () => {
    const provider = new MemoryProvider([memoryItem({ number: 1, createdAt: ago(100) })]);
    const warn = (extra = '') =>
      parseRules(
        `version: 1
rules:
  - id: warn
    when: { inactive: 30d }
    then: [{ comment: 'Quiet for {{inactive_days}} days.' }]
${extra}`,
        'sift.yml',
      );
    const result = await previewRules({
      provider,
      before: warn(),
      after: warn('  - id: other\n    when: { title: nothing-matches }\n    then: [{ label: x }]\n'),
      now: NOW,
    });
    expect(result.rules.map((r) => [r.rule, r.before, r.after])).toEqual([
      ['warn', 1, 1],
      ['other', 0, 0],
    ]);
    // One listing page, one timeline read (the comment's days), one lookup of Sift's earlier comment.
    expect(provider.requestCounts()).toEqual({ reads: 3, writes: 0 });
  });

  it('a side without a rules file counts 0', async () => {
    const provider = new MemoryProvider([memoryItem({ number: 1, createdAt: ago(100) })]);
    const result = await previewRules({ provider, before: null, after: rules('30d'), now: NOW });
    expect(result.rules.map((r) => [r.rule, r.before, r.after, r.inBefore, r.inAfter])).toEqual([
      ['mark-stale', 0, 1, false, true],
    ]);
  });
});
