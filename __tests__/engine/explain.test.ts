import { describeCondition, explain } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet } from './fixtures.js';

describe('explain', () => {
  const markStale = rule(
    'mark-stale',
    [
      { kind: 'inactive', value: 60 * DAY },
      { kind: 'labels', value: { none: ['stale', 'pinned'] } },
    ],
    [{ kind: 'label', labels: ['stale'] }],
  );
  const closeStale = rule(
    'close-stale',
    [
      { kind: 'state', value: 'open' },
      { kind: 'labeled', value: { stale: 7 * DAY } },
    ],
    [{ kind: 'close', reason: 'not_planned' }],
  );

  test('every condition with description, observed value and outcome, following the projection', () => {
    const explanation = explain(makeItem(), {}, ruleSet(markStale, closeStale), NOW);
    expect(explanation.item.number).toBe(42);
    expect(explanation.rules).toEqual([
      {
        rule: 'mark-stale',
        outcome: true,
        conditions: [
          {
            description: 'inactive 60d',
            observed: 'updated 75 days ago; human activity not read',
            outcome: true,
            children: [],
          },
          {
            description: 'labels none [stale, pinned]',
            observed: 'labels: bug',
            outcome: true,
            children: [],
          },
        ],
        changes: [{ kind: 'label', labels: ['stale'] }],
        needs: [],
      },
      {
        rule: 'close-stale',
        outcome: false,
        conditions: [
          { description: 'state open', observed: 'state: open', outcome: true, children: [] },
          {
            description: 'labeled stale 7d',
            observed: 'stale applied 0 minutes ago (by rule mark-stale, earlier in this run)',
            outcome: false,
            children: [],
          },
        ],
        changes: [],
        needs: [],
      },
    ]);
  });

  test('unknown outcomes say which facts would decide them', () => {
    const item = makeItem({ labels: ['bug', 'stale'], updatedAt: daysAgo(3) });
    const [, close] = explain(item, {}, ruleSet(markStale, closeStale), NOW).rules;
    expect(close.outcome).toBe('unknown');
    expect(close.needs).toEqual(['labelAppliedAt']);
    expect(close.conditions[1]).toMatchObject({
      outcome: 'unknown',
      observed: 'stale applied at an unknown time (needs labelAppliedAt)',
    });

    const withFacts = explain(item, { labelAppliedAt: { stale: daysAgo(10) } }, ruleSet(closeStale), NOW);
    expect(withFacts.rules[0]).toMatchObject({ outcome: true, needs: [], changes: [{ kind: 'close' }] });
    expect(withFacts.rules[0].conditions[1].observed).toBe('stale applied 10 days ago');
  });

  test('nested conditions are explained in file order, all children evaluated', () => {
    const cond: Condition = {
      kind: 'any',
      value: [
        { kind: 'title', value: /crash/i },
        { kind: 'not', value: { kind: 'author', value: ['octo*'] } },
      ],
    };
    const [r] = explain(makeItem(), {}, ruleSet(rule('r', [cond])), NOW).rules;
    expect(r.conditions).toEqual([
      {
        description: 'any of',
        observed: '',
        outcome: true,
        children: [
          {
            description: 'title /crash/i',
            observed: 'title: "Crash when saving"',
            outcome: true,
            children: [],
          },
          {
            description: 'not',
            observed: '',
            outcome: false,
            children: [
              { description: 'author [octo*]', observed: 'author: octocat', outcome: true, children: [] },
            ],
          },
        ],
      },
    ]);
  });

  test('descriptions for the other condition kinds', () => {
    const cases: [Condition, string][] = [
      [{ kind: 'type', value: 'pull_request' }, 'type pull_request'],
      [{ kind: 'draft', value: false }, 'draft false'],
      [{ kind: 'labels', value: { any: ['bug'], all: ['a', 'b'] } }, 'labels any [bug] all [a, b]'],
      [{ kind: 'assignees', value: 'none' }, 'assignees none'],
      [{ kind: 'assignees', value: ['alice'] }, 'assignees [alice]'],
      [{ kind: 'milestone', value: 'v1' }, 'milestone "v1"'],
      [
        { kind: 'created', value: { olderThan: 30 * DAY, newerThan: 1.5 * DAY } },
        'created older than 30d and newer than 1d12h',
      ],
      [
        {
          kind: 'updated',
          value: { after: Date.parse('2024-01-01T00:00:00Z'), before: Date.parse('2025-06-30T12:30:00Z') },
        },
        'updated at or after 2024-01-01 and before 2025-06-30T12:30:00Z',
      ],
      [{ kind: 'comments', value: { min: 1, max: 5 } }, 'comments >= 1 and <= 5'],
      [{ kind: 'author-association', value: ['OWNER'] }, 'author-association [OWNER]'],
    ];
    for (const [cond, text] of cases) expect(describeCondition(cond)).toBe(text);
  });

  test('against fixed dates, the observation shows the date itself', () => {
    const conditions: Condition[] = [
      { kind: 'created', value: { before: Date.parse('2026-01-01T00:00:00Z') } },
      { kind: 'updated', value: { olderThan: 30 * DAY } },
    ];
    const item = makeItem({ createdAt: '2025-12-31T18:00:00Z' });
    const [created, updated] = explain(item, {}, ruleSet(rule('r', conditions)), NOW).rules[0].conditions;
    expect(created).toMatchObject({ observed: 'created 2025-12-31T18:00:00Z, 151 days ago', outcome: true });
    // Relative bounds keep the relative observation.
    expect(updated.observed).toBe('updated 75 days ago');
  });

  test('observations for the conditions that read facts', () => {
    const conditions: Condition[] = [
      { kind: 'files', value: { any: ['docs/**'] } },
      { kind: 'head', value: ['fix/*'] },
      { kind: 'linked', value: true },
      { kind: 'human-comments', value: { min: 1 } },
      { kind: 'active-after-label', value: 'stale' },
      { kind: 'thumbs-up', value: { min: 1 } },
    ];
    const observed = (item: Item, facts: ItemFacts) =>
      explain(item, facts, ruleSet(rule('r', conditions)), NOW).rules[0].conditions.map((c) => c.observed);
    const pr = makeItem({ type: 'pull_request', labels: ['stale'], comments: 2 });
    expect(observed(pr, {})).toEqual([
      'files not read yet',
      'branches not read yet',
      'linked items not read yet',
      'comments: 2 (human comments need the timeline)',
      'stale applied at an unknown time (needs the timeline)',
      'thumbs up: 0',
    ]);
    const facts: ItemFacts = {
      files: ['docs/a.md', 'src/b.ts'],
      branches: { base: 'main', head: 'fix/x', fork: true },
      linked: [{ type: 'issue', number: 3, state: 'open', updatedAt: daysAgo(1) }],
      timeline: [
        event('labeled', 10, 'sift[bot]', { label: 'stale' }),
        event('comment', 10, 'sift[bot]', { bySift: true }),
        event('comment', 2, 'alice'),
      ],
    };
    expect(observed(pr, facts)).toEqual([
      'files: docs/a.md, src/b.ts',
      'head: fix/x (fork)',
      'linked: #3 (open)',
      'human comments: 1 of 2',
      'stale applied 10 days ago; last activity 2 days ago (bot events ignored: 2)',
      'thumbs up: 0',
    ]);
    expect(observed(makeItem({ labels: [] }), {}).slice(0, 2)).toEqual([
      'an issue has no files',
      'an issue has no branches',
    ]);
  });
});
