/**
 * The conditions of issue 4: counts of human comments and reactions, changed files, branches, linked
 * items and activity after a label; each true, false, and asking for a fact only when it must.
 */
import { describeCondition, factsNeeded, planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts, LinkedItem } from '../../src/model/item.js';
import type { ActivitySettings, Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet, ruleSetWith } from './fixtures.js';

function outcome(
  cond: Condition,
  item: Item = makeItem(),
  facts: ItemFacts = {},
  activity: Partial<ActivitySettings> = {},
): boolean | string[] {
  const evaluation = planItem(item, facts, ruleSetWith(activity, rule('r', [cond])), NOW);
  return evaluation.kind === 'needs' ? evaluation.facts : evaluation.plan !== null;
}

const pr = (overrides: Partial<Item> = {}): Item => makeItem({ type: 'pull_request', ...overrides });

describe('human-comments', () => {
  const cond = (min?: number, max?: number): Condition => ({ kind: 'human-comments', value: { min, max } });
  const timeline: ItemFacts = {
    timeline: [
      event('comment', 9, 'alice'),
      event('comment', 8, 'renovate[bot]'),
      event('comment', 7, 'sift[bot]', { bySift: true }),
      event('labeled', 6, 'bob', { label: 'x' }),
    ],
  };

  test('counts comments by people only', () => {
    expect(outcome(cond(1, 1), makeItem(), timeline)).toBe(true);
    expect(outcome(cond(2), makeItem(), timeline)).toBe(false);
    expect(outcome(cond(undefined, 0), makeItem(), timeline)).toBe(false);
  });

  test('the comment count decides when it can: fewer than min, or at most max', () => {
    expect(outcome(cond(4), makeItem({ comments: 3 }))).toBe(false);
    expect(outcome(cond(undefined, 3), makeItem({ comments: 3 }))).toBe(true);
    expect(outcome(cond(0, 5), makeItem({ comments: 3 }))).toBe(true);
    expect(outcome(cond(1), makeItem({ comments: 3 }))).toEqual(['timeline']);
    expect(outcome(cond(undefined, 0), makeItem({ comments: 3 }))).toEqual(['timeline']);
  });
});

describe('reactions and thumbs-up', () => {
  const item = makeItem({ reactions: { total: 5, thumbsUp: 3 } });

  test('bounds on the counts of the description, no request', () => {
    expect(outcome({ kind: 'reactions', value: { min: 5 } }, item)).toBe(true);
    expect(outcome({ kind: 'reactions', value: { min: 6 } }, item)).toBe(false);
    expect(outcome({ kind: 'thumbs-up', value: { min: 3, max: 3 } }, item)).toBe(true);
    expect(outcome({ kind: 'thumbs-up', value: { min: 4 } }, item)).toBe(false);
    expect(outcome({ kind: 'thumbs-up', value: { max: 0 } })).toBe(true);
  });
});

describe('files', () => {
  const files = (...paths: string[]): ItemFacts => ({ files: paths });
  const docsOnly: Condition = { kind: 'files', value: { all: ['docs/**', '*.md'] } };

  test('all: every changed file matches one of the globs ("only docs changed")', () => {
    expect(outcome(docsOnly, pr(), files('docs/a.md', 'docs/deep/b.png', 'README.md'))).toBe(true);
    expect(outcome(docsOnly, pr(), files('docs/a.md', 'src/index.ts'))).toBe(false);
    // `*` stays within a directory: a nested .md is not at the top level.
    expect(outcome(docsOnly, pr(), files('src/notes.md'))).toBe(false);
    // A pull request that changes nothing did not change only docs.
    expect(outcome(docsOnly, pr(), files())).toBe(false);
  });

  test('any and none', () => {
    const anySrc: Condition = { kind: 'files', value: { any: ['src/**/*.ts'] } };
    expect(outcome(anySrc, pr(), files('docs/a.md', 'src/engine/plan.ts'))).toBe(true);
    expect(outcome(anySrc, pr(), files('docs/a.md', 'SRC/x.ts'))).toBe(false);
    const noLock: Condition = { kind: 'files', value: { none: ['**/package-lock.json', '.github/**'] } };
    expect(outcome(noLock, pr(), files('src/a.ts'))).toBe(true);
    expect(outcome(noLock, pr(), files('web/package-lock.json'))).toBe(false);
    expect(outcome(noLock, pr(), files('.github/workflows/ci.yml'))).toBe(false);
  });

  test('asks for the files of a pull request; an issue has none, without asking', () => {
    expect(outcome(docsOnly, pr())).toEqual(['files']);
    expect(outcome(docsOnly, makeItem())).toBe(false);
    expect(outcome({ kind: 'not', value: docsOnly }, makeItem())).toBe(true);
  });
});

describe('base and head', () => {
  const branches = (base: string, head: string, fork = false): ItemFacts => ({
    branches: { base, head, fork },
  });

  test('globs over the branch names, case-sensitive', () => {
    const release: Condition = { kind: 'base', value: ['release/*', 'main'] };
    expect(outcome(release, pr(), branches('release/2.x', 'fix'))).toBe(true);
    expect(outcome(release, pr(), branches('main', 'fix'))).toBe(true);
    expect(outcome(release, pr(), branches('Main', 'fix'))).toBe(false);
    expect(outcome(release, pr(), branches('develop', 'release/x'))).toBe(false);
    const deps: Condition = { kind: 'head', value: ['dependabot/*'] };
    expect(outcome(deps, pr(), branches('main', 'dependabot/npm/yaml-2.9'))).toBe(true);
    expect(outcome(deps, pr(), branches('dependabot/x', 'fix'))).toBe(false);
  });

  test('asks for branches of a pull request; false for issues, without asking', () => {
    expect(outcome({ kind: 'head', value: ['*'] }, pr())).toEqual(['branches']);
    expect(outcome({ kind: 'head', value: ['*'] }, makeItem())).toBe(false);
    expect(outcome({ kind: 'head', value: ['*'] }, pr(), { branches: null })).toBe(false);
  });
});

describe('linked', () => {
  const linked = (...states: ('open' | 'closed')[]): ItemFacts => ({
    linked: states.map((state, i): LinkedItem => ({
      type: 'pull_request',
      number: 10 + i,
      state,
      updatedAt: daysAgo(1),
    })),
  });

  test('true when an open linked item exists', () => {
    expect(outcome({ kind: 'linked', value: true }, makeItem(), linked('closed', 'open'))).toBe(true);
    expect(outcome({ kind: 'linked', value: true }, makeItem(), linked('closed'))).toBe(false);
    expect(outcome({ kind: 'linked', value: false }, makeItem(), linked())).toBe(true);
    expect(outcome({ kind: 'linked', value: false }, makeItem(), linked('open'))).toBe(false);
  });

  test('asks for the linked items', () => {
    expect(outcome({ kind: 'linked', value: true })).toEqual(['linked']);
  });
});

describe('active-after-label ("remove stale when someone replied")', () => {
  const replied: Condition = { kind: 'active-after-label', value: 'Stale' };
  const stale = (updatedDays: number): Item =>
    makeItem({ labels: ['bug', 'stale'], createdAt: daysAgo(100), updatedAt: daysAgo(updatedDays) });

  test('a person acted after the label was last applied', () => {
    const facts: ItemFacts = {
      timeline: [
        event('labeled', 10, 'sift[bot]', { label: 'stale' }),
        event('comment', 10, 'sift[bot]', { bySift: true }),
        event('comment', 2, 'alice'),
      ],
    };
    expect(outcome(replied, stale(2), facts)).toBe(true);
  });

  test('only bots (or Sift) since: false', () => {
    const facts: ItemFacts = {
      timeline: [
        event('comment', 30, 'alice'),
        event('labeled', 10, 'sift[bot]', { label: 'stale' }),
        event('comment', 2, 'renovate[bot]'),
      ],
    };
    expect(outcome(replied, stale(2), facts)).toBe(false);
  });

  test('re-applied after the reply: the last application counts', () => {
    const facts: ItemFacts = {
      timeline: [
        event('labeled', 20, 'sift[bot]', { label: 'stale' }),
        event('comment', 15, 'alice'),
        event('unlabeled', 14, 'sift[bot]', { label: 'stale' }),
        event('labeled', 5, 'sift[bot]', { label: 'stale' }),
      ],
    };
    expect(outcome(replied, stale(5), facts)).toBe(false);
  });

  test('without the label: false, no request; without facts: asks for the timeline', () => {
    expect(outcome(replied, makeItem({ labels: ['bug'] }))).toBe(false);
    expect(outcome(replied, stale(2))).toEqual(['timeline']);
  });

  test('with the label history only, an item not updated since needs nothing more', () => {
    const facts: ItemFacts = { labelAppliedAt: { stale: daysAgo(10) } };
    expect(outcome(replied, stale(10), facts)).toBe(false);
    expect(outcome(replied, stale(3), facts)).toEqual(['timeline']);
  });

  test('a label this run applies has nothing after it', () => {
    const rules = ruleSet(
      rule('mark', [], [{ kind: 'label', labels: ['stale'] }]),
      rule('unmark', [replied], [{ kind: 'unlabel', labels: ['stale'] }]),
    );
    const evaluation = planItem(makeItem({ labels: [] }), {}, rules, NOW);
    expect(evaluation).toMatchObject({ kind: 'plan', plan: { rules: [{ rule: 'mark' }] } });
  });

  test('a linked pull request updated after the label counts when activity.linked is on', () => {
    const facts: ItemFacts = {
      timeline: [event('labeled', 10, 'sift[bot]', { label: 'stale' })],
      linked: [{ type: 'pull_request', number: 9, state: 'open', updatedAt: daysAgo(1) }],
    };
    expect(outcome(replied, stale(10), facts)).toBe(false);
    expect(outcome(replied, stale(10), facts, { linked: true })).toBe(true);
  });
});

describe('labeled, with the label history derived from the timeline', () => {
  test('one source of truth: the timeline answers when labelAppliedAt was not fetched', () => {
    const cond: Condition = { kind: 'labeled', value: { stale: 7 * DAY } };
    const item = makeItem({ labels: ['stale'] });
    const timeline = (days: number): ItemFacts => ({
      timeline: [event('labeled', days, 'sift[bot]', { label: 'Stale' })],
    });
    expect(outcome(cond, item, timeline(8))).toBe(true);
    expect(outcome(cond, item, timeline(6))).toBe(false);
    // labelAppliedAt, when given, is the answer.
    expect(outcome(cond, item, { ...timeline(6), labelAppliedAt: { stale: daysAgo(9) } })).toBe(true);
  });
});

describe('factsNeeded and descriptions', () => {
  test('lists every fact the new conditions may need', () => {
    const rules = ruleSetWith(
      { linked: true },
      rule('a', [{ kind: 'inactive', value: DAY }]),
      rule('b', [
        { kind: 'files', value: { any: ['x'] } },
        { kind: 'base', value: ['main'] },
      ]),
    );
    expect(factsNeeded(rules)).toEqual(['branches', 'files', 'linked', 'timeline']);
    expect(factsNeeded(ruleSet(rule('c', [{ kind: 'thumbs-up', value: { min: 1 } }])))).toEqual([]);
  });

  test('describes each kind as the rules file says it', () => {
    const cases: [Condition, string][] = [
      [{ kind: 'human-comments', value: { min: 2, max: 2 } }, 'human-comments = 2'],
      [{ kind: 'reactions', value: { min: 1 } }, 'reactions >= 1'],
      [{ kind: 'thumbs-up', value: { max: 5 } }, 'thumbs-up <= 5'],
      [{ kind: 'files', value: { any: ['docs/**'], none: ['src/**'] } }, 'files any [docs/**] none [src/**]'],
      [{ kind: 'base', value: ['main', 'release/*'] }, 'base [main, release/*]'],
      [{ kind: 'head', value: ['fix/*'] }, 'head [fix/*]'],
      [{ kind: 'linked', value: true }, 'linked true'],
      [{ kind: 'active-after-label', value: 'stale' }, 'active after label stale'],
      [{ kind: 'inactive', value: 60 * DAY }, 'inactive 60d'],
    ];
    for (const [cond, text] of cases) expect(describeCondition(cond)).toBe(text);
  });
});
