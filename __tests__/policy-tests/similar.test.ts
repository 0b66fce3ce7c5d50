/**
 * `sift test` with `similar`: the test pins the similar items, so a duplicates policy is tested without
 * a model; a rule that needs them when the test lacks them fails saying what to add.
 */
import { parseRules } from '../../src/config/index.js';
import { parsePolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';

const rules = parseRules(
  `version: 1
models: {}
rules:
  - id: possible-duplicate
    when:
      type: issue
      similar: { min: 0.9, limit: 2 }
    then:
      - label: possible-duplicate
      - comment: 'May duplicate {{similar}}; best {{similar_top}}.'
`,
  'sift.yml',
);

function run(tests: string) {
  const file = parsePolicyTests(
    `version: 1\nnow: 2026-06-01T00:00:00Z\ntests:\n${tests}`,
    'sift.test.yml',
    rules,
  );
  return runPolicyTests(rules, file);
}

test('pinned candidates: those at or above min, best first, up to limit, as links with scores', () => {
  const report = run(`
  - name: three candidates
    item: { number: 40, title: Crash on save }
    similar: [{ number: 12, score: 0.91 }, { number: 30, score: 0.97 }, { number: 7, score: 0.93 }, { number: 3, score: 0.5 }]
    expect:
      possible-duplicate:
        - label: possible-duplicate
        - comment: '/May duplicate \\[#30\\]\\(\\S+/issues/30\\) \\(0\\.97\\), \\[#7\\]\\(\\S+/issues/7\\) \\(0\\.93\\); best #30\\./'
  - name: none close enough
    item: { number: 41 }
    similar: [{ number: 3, score: 0.5 }]
    expect:
      possible-duplicate: false
  - name: no answer (failed) is no change
    item: { number: 42 }
    similar: { failed: true }
    expect:
      possible-duplicate: false
`);
  expect(report.outcomes.map((o) => [o.passed, o.error, o.rules.map((r) => r.actual)])).toEqual([
    [true, undefined, expect.anything()],
    [true, undefined, expect.anything()],
    [true, undefined, expect.anything()],
  ]);
});

test('a test without similar items fails saying what to add', () => {
  const report = run(`
  - name: forgot the candidates
    item: { number: 40 }
    expect:
      possible-duplicate: true
`);
  expect(report.outcomes[0].passed).toBe(false);
  expect(report.outcomes[0].error).toBe(
    'cannot decide this test: the rules (possible-duplicate) need the similar items: add `similar: [{ number: 12, score: 0.95 }]` to the test (`similar: []` when there are none)',
  );
});
