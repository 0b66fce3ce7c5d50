/**
 * Policy tests run through the engine that triages: what a maintainer expects of `sift test` when a
 * rule does, or does not, do what its test says.
 */
import { parseRules } from '../../src/config/index.js';
import { parsePolicyTests, runPolicyTests, type PolicyTestReport } from '../../src/policy-tests/index.js';
import { renderTestsText } from '../../src/report/policy-tests.js';

const RULES = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 60d, labels: { none: [stale] } }
    then:
      - label: stale
      - comment: 'No activity for {{inactive_days}} days.'
  - id: close-stale
    when: { labels: { all: [stale] }, labeled: { stale: 7d } }
    then:
      - close: not_planned
  - id: docs
    when: { type: pull_request, files: { any: ['docs/**'] } }
    then:
      - label: documentation
  - id: welcome
    on: issues.opened
    when: { author-association: FIRST_TIME_CONTRIBUTOR }
    then:
      - comment: 'Welcome, @{{author}}!'
  - id: needs-type
    when: { type: pull_request }
    check:
      message: A pull request needs a type/* label.
      require: { labels: { any: ['type/*'] } }
`;
const rules = parseRules(RULES, 'sift.yml');

function run(tests: string): PolicyTestReport {
  const file = parsePolicyTests(
    `version: 1\nnow: 2026-06-01T00:00:00Z\ntests:\n${tests}`,
    'sift.test.yml',
    rules,
  );
  return runPolicyTests(rules, file);
}

describe('sift test', () => {
  it('passes when the rules do exactly what the test says, comment text rendered from the template', () => {
    const report = run(`
  - name: quiet issue
    item: { created: 200d ago, updated: 90d ago }
    expect:
      mark-stale:
        - label: stale
        - comment: No activity for 90 days.
      close-stale: false
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([true]);
    expect(report.outcomes[0].rules.map((r) => r.actual.length)).toEqual([2, 0]);
  });

  it('fails when a rule fires that should not, and when the changes differ', () => {
    const report = run(`
  - name: wrong days in the comment
    item: { created: 200d ago, updated: 90d ago }
    expect:
      mark-stale:
        - label: stale
        - comment: /No activity for 60 days/
  - name: fresh issue said to be stale
    item: { created: 10d ago }
    expect:
      mark-stale: true
  - name: stale issue said to be left alone
    item: { created: 200d ago, updated: 90d ago }
    expect:
      mark-stale: false
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([false, false, false]);
    // The label matched; only the comment did not. Both are reported, with what the rule really did.
    const text = renderTestsText(report);
    expect(text).toMatch(/FAILED {2}wrong days in the comment {2}\(sift\.test\.yml:5:5\)/);
    expect(text).toMatch(
      /x {3}mark-stale +label: stale +label: stale\n +comment: \/No activity for 60 days\/ +comment: "No activity for 90 days\."/,
    );
    expect(text).toContain('0 passed, 3 failed');
  });

  it('labels compare as sets ignoring case, close without a reason accepts either reason', () => {
    const report = run(`
  - name: closes a week after stale
    item:
      labels: [Stale]
      created: 200d ago
      events:
        - { event: labeled, label: Stale, actor: 'sift[bot]', at: 8d ago }
    expect:
      close-stale:
        - close: true
  - name: reason must match when given
    item:
      labels: [stale]
      created: 200d ago
      events:
        - { event: labeled, label: stale, actor: 'sift[bot]', at: 8d ago }
    expect:
      close-stale:
        - close: completed
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([true, false]);
  });

  it('a rule that needs a fact the fixture lacks fails the test and says what to add', () => {
    const report = run(`
  - name: docs pull request without its files
    item: { type: pull_request, labels: [type/docs] }
    expect:
      docs: false
`);
    const [outcome] = report.outcomes;
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toBe(
      'cannot decide this test: the rules (docs) need the changed files of the pull request: add `files:` to the item',
    );
    // With the files given, the same rule decides.
    const given = run(`
  - name: docs pull request
    item: { type: pull_request, labels: [type/docs], files: [docs/a.md] }
    expect:
      docs: [{ label: documentation }]
`);
    expect(given.outcomes[0].passed).toBe(true);
  });

  it('an event rule runs only in a test with its event, and a failure says so', () => {
    const report = run(`
  - name: welcome in a sweep
    item: { author-association: FIRST_TIME_CONTRIBUTOR }
    expect:
      welcome: true
  - name: welcome on opened
    event: issues.opened
    item: { author: zoe, author-association: FIRST_TIME_CONTRIBUTOR }
    expect:
      welcome: [{ comment: 'Welcome, @zoe!' }]
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([false, true]);
    expect(report.outcomes[0].rules[0].note).toBe(
      "it does not run in a sweep (on: issues.opened); set the test's `event`",
    );
  });

  it('check rules report passed, failed or skipped', () => {
    const report = run(`
  - name: typed pull request passes
    item: { type: pull_request, labels: [type/bug], files: [] }
    expect:
      needs-type: passed
  - name: untyped pull request fails
    item: { type: pull_request, files: [] }
    expect:
      needs-type: failed
  - name: issues are not checked
    item: { }
    expect:
      needs-type: skipped
  - name: wrong status
    item: { type: pull_request, files: [] }
    expect:
      needs-type: passed
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([true, true, true, false]);
    expect(renderTestsText(report)).toMatch(/x {3}needs-type +check passed +check failed/);
  });

  it('the human-activity clock sees the fixture: a bot comment is not activity, a human one is', () => {
    const report = run(`
  - name: bot only
    item:
      created: 100d ago
      comments: [{ author: 'ci[bot]', at: 1d ago, body: build passed }]
    expect: { mark-stale: true }
  - name: a person answered
    item:
      created: 100d ago
      comments: [{ author: carol, at: 1d ago, body: still broken }]
    expect: { mark-stale: false }
`);
    expect(report.outcomes.map((o) => o.passed)).toEqual([true, true]);
  });
});
