import { planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet } from './fixtures.js';

/** Whether a single condition holds for the item (via a rule that labels `hit`). */
function holds(cond: Condition, item: Item = makeItem(), facts: ItemFacts = {}): boolean {
  const evaluation = planItem(item, facts, ruleSet(rule('r', [cond])), NOW);
  if (evaluation.kind !== 'plan') throw new Error(`unexpected needs ${evaluation.facts.join(', ')}`);
  return evaluation.plan !== null;
}

describe('simple field conditions', () => {
  test('type', () => {
    expect(holds({ kind: 'type', value: 'issue' })).toBe(true);
    expect(holds({ kind: 'type', value: 'pull_request' })).toBe(false);
  });

  test('state, with all matching either', () => {
    const closed = makeItem({ state: 'closed' });
    expect(holds({ kind: 'state', value: 'open' })).toBe(true);
    expect(holds({ kind: 'state', value: 'open' }, closed)).toBe(false);
    expect(holds({ kind: 'state', value: 'closed' }, closed)).toBe(true);
    expect(holds({ kind: 'state', value: 'all' }, closed)).toBe(true);
  });

  test('draft: pull requests only, issues never draft', () => {
    const draftPr = makeItem({ type: 'pull_request', draft: true });
    expect(holds({ kind: 'draft', value: true }, draftPr)).toBe(true);
    expect(holds({ kind: 'draft', value: false }, draftPr)).toBe(false);
    // A provider bug reporting a draft issue does not make it one.
    const oddIssue = makeItem({ type: 'issue', draft: true });
    expect(holds({ kind: 'draft', value: true }, oddIssue)).toBe(false);
    expect(holds({ kind: 'draft', value: false }, oddIssue)).toBe(true);
  });

  test('locked', () => {
    expect(holds({ kind: 'locked', value: false })).toBe(true);
    expect(holds({ kind: 'locked', value: true })).toBe(false);
    expect(holds({ kind: 'locked', value: true }, makeItem({ locked: true }))).toBe(true);
  });

  test('author-association, any case', () => {
    expect(holds({ kind: 'author-association', value: ['member', 'CONTRIBUTOR'] })).toBe(true);
    expect(holds({ kind: 'author-association', value: ['OWNER', 'MEMBER'] })).toBe(false);
  });

  test('milestone none / any / title (case-sensitive)', () => {
    const v1 = makeItem({ milestone: 'v1.0' });
    expect(holds({ kind: 'milestone', value: 'none' })).toBe(true);
    expect(holds({ kind: 'milestone', value: 'none' }, v1)).toBe(false);
    expect(holds({ kind: 'milestone', value: 'any' }, v1)).toBe(true);
    expect(holds({ kind: 'milestone', value: 'any' })).toBe(false);
    expect(holds({ kind: 'milestone', value: 'v1.0' }, v1)).toBe(true);
    expect(holds({ kind: 'milestone', value: 'V1.0' }, v1)).toBe(false);
    expect(holds({ kind: 'milestone', value: 'v1.0' })).toBe(false);
  });

  test('comments bounds are inclusive', () => {
    expect(holds({ kind: 'comments', value: { min: 3 } })).toBe(true);
    expect(holds({ kind: 'comments', value: { min: 4 } })).toBe(false);
    expect(holds({ kind: 'comments', value: { max: 3 } })).toBe(true);
    expect(holds({ kind: 'comments', value: { max: 2 } })).toBe(false);
    expect(holds({ kind: 'comments', value: { min: 0, max: 0 } }, makeItem({ comments: 0 }))).toBe(true);
  });
});

describe('labels', () => {
  const item = makeItem({ labels: ['Bug', 'area/ui', 'needs-info/author'] });

  test('any: one label matches one glob, case-insensitively', () => {
    expect(holds({ kind: 'labels', value: { any: ['bug'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { any: ['feature', 'AREA/*'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { any: ['feature', 'docs'] } }, item)).toBe(false);
  });

  test('all: every glob matches some label', () => {
    expect(holds({ kind: 'labels', value: { all: ['bug', 'area/*'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { all: ['bug', 'area/backend'] } }, item)).toBe(false);
  });

  test('none: no label matches any glob', () => {
    expect(holds({ kind: 'labels', value: { none: ['stale', 'pinned'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { none: ['stale', 'BUG'] } }, item)).toBe(false);
  });

  test('globs: * crosses / (labels are not paths), brace sets; other punctuation is literal', () => {
    const odd = makeItem({ labels: ['bug (confirmed)', '!important', '$$$', '{x}'] });
    expect(holds({ kind: 'labels', value: { any: ['bug (confirmed)'] } }, odd)).toBe(true);
    expect(holds({ kind: 'labels', value: { all: ['bug (*)', '$$$', '{x}'] } }, odd)).toBe(true);
    // `!` is not negation: `!important` names a label.
    expect(holds({ kind: 'labels', value: { any: ['!important'] } }, odd)).toBe(true);
    expect(holds({ kind: 'labels', value: { any: ['!important'] } }, item)).toBe(false);
    expect(holds({ kind: 'labels', value: { any: ['needs-*'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { any: ['{bug,feature}'] } }, item)).toBe(true);
    expect(holds({ kind: 'labels', value: { any: ['*'] } }, makeItem({ labels: [] }))).toBe(false);
    expect(holds({ kind: 'labels', value: { any: ['[wip]'] } }, makeItem({ labels: ['[WIP]'] }))).toBe(true);
  });

  test('kinds combine: all must hold', () => {
    expect(holds({ kind: 'labels', value: { any: ['bug'], none: ['area/*'] } }, item)).toBe(false);
    expect(holds({ kind: 'labels', value: { any: ['bug'], none: ['stale'] } }, item)).toBe(true);
  });
});

describe('text', () => {
  test('title and body regexes', () => {
    expect(holds({ kind: 'title', value: /crash/i })).toBe(true);
    expect(holds({ kind: 'title', value: /^feature/ })).toBe(false);
    expect(holds({ kind: 'body', value: /steps to reproduce/i })).toBe(true);
    expect(holds({ kind: 'body', value: /expected behaviou?r/ })).toBe(false);
  });

  test('a global regex gives the same answer every time', () => {
    const rules = ruleSet(rule('r', [{ kind: 'title', value: /crash/gi }]));
    for (let i = 0; i < 3; i++) {
      const evaluation = planItem(makeItem(), {}, rules, NOW);
      expect(evaluation.kind === 'plan' && evaluation.plan !== null).toBe(true);
    }
  });
});

describe('people', () => {
  test('author globs, case-insensitive', () => {
    expect(holds({ kind: 'author', value: ['OctoCat'] })).toBe(true);
    expect(holds({ kind: 'author', value: ['octo*'] })).toBe(true);
    expect(holds({ kind: 'author', value: ['hubot', '*-bot'] })).toBe(false);
    expect(
      holds({ kind: 'author', value: ['dependabot[bot]'] }, makeItem({ author: 'dependabot[bot]' })),
    ).toBe(true);
    expect(holds({ kind: 'author', value: ['*[bot]'] }, makeItem({ author: 'octocat' }))).toBe(false);
  });

  test('assignees none / any / list (case-insensitive)', () => {
    const assigned = makeItem({ assignees: ['Alice', 'bob'] });
    expect(holds({ kind: 'assignees', value: 'none' })).toBe(true);
    expect(holds({ kind: 'assignees', value: 'none' }, assigned)).toBe(false);
    expect(holds({ kind: 'assignees', value: 'any' }, assigned)).toBe(true);
    expect(holds({ kind: 'assignees', value: 'any' })).toBe(false);
    expect(holds({ kind: 'assignees', value: ['carol', 'alice'] }, assigned)).toBe(true);
    expect(holds({ kind: 'assignees', value: ['carol'] }, assigned)).toBe(false);
    // Logins are names, not globs.
    expect(holds({ kind: 'assignees', value: ['a*'] }, assigned)).toBe(false);
  });
});

describe('time', () => {
  test('created: olderThan is >=, newerThan is <', () => {
    expect(holds({ kind: 'created', value: { olderThan: 100 * DAY } })).toBe(true);
    expect(holds({ kind: 'created', value: { olderThan: 101 * DAY } })).toBe(false);
    expect(holds({ kind: 'created', value: { newerThan: 101 * DAY } })).toBe(true);
    expect(holds({ kind: 'created', value: { newerThan: 100 * DAY } })).toBe(false);
    expect(holds({ kind: 'created', value: { olderThan: 30 * DAY, newerThan: 200 * DAY } })).toBe(true);
  });

  test('updated', () => {
    expect(holds({ kind: 'updated', value: { olderThan: 60 * DAY } })).toBe(true);
    expect(holds({ kind: 'updated', value: { newerThan: 60 * DAY } })).toBe(false);
  });

  test('fixed dates: after is inclusive, before exclusive, so adjacent ranges never share an item', () => {
    const at = (iso: string) => Date.parse(iso);
    const newYear = makeItem({ createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-03-10T09:30:00Z' });
    // Created exactly at the start of 2025: in "2025 and later", not in "before 2025".
    expect(holds({ kind: 'created', value: { after: at('2025-01-01T00:00:00Z') } }, newYear)).toBe(true);
    expect(holds({ kind: 'created', value: { before: at('2025-01-01T00:00:00Z') } }, newYear)).toBe(false);
    // A second earlier it is the other way round.
    const lastSecond = makeItem({ createdAt: '2024-12-31T23:59:59Z' });
    expect(holds({ kind: 'created', value: { after: at('2025-01-01T00:00:00Z') } }, lastSecond)).toBe(false);
    expect(holds({ kind: 'created', value: { before: at('2025-01-01T00:00:00Z') } }, lastSecond)).toBe(true);
    // A window, on the update time; dates do not move with now, unlike older-than.
    const q1 = { after: at('2025-01-01T00:00:00Z'), before: at('2025-04-01T00:00:00Z') };
    expect(holds({ kind: 'updated', value: q1 }, newYear)).toBe(true);
    expect(holds({ kind: 'created', value: q1 }, lastSecond)).toBe(false);
  });

  test('fixed dates combine with relative bounds: all must hold', () => {
    // Created 100 days before NOW (2026-02-21): after 2026-01-01 and older than 30 days.
    const since2026 = Date.parse('2026-01-01T00:00:00Z');
    expect(holds({ kind: 'created', value: { after: since2026, olderThan: 30 * DAY } })).toBe(true);
    expect(holds({ kind: 'created', value: { after: since2026, olderThan: 101 * DAY } })).toBe(false);
    expect(holds({ kind: 'created', value: { before: since2026, olderThan: 30 * DAY } })).toBe(false);
  });

  test('inactive (the human-activity clock has its own tests in activity.test.ts)', () => {
    // Not updated for 75 days: quiet for 75 days at least, without the timeline.
    expect(holds({ kind: 'inactive', value: 75 * DAY })).toBe(true);
    // Updated 75 days ago by a human: the timeline says when.
    const human: ItemFacts = { timeline: [event('comment', 75, 'alice')] };
    expect(holds({ kind: 'inactive', value: 76 * DAY }, makeItem(), human)).toBe(false);
    // Created a day ago by a human: active within any longer span, without the timeline.
    const fresh = makeItem({ createdAt: daysAgo(1), updatedAt: daysAgo(1) });
    expect(holds({ kind: 'inactive', value: 60 * DAY }, fresh)).toBe(false);
  });
});

describe('combinators', () => {
  const isBug: Condition = { kind: 'labels', value: { any: ['bug'] } };
  const isPr: Condition = { kind: 'type', value: 'pull_request' };
  const isOpen: Condition = { kind: 'state', value: 'open' };

  test('all / any / not', () => {
    expect(holds({ kind: 'all', value: [isBug, isOpen] })).toBe(true);
    expect(holds({ kind: 'all', value: [isBug, isPr] })).toBe(false);
    expect(holds({ kind: 'any', value: [isPr, isBug] })).toBe(true);
    expect(holds({ kind: 'any', value: [isPr, { kind: 'locked', value: true }] })).toBe(false);
    expect(holds({ kind: 'not', value: isPr })).toBe(true);
    expect(holds({ kind: 'not', value: isBug })).toBe(false);
  });

  test('nested', () => {
    // bug and (PR or not locked) and not (closed)
    const cond: Condition = {
      kind: 'all',
      value: [
        isBug,
        { kind: 'any', value: [isPr, { kind: 'not', value: { kind: 'locked', value: true } }] },
        { kind: 'not', value: { kind: 'state', value: 'closed' } },
      ],
    };
    expect(holds(cond)).toBe(true);
    expect(holds(cond, makeItem({ locked: true }))).toBe(false);
    expect(holds(cond, makeItem({ locked: true, type: 'pull_request' }))).toBe(true);
  });

  test('empty all holds, empty any does not', () => {
    expect(holds({ kind: 'all', value: [] })).toBe(true);
    expect(holds({ kind: 'any', value: [] })).toBe(false);
  });

  test("a rule's when list is an implicit all", () => {
    const rules = ruleSet(rule('r', [isBug, isPr]));
    expect(planItem(makeItem(), {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });
});
