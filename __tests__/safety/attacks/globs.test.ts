/**
 * Attack 1: a pull request's rules file writes globs that backtrack catastrophically, and its tests
 * file (or any issue's author) supplies the text. The preview finishes at once; a run that does take
 * too long stops at its time limit and fails the step, saying so.
 */
import { APIS, Attack } from './harness.js';

const EVIL = `${'*a'.repeat(14)}*b`;
const HEAD_RULES = `version: 1
rules:
  - id: evil-labels
    when: { labels: { any: ['${EVIL}'] } }
    then: [{ label: x }]
  - id: evil-author
    when: { author: '${EVIL}' }
    then: [{ label: y }]
`;
const HEAD_TESTS = `version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: a long label
    item: { labels: ['${'a'.repeat(60)}'], author: '${'a'.repeat(39)}' }
    expect: { evil-labels: false, evil-author: false }
`;

const attack = new Attack();
afterEach(() => attack.stop());

describe.each(APIS)('globs from a pull request, over %s', (api) => {
  it('14-star globs against a 60-character label and a 39-character login: the preview finishes and posts', async () => {
    await attack.start();
    attack.pullRequest({ '.github/sift.yml': HEAD_RULES, '.github/sift.test.yml': HEAD_TESTS });
    for (let i = 0; i < 5; i++) attack.repo.addIssue({ title: `issue ${i}`, user: 'a'.repeat(39) });
    const started = performance.now();
    const run = await attack.preview({ api });
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(attack.previewComment()).toContain(
      '**Policy tests** (`.github/sift.test.yml`): 1 passed, 0 failed',
    );
    expect(JSON.parse(run.outputs.preview)).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'evil-author', after: 0 })]),
    );
    // Not a timing test: the attack used to run past a minute; anything near it is the attack working.
    expect(seconds).toBeLessThan(30);
  });

  it('a preview that runs past its time limit fails the step with a clear message', async () => {
    await attack.start({ latencyMs: 1500 });
    attack.pullRequest({ '.github/sift.yml': HEAD_RULES });
    const run = await attack.preview({ api, 'time-limit': '0.02' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Sift preview stopped: it ran past its time limit of 0.02 minute(s) (input `time-limit`).',
    );
    expect(attack.gh.writes()).toEqual([]);
  });
});
