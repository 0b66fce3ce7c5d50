/**
 * The human-activity clock: `inactive`, `{{inactive_days}}` and what they cost in facts.
 */
import { explain, planItem } from '../../src/engine/index.js';
import type { Item, ItemFacts } from '../../src/model/item.js';
import type { ActivitySettings, Condition } from '../../src/model/rules.js';
import { DAY, NOW, daysAgo, event, makeItem, rule, ruleSet, ruleSetWith } from './fixtures.js';

const inactive30: Condition = { kind: 'inactive', value: 30 * DAY };

/** The outcome for one condition: true/false, or the facts it asks for. */
function outcome(
  cond: Condition,
  item: Item,
  facts: ItemFacts = {},
  activity: Partial<ActivitySettings> = {},
): boolean | string[] {
  const evaluation = planItem(item, facts, ruleSetWith(activity, rule('r', [cond])), NOW);
  return evaluation.kind === 'needs' ? evaluation.facts : evaluation.plan !== null;
}

/** An issue by a person, created long ago, last updated `days` ago. */
const updated = (days: number, overrides: Partial<Item> = {}): Item =>
  makeItem({ createdAt: daysAgo(200), updatedAt: daysAgo(days), ...overrides });

describe('the human-activity clock', () => {
  describe('what decides without the timeline', () => {
    test('an item not updated for the span is inactive: no request', () => {
      expect(outcome(inactive30, updated(31))).toBe(true);
      expect(outcome(inactive30, updated(30))).toBe(true);
    });

    test('an item created within the span by a person is active: no request', () => {
      expect(outcome(inactive30, makeItem({ createdAt: daysAgo(5), updatedAt: daysAgo(5) }))).toBe(false);
    });

    test('an item updated within the span needs the timeline to tell who did it', () => {
      expect(outcome(inactive30, updated(2))).toEqual(['timeline']);
    });

    test('an item created within the span by a bot is not inactive either: never longer than it exists', () => {
      const botPr = makeItem({ author: 'dependabot[bot]', createdAt: daysAgo(1), updatedAt: daysAgo(1) });
      expect(outcome(inactive30, botPr)).toBe(false);
    });
  });

  describe('who counts', () => {
    test("Sift's own label and comment do not reset it; a person's comment does", () => {
      const item = updated(1, { labels: ['stale'] });
      const bySift: ItemFacts = {
        timeline: [
          event('comment', 60, 'alice'),
          event('labeled', 1, 'sift[bot]', { label: 'stale' }),
          event('comment', 1, 'sift[bot]', { bySift: true }),
        ],
      };
      expect(outcome(inactive30, item, bySift)).toBe(true);

      const replied: ItemFacts = { timeline: [...(bySift.timeline ?? []), event('comment', 0.5, 'alice')] };
      expect(outcome(inactive30, item, replied)).toBe(false);
    });

    test('Sift running under a person’s account: its marked comment is still not activity', () => {
      const facts: ItemFacts = { timeline: [event('comment', 1, 'maintainer', { bySift: true })] };
      expect(outcome(inactive30, updated(1), facts)).toBe(true);
    });

    test('bots count neither by the forge’s word nor by a [bot] login', () => {
      const facts: ItemFacts = {
        timeline: [
          event('comment', 2, 'renovate[bot]'),
          event('labeled', 2, 'k8s-ci-robot', { actorIsBot: true, label: 'lgtm' }),
          event('commit', 1, 'Dependabot[BOT]'),
        ],
      };
      expect(outcome(inactive30, updated(1), facts)).toBe(true);
    });

    test('ignore-actors: those logins (globs, any case) do not count', () => {
      const facts: ItemFacts = {
        timeline: [event('comment', 2, 'CI-User'), event('comment', 1, 'release-helper-2')],
      };
      expect(outcome(inactive30, updated(1), facts)).toBe(false);
      expect(outcome(inactive30, updated(1), facts, { ignoreActors: ['ci-user', 'release-helper-*'] })).toBe(
        true,
      );
    });

    test('the span starts at the creation at the latest, whoever the author', () => {
      const recent = { createdAt: daysAgo(10), updatedAt: daysAgo(10) };
      expect(outcome(inactive30, makeItem(recent), { timeline: [] })).toBe(false);
      expect(outcome(inactive30, makeItem({ ...recent, author: 'renovate[bot]' }), { timeline: [] })).toBe(
        false,
      );
      expect(
        outcome(
          inactive30,
          makeItem({ ...recent, author: 'release-bot' }),
          { timeline: [] },
          {
            ignoreActors: ['release-bot'],
          },
        ),
      ).toBe(false);
      // Created 40 days ago by a bot that alone touched it since: quiet for 40 days.
      const old = { createdAt: daysAgo(40), updatedAt: daysAgo(2) };
      const botOnly: ItemFacts = { timeline: [event('comment', 2, 'renovate[bot]')] };
      expect(outcome(inactive30, makeItem({ ...old, author: 'renovate[bot]' }), botOnly)).toBe(true);
    });

    test('every kind of human event counts, including other', () => {
      for (const kind of ['commit', 'review', 'closed', 'assigned', 'other'] as const) {
        expect(outcome(inactive30, updated(1), { timeline: [event(kind, 1, 'alice')] })).toBe(false);
      }
    });
  });

  describe('reactions', () => {
    const reacted = updated(40, { reactions: { total: 2, thumbsUp: 2 } });

    test('by default, reactions do not count and updatedAt still decides', () => {
      expect(outcome(inactive30, reacted)).toBe(true);
    });

    test('when they count, an item with reactions needs its timeline and its reactions (they do not bump updatedAt)', () => {
      expect(outcome(inactive30, reacted, {}, { reactions: true })).toEqual(['timeline', 'reactions']);
      const timeline: ItemFacts = { timeline: [event('other', 3, 'dave')] };
      // The timeline alone cannot tell: a reaction may be later than anything in it.
      expect(outcome(inactive30, reacted, timeline, { reactions: true })).toEqual(['reactions']);
      expect(outcome(inactive30, reacted, { ...timeline, reactions: [] }, { reactions: true })).toBe(false);
      // Without reactions, nothing to read.
      expect(outcome(inactive30, updated(40), {}, { reactions: true })).toBe(true);
    });

    test("a person's reaction keeps the item alive only when reactions count; a bot's never does", () => {
      const quiet: ItemFacts = { timeline: [event('comment', 60, 'dave')] };
      const byPerson: ItemFacts = { ...quiet, reactions: [event('reaction', 3, 'erin')] };
      const byBot: ItemFacts = { ...quiet, reactions: [event('reaction', 3, 'helper[bot]')] };
      expect(outcome(inactive30, reacted, byPerson, { reactions: true })).toBe(false);
      expect(outcome(inactive30, reacted, byBot, { reactions: true })).toBe(true);
      // Not counted: the reactions are never asked for, and read ones change nothing.
      expect(outcome(inactive30, reacted, byPerson)).toBe(true);
    });

    test('comment counts never wait for the reactions', () => {
      const twoComments: ItemFacts = {
        timeline: [event('comment', 50, 'dave'), event('comment', 45, 'erin')],
      };
      const humanComments: Condition = { kind: 'human-comments', value: { min: 2 } };
      expect(
        outcome(
          humanComments,
          updated(45, { comments: 2, reactions: { total: 2, thumbsUp: 2 } }),
          twoComments,
          { reactions: true },
        ),
      ).toBe(true);
    });
  });

  describe('linked items', () => {
    const linkedPr = (days: number) => ({
      type: 'pull_request' as const,
      number: 7,
      state: 'open' as const,
      updatedAt: daysAgo(days),
    });

    test('by default, activity on a linked pull request does not count', () => {
      expect(outcome(inactive30, updated(40), { linked: [linkedPr(1)] })).toBe(true);
    });

    test('when it counts, updatedAt is not enough: the linked items are read, not the timeline', () => {
      expect(outcome(inactive30, updated(40), {}, { linked: true })).toEqual(['linked']);
      expect(outcome(inactive30, updated(40), { linked: [linkedPr(2)] }, { linked: true })).toBe(false);
      expect(outcome(inactive30, updated(40), { linked: [linkedPr(35)] }, { linked: true })).toBe(true);
      expect(outcome(inactive30, updated(40), { linked: [] }, { linked: true })).toBe(true);
    });

    test('an item updated within the span needs both, asked for at once', () => {
      expect(outcome(inactive30, updated(2), {}, { linked: true })).toEqual(['timeline', 'linked']);
    });

    test('a recent linked update decides false without the timeline', () => {
      expect(outcome(inactive30, updated(2), { linked: [linkedPr(1)] }, { linked: true })).toBe(false);
    });
  });

  describe('{{inactive_days}} and explanations use the same clock', () => {
    const template = (item: Item, facts: ItemFacts): string => {
      const rules = ruleSet(rule('r', [], [{ kind: 'comment', template: '{{inactive_days}}' }]));
      const evaluation = planItem(item, facts, rules, NOW);
      if (evaluation.kind !== 'plan' || evaluation.plan === null) throw new Error('no plan');
      const change = evaluation.plan.rules[0].changes[0];
      return change.kind === 'comment' ? change.body.split('\n')[0] : '';
    };

    test('human activity when the timeline was read; updatedAt (an "at least") when not', () => {
      const item = updated(3);
      // A comment waits for the timeline, so the days it shows are exact on every provider.
      expect(planItem(item, {}, ruleSet(rule('r', [], [{ kind: 'comment', template: 'x' }])), NOW)).toEqual({
        kind: 'needs',
        facts: ['timeline'],
      });
      expect(
        template(item, { timeline: [event('comment', 45, 'bob'), event('comment', 3, 'ci[bot]')] }),
      ).toBe('45');
      // Never touched by a person: counted from the creation.
      const byBot = makeItem({ author: 'bot[bot]', createdAt: daysAgo(12), updatedAt: daysAgo(12) });
      expect(template(byBot, { timeline: [] })).toBe('12');
    });

    test("a comment's cycle alone needs no timeline on an item without comments; its days still do", () => {
      const plain = ruleSet(rule('r', [], [{ kind: 'comment', template: 'x' }]));
      const days = ruleSet(rule('r', [], [{ kind: 'comment', template: '{{inactive_days}} days' }]));
      const uncommented = makeItem({ comments: 0, updatedAt: daysAgo(3) });
      // No comment at all: no earlier comment of Sift's for the cycle to judge, whatever its start.
      const evaluation = planItem(uncommented, {}, plain, NOW);
      expect(evaluation.kind === 'plan' && evaluation.plan?.rules[0].changes[0].kind).toBe('comment');
      // With comments, the cycle's start decides which earlier comment counts: read the timeline.
      expect(planItem(makeItem({ comments: 1, updatedAt: daysAgo(3) }), {}, plain, NOW)).toEqual({
        kind: 'needs',
        facts: ['timeline'],
      });
      // The days the text shows are exact whatever the comment count.
      expect(planItem(uncommented, {}, days, NOW)).toEqual({ kind: 'needs', facts: ['timeline'] });
    });

    test('explain says what it looked at', () => {
      const rules = ruleSet(rule('r', [inactive30]));
      const observed = (item: Item, facts: ItemFacts) =>
        explain(item, facts, rules, NOW).rules[0].conditions[0].observed;
      expect(observed(updated(40), {})).toBe('updated 40 days ago; human activity not read');
      expect(
        observed(updated(1), {
          timeline: [
            event('comment', 75, 'alice'),
            event('labeled', 1, 'sift[bot]'),
            event('comment', 1, 'x[bot]'),
          ],
        }),
      ).toBe('last activity 75 days ago (bot events ignored: 2)');
      const byBot = makeItem({ author: 'renovate[bot]', createdAt: daysAgo(9), updatedAt: daysAgo(9) });
      expect(observed(byBot, { timeline: [] })).toBe(
        'last activity 9 days ago (no human activity since it was created)',
      );
      // An edit no event explains (the REST timeline lists no description edits).
      expect(observed(updated(4), { timeline: [event('comment', 75, 'alice')] })).toBe(
        'last activity 4 days ago (an update no event explains (e.g. a description edit) counts as activity)',
      );
    });
  });
});
