import { planItem } from '../../src/engine/index.js';
import type { Item } from '../../src/model/item.js';
import type { Change } from '../../src/model/plan.js';
import type { ActionSpec } from '../../src/model/rules.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

/** The changes one unconditional rule plans for the item ([] when it plans none). */
function changesOf(then: ActionSpec[], item: Item = makeItem()): Change[] {
  const evaluation = planItem(item, {}, ruleSet(rule('r', [], then)), NOW);
  if (evaluation.kind !== 'plan') throw new Error('unexpected needs');
  return evaluation.plan?.rules[0].changes ?? [];
}

describe('only real changes are planned', () => {
  test('label: present labels (any case) and duplicates drop out', () => {
    expect(changesOf([{ kind: 'label', labels: ['BUG', 'stale', 'Stale'] }])).toEqual([
      { kind: 'label', labels: ['stale'] },
    ]);
    expect(changesOf([{ kind: 'label', labels: ['Bug'] }])).toEqual([]);
  });

  test('unlabel: only present labels, spelled as the item spells them', () => {
    const item = makeItem({ labels: ['Needs-Info', 'bug'] });
    expect(changesOf([{ kind: 'unlabel', labels: ['needs-info', 'stale'] }], item)).toEqual([
      { kind: 'unlabel', labels: ['Needs-Info'] },
    ]);
    expect(changesOf([{ kind: 'unlabel', labels: ['stale'] }], item)).toEqual([]);
  });

  test('close / reopen', () => {
    const closed = makeItem({ state: 'closed' });
    expect(changesOf([{ kind: 'close', reason: 'completed' }])).toEqual([
      { kind: 'close', reason: 'completed' },
    ]);
    expect(changesOf([{ kind: 'close', reason: 'completed' }], closed)).toEqual([]);
    expect(changesOf([{ kind: 'reopen' }], closed)).toEqual([{ kind: 'reopen' }]);
    expect(changesOf([{ kind: 'reopen' }])).toEqual([]);
  });

  test('lock / unlock', () => {
    const locked = makeItem({ locked: true });
    expect(changesOf([{ kind: 'lock', reason: 'resolved' }])).toEqual([{ kind: 'lock', reason: 'resolved' }]);
    expect(changesOf([{ kind: 'lock', reason: 'spam' }], locked)).toEqual([]);
    expect(changesOf([{ kind: 'unlock' }], locked)).toEqual([{ kind: 'unlock' }]);
    expect(changesOf([{ kind: 'unlock' }])).toEqual([]);
  });

  test('assign / unassign', () => {
    const item = makeItem({ assignees: ['Alice'] });
    expect(changesOf([{ kind: 'assign', logins: ['alice', 'bob'] }], item)).toEqual([
      { kind: 'assign', logins: ['bob'] },
    ]);
    expect(changesOf([{ kind: 'assign', logins: ['ALICE'] }], item)).toEqual([]);
    expect(changesOf([{ kind: 'unassign', logins: ['alice', 'bob'] }], item)).toEqual([
      { kind: 'unassign', logins: ['Alice'] },
    ]);
    expect(changesOf([{ kind: 'unassign', logins: ['bob'] }], item)).toEqual([]);
  });

  test('milestone: set, clear, or nothing when unchanged', () => {
    const v1 = makeItem({ milestone: 'v1' });
    expect(changesOf([{ kind: 'milestone', title: 'v2' }], v1)).toEqual([{ kind: 'milestone', title: 'v2' }]);
    expect(changesOf([{ kind: 'milestone', title: 'v1' }], v1)).toEqual([]);
    expect(changesOf([{ kind: 'milestone', title: null }], v1)).toEqual([{ kind: 'milestone', title: null }]);
    expect(changesOf([{ kind: 'milestone', title: null }])).toEqual([]);
  });

  test('request-review: pull requests only, never the author, once per run', () => {
    const pr = makeItem({ type: 'pull_request', author: 'octocat' });
    expect(changesOf([{ kind: 'request-review', logins: ['OctoCat', 'alice'] }], pr)).toEqual([
      { kind: 'request-review', logins: ['alice'] },
    ]);
    expect(
      changesOf(
        [
          { kind: 'request-review', logins: ['alice'] },
          { kind: 'request-review', logins: ['ALICE', 'bob'] },
        ],
        pr,
      ),
    ).toEqual([
      { kind: 'request-review', logins: ['alice'] },
      { kind: 'request-review', logins: ['bob'] },
    ]);
    expect(changesOf([{ kind: 'request-review', logins: ['alice'] }])).toEqual([]);
  });

  test('actions apply in order within a rule and see each other', () => {
    expect(
      changesOf([
        { kind: 'label', labels: ['stale'] },
        { kind: 'label', labels: ['stale', 'wontfix'] },
        { kind: 'close', reason: 'not_planned' },
        { kind: 'close', reason: 'completed' },
      ]),
    ).toEqual([
      { kind: 'label', labels: ['stale'] },
      { kind: 'label', labels: ['wontfix'] },
      { kind: 'close', reason: 'not_planned' },
    ]);
  });

  test('a rule whose changes all drop out gets no entry, other rules keep theirs', () => {
    const rules = ruleSet(
      rule('noop', [], [{ kind: 'label', labels: ['bug'] }]),
      rule('real', [], [{ kind: 'label', labels: ['triaged'] }]),
    );
    const evaluation = planItem(makeItem(), {}, rules, NOW);
    expect(evaluation.kind === 'plan' && evaluation.plan?.rules).toEqual([
      { rule: 'real', changes: [{ kind: 'label', labels: ['triaged'] }] },
    ]);
  });
});
