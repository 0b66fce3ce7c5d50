/** `sift test` fixtures with GitHub issue types (the item's `issue-type`, the action expected) and delete-branch. */
import { ConfigError, parseRules } from '../../src/config/index.js';
import { parsePolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';
import { renderTestsText } from '../../src/report/policy-tests.js';

const rules = parseRules(
  `version: 1
rules:
  - id: classify
    when: { type: issue, issue-type: none, title: '/crash/i' }
    then:
      - issue-type: Bug
  - id: stale-tasks
    when: { issue-type: Task, inactive: 30d }
    then:
      - label: stale
`,
  'sift.yml',
);

const run = (tests: string) =>
  runPolicyTests(
    rules,
    parsePolicyTests(`version: 1\nnow: 2026-06-01T00:00:00Z\ntests:\n${tests}`, 'sift.test.yml', rules),
  );

it('an item without issue-type has none; the set type is expected by name, any case', () => {
  const report = run(`
  - name: untyped crash
    item: { title: Crash on save, created: 2d ago }
    expect:
      classify:
        - issue-type: bug
      stale-tasks: false
  - name: already a bug
    item: { title: Crash on load, issue-type: Bug, created: 2d ago }
    expect:
      classify: false
  - name: idle task
    item: { title: Docs, issue-type: task, created: 90d ago }
    expect:
      stale-tasks:
        - label: stale
  - name: a wrong expectation fails
    item: { title: Crash, created: 2d ago }
    expect:
      classify:
        - issue-type: Feature
`);
  expect(report.outcomes.map((o) => [o.test.name, o.passed])).toEqual([
    ['untyped crash', true],
    ['already a bug', true],
    ['idle task', true],
    ['a wrong expectation fails', false],
  ]);
  expect(renderTestsText(report)).toContain('issue-type: Bug');
});

it('a pull request with an issue type is a mistake in the fixture, at its position', () => {
  const error = (() => {
    try {
      run(`
  - name: typed pull request
    item: { type: pull_request, issue-type: Bug }
    expect:
      classify: false
`);
    } catch (e) {
      return e;
    }
    return null;
  })();
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).toBe(
    'sift.test.yml:6:45: pull requests have no issue type; remove it or set `type: issue`',
  );
});

it('delete-branch is expected as in `then`, after the close it follows', () => {
  const branchRules = parseRules(
    `version: 1
rules:
  - id: close-abandoned
    when: { type: pull_request, labels: { all: [abandoned] } }
    then:
      - close: not_planned
      - delete-branch: true
`,
    'sift.yml',
  );
  const report = runPolicyTests(
    branchRules,
    parsePolicyTests(
      `version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: abandoned pull request
    item: { type: pull_request, labels: [abandoned] }
    expect:
      close-abandoned:
        - close: not_planned
        - delete-branch: true
  - name: an abandoned issue has no branch
    item: { labels: [abandoned] }
    expect:
      close-abandoned: false
`,
      'sift.test.yml',
      branchRules,
    ),
  );
  expect(report.outcomes.map((o) => o.passed)).toEqual([true, true]);
});
