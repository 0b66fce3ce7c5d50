/**
 * `sift test` fixtures for discussions: a `type: discussion` item with its category and answer, checked
 * against rules about discussions; fields a discussion (or an issue) does not have are errors at their key.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, parseRules } from '../../src/config/index.js';
import { parsePolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';

const rules = parseRules(readFileSync('examples/discussions.yml', 'utf8'), 'examples/discussions.yml');

function parse(tests: string) {
  return parsePolicyTests(`version: 1\nnow: 2026-06-01T00:00:00Z\ntests:\n${tests}`, 'sift.test.yml', rules);
}

function problems(tests: string): string[] {
  try {
    parse(tests);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the tests file loaded without a problem');
}

describe('sift test with discussions', () => {
  it('builds a discussion item (category, answer, link) and runs only the rules about discussions on it', () => {
    const file = parse(`
  - name: answered
    item: { type: discussion, number: 12, category: Q&A, answered: true, created: 30d ago }
    expect:
      close-answered:
        - comment: /no activity for 30 days/
        - close: resolved
      needs-triage: false
`);
    expect(file.tests[0].item).toMatchObject({
      type: 'discussion',
      number: 12,
      url: 'https://github.com/sift/tests/discussions/12',
      discussion: { category: 'Q&A', answered: true },
    });
    const report = runPolicyTests(rules, file);
    expect(report.outcomes.map((o) => o.passed)).toEqual([true]);
  });

  it('a wrong close reason fails the test', () => {
    const report = runPolicyTests(
      rules,
      parse(`
  - name: answered
    item: { type: discussion, category: Q&A, answered: true, created: 30d ago }
    expect:
      close-answered:
        - comment: /no activity/
        - close: duplicate
`),
    );
    expect(report.outcomes.map((o) => o.passed)).toEqual([false]);
  });

  it('category and answered belong to discussions; assignees, milestone, draft and linked do not', () => {
    expect(
      problems(`
  - name: x
    item: { type: issue, category: Q&A, answered: true }
    expect: { needs-triage: true }
  - name: y
    item: { type: discussion, assignees: [a], milestone: v1, draft: false }
    expect: { needs-triage: false }
`),
    ).toEqual([
      'sift.test.yml:6:36: "category" is a discussion\'s; add `type: discussion` or remove it',
      'sift.test.yml:6:51: "answered" is a discussion\'s; add `type: discussion` or remove it',
      'sift.test.yml:9:42: a discussion has no "assignees"; remove it',
      'sift.test.yml:9:58: a discussion has no "milestone"; remove it',
      'sift.test.yml:9:69: a discussion has no "draft"; remove it',
    ]);
  });
});
