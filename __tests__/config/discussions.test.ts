/**
 * Rules about discussions (`type: discussion`) in the rules file: what they may use, what only they
 * may use, and which providers can run them, each problem reported where the user has to edit.
 */
import { readFileSync } from 'node:fs';
import { checkCapabilities, ConfigError, parseRules } from '../../src/config/index.js';
import { selectsDiscussions } from '../../src/model/rules.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';

function problems(text: string): string[] {
  try {
    parseRules(text, 'sift.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the rules file loaded without a problem');
}

describe('a rule about discussions', () => {
  test('compiles with every condition a discussion has, and close: true means resolved', () => {
    const rules = parseRules(
      `version: 1
rules:
  - id: tidy
    when:
      type: discussion
      state: all
      category: ['Q&A', 'Ideas*']
      answered: false
      labels: { none: [pinned] }
      author: 'octo*'
      author-association: [NONE, CONTRIBUTOR]
      title: '/help/i'
      body: 'crash'
      created: { older-than: 30d }
      updated: { older-than: 7d }
      inactive: 30d
      labeled: { stale: 7d }
      comments: { max: 3 }
      human-comments: 0
      reactions: { max: 2 }
      thumbs-up: 0
      locked: false
      not: { category: Announcements }
    then:
      - label: stale
      - unlabel: waiting
      - comment: 'Quiet for {{inactive_days}} days: {{type}} #{{number}}'
      - close: true
      - lock: resolved
`,
      'sift.yml',
    );
    const [rule] = rules.rules;
    expect(selectsDiscussions(rule)).toBe(true);
    expect(rule.when).toContainEqual({ kind: 'category', value: ['Q&A', 'Ideas*'] });
    expect(rule.when).toContainEqual({ kind: 'answered', value: false });
    expect(rule.then).toContainEqual({ kind: 'close', reason: 'resolved' });
  });

  test.each(['resolved', 'outdated', 'duplicate'])('closes as %s', (reason) => {
    const rules = parseRules(
      `version: 1\nrules:\n  - id: c\n    when: { type: discussion }\n    then:\n      - close: ${reason}\n`,
      'sift.yml',
    );
    expect(rules.rules[0].then).toEqual([{ kind: 'close', reason }]);
  });

  test('a rule without type: discussion keeps close: true = completed and does not select discussions', () => {
    const rules = parseRules(
      'version: 1\nrules:\n  - id: c\n    when: { labels: { all: [stale] } }\n    then:\n      - close: true\n',
      'sift.yml',
    );
    expect(selectsDiscussions(rules.rules[0])).toBe(false);
    expect(rules.rules[0].then).toEqual([{ kind: 'close', reason: 'completed' }]);
  });

  test('conditions and actions a discussion does not have are errors at their key', () => {
    expect(
      problems(`version: 1
rules:
  - id: d
    when:
      type: discussion
      assignees: none
      milestone: none
      draft: false
      active-after-label: stale
      files: { any: ['*.md'] }
      linked: false
      issue-type: Bug
    then:
      - assign: alice
      - milestone: v1
      - request-review: bob
      - unassign: carol
      - close: not_planned
      - issue-type: Bug
`),
    ).toEqual([
      'sift.yml:6:7: rule "d" is about discussions (type: discussion) and uses the condition "assignees": discussions have no assignees',
      'sift.yml:7:7: rule "d" is about discussions (type: discussion) and uses the condition "milestone": discussions have no milestone',
      'sift.yml:8:7: rule "d" is about discussions (type: discussion) and uses the condition "draft": discussions are never drafts',
      'sift.yml:9:7: rule "d" is about discussions (type: discussion) and uses the condition "active-after-label": GitHub keeps no label history for discussions, so no activity can be dated after a label; use `not: { inactive: ... }` to see that someone was active recently',
      'sift.yml:10:7: rule "d" is about discussions (type: discussion) and uses the condition "files": discussions have no changed files',
      'sift.yml:11:7: rule "d" is about discussions (type: discussion) and uses the condition "linked": discussions have no linked pull requests',
      'sift.yml:12:7: rule "d" is about discussions (type: discussion) and uses the condition "issue-type": discussions have no issue type',
      'sift.yml:14:9: rule "d" is about discussions (type: discussion) and uses the action "assign": discussions have no assignees',
      'sift.yml:15:9: rule "d" is about discussions (type: discussion) and uses the action "milestone": discussions have no milestone',
      'sift.yml:16:9: rule "d" is about discussions (type: discussion) and uses the action "request-review": only pull requests have reviewers',
      'sift.yml:17:9: rule "d" is about discussions (type: discussion) and uses the action "unassign": discussions have no assignees',
      'sift.yml:18:16: rule "d" closes discussions as "not_planned", an issue\'s close reason; close a discussion as resolved, outdated, duplicate (or true: resolved)',
      'sift.yml:19:9: rule "d" is about discussions (type: discussion) and uses the action "issue-type": discussions have no issue type',
    ]);
  });

  test('nested conditions are checked too, inside any/all/not and a check', () => {
    expect(
      problems(`version: 1
rules:
  - id: d
    when:
      type: discussion
      any:
        - not: { assignees: any }
        - answered: true
    check:
      message: needs a label
      require: { milestone: any }
`),
    ).toEqual([
      'sift.yml:7:18: rule "d" is about discussions (type: discussion) and uses the condition "assignees": discussions have no assignees',
      'sift.yml:11:18: rule "d" is about discussions (type: discussion) and uses the condition "milestone": discussions have no milestone',
    ]);
  });
});

describe('a rule not about discussions', () => {
  test('category, answered and discussion close reasons say to add type: discussion', () => {
    expect(
      problems(`version: 1
rules:
  - id: i
    when:
      category: Q&A
      not: { answered: true }
    then:
      - close: outdated
`),
    ).toEqual([
      'sift.yml:5:7: rule "i" uses the condition "category", which only discussions have; add `type: discussion` to the rule\'s `when`',
      'sift.yml:6:14: rule "i" uses the condition "answered", which only discussions have; add `type: discussion` to the rule\'s `when`',
      'sift.yml:8:16: rule "i" closes as "outdated", a discussion\'s close reason; close issues and pull requests as completed or not_planned, or add `type: discussion` to a rule about discussions',
    ]);
  });

  test('type: discussion anywhere but the top of when is an error', () => {
    expect(
      problems(`version: 1
rules:
  - id: mixed
    when:
      any:
        - type: discussion
        - type: issue
    then:
      - label: x
`),
    ).toEqual([
      'sift.yml:6:11: rule "mixed": `type: discussion` selects discussions only at the top level of `when`; a rule is about discussions or about issues and pull requests, not both',
    ]);
  });

  test('an unknown type still gets the schema message, now listing discussion', () => {
    const [message] = problems(
      'version: 1\nrules:\n  - id: t\n    when: { type: discusion }\n    then: [{ label: x }]\n',
    );
    expect(message).toMatch(/^sift\.yml:4:19: .*discussion/);
  });
});

describe('providers that cannot read discussions', () => {
  const rules = parseRules(
    `version: 1
rules:
  - id: issues
    when: { type: issue }
    then: [{ label: x }]
  - id: questions
    when: { type: discussion, answered: true }
    then: [{ close: resolved }]
`,
    'sift.yml',
  );
  const options = { token: 't', repository: 'octo/repo' };

  test('GitHub REST: a config error naming the rule, the provider and what to do, at the rule', () => {
    const rest = createGitHubRestProvider(options);
    expect(
      checkCapabilities(rules, rest.capabilities).map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`),
    ).toEqual([
      'sift.yml:6:5: rule "questions" selects discussions (type: discussion), which the github-rest provider cannot read; GitHub\'s REST API has no discussions: use the GraphQL API (`api: graphql`, the default)',
    ]);
  });

  test('GitLab: the same, at the rule', () => {
    const gitlab = createGitLabProvider({ token: 't', project: 'group/project' });
    const messages = checkCapabilities(rules, gitlab.capabilities).map(
      (p) => `${p.line}:${p.col}: ${p.message}`,
    );
    expect(messages).toContain(
      '6:5: rule "questions" selects discussions (type: discussion), which the gitlab provider cannot read; discussions are a GitHub feature, read through its GraphQL API',
    );
  });

  test('GitHub GraphQL runs them', () => {
    const graphql = createGitHubGraphqlProvider(options);
    expect(checkCapabilities(rules, graphql.capabilities)).toEqual([]);
  });

  test('the example rules file loads and runs on GraphQL only', () => {
    const example = parseRules(readFileSync('examples/discussions.yml', 'utf8'), 'examples/discussions.yml');
    expect(example.rules.filter(selectsDiscussions).length).toBeGreaterThanOrEqual(4);
    expect(checkCapabilities(example, createGitHubGraphqlProvider(options).capabilities)).toEqual([]);
    expect(checkCapabilities(example, createGitHubRestProvider(options).capabilities).length).toBe(
      example.rules.filter(selectsDiscussions).length,
    );
  });
});
