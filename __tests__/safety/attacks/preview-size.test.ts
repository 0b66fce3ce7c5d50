/**
 * Attack 6: the pull request's author makes the rules and tests files as large as they like. GitHub
 * refuses a comment over 65,536 characters and a step summary over 1 MiB, caps a job's outputs at
 * 1 MB and shows few annotations: the preview must stay within each, and count what it left out.
 */
import { APIS, Attack, PULL } from './harness.js';

const COMMENT_MAX = 65_536;
const SUMMARY_MAX = 900 * 1024;
const OUTPUTS_MAX = 900_000;

/** A valid rules file of `n` rules, about 124 bytes each. */
function manyRules(n: number): string {
  const rules = Array.from(
    { length: n },
    (_, i) =>
      `  - id: rule-${i}\n    when: { type: issue, labels: { none: [stale-${i}-padding-padding] } }\n    then: [{ label: stale }]\n`,
  );
  return `version: 1\nrules:\n${rules.join('')}`;
}

/** A rules file with `n` unknown keys on its one rule. */
function unknownKeys(n: number): string {
  const keys = Array.from({ length: n }, (_, i) => `    unknown-key-number-${i}-with-some-length: ${i}\n`);
  return `version: 1\nrules:\n  - id: a\n    when: { type: issue }\n    then: [{ label: x }]\n${keys.join('')}`;
}

/** `n` policy tests that all fail, with long names. */
function failingTests(n: number): string {
  const tests = Array.from(
    { length: n },
    (_, i) =>
      `  - name: test ${i} ${'with a long name '.repeat(10)}\n    item: { type: issue }\n    expect: { rule-0: false }\n`,
  );
  return `version: 1\nnow: 2026-06-01T00:00:00Z\ntests:\n${tests.join('')}`;
}

const attack = new Attack();
afterEach(() => attack.stop());

/** Annotations at a position in a file (the "N more" one and the step's failure have none). */
function annotations(stdout: string): number {
  return stdout.split('\n').filter((l) => /^::error [^:]*file=/.test(l)).length;
}

describe.each(APIS)('an oversized pull request, over %s', (api) => {
  beforeEach(async () => {
    await attack.start();
    for (let n = 1; n <= 5; n++) attack.repo.addIssue({ number: 10 + n, title: `Issue ${n}` });
  });

  it('7,671 rules (950 KB): the comment, summary and outputs stay within GitHub limits', async () => {
    const rules = manyRules(7_671);
    expect(rules.length).toBeGreaterThan(900_000);
    attack.pullRequest({ '.github/sift.yml': rules });
    const run = await attack.preview({ api });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const comment = attack.previewComment();
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_MAX);
    // The 7,671 new rules and the base's removed one are rows the table cannot hold: the rest is counted.
    const shown = (comment.match(/^\| `[a-z0-9-]+`/gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(comment).toContain(`and ${7_672 - shown} more rules not in the table.`);
    const outputs = Object.entries(run.outputs).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);
    expect(outputs).toBeLessThanOrEqual(OUTPUTS_MAX);
    const preview = JSON.parse(run.outputs.preview) as unknown[];
    expect(preview.length + Number(run.outputs['preview-omitted'])).toBe(7_672);
    expect(attack.repo.require(PULL).commentList).toHaveLength(1);
  });

  it('5,000 unknown keys: 50 annotations and one saying how many more, every problem in the log, counts in the comment', async () => {
    attack.pullRequest({ '.github/sift.yml': unknownKeys(5_000) });
    const run = await attack.preview({ api });
    expect(run.code).toBe(1);
    const comment = attack.previewComment();
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(annotations(run.stdout)).toBe(50);
    expect(run.stdout).toContain('::error::4950 more problems are not annotated');
    for (const n of [0, 49, 50, 4_999])
      expect(run.stdout).toContain(`unknown-key-number-${n}-with-some-length`);
    const listed = (comment.match(/unknown-key-number-\d+/g) ?? []).length;
    expect(listed).toBeGreaterThan(0);
    expect(comment).toContain(`and ${5_000 - listed} more problems`);
  });

  it('3,000 failing tests: the comment counts what it does not list', async () => {
    attack.pullRequest({ '.github/sift.yml': manyRules(3), '.github/sift.test.yml': failingTests(3_000) });
    const run = await attack.preview({ api });
    expect(run.code).toBe(1);
    const comment = attack.previewComment();
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(annotations(run.stdout)).toBe(50);
    expect(run.stdout).toContain('::error::2950 more failed tests are not annotated');
    const listed = (comment.match(/^- :x: /gm) ?? []).length;
    expect(comment).toContain(`and ${3_000 - listed} more failed tests`);
    expect(comment).toContain('0 passed, 3000 failed');
  });
});
