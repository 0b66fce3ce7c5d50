/**
 * The tests file itself: every problem at its line and column, with "did you mean"; and the shipped
 * examples, each rules file with its tests file beside it, all passing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { ConfigError, loadRules, parseRules } from '../../src/config/index.js';
import { loadPolicyTests, parsePolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';
import { TESTS_SCHEMA } from '../../src/policy-tests/schema.js';

const rules = parseRules(
  `version: 1
rules:
  - id: mark-stale
    when: { inactive: 60d }
    then: [{ label: stale }]
  - id: close-stale
    when: { labeled: { stale: 7d } }
    then: [{ close: not_planned }]
`,
  'sift.yml',
);

function problems(text: string): string[] {
  try {
    parsePolicyTests(text, 't.yml', rules, Date.parse('2026-06-01T00:00:00Z'));
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('a bad tests file', () => {
  it('reports unknown rule ids, unknown keys and bad dates at once, each where it is', () => {
    expect(
      problems(`version: 1
tests:
  - name: typos
    item:
      titel: Crash
      created: 90 days ago
      updated: tomorrow
    expect:
      mark-stal: true
      close-stale: maybe
`),
    ).toEqual([
      't.yml:5:7: unknown key "titel" in the item; did you mean "title"?',
      't.yml:6:16: invalid date "90 days ago"; did you mean "90d ago"?',
      't.yml:7:16: invalid date "tomorrow": write an ISO 8601 date (2026-05-01), a date and time with a zone (2026-05-01T12:00:00Z), or a time before `now` such as 90d ago',
      't.yml:9:7: unknown rule id "mark-stal"; did you mean "mark-stale"? (rules in sift.yml: mark-stale, close-stale)',
      't.yml:10:20: the expectation of rule "close-stale" must be true (the rule changes the item), false (it does not), a list of its changes, or passed, failed or skipped for a check rule, not "maybe"',
    ]);
  });

  it('refuses dates after now, a time without a zone, a status for a rule that is no check, a missing key', () => {
    expect(
      problems(`version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: future
    item:
      created: 2026-07-01
      comments: [{ author: a, at: '2026-05-01T10:00:00' }]
    expect: { mark-stale: failed }
  - item: {}
    expect: { mark-stale: true }
`),
    ).toEqual([
      't.yml:6:16: date "2026-07-01" is after `now` (2026-06-01T00:00:00.000Z): nothing in a test can happen later',
      't.yml:7:35: invalid date "2026-05-01T10:00:00": write an ISO 8601 date (2026-05-01), a date and time with a zone (2026-05-01T12:00:00Z), or a time before `now` such as 90d ago',
      't.yml:8:27: rule "mark-stale" is not a check: expect true, false or the list of its changes, not "failed"',
      't.yml:9:5: missing required key "name" in a test',
    ]);
  });

  it('an "updated" older than a comment is impossible on a forge, and said so', () => {
    expect(
      problems(`version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: a comment after the last update
    item:
      created: 30d ago
      updated: 20d ago
      comments: [{ author: carol, at: 10d ago }]
    expect: { mark-stale: false }
`),
    ).toEqual([
      't.yml:7:16: "updated" is before the item\'s newest comment or event (2026-05-22T00:00:00.000Z), which would have moved it',
    ]);
  });

  it('an empty file and a missing file say what to do', async () => {
    expect(problems('')).toEqual([
      't.yml:1:1: the tests file is empty: add `version: 1` and a `tests:` list',
    ]);
    await expect(loadPolicyTests('/nonexistent/sift.test.yml', rules)).rejects.toThrow(
      '/nonexistent/sift.test.yml: tests file not found; set its path with the `tests` input (GitHub Action) or `--tests` (CLI)',
    );
  });
});

describe('schema/sift-test.schema.json', () => {
  it('is a valid draft-07 schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    expect(ajv.validateSchema(TESTS_SCHEMA)).toBe(true);
    expect(() => ajv.compile(TESTS_SCHEMA)).not.toThrow();
  });

  it('every property and definition has a title and a description, for editors', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string, named: boolean) => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      const schema = node as Record<string, unknown>;
      if (named && (typeof schema.title !== 'string' || typeof schema.description !== 'string'))
        undocumented.push(path);
      for (const key of ['properties', 'definitions']) {
        for (const [name, child] of Object.entries((schema[key] as object | undefined) ?? {}))
          visit(child, `${path}/${key}/${name}`, true);
      }
    };
    visit(TESTS_SCHEMA, '#', true);
    expect(undocumented).toEqual([]);
  });
});

describe('the shipped examples', () => {
  // Workflow files (a top-level `jobs:`, e.g. org-sweep.yml) are not rules files.
  const examples = readdirSync('examples').filter(
    (f) =>
      f.endsWith('.yml') &&
      !f.endsWith('.test.yml') &&
      !/^jobs:/m.test(readFileSync(`examples/${f}`, 'utf8')),
  );

  it('every example rules file has a tests file beside it', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.filter((f) => !existsSync(`examples/${f.replace(/\.yml$/, '.test.yml')}`))).toEqual([]);
  });

  it.each(examples)('examples/%s passes its tests', async (name) => {
    const exampleRules = await loadRules(`examples/${name}`);
    const testsPath = `examples/${name.replace(/\.yml$/, '.test.yml')}`;
    const report = runPolicyTests(exampleRules, await loadPolicyTests(testsPath, exampleRules));
    expect(report.outcomes.length).toBe(
      (readFileSync(testsPath, 'utf8').match(/^ {2}- name:/gm) ?? []).length,
    );
    expect(report.outcomes.filter((o) => !o.passed).map((o) => o.test.name)).toEqual([]);
  });
});

describe("docs/policy-tests.md's tests file", () => {
  it('is valid and passes against examples/stale.yml', async () => {
    const page = readFileSync('docs/policy-tests.md', 'utf8');
    const section = page.slice(page.indexOf('## Test your rules'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const stale = await loadRules('examples/stale.yml');
    const report = runPolicyTests(stale, parsePolicyTests(yaml, 'docs/policy-tests.md', stale));
    expect(report.outcomes.map((o) => [o.test.name, o.passed])).toEqual([
      ['a quiet bug report is warned', true],
    ]);
  });
});
