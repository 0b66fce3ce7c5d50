/**
 * GitHub's issue types in the engine: the `issue-type` condition and action. The type is a fact (the
 * REST listing carries it, GraphQL reads it through REST), so undecided items ask for it.
 */
import { explain, planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { ActionSpec, Condition } from '../../src/model/rules.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

const bug: Condition = { kind: 'issue-type', value: ['bug'] };
const setBug: ActionSpec = { kind: 'issue-type', name: 'Bug' };

function evaluate(item: Item, facts: ItemFacts, ...rules: Parameters<typeof ruleSet>) {
  return planItem(item, facts, ruleSet(...rules), NOW);
}

describe('the issue-type condition', () => {
  const holds = (value: Condition, type: string | null) => {
    const evaluation = evaluate(makeItem(), { issueType: type }, rule('r', [value]));
    if (evaluation.kind !== 'plan') throw new Error('needs facts');
    return evaluation.plan !== null;
  };

  test('names match case-insensitively, one of a list is enough', () => {
    expect(holds(bug, 'Bug')).toBe(true);
    expect(holds({ kind: 'issue-type', value: ['Feature', 'TASK'] }, 'Task')).toBe(true);
    expect(holds(bug, 'Feature')).toBe(false);
    expect(holds(bug, null)).toBe(false);
  });

  test('none and any', () => {
    expect(holds({ kind: 'issue-type', value: 'none' }, null)).toBe(true);
    expect(holds({ kind: 'issue-type', value: 'none' }, 'Bug')).toBe(false);
    expect(holds({ kind: 'issue-type', value: 'any' }, 'Bug')).toBe(true);
    expect(holds({ kind: 'issue-type', value: 'any' }, null)).toBe(false);
  });

  test('an issue whose type was not read asks for it; a pull request has none, without asking', () => {
    expect(evaluate(makeItem(), {}, rule('r', [bug]))).toEqual({ kind: 'needs', facts: ['issueType'] });
    const pr = makeItem({ type: 'pull_request' });
    expect(evaluate(pr, {}, rule('r', [bug]))).toEqual({ kind: 'plan', plan: null });
    const untyped = evaluate(pr, {}, rule('r', [{ kind: 'issue-type', value: 'none' }]));
    expect(untyped.kind === 'plan' && untyped.plan?.rules[0].rule).toBe('r');
  });

  test('cheaper conditions decide first: a closed issue never costs the read', () => {
    const closed = makeItem({ state: 'closed' });
    expect(evaluate(closed, {}, rule('r', [bug, { kind: 'state', value: 'open' }]))).toEqual({
      kind: 'plan',
      plan: null,
    });
  });
});

describe('the issue-type action', () => {
  const plannedFor = (item: Item, facts: ItemFacts, actions: ActionSpec[]) => {
    const evaluation = evaluate(item, facts, rule('typed', [], actions));
    if (evaluation.kind !== 'plan') return evaluation;
    return evaluation.plan?.rules[0].changes ?? [];
  };

  test('sets the type an issue lacks, and plans nothing when it already has it (any case)', () => {
    expect(plannedFor(makeItem(), { issueType: null }, [setBug])).toEqual([
      { kind: 'issue-type', name: 'Bug' },
    ]);
    expect(plannedFor(makeItem(), { issueType: 'Feature' }, [setBug])).toEqual([
      { kind: 'issue-type', name: 'Bug' },
    ]);
    expect(plannedFor(makeItem(), { issueType: 'BUG' }, [setBug])).toEqual([]);
  });

  test('none clears a type, and plans nothing on an issue without one', () => {
    const clear: ActionSpec = { kind: 'issue-type', name: null };
    expect(plannedFor(makeItem(), { issueType: 'Task' }, [clear])).toEqual([
      { kind: 'issue-type', name: null },
    ]);
    expect(plannedFor(makeItem(), { issueType: null }, [clear])).toEqual([]);
  });

  test('reads the current type before deciding, so a rerun never writes it again', () => {
    expect(plannedFor(makeItem(), {}, [setBug])).toEqual({ kind: 'needs', facts: ['issueType'] });
  });

  test('leaves pull requests alone, without reading anything', () => {
    expect(
      plannedFor(makeItem({ type: 'pull_request' }), {}, [setBug, { kind: 'label', labels: ['x'] }]),
    ).toEqual([{ kind: 'label', labels: ['x'] }]);
  });

  test('later rules see the type an earlier rule set', () => {
    const evaluation = evaluate(
      makeItem(),
      { issueType: null },
      rule('classify', [{ kind: 'title', value: /crash/i }], [setBug]),
      rule('triage-bugs', [bug], [{ kind: 'label', labels: ['needs-repro'] }]),
    );
    expect(evaluation).toMatchObject({
      kind: 'plan',
      plan: {
        rules: [
          { rule: 'classify', changes: [{ kind: 'issue-type', name: 'Bug' }] },
          { rule: 'triage-bugs', changes: [{ kind: 'label', labels: ['needs-repro'] }] },
        ],
      },
    });
  });
});

test('explain says what type the issue has, or that it was not read', () => {
  const rules = ruleSet(rule('r', [bug]));
  const observed = (item: Item, facts: ItemFacts) => explain(item, facts, rules, NOW).rules[0].conditions[0];
  expect(observed(makeItem(), { issueType: 'Bug' })).toMatchObject({
    description: 'issue-type [bug]',
    observed: 'issue-type: Bug',
    outcome: true,
  });
  expect(observed(makeItem(), { issueType: null }).observed).toBe('issue-type: (none)');
  expect(observed(makeItem(), {}).observed).toBe('issue type not read yet');
  expect(observed(makeItem({ type: 'pull_request' }), {}).observed).toBe('a pull request has no issue type');
});
