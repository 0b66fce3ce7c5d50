import { compileRules, factsNeeded, planItem } from '../../src/engine/index.js';
import type { Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, makeItem, rule, ruleSet } from './fixtures.js';

const staleWeek: Condition = { kind: 'labeled', value: { stale: 7 * DAY } };
const closeRule = rule(
  'close-stale',
  [{ kind: 'state', value: 'open' }, staleWeek],
  [{ kind: 'close', reason: 'not_planned' }],
);
// Updated 3 days ago: the listing alone cannot tell whether `stale` has been on for a week.
const staleItem = makeItem({ labels: ['bug', 'Stale'], updatedAt: daysAgo(3) });

describe('labeled and lazy facts', () => {
  test('asks for labelAppliedAt when the label is present and the fact is missing', () => {
    expect(planItem(staleItem, {}, ruleSet(closeRule), NOW)).toEqual({
      kind: 'needs',
      facts: ['labelAppliedAt'],
    });
  });

  test('holds once the label is old enough (label names compare case-insensitively)', () => {
    const facts = { labelAppliedAt: { bug: daysAgo(50), stale: daysAgo(7) } };
    expect(planItem(staleItem, facts, ruleSet(closeRule), NOW)).toEqual({
      kind: 'plan',
      plan: {
        item: { type: 'issue', number: 42, title: staleItem.title, url: staleItem.url },
        rules: [{ rule: 'close-stale', changes: [{ kind: 'close', reason: 'not_planned' }] }],
      },
    });
  });

  test('does not hold when the label is too recent', () => {
    const facts = { labelAppliedAt: { Stale: daysAgo(6) } };
    expect(planItem(staleItem, facts, ruleSet(closeRule), NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test("a label its history lacks (a transferred issue) is dated by the item's last update", () => {
    const facts = { labelAppliedAt: { bug: daysAgo(50) } };
    // Updated 8 days ago: the label is at least that old, so a week has passed.
    const transferred = makeItem({ labels: ['Stale'], updatedAt: daysAgo(8) });
    expect(planItem(transferred, facts, ruleSet(closeRule), NOW)).toMatchObject({
      kind: 'plan',
      plan: { rules: [{ rule: 'close-stale', changes: [{ kind: 'close', reason: 'not_planned' }] }] },
    });
    // Updated 3 days ago: it may have been applied then, so not yet (and no second request).
    const recent = makeItem({ labels: ['Stale'], updatedAt: daysAgo(3) });
    expect(planItem(recent, facts, ruleSet(closeRule), NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('no request when the item was not updated for the span: the label is at least that old', () => {
    const quiet = makeItem({ labels: ['Stale'], updatedAt: daysAgo(7) });
    expect(planItem(quiet, {}, ruleSet(closeRule), NOW)).toMatchObject({
      kind: 'plan',
      plan: { rules: [{ rule: 'close-stale' }] },
    });
  });

  test('no request when the label is absent', () => {
    expect(planItem(makeItem(), {}, ruleSet(closeRule), NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('every labeled entry must hold; any absent label decides false without facts', () => {
    const both = rule('both', [{ kind: 'labeled', value: { stale: 7 * DAY, 'needs-info': 7 * DAY } }]);
    expect(planItem(staleItem, {}, ruleSet(both), NOW)).toEqual({ kind: 'plan', plan: null });
    const facts = { labelAppliedAt: { stale: daysAgo(30), 'needs-info': daysAgo(2) } };
    const item = makeItem({ labels: ['stale', 'needs-info'] });
    expect(planItem(item, facts, ruleSet(both), NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('no request when another condition already failed, wherever it is written', () => {
    const closed = makeItem({ labels: ['stale'], state: 'closed' });
    // The cheap `state` check is written after `labeled` and still decides first.
    const rules = ruleSet(rule('r', [staleWeek, { kind: 'state', value: 'open' }]));
    expect(planItem(closed, {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('all: false beats unknown; any: true beats unknown', () => {
    const allRule = rule('all', [
      { kind: 'all', value: [staleWeek, { kind: 'type', value: 'pull_request' }] },
    ]);
    expect(planItem(staleItem, {}, ruleSet(allRule), NOW)).toEqual({ kind: 'plan', plan: null });
    const anyRule = rule('any', [{ kind: 'any', value: [staleWeek, { kind: 'type', value: 'issue' }] }]);
    const evaluation = planItem(staleItem, {}, ruleSet(anyRule), NOW);
    expect(evaluation.kind === 'plan' && evaluation.plan?.rules[0].rule).toBe('any');
  });

  test('any: unknown when no child is true; not keeps unknown', () => {
    const anyRule = rule('any', [
      { kind: 'any', value: [staleWeek, { kind: 'type', value: 'pull_request' }] },
    ]);
    expect(planItem(staleItem, {}, ruleSet(anyRule), NOW)).toEqual({
      kind: 'needs',
      facts: ['labelAppliedAt'],
    });
    const notRule = rule('not', [{ kind: 'not', value: staleWeek }]);
    expect(planItem(staleItem, {}, ruleSet(notRule), NOW)).toEqual({
      kind: 'needs',
      facts: ['labelAppliedAt'],
    });
    const facts = { labelAppliedAt: { stale: daysAgo(1) } };
    const evaluation = planItem(staleItem, facts, ruleSet(notRule), NOW);
    expect(evaluation.kind === 'plan' && evaluation.plan?.rules[0].rule).toBe('not');
  });

  test('no request for a rule that would change nothing anyway', () => {
    const closed = makeItem({ labels: ['stale'], state: 'closed' });
    const rules = ruleSet(rule('close', [staleWeek], [{ kind: 'close', reason: 'completed' }]));
    expect(planItem(closed, {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('stops at the first undecided rule: later rules depend on its outcome', () => {
    const rules = ruleSet(closeRule, rule('later', [{ kind: 'state', value: 'open' }]));
    expect(planItem(staleItem, {}, rules, NOW)).toEqual({ kind: 'needs', facts: ['labelAppliedAt'] });
  });
});

describe('factsNeeded', () => {
  test('lists labelAppliedAt only when some rule uses labeled, however deeply', () => {
    expect(factsNeeded(ruleSet(rule('a', [{ kind: 'state', value: 'open' }])))).toEqual([]);
    const nested = rule('b', [{ kind: 'not', value: { kind: 'any', value: [staleWeek] } }]);
    expect(factsNeeded(ruleSet(rule('a', []), nested))).toEqual(['labelAppliedAt']);
  });

  test('accepts compiled rules; compiling the same rule set twice reuses the result', () => {
    const rules = ruleSet(closeRule);
    expect(compileRules(rules)).toBe(compileRules(rules));
    expect(factsNeeded(compileRules(rules))).toEqual(['labelAppliedAt']);
  });
});
