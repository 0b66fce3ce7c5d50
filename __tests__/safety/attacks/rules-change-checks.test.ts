/**
 * Attack 8: with `mode: auto` on pull_request_target, a pull request that touches the rules file gets
 * the preview instead of the event's triage. Were that all, adding one blank line to the rules file (or
 * deleting the check) would skip the repository's required checks. The preview run also runs the base
 * branch's check rules on the pull request, so the step fails where a check run would.
 */
import { APIS, Attack, BASE_RULES, PULL, PULL_EVENT } from './harness.js';

const CHECKED_RULES = `${BASE_RULES}  - id: needs-type-label
    on: [pull_request_target]
    when: { type: pull_request }
    check:
      message: A pull request needs one type/* label.
      require: { labels: { any: ['type/*'] } }
    then:
      - label: needs-type
`;

/** The base's rules without the check: what a pull request that wants to skip it would propose. */
const WITHOUT_CHECK = BASE_RULES;

const attack = new Attack();
afterEach(() => attack.stop());

function labels(): string[] {
  return attack.repo.require(PULL).labels;
}

describe.each(APIS)('a pull request that edits the rules file, over %s', (api) => {
  beforeEach(() => attack.start());

  it.each([
    ['adds one blank line', `${CHECKED_RULES}\n`],
    ['deletes the check', WITHOUT_CHECK],
  ])('and %s still meets the base branch check, which fails the step', async (_, head) => {
    attack.pullRequest({ '.github/sift.yml': head }, { '.github/sift.yml': CHECKED_RULES });
    const run = await attack.preview({ api });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Sift check needs-type-label.*A pull request needs one type\/\* label\./,
    );
    expect(attack.previewComment()).toContain('Sift preview');
    // The check's own action, from the base's rules, as a check run would do it.
    expect(labels()).toContain('needs-type');
    expect(JSON.parse(run.outputs.checks)).toEqual([
      expect.objectContaining({ rule: 'needs-type-label', status: 'failed' }),
    ]);
    expect(run.outputs.preview).toBeDefined();
  });

  it('passes the step when the base check passes', async () => {
    attack.pullRequest({ '.github/sift.yml': `${CHECKED_RULES}\n` }, { '.github/sift.yml': CHECKED_RULES }, [
      'type/bug',
    ]);
    // The event's pull request carries its labels (the payload's `bug` renamed `type/bug`).
    const event = structuredClone(PULL_EVENT) as {
      pull_request: { labels: { name: string; url: string }[] };
    };
    for (const label of event.pull_request.labels) {
      label.name = 'type/bug';
      label.url = label.url.replace(/bug$/, 'type%2Fbug');
    }
    const run = await attack.preview({ api }, event);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.outputs.checks)).toEqual([
      expect.objectContaining({ rule: 'needs-type-label', status: 'passed' }),
    ]);
    expect(labels()).not.toContain('needs-type');
  });
});
