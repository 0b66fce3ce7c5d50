/**
 * `by:` on the activity clock: `inactive: { for, by }` and `active-after-label: { label, by }` count
 * only the author's, or only the maintainers', activity.
 */
import { explain, planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet } from './fixtures.js';

function outcome(cond: Condition, item: Item, facts: ItemFacts = {}): boolean | string[] {
  const evaluation = planItem(item, facts, ruleSet(rule('r', [cond])), NOW);
  return evaluation.kind === 'needs' ? evaluation.facts : evaluation.plan !== null;
}

const afterNeedsInfo = (by?: 'author' | 'maintainers'): Condition => ({
  kind: 'active-after-label',
  value: 'needs-info',
  ...(by ? { by } : {}),
});
const quiet14 = (by?: 'author' | 'maintainers'): Condition => ({
  kind: 'inactive',
  value: 14 * DAY,
  ...(by ? { by } : {}),
});

/** An issue by alice (a contributor) a maintainer labelled needs-info 5 days ago. */
const waiting = makeItem({
  author: 'alice',
  authorAssociation: 'CONTRIBUTOR',
  labels: ['needs-info'],
  createdAt: daysAgo(30),
  updatedAt: daysAgo(1),
});
const labelled = event('labeled', 5, 'maint', { label: 'needs-info' });

describe('active-after-label by', () => {
  test("the author's reply counts; a maintainer's or a passer-by's does not", () => {
    const byMaintainer: ItemFacts = {
      timeline: [labelled, event('comment', 1, 'maint', { association: 'MEMBER' })],
    };
    const byOther: ItemFacts = { timeline: [labelled, event('comment', 1, 'bob', { association: 'NONE' })] };
    const byAuthor: ItemFacts = {
      timeline: [labelled, event('comment', 1, 'Alice', { association: 'CONTRIBUTOR' })],
    };
    expect(outcome(afterNeedsInfo('author'), waiting, byMaintainer)).toBe(false);
    expect(outcome(afterNeedsInfo('author'), waiting, byOther)).toBe(false);
    // Logins compare case-insensitively, as GitHub treats them.
    expect(outcome(afterNeedsInfo('author'), waiting, byAuthor)).toBe(true);
    // Without `by`, anyone's comment counts, as it always did.
    expect(outcome(afterNeedsInfo(), waiting, byMaintainer)).toBe(true);
    expect(outcome(afterNeedsInfo(), waiting, byOther)).toBe(true);
  });

  test("the author's comment before the label does not count", () => {
    const facts: ItemFacts = { timeline: [event('comment', 6, 'alice'), labelled] };
    expect(outcome(afterNeedsInfo('author'), makeItem({ ...waiting, updatedAt: daysAgo(5) }), facts)).toBe(
      false,
    );
  });

  test("a bot posting as the author's login still never counts", () => {
    const botAuthored = makeItem({ ...waiting, author: 'renovate[bot]' });
    const facts: ItemFacts = { timeline: [labelled, event('comment', 1, 'renovate[bot]')] };
    expect(outcome(afterNeedsInfo('author'), botAuthored, facts)).toBe(false);
  });

  test('an update no event explains is not credited to the author (a maintainer may have edited)', () => {
    const facts: ItemFacts = { timeline: [labelled] };
    expect(outcome(afterNeedsInfo('author'), waiting, facts)).toBe(false);
    // For anyone it still counts, as before.
    expect(outcome(afterNeedsInfo(), waiting, facts)).toBe(true);
  });

  test('maintainers: by association on the event, on another event of theirs, or by what needs triage access', () => {
    const stated: ItemFacts = {
      timeline: [labelled, event('comment', 1, 'carol', { association: 'COLLABORATOR' })],
    };
    expect(outcome(afterNeedsInfo('maintainers'), waiting, stated)).toBe(true);
    // The same person's later label change is a maintainer's once one of their comments says so.
    const laterLabel: ItemFacts = {
      timeline: [
        event('comment', 10, 'dave', { association: 'MEMBER' }),
        labelled,
        event('labeled', 1, 'dave', { label: 'bug' }),
      ],
    };
    expect(outcome(afterNeedsInfo('maintainers'), waiting, laterLabel)).toBe(true);
    // Assigning someone needs triage access: a maintainer's even when nothing states it.
    const assigned: ItemFacts = { timeline: [labelled, event('assigned', 1, 'erin')] };
    expect(outcome(afterNeedsInfo('maintainers'), waiting, assigned)).toBe(true);
    // A contributor's comment is not a maintainer's, nor is the author closing their own issue.
    const contributor: ItemFacts = {
      timeline: [labelled, event('comment', 2, 'frank', { association: 'CONTRIBUTOR' })],
    };
    expect(outcome(afterNeedsInfo('maintainers'), waiting, contributor)).toBe(false);
    const authorCloses: ItemFacts = { timeline: [labelled, event('closed', 1, 'alice')] };
    expect(outcome(afterNeedsInfo('maintainers'), waiting, authorCloses)).toBe(false);
  });

  test('an author who is a member is a maintainer by the item’s own association', () => {
    const memberItem = makeItem({ ...waiting, authorAssociation: 'MEMBER' });
    const facts: ItemFacts = { timeline: [labelled, event('comment', 1, 'alice')] };
    expect(outcome(afterNeedsInfo('maintainers'), memberItem, facts)).toBe(true);
  });

  test('asks for the timeline, as without by', () => {
    expect(outcome(afterNeedsInfo('author'), waiting)).toEqual(['timeline']);
  });
});

describe('inactive by', () => {
  const old = makeItem({ author: 'alice', createdAt: daysAgo(60), updatedAt: daysAgo(2) });

  test("a maintainer's comment does not restart the author's clock", () => {
    const facts: ItemFacts = {
      timeline: [event('comment', 20, 'alice'), event('comment', 2, 'maint', { association: 'OWNER' })],
    };
    expect(outcome(quiet14('author'), old, facts)).toBe(true);
    expect(outcome(quiet14('maintainers'), old, facts)).toBe(false);
    expect(outcome(quiet14(), old, facts)).toBe(false);
  });

  test('the item is never quiet for longer than it exists, whoever the group', () => {
    const young = makeItem({ author: 'alice', createdAt: daysAgo(3), updatedAt: daysAgo(3) });
    expect(outcome(quiet14('maintainers'), young)).toBe(false);
  });

  test('an item not updated for the span is quiet for every group, without a request', () => {
    const untouched = makeItem({ createdAt: daysAgo(60), updatedAt: daysAgo(20) });
    expect(outcome(quiet14('author'), untouched)).toBe(true);
  });

  test('explain says whose activity it looked at', () => {
    const facts: ItemFacts = {
      timeline: [event('comment', 20, 'alice'), event('comment', 2, 'maint', { association: 'OWNER' })],
    };
    const explained = explain(old, facts, ruleSet(rule('r', [quiet14('author')])), NOW);
    const condition = explained.rules[0].conditions[0];
    expect(condition.description).toBe('inactive 14d by the author');
    expect(condition.observed).toBe('the author last active 20 days ago');
  });
});
