/**
 * The engine on discussions: which rules see them, the discussion-only conditions, the activity clock
 * (GitHub records no history of labels, closes or locks on a discussion) and what comes out of a plan.
 */
import { parseRules } from '../../src/config/index.js';
import { evaluateChecks, explain, planItem } from '../../src/engine/index.js';
import type { Item } from '../../src/model/item.js';
import { daysAgo, event, makeItem, NOW } from './fixtures.js';

function discussion(overrides: Partial<Item> = {}): Item {
  return makeItem({
    type: 'discussion',
    number: 7,
    title: 'How do I configure the cache?',
    labels: [],
    comments: 2,
    url: 'https://github.com/acme/widgets/discussions/7',
    discussion: { category: 'Q&A', answered: false },
    ...overrides,
  });
}

const rules = (text: string) => parseRules(`version: 1\nrules:\n${text}`, 'sift.yml');

describe('which rules see a discussion', () => {
  const set = rules(`  - id: any-item
    when: { labels: { none: [keep] } }
    then: [{ label: seen-by-item-rule }]
  - id: questions
    when: { type: discussion }
    then: [{ label: seen-by-discussion-rule }]
`);

  test('a rule without type: discussion never sees one; a rule with it sees nothing else', () => {
    const onDiscussion = planItem(discussion(), {}, set, NOW);
    const onIssue = planItem(makeItem({ labels: [] }), {}, set, NOW);
    expect(onDiscussion).toEqual({
      kind: 'plan',
      plan: {
        item: {
          type: 'discussion',
          number: 7,
          title: 'How do I configure the cache?',
          url: discussion().url,
        },
        rules: [{ rule: 'questions', changes: [{ kind: 'label', labels: ['seen-by-discussion-rule'] }] }],
      },
    });
    expect(onIssue.kind === 'plan' && onIssue.plan?.rules.map((r) => r.rule)).toEqual(['any-item']);
  });

  test('explain says why a rule does not look at the discussion', () => {
    const explained = explain(discussion(), {}, set, NOW);
    expect(explained.rules[0]).toEqual({
      rule: 'any-item',
      outcome: false,
      conditions: [
        {
          description: 'type issue or pull_request (no `type: discussion`)',
          observed: 'type: discussion',
          outcome: false,
          children: [],
        },
      ],
      changes: [],
      needs: [],
    });
    expect(explained.rules[1].outcome).toBe(true);
  });

  test('a check rule without type: discussion is skipped on a discussion', () => {
    const checks = rules(`  - id: needs-label
    when: { state: open }
    check: { message: needs a label, require: { labels: { any: ['*'] } } }
`);
    expect(evaluateChecks(discussion(), {}, checks, NOW)).toEqual({
      kind: 'checks',
      results: [{ rule: 'needs-label', message: 'needs a label', status: 'skipped' }],
    });
  });
});

describe('discussion conditions', () => {
  const fires = (when: string, item: Item) => {
    const result = planItem(
      item,
      {},
      rules(`  - id: r\n    when: { type: discussion, ${when} }\n    then: [{ label: hit }]\n`),
      NOW,
    );
    return result.kind === 'plan' && result.plan !== null;
  };

  test('category: names and globs, case-insensitive', () => {
    expect(fires(`category: 'q&a'`, discussion())).toBe(true);
    expect(fires(`category: [Ideas, 'Q*']`, discussion())).toBe(true);
    expect(fires(`category: Ideas`, discussion())).toBe(false);
    expect(fires(`not: { category: Announcements }`, discussion())).toBe(true);
  });

  test('answered: true only with a chosen answer', () => {
    const answered = discussion({ discussion: { category: 'Q&A', answered: true } });
    expect(fires('answered: true', answered)).toBe(true);
    expect(fires('answered: false', answered)).toBe(false);
    expect(fires('answered: false', discussion())).toBe(true);
    // A category without answers (General) has none: answered is false there.
    expect(
      fires('answered: false', discussion({ discussion: { category: 'General', answered: false } })),
    ).toBe(true);
  });

  test('state, locked, labels, comments and reactions read the discussion as listed', () => {
    const item = discussion({
      state: 'closed',
      locked: true,
      labels: ['stale'],
      reactions: { total: 3, thumbsUp: 2 },
    });
    expect(fires('state: closed, locked: true, labels: { all: [stale] }, comments: 2', item)).toBe(true);
    expect(fires('state: closed, thumbs-up: { min: 2 }, reactions: 3', item)).toBe(true);
    expect(fires('locked: false', discussion())).toBe(true);
  });
});

describe('the activity clock on a discussion', () => {
  // A person commented 40 days ago; Sift labelled it 2 days ago, which bumped `updatedAt` and left no
  // event (GitHub records none for a discussion's labels).
  const facts = {
    timeline: [event('comment', 60, 'octocat'), event('comment', 40, 'alice')],
  };
  const set = rules(`  - id: d
    when: { type: discussion, inactive: 30d }
    then: [{ label: quiet }]
  - id: i
    when: { type: issue, inactive: 30d }
    then: [{ label: quiet }]
`);

  test('an update nothing explains is not activity on a discussion (Sift’s own label must not restart the clock)', () => {
    const item = discussion({ createdAt: daysAgo(60), updatedAt: daysAgo(2) });
    const result = planItem(item, facts, set, NOW);
    expect(result.kind === 'plan' && result.plan?.rules[0].rule).toBe('d');
  });

  test('while on an issue the same unexplained update counts (a description edit leaves no REST event)', () => {
    const issue = makeItem({ labels: [], createdAt: daysAgo(60), updatedAt: daysAgo(2) });
    expect(planItem(issue, facts, set, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('a reply or an edit by a person within the span keeps the discussion active', () => {
    const item = discussion({ createdAt: daysAgo(60), updatedAt: daysAgo(2) });
    const recent = { timeline: [...facts.timeline, event('other', 3, 'bob')] };
    expect(planItem(item, recent, set, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('the timeline is asked for only when updatedAt cannot decide', () => {
    expect(planItem(discussion({ updatedAt: daysAgo(31) }), {}, set, NOW).kind).toBe('plan');
    expect(planItem(discussion({ updatedAt: daysAgo(2) }), {}, set, NOW)).toEqual({
      kind: 'needs',
      facts: ['timeline'],
    });
  });

  test('labeled dates the label by the last update, without asking for a history GitHub does not keep', () => {
    const close = rules(`  - id: close
    when: { type: discussion, labels: { all: [stale] }, labeled: { stale: 7d } }
    then: [{ close: outdated }]
`);
    const untouched = discussion({ labels: ['stale'], updatedAt: daysAgo(8) });
    const touched = discussion({ labels: ['stale'], updatedAt: daysAgo(3) });
    expect(planItem(untouched, {}, close, NOW)).toEqual({
      kind: 'plan',
      plan: expect.objectContaining({
        rules: [{ rule: 'close', changes: [{ kind: 'close', reason: 'outdated' }] }],
      }),
    });
    expect(planItem(touched, {}, close, NOW)).toEqual({ kind: 'plan', plan: null });
    const explained = explain(untouched, {}, close, NOW).rules[0].conditions.find((c) =>
      c.description.startsWith('labeled'),
    );
    expect(explained?.observed).toMatch(/dated by the item's last update/);
  });
});

describe('changes planned for a discussion', () => {
  test('close: true closes as resolved, comments say "discussion", lock and labels as for issues', () => {
    const set = rules(`  - id: done
    when: { type: discussion, answered: true }
    then:
      - comment: 'This {{type}} (#{{number}}) has an answer, @{{author}}.'
      - close: true
      - label: answered
      - lock: resolved
`);
    const item = discussion({ discussion: { category: 'Q&A', answered: true } });
    // A comment is rendered once the last activity is exact: the engine asks for the history first.
    expect(planItem(item, {}, set, NOW)).toEqual({ kind: 'needs', facts: ['timeline'] });
    const result = planItem(item, { timeline: [] }, set, NOW);
    if (result.kind !== 'plan' || !result.plan) throw new Error('no plan');
    const [comment, ...rest] = result.plan.rules[0].changes;
    expect(comment).toMatchObject({
      kind: 'comment',
      body: 'This discussion (#7) has an answer, @octocat.',
      marker: 'done',
    });
    expect(rest).toEqual([
      { kind: 'close', reason: 'resolved' },
      { kind: 'label', labels: ['answered'] },
      { kind: 'lock', reason: 'resolved' },
    ]);
  });
});
