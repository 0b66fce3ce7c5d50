/**
 * The activity clock on what real repositories do (issue "right on real repositories"): updates no
 * event explains, items younger than the span, labels without history, and a comment's cycle. Each
 * expectation is the rule's meaning, worked out by hand in the comment above it.
 */
import { explain, planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { Change } from '../../src/model/plan.js';
import type { Condition, Rule } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet } from './fixtures.js';

const inactive60: Condition = { kind: 'inactive', value: 60 * DAY };
const markStale = rule(
  'mark-stale',
  [{ kind: 'labels', value: { none: ['stale'] } }, inactive60],
  [
    { kind: 'label', labels: ['stale'] },
    { kind: 'comment', template: 'no activity for {{inactive_days}} days' },
  ],
);
const unstale = rule(
  'unstale',
  [
    { kind: 'labels', value: { all: ['stale'] } },
    { kind: 'active-after-label', value: 'stale' },
  ],
  [{ kind: 'unlabel', labels: ['stale'] }],
);
const closeStale = rule(
  'close-stale',
  [{ kind: 'labeled', value: { stale: 7 * DAY } }],
  [{ kind: 'close', reason: 'not_planned' }],
);

function changesOf(item: Item, facts: ItemFacts, ...rules: Rule[]): Change[] {
  const evaluation = planItem(item, facts, ruleSet(...rules), NOW);
  if (evaluation.kind === 'needs') throw new Error(`needs ${evaluation.facts.join(', ')}`);
  return evaluation.plan?.rules.flatMap((r) => r.changes) ?? [];
}

const person = (days: number, extra: Partial<Item> = {}): Item =>
  makeItem({ createdAt: daysAgo(300), updatedAt: daysAgo(days), ...extra });

describe('updates that no event explains are activity', () => {
  // Alice commented 100 days ago; the author edited the description yesterday (REST lists no edit).
  const edited = person(1);
  const timeline: ItemFacts = { timeline: [event('comment', 100, 'alice')] };

  test('a description edit yesterday keeps the item active', () => {
    expect(changesOf(edited, timeline, markStale)).toEqual([]);
  });

  test('an update a bot explains (its comment, within seconds) is not activity', () => {
    const ci = event('comment', 1, 'ci-reporter[bot]', {
      at: new Date(Date.parse(daysAgo(1)) - 3000).toISOString(),
    });
    const changes = changesOf(edited, { timeline: [...(timeline.timeline ?? []), ci] }, markStale);
    expect(changes.map((c) => c.kind)).toEqual(['label', 'comment']);
    expect(changes[1]).toMatchObject({ body: 'no activity for 100 days', since: daysAgo(100) });
  });

  test("an edit attributed to a bot (GraphQL's editor, GitLab's system note) is not activity", () => {
    const botEdit = event('edited', 1, 'release-drafter[bot]');
    const changes = changesOf(edited, { timeline: [...(timeline.timeline ?? []), botEdit] }, markStale);
    expect(changes.map((c) => c.kind)).toEqual(['label', 'comment']);
  });

  test('a reaction does not explain an update (reactions never bump updatedAt)', () => {
    const reaction = event('reaction', 1, 'bob[bot]');
    expect(changesOf(edited, { timeline: [...(timeline.timeline ?? []), reaction] }, markStale)).toEqual([]);
  });

  test('inactive, {{inactive_days}} and explain agree on the same number', () => {
    // Quiet for 100 days: a person's comment 100 days ago, a bot's comment (explaining the update) 70.
    const item = person(70);
    const facts: ItemFacts = { timeline: [event('comment', 100, 'alice'), event('comment', 70, 'ci[bot]')] };
    const [, comment] = changesOf(item, facts, markStale);
    expect(comment).toMatchObject({ kind: 'comment', body: 'no activity for 100 days' });
    const observed = explain(item, facts, ruleSet(markStale), NOW).rules[0].conditions[1].observed;
    expect(observed).toBe('last activity 100 days ago (bot events ignored: 1)');
  });
});

describe('an item is never inactive for longer than it exists', () => {
  test('a Dependabot pull request opened yesterday is quiet for one day, not 60', () => {
    const pr = makeItem({
      type: 'pull_request',
      author: 'dependabot[bot]',
      createdAt: daysAgo(1),
      updatedAt: daysAgo(1),
    });
    expect(changesOf(pr, {}, markStale)).toEqual([]);
    const days = rule('days', [], [{ kind: 'comment', template: '{{inactive_days}}' }]);
    expect(
      changesOf(pr, { timeline: [event('labeled', 1, 'dependabot[bot]', { label: 'deps' })] }, days),
    ).toEqual([{ kind: 'comment', body: '1', marker: 'days', since: daysAgo(1) }]);
  });
});

describe('a label with no history is dated by the item', () => {
  // A transferred issue: `stale` is on, its history has no labeled event; last updated 10 days ago.
  const transferred = person(10, { labels: ['stale'] });
  const facts: ItemFacts = { timeline: [event('comment', 90, 'alice')] };

  test('warn, then close finishes: the label is at least 10 days old', () => {
    expect(changesOf(transferred, facts, unstale, closeStale)).toEqual([
      { kind: 'close', reason: 'not_planned' },
    ]);
  });

  test('explain says how the label was dated', () => {
    const observed = explain(transferred, facts, ruleSet(closeStale), NOW).rules[0].conditions[0].observed;
    expect(observed).toBe(
      "stale applied 10 days ago at the latest (its history has no labeled event: dated by the item's last update)",
    );
  });
});

describe('a warning every cycle', () => {
  test("the comment's cycle starts at the last human activity", () => {
    // Warned 100 days ago, Bob answered 90 days ago, an earlier run took the label off 89 days ago.
    const item = person(89);
    const facts: ItemFacts = {
      timeline: [
        event('comment', 200, 'alice'),
        event('labeled', 100, 'github-actions[bot]', { label: 'stale' }),
        event('comment', 100, 'github-actions[bot]', { bySift: true }),
        event('comment', 90, 'bob'),
        event('unlabeled', 89, 'github-actions[bot]', { label: 'stale' }),
      ],
    };
    const comment = changesOf(item, facts, markStale).find((c) => c.kind === 'comment');
    // The warning of 100 days ago is older than Bob's answer: the executor posts a new one.
    expect(comment).toMatchObject({ body: 'no activity for 90 days', since: daysAgo(90) });
  });

  test('one run takes the label off and puts it back: removed and applied anew, with a new warning', () => {
    // Warned 100 days ago; Bob answered 95 days ago; the label is still on (no run since).
    const item = person(95, { labels: ['stale'] });
    const facts: ItemFacts = {
      timeline: [
        event('labeled', 100, 'github-actions[bot]', { label: 'stale' }),
        event('comment', 100, 'github-actions[bot]', { bySift: true }),
        event('comment', 95, 'bob'),
      ],
    };
    expect(changesOf(item, facts, unstale, markStale, closeStale)).toEqual([
      { kind: 'unlabel', labels: ['stale'] },
      { kind: 'label', labels: ['stale'] },
      { kind: 'comment', body: 'no activity for 95 days', marker: 'mark-stale', since: daysAgo(95) },
    ]);
  });

  test("a check's comment has no cycle: it is a status, edited in place", () => {
    const check: Rule = {
      ...rule('needs-issue', [], [{ kind: 'comment', template: 'Link an issue, please.' }]),
      check: { require: [{ kind: 'linked', value: true }], message: 'no linked issue' },
    };
    const pr = makeItem({ type: 'pull_request' });
    expect(changesOf(pr, { linked: [] }, check)).toEqual([
      { kind: 'comment', body: 'Link an issue, please.', marker: 'needs-issue' },
    ]);
  });
});

describe('a recent window from repository-wide feeds decides without the full timeline', () => {
  const recent = (events: ItemFacts['timeline'] = [], explainsUpdates = true): ItemFacts => ({
    recent: { since: daysAgo(60), events: events ?? [], explainsUpdates },
  });
  const evaluate = (item: Item, facts: ItemFacts, ...rules: Rule[]) =>
    planItem(item, facts, ruleSet(...rules), NOW);

  test('a person in the window: active, no request', () => {
    expect(evaluate(person(5), recent([event('comment', 5, 'alice')]), markStale)).toEqual({
      kind: 'plan',
      plan: null,
    });
  });

  test('an update no event in the window explains: a person edited it (issues)', () => {
    expect(evaluate(person(5), recent([]), markStale)).toEqual({ kind: 'plan', plan: null });
  });

  test('on a pull request the feeds miss reviews and commits: the full timeline decides', () => {
    const pr = person(5, { type: 'pull_request' });
    expect(evaluate(pr, recent([], false), markStale)).toEqual({ kind: 'needs', facts: ['timeline'] });
  });

  test('only bots in the window: quiet for the span, but the days need the full history', () => {
    // CI commented 5 days ago; the last person was before the window: quiet 60 days, the exact days are
    // not in the window, so the comment asks for the timeline.
    const item = person(5);
    const facts = recent([event('comment', 5, 'ci[bot]')]);
    expect(evaluate(item, facts, markStale)).toEqual({ kind: 'needs', facts: ['timeline'] });
    const full = { ...facts, timeline: [event('comment', 80, 'bob'), event('comment', 5, 'ci[bot]')] };
    const evaluation = evaluate(item, full, markStale);
    expect(evaluation).toMatchObject({ kind: 'plan', plan: { rules: [{ rule: 'mark-stale' }] } });
    const labelOnly = rule('label-only', [inactive60], [{ kind: 'label', labels: ['stale'] }]);
    expect(evaluate(item, facts, labelOnly)).toMatchObject({
      kind: 'plan',
      plan: { rules: [{ rule: 'label-only' }] },
    });
  });

  test('a label applied in the window times its rules; one applied before asks for its history', () => {
    const item = person(8, { labels: ['stale'] });
    const warned = recent([event('labeled', 8, 'github-actions[bot]', { label: 'stale' })]);
    expect(evaluate(item, warned, unstale, closeStale)).toEqual({
      kind: 'plan',
      plan: expect.objectContaining({
        rules: [{ rule: 'close-stale', changes: [{ kind: 'close', reason: 'not_planned' }] }],
      }),
    });
    // Applied before the window and updated since: only its history can tell.
    expect(evaluate(person(3, { labels: ['stale'] }), recent([]), closeStale)).toEqual({
      kind: 'needs',
      facts: ['labelAppliedAt'],
    });
    // Not updated for 70 days: the label is at least that old, whatever its history says.
    expect(evaluate(person(70, { labels: ['stale'] }), {}, closeStale)).toMatchObject({
      kind: 'plan',
      plan: { rules: [{ rule: 'close-stale' }] },
    });
  });
});
