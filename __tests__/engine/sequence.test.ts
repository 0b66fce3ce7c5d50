import { compileRules, planItem, type Evaluation } from '../../src/engine/index.js';
import type { ItemPlan } from '../../src/model/plan.js';
import type { Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, makeItem, rule, ruleSet } from './fixtures.js';

function planOf(evaluation: Evaluation): ItemPlan | null {
  if (evaluation.kind !== 'plan') throw new Error(`unexpected needs ${evaluation.facts.join(', ')}`);
  return evaluation.plan;
}

const open: Condition = { kind: 'state', value: 'open' };
const inactive60: Condition = { kind: 'inactive', value: 60 * DAY };
const notStale: Condition = { kind: 'labels', value: { none: ['stale'] } };

describe('rules in sequence see the projected item', () => {
  const markStale = rule('mark-stale', [open, inactive60, notStale], [{ kind: 'label', labels: ['stale'] }]);
  const closeStale = rule(
    'close-stale',
    [open, { kind: 'labeled', value: { stale: 7 * DAY } }],
    [{ kind: 'close', reason: 'not_planned' }],
  );

  test('mark stale then close stale in one run does not close: the label was applied just now', () => {
    const plan = planOf(planItem(makeItem(), {}, ruleSet(markStale, closeStale), NOW));
    expect(plan?.rules).toEqual([{ rule: 'mark-stale', changes: [{ kind: 'label', labels: ['stale'] }] }]);
  });

  test('a label applied by an earlier rule needs no fact to know its age', () => {
    // No `needs`: the only labeled check concerns a label this run applied.
    expect(planItem(makeItem(), {}, ruleSet(markStale, closeStale), NOW).kind).toBe('plan');
  });

  test('a later rule sees a label an earlier rule applied', () => {
    const triage = rule(
      'needs-triage',
      [{ kind: 'labels', value: { none: ['area/*'] } }],
      [{ kind: 'label', labels: ['needs-triage'] }],
    );
    const ping = rule(
      'ping',
      [{ kind: 'labels', value: { any: ['needs-triage'] } }],
      [{ kind: 'assign', logins: ['triager'] }],
    );
    const plan = planOf(planItem(makeItem(), {}, ruleSet(triage, ping), NOW));
    expect(plan?.rules.map((r) => r.rule)).toEqual(['needs-triage', 'ping']);
  });

  test('a later rule sees a label an earlier rule removed as absent', () => {
    const unbug = rule('unbug', [], [{ kind: 'unlabel', labels: ['BUG'] }]);
    const bugOnly = rule('bug-only', [{ kind: 'labels', value: { any: ['bug'] } }]);
    const plan = planOf(planItem(makeItem(), {}, ruleSet(unbug, bugOnly), NOW));
    expect(plan?.rules).toEqual([{ rule: 'unbug', changes: [{ kind: 'unlabel', labels: ['bug'] }] }]);
  });

  test('a later rule sees the item closed, unlocked, assigned, milestoned', () => {
    const first = rule(
      'first',
      [],
      [
        { kind: 'close', reason: 'completed' },
        { kind: 'lock', reason: 'resolved' },
        { kind: 'assign', logins: ['alice'] },
        { kind: 'milestone', title: 'v2' },
      ],
    );
    const second = rule(
      'second',
      [
        { kind: 'state', value: 'closed' },
        { kind: 'locked', value: true },
        { kind: 'assignees', value: ['ALICE'] },
        { kind: 'milestone', value: 'v2' },
      ],
      [{ kind: 'label', labels: ['done'] }],
    );
    const plan = planOf(planItem(makeItem(), {}, ruleSet(first, second), NOW));
    expect(plan?.rules.map((r) => r.rule)).toEqual(['first', 'second']);
  });

  test('reopening in a later rule after closing in an earlier one plans both (no flip-flop guard hides it)', () => {
    const close = rule('close', [open], [{ kind: 'close', reason: 'completed' }]);
    const reopen = rule('reopen', [{ kind: 'state', value: 'closed' }], [{ kind: 'reopen' }]);
    const plan = planOf(planItem(makeItem(), {}, ruleSet(close, reopen), NOW));
    expect(plan?.rules.map((r) => r.rule)).toEqual(['close', 'reopen']);
  });

  test('projection does not leak between items', () => {
    const rules = compileRules(ruleSet(markStale));
    const first = planOf(planItem(makeItem(), {}, rules, NOW));
    const second = planOf(planItem(makeItem(), {}, rules, NOW));
    expect(second).toEqual(first);
  });

  test('the item passed in is not modified', () => {
    const item = makeItem();
    const before = structuredClone(item);
    planItem(item, {}, ruleSet(markStale, rule('x', [], [{ kind: 'close', reason: 'completed' }])), NOW);
    expect(item).toEqual(before);
  });
});

describe('plan is null when nothing applies', () => {
  test('no rule matches', () => {
    const rules = ruleSet(rule('prs', [{ kind: 'type', value: 'pull_request' }]));
    expect(planItem(makeItem(), {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('rules match but every change drops out', () => {
    const rules = ruleSet(rule('bug', [], [{ kind: 'label', labels: ['Bug'] }]));
    expect(planItem(makeItem(), {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('empty rule set', () => {
    expect(planItem(makeItem({ updatedAt: daysAgo(0) }), {}, ruleSet(), NOW)).toEqual({
      kind: 'plan',
      plan: null,
    });
  });
});
