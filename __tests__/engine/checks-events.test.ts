/**
 * Check rules (pass / fail / skip, and their actions on failure) and rules that answer events (`on`).
 */
import { evaluateChecks, explain, factsNeeded, planItem, rulesFor } from '../../src/engine/index.js';
import type { ItemFacts } from '../../src/model/item.js';
import type { Condition, Rule } from '../../src/model/rules.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

const isPr: Condition = { kind: 'type', value: 'pull_request' };
const hasType: Condition = { kind: 'labels', value: { any: ['type/*'] } };
const docsOnly: Condition = { kind: 'files', value: { all: ['docs/**'] } };

function check(id: string, when: Condition[], require: Condition[], then: Rule['then'] = []): Rule {
  return { ...rule(id, when, then), check: { message: `${id} failed`, require } };
}

function on(r: Rule, ...events: string[]): Rule {
  return { ...r, on: events };
}

const needsType = check('needs-type', [isPr], [hasType], [{ kind: 'label', labels: ['needs-type'] }]);

describe('evaluateChecks', () => {
  test('passed, failed and skipped (its `when` does not hold), in file order', () => {
    const rules = ruleSet(
      needsType,
      check('has-milestone', [], [{ kind: 'milestone', value: 'any' }]),
      rule('plain', [], [{ kind: 'label', labels: ['seen'] }]),
    );
    const pr = makeItem({ type: 'pull_request', labels: ['type/bug'] });
    expect(evaluateChecks(pr, {}, rules, NOW)).toEqual({
      kind: 'checks',
      results: [
        { rule: 'needs-type', message: 'needs-type failed', status: 'passed' },
        { rule: 'has-milestone', message: 'has-milestone failed', status: 'failed' },
      ],
    });
    expect(evaluateChecks(makeItem(), {}, rules, NOW)).toEqual({
      kind: 'checks',
      results: [
        { rule: 'needs-type', message: 'needs-type failed', status: 'skipped' },
        { rule: 'has-milestone', message: 'has-milestone failed', status: 'failed' },
      ],
    });
  });

  test('asks for the facts a check needs, even when the check would change nothing', () => {
    const rules = ruleSet(check('docs', [isPr], [{ kind: 'not', value: docsOnly }]));
    const pr = makeItem({ type: 'pull_request' });
    expect(evaluateChecks(pr, {}, rules, NOW)).toEqual({ kind: 'needs', facts: ['files'] });
    expect(evaluateChecks(pr, { files: ['docs/a.md'] }, rules, NOW)).toMatchObject({
      results: [{ status: 'failed' }],
    });
    // A skipped check needs nothing.
    expect(evaluateChecks(makeItem(), {}, rules, NOW)).toMatchObject({ results: [{ status: 'skipped' }] });
  });

  test('a check sees the item as earlier rules leave it, as planItem does', () => {
    const rules = ruleSet(
      rule('classify', [{ kind: 'title', value: /crash/i }], [{ kind: 'label', labels: ['type/bug'] }]),
      needsType,
    );
    const pr = makeItem({ type: 'pull_request', labels: [] });
    expect(evaluateChecks(pr, {}, rules, NOW)).toMatchObject({ results: [{ status: 'passed' }] });
    expect(planItem(pr, {}, rules, NOW)).toMatchObject({
      plan: { rules: [{ rule: 'classify', changes: [{ kind: 'label', labels: ['type/bug'] }] }] },
    });
  });
});

describe('check rules in planItem', () => {
  test('their actions run only when the check fails', () => {
    const rules = ruleSet(needsType);
    const failing = makeItem({ type: 'pull_request', labels: [] });
    expect(planItem(failing, {}, rules, NOW)).toMatchObject({
      plan: { rules: [{ rule: 'needs-type', changes: [{ kind: 'label', labels: ['needs-type'] }] }] },
    });
    const passing = makeItem({ type: 'pull_request', labels: ['type/docs'] });
    expect(planItem(passing, {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
    const skipped = makeItem({ labels: [] });
    expect(planItem(skipped, {}, rules, NOW)).toEqual({ kind: 'plan', plan: null });
  });

  test('facts of `require` are asked for only when the failure would change something', () => {
    const docs = check(
      'docs-label',
      [isPr],
      [{ kind: 'not', value: docsOnly }],
      [{ kind: 'label', labels: ['docs'] }],
    );
    const pr = makeItem({ type: 'pull_request', labels: [] });
    expect(planItem(pr, {}, ruleSet(docs), NOW)).toEqual({ kind: 'needs', facts: ['files'] });
    expect(planItem(makeItem({ type: 'pull_request', labels: ['docs'] }), {}, ruleSet(docs), NOW)).toEqual({
      kind: 'plan',
      plan: null,
    });
    expect(factsNeeded(ruleSet(docs))).toEqual(['files']);
  });

  test('explain shows the check with its required conditions', () => {
    const [r] = explain(makeItem({ type: 'pull_request', labels: [] }), {}, ruleSet(needsType), NOW).rules;
    expect(r).toMatchObject({
      rule: 'needs-type',
      outcome: true,
      check: {
        message: 'needs-type failed',
        outcome: false,
        conditions: [{ description: 'labels any [type/*]', observed: 'labels: (none)', outcome: false }],
      },
      changes: [{ kind: 'label', labels: ['needs-type'] }],
    });
  });
});

describe('rules and events (`on`)', () => {
  const always = rule('always', []);
  const welcome = on(rule('welcome', []), 'issues.opened');
  const anyPr = on(rule('any-pr', []), 'pull_request', 'pull_request_target');
  const nightly = on(rule('nightly', []), 'schedule');
  const manual = on(rule('manual', []), 'workflow_dispatch', 'issues.labeled');
  const rules = ruleSet(always, welcome, anyPr, nightly, manual);
  const ids = (trigger: Parameters<typeof rulesFor>[1]) =>
    rulesFor(rules, trigger).rules.map((r) => r.rule.id);

  test('a sweep runs rules without `on`, and those naming schedule or workflow_dispatch', () => {
    expect(ids('sweep')).toEqual(['always', 'nightly', 'manual']);
    // A bare rule set is a sweep.
    const evaluation = planItem(makeItem({ labels: [] }), {}, rules, NOW);
    expect(evaluation).toMatchObject({ plan: { rules: [{ rule: 'always' }] } });
  });

  test('an event runs rules without `on` and those naming the event, with or without its action', () => {
    expect(ids({ name: 'issues', action: 'opened' })).toEqual(['always', 'welcome']);
    expect(ids({ name: 'issues', action: 'labeled' })).toEqual(['always', 'manual']);
    expect(ids({ name: 'issues', action: 'closed' })).toEqual(['always']);
    expect(ids({ name: 'pull_request', action: 'synchronize' })).toEqual(['always', 'any-pr']);
    expect(ids({ name: 'pull_request_target', action: 'opened' })).toEqual(['always', 'any-pr']);
    expect(ids({ name: 'schedule' })).toEqual(['always', 'nightly']);
    expect(ids({ name: 'issue_comment', action: 'created' })).toEqual(['always']);
  });

  test('selections are compiled once per trigger, and carry their own facts', () => {
    expect(rulesFor(rules, { name: 'issues', action: 'opened' })).toBe(
      rulesFor(rulesFor(rules, 'sweep'), { name: 'issues', action: 'opened' }),
    );
    const withFacts = ruleSet(always, on(rule('pr-docs', [docsOnly]), 'pull_request'));
    expect(factsNeeded(withFacts)).toEqual([]);
    expect(factsNeeded(rulesFor(withFacts, { name: 'pull_request', action: 'opened' }))).toEqual(['files']);
  });

  test('planItem and evaluateChecks evaluate only the selected rules', () => {
    const set = ruleSet(welcome, on(needsType, 'pull_request'));
    const pr = makeItem({ type: 'pull_request', labels: [] });
    const opened = rulesFor(set, { name: 'pull_request', action: 'opened' });
    expect(planItem(pr, {}, opened, NOW)).toMatchObject({ plan: { rules: [{ rule: 'needs-type' }] } });
    expect(evaluateChecks(pr, {}, opened, NOW)).toMatchObject({ results: [{ rule: 'needs-type' }] });
    expect(evaluateChecks(pr, {}, set, NOW)).toEqual({ kind: 'checks', results: [] });
    const facts: ItemFacts = {};
    expect(planItem(pr, facts, rulesFor(set, { name: 'issues', action: 'opened' }), NOW)).toMatchObject({
      plan: { rules: [{ rule: 'welcome' }] },
    });
  });
});
