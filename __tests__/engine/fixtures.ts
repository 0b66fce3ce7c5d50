import type { ActivityEvent, ActivityKind, Item } from '../../src/model/item.js';
import {
  DEFAULT_ACTIVITY,
  type ActionSpec,
  type ActivitySettings,
  type Condition,
  type Rule,
  type RuleSet,
} from '../../src/model/rules.js';

export const NOW = new Date('2026-06-01T00:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;

/** An ISO timestamp `n` days before NOW. */
export function daysAgo(n: number): string {
  return new Date(NOW.getTime() - n * DAY).toISOString();
}

export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    type: 'issue',
    number: 42,
    title: 'Crash when saving',
    body: 'Steps to reproduce: open, save.',
    state: 'open',
    draft: false,
    locked: false,
    author: 'octocat',
    authorAssociation: 'CONTRIBUTOR',
    labels: ['bug'],
    assignees: [],
    milestone: null,
    comments: 3,
    reactions: { total: 0, thumbsUp: 0 },
    createdAt: daysAgo(100),
    updatedAt: daysAgo(75),
    closedAt: null,
    closedAs: null,
    url: 'https://github.com/acme/widgets/issues/42',
    ...overrides,
  };
}

export function rule(
  id: string,
  when: Condition[],
  then: ActionSpec[] = [{ kind: 'label', labels: ['hit'] }],
): Rule {
  return { id, when, then, pos: { file: 'sift.yml', line: 1, col: 1 } };
}

export function ruleSet(...rules: Rule[]): RuleSet {
  return { file: 'sift.yml', rules, activity: DEFAULT_ACTIVITY };
}

/** A timeline event `days` days before NOW; bots are recognised by their `[bot]` login. */
export function event(
  kind: ActivityKind,
  days: number,
  actor: string,
  extra: Partial<ActivityEvent> = {},
): ActivityEvent {
  return { kind, at: daysAgo(days), actor, actorIsBot: actor.endsWith('[bot]'), ...extra };
}

export function ruleSetWith(activity: Partial<ActivitySettings>, ...rules: Rule[]): RuleSet {
  return { file: 'sift.yml', rules, activity: { ...DEFAULT_ACTIVITY, ...activity } };
}
