/**
 * The whole pipeline (config -> provider -> engine -> executor) over the in-memory provider: no HTTP,
 * real config parsing, real engine, real executor.
 */
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { STALE_RULES } from '../helpers/rules.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function staleRepo(): MemoryProvider {
  return new MemoryProvider(
    [
      memoryItem({ number: 1, title: 'fresh', updatedAt: daysAgo(3) }),
      memoryItem({ number: 2, title: 'old', author: 'alice', updatedAt: daysAgo(75) }),
      memoryItem({ number: 3, title: 'pinned', labels: ['pinned'], updatedAt: daysAgo(200) }),
      memoryItem({
        number: 4,
        title: 'stale, due',
        labels: ['stale'],
        labelAppliedAt: { stale: daysAgo(9) },
        updatedAt: daysAgo(9),
      }),
      memoryItem({
        number: 5,
        title: 'stale, waiting',
        labels: ['stale'],
        labelAppliedAt: { stale: daysAgo(2) },
        updatedAt: daysAgo(2),
      }),
      memoryItem({ number: 6, type: 'pull_request', title: 'old PR', updatedAt: daysAgo(300) }),
    ],
    { pageSize: 2, now: () => NOW },
  );
}

describe('triage over the in-memory provider', () => {
  it('runs the stale example: marks, comments, closes only what is due', async () => {
    const provider = staleRepo();
    const result = await triage({
      provider,
      rules: parseRules(STALE_RULES, 'sift.yml'),
      now: NOW,
      dryRun: false,
    });

    expect(result.walked).toBe(6);
    expect(result.outcomes.map((o) => [o.item.number, o.rules.map((r) => r.rule)])).toEqual([
      [2, ['mark-stale']],
      [4, ['close-stale']],
    ]);
    const marked = provider.get(2)!;
    expect(marked.labels).toEqual(['stale']);
    expect(marked.commentList).toHaveLength(1);
    expect(marked.commentList[0].body).toContain('@alice, this issue has had no activity for 75 days.');
    expect(marked.commentList[0].body).toContain('<!-- sift:rule=mark-stale -->');
    expect(provider.get(4)!.state).toBe('closed');
    expect(provider.get(4)!.closeReason).toBe('not_planned');
    for (const untouched of [1, 3, 5, 6])
      expect(provider.get(untouched)!.updatedAt).toBe(staleRepo().get(untouched)!.updatedAt);
    expect(provider.get(5)!.state).toBe('open');
    expect(provider.get(6)!.labels).toEqual([]);
  });

  it('fetches label history only for items that carry the label', async () => {
    const provider = staleRepo();
    await triage({ provider, rules: parseRules(STALE_RULES, 'sift.yml'), now: NOW, dryRun: true });
    // 6 items in pages of 2 = 4 list requests (the last one comes back empty), plus label history
    // for #5 only (#4 also carries `stale` but was not updated for 9 days: the label is at least
    // that old, and `labeled: { stale: 7d }` holds without it), plus one look for an earlier comment on #2,
    // plus the timeline of #1: updated 3 days ago, only its timeline tells whether a human did it;
    // and the timeline of #2: quiet by its update 75 days ago, but its warning shows the days since the
    // last activity, which only the timeline makes exact.
    expect(provider.pagesServed).toBe(4);
    expect(provider.requestCounts()).toEqual({ reads: 4 + 1 + 1 + 1 + 1, writes: 0 });
  });

  it('a rules file without lazy conditions makes no per-item request', async () => {
    const items = Array.from({ length: 250 }, (_, i) =>
      memoryItem({
        number: i + 1,
        title: i % 2 ? 'Crash on start' : 'Idea',
        labels: i % 3 ? [] : ['area/ui'],
      }),
    );
    const provider = new MemoryProvider(items, { pageSize: 100, now: () => NOW });
    const rules = parseRules(
      `version: 1
rules:
  - id: cheap
    when:
      type: issue
      labels: { none: ['area/*'] }
      title: '/crash/i'
      created: { older-than: 1d }
      comments: { max: 5 }
    then:
      - label: bug
`,
      'sift.yml',
    );
    const result = await triage({
      provider,
      rules,
      now: NOW,
      dryRun: true,
      maxChangeRatio: 1,
      maxOperations: 1000,
    });
    expect(result.walked).toBe(250);
    expect(result.outcomes.length).toBeGreaterThan(0);
    expect(provider.requestCounts()).toEqual({ reads: 3, writes: 0 }); // the three listing pages, nothing else
  });

  it('a dry run plans exactly what a real run applies and writes nothing', async () => {
    const rules = parseRules(STALE_RULES, 'sift.yml');
    const dry = staleRepo();
    const dryResult = await triage({ provider: dry, rules, now: NOW, dryRun: true });
    expect(dry.requestCounts().writes).toBe(0);
    expect(dry.all()).toEqual(staleRepo().all());

    const real = staleRepo();
    const realResult = await triage({ provider: real, rules, now: NOW, dryRun: false });
    const changes = (r: typeof dryResult) => r.outcomes.map((o) => [o.item.number, o.rules]);
    expect(
      changes(dryResult).map(([n, rules]) => [n, JSON.stringify(rules).replace(/dry-run/g, 'applied')]),
    ).toEqual(changes(realResult).map(([n, rules]) => [n, JSON.stringify(rules)]));
    expect(dryResult.outcomes.flatMap((o) => o.rules.flatMap((r) => r.changes.map((c) => c.status)))).toEqual(
      ['dry-run', 'dry-run', 'dry-run'],
    );
  });

  it('never posts the same comment twice, and edits its own comment when the text changes', async () => {
    const provider = new MemoryProvider([memoryItem({ number: 7, labels: ['needs-info'] })], {
      now: () => NOW,
    });
    const rules = (text: string) =>
      parseRules(
        `version: 1\nrules:\n  - id: ask\n    when: { labels: { any: [needs-info] } }\n    then:\n      - comment: "${text}"\n`,
        'sift.yml',
      );
    await triage({ provider, rules: rules('Please add a reproduction.'), now: NOW, dryRun: false });
    const second = await triage({
      provider,
      rules: rules('Please add a reproduction.'),
      now: NOW,
      dryRun: false,
    });
    expect(provider.get(7)!.commentList).toHaveLength(1);
    expect(second.outcomes[0].rules[0].changes[0].status).toBe('unchanged');

    await triage({ provider, rules: rules('Please add a minimal reproduction.'), now: NOW, dryRun: false });
    expect(provider.get(7)!.commentList).toHaveLength(1);
    expect(provider.get(7)!.commentList[0].body).toMatch(/^Please add a minimal reproduction\./);
  });

  it('reports an item that cannot be changed and goes on with the walk', async () => {
    const provider = new MemoryProvider(
      [memoryItem({ number: 1 }), memoryItem({ number: 2 }), memoryItem({ number: 3 })],
      { milestones: ['v1'], now: () => NOW },
    );
    const rules = parseRules(
      `version: 1
rules:
  - id: plan
    when: { type: issue }
    then:
      - milestone: v2
  - id: tag
    when: { type: issue }
    then:
      - label: seen
`,
      'sift.yml',
    );
    const result = await triage({ provider, rules, now: NOW, dryRun: false });
    expect(result.walked).toBe(3);
    expect(result.outcomes).toHaveLength(3);
    for (const outcome of result.outcomes) {
      expect(outcome.error).toBe('plan: milestone failed: milestone "v2" does not exist in memory/repo');
      expect(outcome.rules[1].changes[0].status).toBe('not-attempted');
    }
    expect(provider.all().map((i) => i.labels)).toEqual([[], [], []]);
  });

  it('applies every kind of action through the provider', async () => {
    const provider = new MemoryProvider(
      [
        memoryItem({ number: 1, labels: ['old'], assignees: ['bob'] }),
        memoryItem({ number: 2, type: 'pull_request', author: 'carol' }),
      ],
      { milestones: ['v1'], now: () => NOW },
    );
    const rules = parseRules(
      `version: 1
rules:
  - id: issue-work
    when: { type: issue }
    then:
      - label: [triaged, area/core]
      - unlabel: old
      - assign: alice
      - unassign: bob
      - milestone: v1
      - lock: resolved
  - id: pr-work
    when: { type: pull_request }
    then:
      - request-review: [dave]
      - close: completed
`,
      'sift.yml',
    );
    await triage({ provider, rules, now: NOW, dryRun: false });
    const issue = provider.get(1)!;
    expect(issue.labels).toEqual(['triaged', 'area/core']);
    expect(issue.assignees).toEqual(['alice']);
    expect(issue.milestone).toBe('v1');
    expect([issue.locked, issue.lockReason]).toEqual([true, 'resolved']);
    const pr = provider.get(2)!;
    expect(pr.reviewers).toEqual(['dave']);
    expect([pr.state, pr.closeReason]).toEqual(['closed', 'completed']);
  });
});
