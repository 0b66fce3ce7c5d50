/**
 * Each rule sees the item as the rules (and commands) before it leave it. An explanation that shows
 * `state: closed` for an open issue must say which earlier rule closed it, or it reads like the forge's
 * own state.
 */
import { parseRules } from '../../src/config/index.js';
import { explain, type ConditionExplanation } from '../../src/engine/index.js';
import type { CommandComment } from '../../src/model/commands.js';
import { daysAgo, makeItem, NOW } from './fixtures.js';

const RULES = `version: 1
commands:
  - name: label
    allow: { association: [MEMBER] }
rules:
  - id: close-stale
    when:
      labels: { all: [stale] }
    then:
      - close: not_planned
      - unlabel: needs-info
      - lock: resolved
  - id: assign-triage
    when:
      state: open
    then:
      - assign: [alice]
      - milestone: Backlog
  - id: after
    when:
      state: closed
      locked: true
      labels: { none: [needs-info] }
      labeled: { stale: 7d, needs-info: 1d, kind/bug: 1d }
      assignees: none
      milestone: none
    then:
      - label: done
`;

function observed(conditions: ConditionExplanation[]): string[] {
  return conditions.map((c) => c.observed);
}

const comment = (body: string): CommandComment => ({
  id: 'c1',
  author: 'maintainer',
  authorIsBot: false,
  association: 'MEMBER',
  body,
  createdAt: daysAgo(1),
  answered: false,
});

describe('explain names the earlier rule that made the item so', () => {
  it('state, lock, labels (added and removed), per label in `labeled`, and commands', () => {
    const rules = parseRules(RULES, 'sift.yml');
    const item = makeItem({
      labels: ['stale', 'needs-info'],
      updatedAt: daysAgo(10),
      createdAt: daysAgo(30),
    });
    const facts = {
      labelAppliedAt: { stale: daysAgo(10), 'needs-info': daysAgo(20) },
      commands: [comment('/label kind/bug')],
    };
    const explanation = explain(item, facts, rules, NOW);
    const [closeStale, assignTriage, after] = explanation.rules;
    // The first rule sees the item as the commands leave it.
    expect(observed(closeStale.conditions)).toEqual([
      'labels: stale, needs-info, kind/bug (kind/bug added by the command "/label kind/bug" of @maintainer, earlier in this run)',
      // The implicit `state: open` a rule without a state condition gets.
      'state: open',
    ]);
    expect(observed(assignTriage.conditions)).toEqual([
      'state: closed (by rule close-stale, earlier in this run)',
    ]);
    expect(assignTriage.outcome).toBe(false);
    expect(observed(after.conditions)).toEqual([
      'state: closed (by rule close-stale, earlier in this run)',
      'locked: true (by rule close-stale, earlier in this run)',
      'labels: stale, kind/bug (kind/bug added by the command "/label kind/bug" of @maintainer; ' +
        'needs-info removed by rule close-stale, earlier in this run)',
      'stale applied 10 days ago; needs-info not on the item (removed by rule close-stale, earlier in this run); ' +
        'kind/bug applied 0 minutes ago (by the command "/label kind/bug" of @maintainer, earlier in this run)',
      'assignees: (none)',
      'milestone: (none)',
    ]);
  });

  it('assignees and milestone; the last rule to touch a part is the one named', () => {
    const rules = parseRules(
      `version: 1
rules:
  - id: assign
    when: { state: open }
    then:
      - assign: [alice, bob]
      - milestone: Backlog
  - id: reassign
    when: { assignees: [alice] }
    then:
      - unassign: [bob]
      - milestone: Soon
  - id: look
    when:
      assignees: any
      milestone: Soon
    then:
      - label: planned
`,
      'sift.yml',
    );
    const explanation = explain(makeItem({ labels: [] }), {}, rules, NOW);
    const look = explanation.rules[2];
    expect(observed(look.conditions)).toEqual([
      'assignees: alice (alice assigned by rule assign; bob unassigned by rule reassign, earlier in this run)',
      'milestone: Soon (by rule reassign, earlier in this run)',
      'state: open',
    ]);
    expect(look.outcome).toBe(true);
  });

  it('says nothing when no earlier rule changed what a condition reads', () => {
    const rules = parseRules(
      `version: 1
rules:
  - id: a
    when: { state: open }
    then:
      - comment: Thanks
  - id: b
    when: { state: open, labels: { any: [bug] } }
    then:
      - label: seen
`,
      'sift.yml',
    );
    const explanation = explain(makeItem(), {}, rules, NOW);
    expect(observed(explanation.rules[1].conditions)).toEqual(['state: open', 'labels: bug']);
  });
});
