import { checkCapabilities, parseRules } from '../../src/config/index.js';
import { ACTION_KINDS, CONDITION_KINDS, type ActionKind, type ConditionKind } from '../../src/model/rules.js';
import type { FactName } from '../../src/model/item.js';
import type { Capabilities } from '../../src/providers/provider.js';

const RULES = `version: 1
rules:
  - id: simple
    when: { type: issue }
    then:
      - label: x
  - id: nested
    when:
      any:
        - not: { labeled: { stale: 7d } }
        - comments: { min: 1 }
    then:
      - comment: hi
      - request-review: octocat
      - comment: again
`;

const ALL_FACTS: readonly FactName[] = ['labelAppliedAt', 'timeline', 'files', 'branches', 'linked'];

function caps(
  conditions: readonly ConditionKind[],
  actions: readonly ActionKind[],
  facts: readonly FactName[] = ALL_FACTS,
): Capabilities {
  return {
    name: 'test-forge',
    conditions: new Set(conditions),
    actions: new Set(actions),
    facts: new Set(facts),
  };
}

describe('checkCapabilities', () => {
  const ruleSet = parseRules(RULES, 'rules.yml');

  test('a provider that supports everything yields no problem', () => {
    expect(checkCapabilities(ruleSet, caps(CONDITION_KINDS, ACTION_KINDS))).toEqual([]);
  });

  test('names the rule, the condition or action and the provider, at the rule, once per kind', () => {
    const without = (kinds: readonly string[], missing: string[]) =>
      kinds.filter((k) => !missing.includes(k));
    const limited = caps(
      without(CONDITION_KINDS, ['labeled', 'comments']) as ConditionKind[],
      without(ACTION_KINDS, ['comment', 'request-review']) as ActionKind[],
    );

    expect(checkCapabilities(ruleSet, limited)).toEqual([
      {
        file: 'rules.yml',
        line: 7,
        col: 5,
        message: 'rule "nested" uses the condition "labeled", which the test-forge provider does not support',
      },
      {
        file: 'rules.yml',
        line: 7,
        col: 5,
        message:
          'rule "nested" uses the condition "comments", which the test-forge provider does not support',
      },
      {
        file: 'rules.yml',
        line: 7,
        col: 5,
        message: 'rule "nested" uses the action "comment", which the test-forge provider does not support',
      },
      {
        file: 'rules.yml',
        line: 7,
        col: 5,
        message:
          'rule "nested" uses the action "request-review", which the test-forge provider does not support',
      },
    ]);
  });

  test('combinators are the engine’s business, not the provider’s', () => {
    const leavesOnly = caps(
      CONDITION_KINDS.filter((k) => k !== 'all' && k !== 'any' && k !== 'not'),
      ACTION_KINDS,
    );
    expect(checkCapabilities(ruleSet, leavesOnly)).toEqual([]);
  });

  test('the implicit state condition is checked like a written one', () => {
    const noState = caps(
      CONDITION_KINDS.filter((k) => k !== 'state'),
      ACTION_KINDS,
    );
    expect(checkCapabilities(ruleSet, noState).map((p) => p.message)).toEqual([
      'rule "simple" uses the condition "state", which the test-forge provider does not support',
      'rule "nested" uses the condition "state", which the test-forge provider does not support',
    ]);
  });
});

describe('checkCapabilities: facts and checks', () => {
  const RULES_WITH_FACTS = `version: 1
activity: { linked: true }
rules:
  - id: stale
    when: { inactive: 30d, comments: 0 }
    then: [{ label: stale }]
  - id: docs-only
    check:
      message: Docs only.
      require: { files: { all: 'docs/**' }, base: main }
`;
  const ruleSet = parseRules(RULES_WITH_FACTS, 'rules.yml');

  test('a condition whose facts the provider cannot read is a problem, naming the facts', () => {
    const gitlabLike = caps(CONDITION_KINDS, ACTION_KINDS, ['labelAppliedAt', 'timeline', 'branches']);
    expect(checkCapabilities(ruleSet, gitlabLike).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '4: rule "stale" uses the condition "inactive", which needs linked items (activity.linked); the test-forge provider cannot read them',
      '7: rule "docs-only" uses the condition "files", which needs changed files; the test-forge provider cannot read them',
    ]);
  });

  test('without activity.linked, the clock needs the timeline only', () => {
    const plain = parseRules(RULES_WITH_FACTS.replace('activity: { linked: true }\n', ''), 'rules.yml');
    expect(
      checkCapabilities(plain, caps(CONDITION_KINDS, ACTION_KINDS, ['timeline', 'files', 'branches'])),
    ).toEqual([]);
    expect(
      checkCapabilities(plain, caps(CONDITION_KINDS, ACTION_KINDS, ['files', 'branches']))[0].message,
    ).toBe(
      'rule "stale" uses the condition "inactive", which needs item timelines; the test-forge provider cannot read them',
    );
  });

  test("a check's required conditions are checked like its when", () => {
    const noBase = caps(
      CONDITION_KINDS.filter((k) => k !== 'base'),
      ACTION_KINDS,
    );
    expect(checkCapabilities(ruleSet, noBase).map((p) => p.message)).toEqual([
      'rule "docs-only" uses the condition "base", which the test-forge provider does not support',
    ]);
  });
});
