import { planItem } from '../../src/engine/index.js';
import type { Item } from '../../src/model/item.js';
import type { ActionSpec } from '../../src/model/rules.js';
import { NOW, daysAgo, makeItem, rule, ruleSet } from './fixtures.js';

function commentBody(template: string, item: Item = makeItem(), before: ActionSpec[] = []): string {
  // A comment is rendered once the timeline is read (its days and cycle need the last activity).
  const evaluation = planItem(
    item,
    { timeline: [] },
    ruleSet(rule('nudge', [], [...before, { kind: 'comment', template }])),
    NOW,
  );
  if (evaluation.kind !== 'plan' || evaluation.plan === null) throw new Error('no plan');
  const change = evaluation.plan.rules[0].changes.at(-1);
  if (change?.kind !== 'comment') throw new Error('no comment');
  expect(change.marker).toBe('nudge');
  return change.body;
}

describe('comment templates', () => {
  test('every placeholder', () => {
    const item = makeItem({
      labels: ['bug', 'area/ui'],
      assignees: ['alice', 'bob'],
      milestone: 'v1',
      createdAt: daysAgo(100.9),
      updatedAt: daysAgo(75.5),
    });
    const template =
      '{{author}}|{{number}}|{{title}}|{{type}}|{{url}}|{{labels}}|{{assignees}}|{{milestone}}|{{state}}|' +
      '{{rule}}|{{inactive_days}}|{{age_days}}|{{comments}}';
    expect(commentBody(template, item)).toBe(
      'octocat|42|Crash when saving|issue|https://github.com/acme/widgets/issues/42|bug, area/ui|alice, bob|v1|open|' +
        'nudge|75|100|3',
    );
  });

  test('pull request type, empty milestone and assignees', () => {
    expect(commentBody('{{type}}/{{milestone}}/{{assignees}}', makeItem({ type: 'pull_request' }))).toBe(
      'pull request//',
    );
  });

  test('values reflect the projected item at the point of the comment', () => {
    const before: ActionSpec[] = [
      { kind: 'label', labels: ['stale'] },
      { kind: 'close', reason: 'not_planned' },
    ];
    expect(commentBody('@{{author}}: {{labels}} ({{state}})', makeItem(), before)).toBe(
      '@octocat: bug, stale (closed)',
    );
  });

  test('whitespace inside braces is allowed; text without placeholders is kept', () => {
    expect(commentBody('Hi {{ author }}, no {braces} here.')).toBe('Hi octocat, no {braces} here.');
  });

  test('a comment is always a change (the marker lets the executor edit it in place)', () => {
    const rules = ruleSet(rule('r', [], [{ kind: 'comment', template: 'x' }]));
    expect(planItem(makeItem(), {}, rules, NOW)).toEqual({ kind: 'needs', facts: ['timeline'] });
    const evaluation = planItem(makeItem(), { timeline: [] }, rules, NOW);
    expect(evaluation).toMatchObject({ kind: 'plan', plan: { rules: [{ rule: 'r' }] } });
  });
});
