/**
 * Attack 5: rule ids and labels that are Object.prototype's property names. With a budget that defers
 * work, the `deferred` output once read `{"toString":"function toString() { [native code] }11111"}`.
 * Counts keyed by a rule id or a label are kept where no inherited property can answer.
 */
import { APIS, Attack } from './harness.js';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const RULES = `version: 1
rules:
${NAMES.map(
  (id) => `  - id: ${id}
    when: { type: issue, labels: { none: ['${id}'] } }
    then: [{ label: ['${id}', '__proto__'] }]
`,
).join('')}`;

const attack = new Attack();
afterEach(() => attack.stop());

describe.each(APIS)('rule ids and labels named like Object properties, over %s', (api) => {
  it('a budget that defers work counts every rule as a number, and labels them all', async () => {
    await attack.start();
    for (let i = 0; i < 4; i++) attack.repo.addIssue({ title: `issue ${i}`, labels: ['__proto__'] });
    const run = await attack.action(
      { api, 'max-operations': '5', 'max-change-ratio': '1' },
      { GITHUB_EVENT_NAME: 'schedule' },
      { '.github/sift.yml': RULES },
    );
    expect(run.stderr).toBe('');
    const deferred = JSON.parse(run.outputs.deferred) as { items: number; rules: Record<string, unknown> };
    expect(deferred.items).toBeGreaterThan(0);
    for (const [rule, n] of Object.entries(deferred.rules)) {
      expect([rule, typeof n]).toEqual([rule, 'number']);
      expect(NAMES).toContain(rule);
    }
    expect(Object.values(deferred.rules).reduce((a, b) => (a as number) + (b as number), 0)).toBeGreaterThan(
      0,
    );
    expect(run.summary).not.toMatch(/function|\[native code\]|\[object Object\]/);
    // What was applied is what the rules say: the `__proto__` label kept as a label.
    const labelled = attack.repo.issues.filter((i) => i.labels.length > 1);
    expect(labelled.length).toBeGreaterThan(0);
    for (const issue of labelled) expect(issue.labels).toContain('__proto__');
  });
});
