/**
 * Runs policy tests through the engine that triages (planItem and evaluateChecks, as the pipeline
 * calls them), with the fixture's facts in place of a provider's. A rule that needs a fact the fixture
 * does not give fails its test with what to add, rather than deciding on a silent false.
 */
import { projectChangeMatches, resolveTestProjects } from './project-fixtures.js';
import { evaluateChecks, planItem, rulesFor, type CompiledRules } from '../engine/index.js';
import type { FactName } from '../model/item.js';
import type { Change } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import type {
  CheckStatusName,
  Expected,
  ExpectedChange,
  PolicyTest,
  PolicyTestFile,
  PolicyTestReport,
  RuleOutcome,
  TestOutcome,
} from './types.js';

/** What to add to an item for each fact the engine may ask for. */
const FACT_ADVICE: Record<FactName, string> = {
  files: 'the changed files of the pull request: add `files:` to the item',
  branches: 'the base and head branches of the pull request: add `base:` and `head:` to the item',
  linked: 'the linked items: add `linked:` to the item (`linked: []` when there are none)',
  timeline: 'the item history: add `comments:` or `events:` to the item',
  associations: 'who is a maintainer: add `association:` to the comments and events of the item',
  reactions: 'who reacted when: add `reaction` events to the item',
  labelAppliedAt: 'when each label was applied: add `labeled` events to the item',
  recent: 'recent activity: add `comments:` or `events:` to the item',
  issueType: 'the issue type: add `issue-type:` to the item',
  pull: 'the pull request state: add `mergeable:`, `lines:`, `changed-files:`, `requested-reviewers:` or `pushed:` to the item',
  reviews: 'the reviews: add `reviews:` to the item (`reviews: []` when there are none)',
  checks: 'the checks of the head commit: add `checks:` to the item (`checks: []` when there are none)',
  commands: 'comments with commands: add `comments:` with `/name` lines to the item',
  repositoryLabels: "the repository's labels",
  unknownUsers: 'users',
  repositoryMilestones: "the repository's milestones",
  subIssues: 'the sub-issues: add `sub-issues:` to the item',
  parent: 'the parent issue: add `parent:` to the item',
  answers:
    "a model's answer: add `model: { RULE: { choice: ..., confidence: ... } }` to the item, RULE being the rule's id",
  ruleComments:
    "Sift's comment of the vetoed rule: add `sift-comments: { RULE: { posted: 3d ago, thumbs-down: 0, replies: [] } }` to the test (`sift-comments: {}` when Sift has commented nothing)",
  similar:
    'the similar items: add `similar: [{ number: 12, score: 0.95 }]` to the test (`similar: []` when there are none)',
  form: 'the issue form: add `form:` to the item (`form: none` for an issue written without one)',
  projects: 'the projects: add `projects:` to the item (`projects: []` for an item in none)',
};

export interface RunOptions {
  /**
   * Asked before each test: return an error to stop the run with it (a time limit; the tests file may be
   * a pull request's). Tests are synchronous, so no timer could interrupt them.
   */
  stop?: () => Error | null;
}

export function runPolicyTests(
  rules: RuleSet,
  tests: PolicyTestFile,
  options: RunOptions = {},
): PolicyTestReport {
  const outcomes: TestOutcome[] = [];
  // Problems were reported when the file was parsed (parsePolicyTests).
  const resolved = resolveTestProjects(rules, tests.projects).ruleSet;
  for (const test of tests.tests) {
    const stop = options.stop?.();
    if (stop) throw stop;
    outcomes.push(runTest(resolved, test, new Date(tests.now)));
  }
  return { rulesFile: rules.file, testsFile: tests.file, now: tests.now, outcomes };
}

export function runTest(rules: RuleSet, test: PolicyTest, now: Date): TestOutcome {
  const compiled = rulesFor(rules, test.trigger);
  const plan = planItem(test.item, test.facts, compiled, now);
  if (plan.kind === 'needs') return undecided(test, compiled, plan.facts);
  const checks = evaluateChecks(test.item, test.facts, compiled, now);
  if (checks.kind === 'needs') return undecided(test, compiled, checks.facts);
  // A command may run in several comments (`/label` twice): its expectation holds all their changes.
  const planned = new Map<string, Change[]>();
  for (const r of plan.plan?.rules ?? []) planned.set(r.rule, [...(planned.get(r.rule) ?? []), ...r.changes]);
  const statuses = new Map(checks.results.map((c) => [c.rule, c.status]));
  const outcomes = test.expect.map((expectation): RuleOutcome => {
    const actual = planned.get(expectation.rule) ?? [];
    const status = statuses.get(expectation.rule);
    const runs = compiled.rules.some((r) => r.rule.id === expectation.rule) || isCommandKey(expectation.rule);
    const passed = meets(expectation.expected, actual, status);
    const on = rules.rules.find((r) => r.id === expectation.rule)?.on;
    return {
      ...expectation,
      actual,
      ...(status ? { status } : {}),
      passed,
      ...(!passed && !runs
        ? { note: `it does not run in ${runName(test)} (on: ${on?.join(', ')}); set the test's \`event\`` }
        : {}),
    };
  });
  return { test, passed: outcomes.every((o) => o.passed), rules: outcomes };
}

function undecided(test: PolicyTest, compiled: CompiledRules, facts: FactName[]): TestOutcome {
  const lines = facts.map((fact) => {
    const users = compiled.rules
      .filter((r) => r.fires.facts.includes(fact) || r.actionFacts.includes(fact))
      .map((r) => r.rule.id);
    if (fact === 'answers') {
      const unpinned = users.filter((id) => test.facts.answers?.[id] === undefined);
      if (unpinned.length > 0) users.splice(0, users.length, ...unpinned);
      const pins = users.map((id) => `${id}: { choice: ..., confidence: ... }`).join(', ');
      return `the rules (${users.join(', ')}) need a model's answer: add \`model: { ${pins} }\` to the test`;
    }
    return `the rules (${users.join(', ')}) need ${FACT_ADVICE[fact]}`;
  });
  return {
    test,
    passed: false,
    rules: [],
    error: `cannot decide this test: ${lines.join('; ')}`,
  };
}

function meets(expected: Expected, actual: Change[], status: CheckStatusName | undefined): boolean {
  switch (expected.kind) {
    case 'fires':
      return actual.length > 0 === expected.value;
    case 'check':
      // A check rule that does not run for the test's event has no status: it is skipped.
      return (status ?? 'skipped') === expected.status;
    case 'changes':
      return (
        expected.changes.length === actual.length &&
        expected.changes.every((e, i) => changeMatches(e, actual[i]))
      );
  }
}

export function changeMatches(expected: ExpectedChange, actual: Change): boolean {
  if (expected.kind !== actual.kind) return false;
  switch (expected.kind) {
    case 'label':
    case 'unlabel':
      return sameNames(expected.labels, (actual as { labels: string[] }).labels);
    case 'assign':
    case 'unassign':
    case 'request-review':
      return sameNames(expected.logins, (actual as { logins: string[] }).logins);
    case 'comment': {
      const body = (actual as { body: string }).body;
      return expected.pattern ? expected.pattern.test(body) : expected.text === body;
    }
    case 'close':
      return expected.reason === null || expected.reason === (actual as { reason: string }).reason;
    case 'lock':
      return (
        expected.reason === undefined || expected.reason === (actual as { reason: string | null }).reason
      );
    case 'milestone':
      return expected.title === (actual as { title: string | null }).title;
    case 'issue-type': {
      // Names compare as GitHub compares them: in any case.
      const name = (actual as { name: string | null }).name;
      return expected.name === null || name === null
        ? expected.name === name
        : expected.name.toLowerCase() === name.toLowerCase();
    }
    case 'react':
      return expected.content === (actual as { content: string }).content;
    case 'project':
      return projectChangeMatches(expected, actual);
    case 'reopen':
    case 'unlock':
    case 'delete-branch':
      return true;
  }
}

/** Labels and logins compare as sets, ignoring case, as GitHub treats them. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const norm = (list: readonly string[]) => [...new Set(list.map((s) => s.toLowerCase()))].sort().join('\n');
  return norm(a) === norm(b);
}

function runName(test: PolicyTest): string {
  if (test.trigger === 'sweep') return 'a sweep';
  return `the event ${test.trigger.action ? `${test.trigger.name}.${test.trigger.action}` : test.trigger.name}`;
}

/** `/name` (a command's changes) and `commands` (Sift's answers) are expectation keys, not rule ids. */
function isCommandKey(key: string): boolean {
  return key === 'commands' || key.startsWith('/');
}
