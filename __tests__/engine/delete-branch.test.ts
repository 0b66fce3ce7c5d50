/**
 * `delete-branch` in the engine: planned for a pull request only once it is closed (by an earlier
 * action of the rule, or already), once per run, never for an issue. Whether GitHub lets the branch go
 * (fork, default, protected) is the provider's call when applying.
 */
import { planItem } from '../../src/engine/index.js';
import type { Item } from '../../src/model/item.js';
import type { ActionSpec, Condition } from '../../src/model/rules.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

const close: ActionSpec = { kind: 'close', reason: 'not_planned' };
const deleteBranch: ActionSpec = { kind: 'delete-branch' };
const pr = (overrides: Partial<Item> = {}) => makeItem({ type: 'pull_request', ...overrides });
const anyState: Condition = { kind: 'state', value: 'all' };

function changes(item: Item, ...rules: Parameters<typeof ruleSet>) {
  const evaluation = planItem(item, {}, ruleSet(...rules), NOW);
  if (evaluation.kind !== 'plan') throw new Error('needs facts');
  return (evaluation.plan?.rules ?? []).map((r) => [r.rule, r.changes.map((c) => c.kind)]);
}

test('close, then delete the head branch of an open pull request', () => {
  expect(changes(pr(), rule('close-stale', [], [close, deleteBranch]))).toEqual([
    ['close-stale', ['close', 'delete-branch']],
  ]);
});

test('an already closed pull request: only the deletion', () => {
  expect(changes(pr({ state: 'closed' }), rule('clean', [anyState], [close, deleteBranch]))).toEqual([
    ['clean', ['delete-branch']],
  ]);
});

test('never for a pull request that stays open: deleting its branch would close it', () => {
  expect(changes(pr(), rule('clean', [], [deleteBranch, { kind: 'label', labels: ['x'] }]))).toEqual([
    ['clean', ['label']],
  ]);
});

test('never for an issue, which has no branch', () => {
  expect(changes(makeItem(), rule('close-stale', [], [close, deleteBranch]))).toEqual([
    ['close-stale', ['close']],
  ]);
});

test('once per run, whichever rules ask', () => {
  const closed = pr({ state: 'closed' });
  expect(
    changes(closed, rule('a', [anyState], [deleteBranch]), rule('b', [anyState], [deleteBranch])),
  ).toEqual([['a', ['delete-branch']]]);
});
