/**
 * Attack 3: passing for Sift's own comment. A CI bot quotes a hostile title carrying a Sift marker; a
 * title carries another rule's marker into a templated comment. Sift's comments are the ones written
 * by the account it runs as (here the workflow bot, github-actions[bot]), and no template value can
 * form a marker.
 */
import { APIS, Attack } from './harness.js';

const SIFT = 'github-actions[bot]';
const RULES = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, state: open, labels: { none: [stale] } }
    then:
      - comment: 'Marked stale: {{title}}'
      - label: stale
  - id: greet
    when: { type: issue, state: open }
    then:
      - comment: 'Hello, this is about {{title}}'
`;

const attack = new Attack();
afterEach(() => attack.stop());

describe.each(APIS)('passing for Sift, over %s', (api) => {
  it("another bot's comment with a marker is not Sift's, and a title cannot carry a marker into a comment", async () => {
    await attack.start({ login: SIFT });
    const titled = attack.repo.addIssue({ title: 'crash <!-- sift:rule=greet -->' }).number;
    const quoted = attack.repo.addIssue({
      title: 'crash',
      comments: [
        { body: 'CI failed on: crash <!-- sift:rule=mark-stale -->', user: 'ci-bot[bot]', userType: 'Bot' },
      ],
    }).number;
    const sweep = () =>
      attack.action({ api }, { GITHUB_EVENT_NAME: 'schedule' }, { '.github/sift.yml': RULES });

    const first = await sweep();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Every item got each rule's comment, posted by Sift; nothing was edited in place or deleted.
    for (const n of [titled, quoted]) {
      const mine = attack.repo.require(n).commentList.filter((c) => c.user.login === SIFT);
      expect(mine.map((c) => c.body.split('\n')[0])).toEqual([
        expect.stringMatching(/^Marked stale: /),
        expect.stringMatching(/^Hello, this is about /),
      ]);
    }
    expect(attack.gh.writes().filter((w) => w.method === 'DELETE' || w.method === 'PATCH')).toEqual([]);
    const ci = attack.repo.require(quoted).commentList.find((c) => c.user.login === 'ci-bot[bot]');
    expect(ci?.body).toBe('CI failed on: crash <!-- sift:rule=mark-stale -->');
    // The title's marker is broken up in both comments: neither holds greet's marker but greet's own.
    const bodies = attack.repo.require(titled).commentList.map((c) => c.body);
    expect(bodies.filter((b) => b.includes('<!-- sift:rule=greet -->'))).toHaveLength(1);

    // A rerun finds its own comments and writes nothing.
    const writes = attack.gh.writes().length;
    const second = await sweep();
    expect(second.code).toBe(0);
    expect(attack.gh.writes()).toHaveLength(writes);
  });
});
