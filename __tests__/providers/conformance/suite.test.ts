/**
 * The provider conformance suite: one set of scenarios, run against every harness in harnesses.ts.
 * Each forge is seeded with the same neutral items (seeds.ts) and must give the same answers: the walk,
 * the mapping of every neutral field, facts, every write, errors, and the whole pipeline (the same
 * rules file plans the same changes everywhere). Where a forge lacks something, the scenario reads the
 * provider's capabilities and is skipped under a name that says why.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { checkCapabilities, loadRules, parseRules } from '../../../src/config/index.js';
import type { FactName, Item, ItemType } from '../../../src/model/item.js';
import {
  CONDITION_KINDS,
  DEFAULT_ACTIVITY,
  type Condition,
  type ConditionKind,
  type RuleSet,
} from '../../../src/model/rules.js';
import { triage } from '../../../src/pipeline/triage.js';
import { ItemWriteError, type Capabilities, type ItemKey } from '../../../src/providers/provider.js';
import { planEntries } from '../../../src/report/index.js';
import { PAGE_SIZE } from './constants.js';
import type { Forge, ProviderHarness, SeedItem } from './harness.js';
import { HARNESSES } from './harnesses.js';
import { NOW, commentSeed, daysAgo, hierarchySeed, richSeed, walkSeed } from './seeds.js';

// Capabilities decide which scenarios run, so they are read before the tests are declared.
const CAPABILITIES = new Map<string, Capabilities>();
for (const harness of HARNESSES) {
  const forge = await harness.start({ repository: 'octo/probe', items: [], milestones: [], users: [] });
  CAPABILITIES.set(harness.name, forge.provider.capabilities);
  await forge.close();
}

const issue = (number: number): ItemKey => ({ type: 'issue', number });
const pull = (number: number): ItemKey => ({ type: 'pull_request', number });
const key = (i: { type: ItemType; number: number }): string => `${i.type}:${i.number}`;
const ms = (iso: string): number => Date.parse(iso);
const sorted = (list: readonly string[]): string[] => [...list].sort();

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const RULES = `version: 1
rules:
  - id: mark-stale
    when:
      type: issue
      state: open
      labels: { none: [stale, pinned] }
      inactive: 60d
    then:
      - label: stale
      - comment: '@{{author}}, this has had no activity for {{inactive_days}} days.'
  - id: close-stale
    when:
      labels: { all: [stale] }
      labeled: { stale: 7d }
    then:
      - close: not_planned
      - unassign: alice
  - id: triage-bugs
    when:
      type: issue
      labels: { any: [bug] }
      milestone: v1
      comments: { min: 2 }
    then:
      - assign: erin
      - milestone: v2
      - label: discussed
  - id: drafts
    when:
      type: pull_request
      draft: true
      title: '/^wip/i'
    then:
      - label: wip
      - request-review: erin
  - id: lock-closed
    when:
      state: closed
      locked: false
    then:
      - lock: resolved
  - id: revive
    when:
      state: closed
      labels: { any: [reopen-me] }
    then:
      - reopen: true
      - unlabel: reopen-me
      - unlock: true
`;

/** What RULES must plan for richSeed() on every forge, by item (type, number), without urls. */
function expectedPlan(status: 'applied' | 'dry-run') {
  return [
    {
      item: 'issue:1',
      rules: [
        {
          rule: 'triage-bugs',
          actions: [
            { kind: 'assign', logins: ['erin'], status },
            { kind: 'milestone', title: 'v2', status },
            { kind: 'label', labels: ['discussed'], status },
          ],
        },
      ],
    },
    {
      item: 'issue:5',
      rules: [
        {
          rule: 'mark-stale',
          actions: [
            { kind: 'label', labels: ['stale'], status },
            {
              kind: 'comment',
              body: '@erin, this has had no activity for 90 days.',
              marker: 'mark-stale',
              status,
            },
          ],
        },
      ],
    },
    {
      item: 'issue:7',
      rules: [{ rule: 'lock-closed', actions: [{ kind: 'lock', reason: 'resolved', status }] }],
    },
    {
      item: 'issue:8',
      rules: [
        {
          rule: 'revive',
          actions: [
            { kind: 'reopen', status },
            { kind: 'unlabel', labels: ['reopen-me'], status },
            { kind: 'unlock', status },
          ],
        },
      ],
    },
    {
      item: 'pull_request:2',
      rules: [
        {
          rule: 'drafts',
          actions: [
            { kind: 'label', labels: ['wip'], status },
            { kind: 'request-review', logins: ['erin'], status },
          ],
        },
      ],
    },
    {
      item: 'pull_request:4',
      rules: [
        {
          rule: 'close-stale',
          actions: [
            { kind: 'close', reason: 'not_planned', status },
            { kind: 'unassign', logins: ['alice'], status },
          ],
        },
        // Later rules see the item as earlier ones leave it: closed now, so lock-closed applies too.
        { rule: 'lock-closed', actions: [{ kind: 'lock', reason: 'resolved', status }] },
      ],
    },
  ];
}

describe.each(HARNESSES.map((h) => [h.name, h] as const))(
  '%s provider',
  (name: string, harness: ProviderHarness) => {
    const caps = CAPABILITIES.get(name)!;
    /** Runs the scenario when the provider offers `fact`, else skips it under a name that says so. */
    const withFact = (fact: FactName, title: string, test: () => Promise<void>) =>
      caps.facts.has(fact)
        ? it(title, test)
        : it.skip(`${title} — skipped: ${name} does not provide the "${fact}" fact`, test);
    const withCondition = (kind: ConditionKind, title: string, why: string, test: () => Promise<void>) =>
      caps.conditions.has(kind) ? it(title, test) : it.skip(`${title} — skipped: ${why}`, test);

    describe('walking 230 items in pages', () => {
      const seed = walkSeed();
      let forge: Forge;
      beforeAll(async () => {
        forge = await harness.start(seed);
      });
      afterAll(async () => {
        await forge.close();
      });

      it('yields every item exactly once, oldest first within each type, a page at a time', async () => {
        const before = forge.requestCount();
        const items = await collect(forge.provider.items({ state: 'all' }));
        const requests = forge.requestCount() - before;

        expect(items).toHaveLength(230);
        expect(new Set(items.map(key)).size).toBe(230);
        expect(sorted(items.map(key))).toEqual(sorted(seed.items.map(key)));
        for (const type of ['issue', 'pull_request'] as const) {
          const ofType = items.filter((i) => i.type === type);
          const times = ofType.map((i) => ms(i.createdAt));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(ofType.map((i) => i.number)).toEqual(
            seed.items.filter((s) => s.type === type).map((s) => s.number),
          );
        }
        // Pages of PAGE_SIZE: at least one request per page of the whole walk.
        expect(requests).toBeGreaterThanOrEqual(Math.ceil(230 / PAGE_SIZE));
      });

      it('requests later pages only when the walk reaches them', async () => {
        const before = forge.requestCount();
        for await (const first of forge.provider.items({ state: 'all' })) {
          expect(first.number).toBeGreaterThan(0);
          break;
        }
        const afterFirst = forge.requestCount() - before;

        const start = forge.requestCount();
        await collect(forge.provider.items({ state: 'all' }));
        const fullWalk = forge.requestCount() - start;

        expect(afterFirst).toBeGreaterThan(0);
        expect(afterFirst).toBeLessThan(fullWalk);
      });

      it('lists only the requested state and type', async () => {
        const keysOf = (filter: (s: SeedItem) => boolean) => sorted(seed.items.filter(filter).map(key));
        const closed = await collect(forge.provider.items({ state: 'closed' }));
        expect(sorted(closed.map(key))).toEqual(keysOf((s) => s.state === 'closed'));
        expect(closed.every((i) => i.state === 'closed')).toBe(true);

        const openPulls = await collect(forge.provider.items({ state: 'open', type: 'pull_request' }));
        expect(sorted(openPulls.map(key))).toEqual(
          keysOf((s) => s.type === 'pull_request' && s.state !== 'closed'),
        );

        const issues = await collect(forge.provider.items({ state: 'all', type: 'issue' }));
        expect(sorted(issues.map(key))).toEqual(keysOf((s) => s.type === 'issue'));
      });
    });

    describe('reading', () => {
      let forge: Forge;
      let items: Item[];
      const get = (type: ItemType, number: number): Item => {
        const found = items.find((i) => i.type === type && i.number === number);
        if (!found) throw new Error(`${type} ${number} was not listed`);
        return found;
      };
      beforeAll(async () => {
        forge = await harness.start(richSeed());
        items = await collect(forge.provider.items({ state: 'all' }));
      });
      afterAll(async () => {
        await forge.close();
      });

      it('maps every neutral field of an issue', () => {
        const item = get('issue', 1);
        expect({ ...item, labels: sorted(item.labels), url: undefined, prefetched: undefined }).toMatchObject(
          {
            type: 'issue',
            number: 1,
            title: 'Crash on start',
            body: 'It crashes when started.',
            state: 'open',
            draft: false,
            locked: false,
            author: 'alice',
            labels: ['area/ui', 'bug'],
            assignees: ['bob'],
            milestone: 'v1',
            comments: 2,
            closedAt: null,
          },
        );
        expect(item.reactions.thumbsUp).toBe(3);
        expect(item.reactions.total).toBeGreaterThanOrEqual(3);
        expect(ms(item.createdAt)).toBe(ms(daysAgo(40)));
        expect(ms(item.updatedAt)).toBe(ms(daysAgo(10)));
        expect(item.url).toMatch(/^https?:\/\/\S+1$/);
      });

      it('maps a draft pull request and a plain one', () => {
        expect(get('pull_request', 2)).toMatchObject({
          title: 'WIP: faster start',
          state: 'open',
          draft: true,
          author: 'dave',
          labels: [],
          assignees: [],
          milestone: null,
          comments: 0,
          reactions: { thumbsUp: 0 },
        });
        const ready = get('pull_request', 4);
        expect({
          draft: ready.draft,
          assignees: sorted(ready.assignees),
          milestone: ready.milestone,
        }).toEqual({
          draft: false,
          assignees: ['alice', 'bob'],
          milestone: 'v2',
        });
      });

      it('maps closed and locked items', () => {
        const closed = get('issue', 3);
        expect({ state: closed.state, locked: closed.locked }).toEqual({ state: 'closed', locked: true });
        expect(closed.closedAt).not.toBeNull();
        expect(get('issue', 7).locked).toBe(false);
      });

      it('reads why closed issues were closed, where the forge records it (closedAs)', () => {
        const recorded = new Set(forge.provider.capabilities.closeReasons ?? []);
        const seeded = richSeed().items.filter((s) => s.type === 'issue' && s.closedAs !== undefined);
        expect(seeded.map((s) => s.closedAs)).toEqual(['duplicate', 'completed', 'not_planned']);
        for (const s of seeded) {
          const expected = recorded.has(s.closedAs!) ? s.closedAs : null;
          expect([s.number, get('issue', s.number).closedAs]).toEqual([s.number, expected]);
        }
        // Open items and pull requests carry no reason.
        expect(
          items.filter((i) => i.state === 'open' || i.type === 'pull_request').map((i) => i.closedAs),
        ).toEqual(items.filter((i) => i.state === 'open' || i.type === 'pull_request').map(() => null));
      });

      withCondition(
        'author-association',
        'carries an author association GitHub would report',
        `${name} has no author association (rules using it fail at load time)`,
        async () => {
          const valid = [
            'OWNER',
            'MEMBER',
            'COLLABORATOR',
            'CONTRIBUTOR',
            'FIRST_TIME_CONTRIBUTOR',
            'FIRST_TIMER',
            'MANNEQUIN',
            'NONE',
          ];
          for (const item of items) expect(valid).toContain(item.authorAssociation);
        },
      );

      it('can evaluate every condition it declares with the facts it reads; others fail at load time', () => {
        const before = forge.requestCount();
        for (const kind of CONDITION_KINDS.filter((k) => !['all', 'any', 'not'].includes(k))) {
          const sample = CONDITION_SAMPLES[kind];
          if (!sample)
            throw new Error(`the conformance suite needs a sample "${kind}" condition (CONDITION_SAMPLES)`);
          const ruleSet: RuleSet = {
            file: 'sift.yml',
            activity: DEFAULT_ACTIVITY,
            rules: [
              { id: 'probe', when: [sample], then: [{ kind: 'label', labels: ['x'] }], pos: PROBE_POS },
            ],
          };
          const problems = checkCapabilities(ruleSet, caps).map((p) => `${kind}: ${p.message}`);
          expect(problems).toEqual(
            caps.conditions.has(kind)
              ? []
              : [
                  `${kind}: rule "probe" uses the condition "${kind}", which the ${caps.name} provider does not support` +
                    // The provider's reason, where it gives one (GitLab's sub-issues, parent, form).
                    (caps.why?.[kind] ? `: ${caps.why[kind]}` : ''),
                ],
          );
        }
        expect(forge.requestCount()).toBe(before);
      });

      it('reports when each label was applied (facts.labelAppliedAt)', async () => {
        const facts = await forge.provider.facts(issue(1), ['labelAppliedAt']);
        const applied = Object.fromEntries(
          Object.entries(facts.labelAppliedAt ?? {}).map(([l, at]) => [l, ms(at)]),
        );
        expect(applied).toEqual({ bug: ms(daysAgo(30)), 'area/ui': ms(daysAgo(40)) });
        const pr = await forge.provider.facts(pull(4), ['labelAppliedAt']);
        expect(Object.keys(pr.labelAppliedAt ?? {})).toEqual(['stale']);
        expect(ms(pr.labelAppliedAt!.stale)).toBe(ms(daysAgo(9)));
      });

      withFact(
        'timeline',
        'reports comments and label changes, oldest first, with bots marked (facts.timeline)',
        async () => {
          const { timeline = [] } = await forge.provider.facts(issue(1), ['timeline']);
          const times = timeline.map((e) => ms(e.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(
            timeline
              .filter((e) => e.kind === 'comment')
              .map((e) => ({ actor: e.actor, bot: e.actorIsBot, at: ms(e.at) })),
          ).toEqual([
            { actor: 'carol', bot: false, at: ms(daysAgo(20)) },
            { actor: 'renovate[bot]', bot: true, at: ms(daysAgo(10)) },
          ]);
          const labeled = timeline.filter((e) => e.kind === 'labeled').map((e) => [e.label, ms(e.at)]);
          expect(labeled).toEqual(
            expect.arrayContaining([
              ['bug', ms(daysAgo(30))],
              ['area/ui', ms(daysAgo(40))],
            ]),
          );
        },
      );

      withFact(
        'branches',
        'reports the branches of a pull request, none for an issue (facts.branches)',
        async () => {
          const { branches } = await forge.provider.facts(pull(2), ['branches']);
          expect(branches).toEqual({ base: expect.any(String), head: expect.any(String), fork: false });
          expect(branches!.base).not.toBe(branches!.head);
          expect((await forge.provider.facts(issue(1), ['branches'])).branches).toBeNull();
        },
      );
    });

    describe('writing', () => {
      let forge: Forge;
      beforeEach(async () => {
        forge = await harness.start(richSeed());
      });
      afterEach(async () => {
        await forge.close();
      });

      it('adds labels, keeping the others, on issues and pull requests', async () => {
        await forge.provider.addLabels(issue(1), ['triage', 'good first issue']);
        expect(sorted(forge.state(1, 'issue').labels)).toEqual([
          'area/ui',
          'bug',
          'good first issue',
          'triage',
        ]);
        await forge.provider.addLabels(pull(4), ['needs-review']);
        expect(sorted(forge.state(4, 'pull_request').labels)).toEqual(['needs-review', 'stale']);
      });

      it('reports when a label it added was applied', async () => {
        const start = Date.now() - 1000; // forges may keep whole seconds
        await forge.provider.addLabels(issue(5), ['triage']);
        const { labelAppliedAt = {} } = await forge.provider.facts(issue(5), ['labelAppliedAt']);
        expect(Object.keys(labelAppliedAt)).toEqual(['triage']);
        expect(ms(labelAppliedAt.triage)).toBeGreaterThanOrEqual(start);
      });

      it('removes a label, and removing an absent one changes nothing and does not fail', async () => {
        await forge.provider.removeLabel(issue(1), 'bug');
        expect(forge.state(1, 'issue').labels).toEqual(['area/ui']);
        await forge.provider.removeLabel(issue(1), 'not-there');
        expect(forge.state(1, 'issue').labels).toEqual(['area/ui']);
      });

      it('creates a comment, finds it by its marker and edits it in place', async () => {
        const marker = '<!-- sift:rule=conformance -->';
        expect(await forge.provider.findComment(issue(1), marker)).toBeNull();
        await forge.provider.createComment(issue(1), `First text\n\n${marker}`);
        const found = await forge.provider.findComment(issue(1), marker);
        expect(found).toEqual({
          id: expect.any(String),
          body: `First text\n\n${marker}`,
          createdAt: expect.any(String),
        });
        expect(Math.abs(ms(found!.createdAt) - Date.now())).toBeLessThan(60_000);

        await forge.provider.updateComment(issue(1), found!.id, `Second text\n\n${marker}`);
        const comments = forge.state(1, 'issue').comments;
        expect(comments).toEqual(['Same here.', 'Automated note.', `Second text\n\n${marker}`]);
        expect((await forge.provider.findComment(issue(1), marker))?.body).toBe(`Second text\n\n${marker}`);

        await forge.provider.createComment(pull(2), `On a pull request\n\n${marker}`);
        expect(forge.state(2, 'pull_request').comments).toEqual([`On a pull request\n\n${marker}`]);
      });

      it('closes (not planned) and reopens', async () => {
        await forge.provider.close(issue(5), 'not_planned');
        expect(forge.state(5, 'issue').state).toBe('closed');
        await forge.provider.reopen(issue(5));
        expect(forge.state(5, 'issue').state).toBe('open');
        await forge.provider.close(pull(4), 'completed');
        expect(forge.state(4, 'pull_request').state).toBe('closed');
      });

      it('locks (with and without a reason) and unlocks', async () => {
        await forge.provider.lock(issue(5), null);
        expect(forge.state(5, 'issue').locked).toBe(true);
        await forge.provider.unlock(issue(5));
        expect(forge.state(5, 'issue').locked).toBe(false);
        await forge.provider.lock(issue(6), 'resolved');
        expect(forge.state(6, 'issue').locked).toBe(true);
      });

      it('assigns and unassigns, keeping the other assignees', async () => {
        await forge.provider.addAssignees(issue(1), ['carol', 'dave']);
        expect(sorted(forge.state(1, 'issue').assignees)).toEqual(['bob', 'carol', 'dave']);
        await forge.provider.removeAssignees(issue(1), ['bob', 'dave']);
        expect(forge.state(1, 'issue').assignees).toEqual(['carol']);
        await forge.provider.removeAssignees(pull(4), ['alice', 'bob']);
        expect(forge.state(4, 'pull_request').assignees).toEqual([]);
      });

      it('sets and clears the milestone, and refuses a title that does not exist', async () => {
        await forge.provider.setMilestone(issue(5), 'v2');
        expect(forge.state(5, 'issue').milestone).toBe('v2');
        await forge.provider.setMilestone(issue(1), null);
        expect(forge.state(1, 'issue').milestone).toBeNull();

        const error = await rejection(forge.provider.setMilestone(issue(5), 'v9'));
        expect(error).toBeInstanceOf(ItemWriteError);
        expect(error.message).toContain('"v9"');
        expect(forge.state(5, 'issue').milestone).toBe('v2');
      });

      it('requests reviews on a pull request, and refuses on an issue', async () => {
        await forge.provider.requestReviewers(pull(2), ['erin']);
        expect(forge.state(2, 'pull_request').reviewers).toEqual(['erin']);
        await forge.provider.requestReviewers(pull(2), ['carol']);
        expect(sorted(forge.state(2, 'pull_request').reviewers)).toEqual(['carol', 'erin']);

        expect(await rejection(forge.provider.requestReviewers(issue(5), ['erin']))).toBeInstanceOf(
          ItemWriteError,
        );
      });

      it('fails a write to an item that does not exist with ItemWriteError', async () => {
        const missing = issue(9999);
        for (const write of [
          () => forge.provider.addLabels(missing, ['x']),
          () => forge.provider.createComment(missing, 'hello'),
          () => forge.provider.close(missing, 'completed'),
          () => forge.provider.lock(missing, null),
        ]) {
          const error = await rejection(write());
          expect(error).toBeInstanceOf(ItemWriteError);
          expect(error.message).toContain('9999');
        }
      });

      it('fails a forbidden write with ItemWriteError that says what and why, and changes nothing', async () => {
        forge.forbidWrites(5);
        const error = await rejection(forge.provider.addLabels(issue(5), ['triage']));
        expect(error).toBeInstanceOf(ItemWriteError);
        expect((error as ItemWriteError).status).toBe(403);
        expect(error.message).toContain('5');
        expect(error.message).toMatch(/forbidden|not accessible|permission|role|scope/i);
        expect(forge.state(5, 'issue').labels).toEqual([]);
        // Only that write was refused.
        await forge.provider.addLabels(issue(5), ['triage']);
        expect(forge.state(5, 'issue').labels).toEqual(['triage']);
      });
    });

    describe("Sift's comments: marker, author and cycle", () => {
      const M = '<!-- sift:rule=warn -->';
      let forge: Forge;
      beforeAll(async () => {
        forge = await harness.start(commentSeed());
      });
      afterAll(async () => {
        await forge.close();
      });

      it('a person who pastes the marker does not count as Sift having commented', async () => {
        // #2 holds only carol's comment quoting the marker.
        expect(await forge.provider.findComment(issue(2), M)).toBeNull();
        expect(await forge.provider.findComment(issue(2), M, daysAgo(50))).toBeNull();
      });

      it("returns the oldest of Sift's comments, with when it was posted", async () => {
        const found = await forge.provider.findComment(issue(1), M);
        expect(found).toEqual({
          id: expect.any(String),
          body: `Old warning\n\n${M}`,
          createdAt: expect.any(String),
        });
        expect(ms(found!.createdAt)).toBe(ms(daysAgo(30)));
      });

      it("`since` selects the cycle: the oldest posted at or after it, people's pasted markers skipped", async () => {
        // After carol's answer (25 days ago): her pasted marker (20) does not count, the warning of 10
        // days ago does, and it is older than the one of 8 days ago.
        const cycle = await forge.provider.findComment(issue(1), M, daysAgo(25));
        expect(cycle?.body).toBe(`New warning\n\n${M}`);
        expect(ms(cycle!.createdAt)).toBe(ms(daysAgo(10)));
        // At or after: a warning posted in the very second its cycle started (an item opened and
        // answered by a bot within a second) is that cycle's, so a rerun does not post it again.
        expect((await forge.provider.findComment(issue(1), M, daysAgo(30)))?.body).toBe(
          `Old warning\n\n${M}`,
        );
        // A second later, it belongs to the cycle before.
        expect(
          (
            await forge.provider.findComment(
              issue(1),
              M,
              new Date(Date.parse(daysAgo(30)) + 1000).toISOString(),
            )
          )?.body,
        ).toBe(`New warning\n\n${M}`);
        expect((await forge.provider.findComment(issue(1), M, daysAgo(9)))?.body).toBe(
          `Also this cycle\n\n${M}`,
        );
        expect(await forge.provider.findComment(issue(1), M, daysAgo(1))).toBeNull();
        // Another rule's marker is another comment.
        expect(await forge.provider.findComment(issue(1), '<!-- sift:rule=other -->')).toBeNull();
      });

      it('findComments answers each lookup as findComment does', async () => {
        if (!forge.provider.findComments) return;
        const answers = await forge.provider.findComments([
          { item: issue(1), marker: M },
          { item: issue(1), marker: M, since: daysAgo(25) },
          { item: issue(2), marker: M },
          { item: issue(1), marker: M, since: daysAgo(1) },
        ]);
        expect(answers.map((a) => a?.body ?? null)).toEqual([
          `Old warning\n\n${M}`,
          `New warning\n\n${M}`,
          null,
          null,
        ]);
      });

      withFact(
        'timeline',
        "marks Sift's comments and their edits as Sift's, people's as people's",
        async () => {
          const { timeline = [] } = await forge.provider.facts(issue(1), ['timeline']);
          // Leaving out the author's own edit of the description (when the seed says it was last touched).
          const view = timeline
            .filter((e) => (e.kind === 'comment' || e.kind === 'edited') && e.actor !== 'alice')
            .map((e) => ({ kind: e.kind, actor: e.actor, at: ms(e.at), bySift: e.bySift === true }));
          expect(view).toEqual([
            { kind: 'comment', actor: 'sift[bot]', at: ms(daysAgo(30)), bySift: true },
            { kind: 'comment', actor: 'carol', at: ms(daysAgo(25)), bySift: false },
            { kind: 'comment', actor: 'carol', at: ms(daysAgo(20)), bySift: false },
            { kind: 'comment', actor: 'sift[bot]', at: ms(daysAgo(10)), bySift: true },
            { kind: 'comment', actor: 'sift[bot]', at: ms(daysAgo(8)), bySift: true },
            // Sift edited its warning in place (not a person's activity); carol edited her answer (one).
            { kind: 'edited', actor: 'sift[bot]', at: ms(daysAgo(5)), bySift: true },
            { kind: 'edited', actor: 'carol', at: ms(daysAgo(3)), bySift: false },
          ]);
        },
      );

      withFact('timeline', 'an edit Sift makes to its own comment is an edit by Sift', async () => {
        const start = Date.now() - 1000; // forges may keep whole seconds
        await forge.provider.createComment(issue(3), `Warning\n\n${M}`);
        // A second later, or GitHub's whole-second times could not tell the edit from the posting.
        await sleep(1100);
        const own = await forge.provider.findComment(issue(3), M);
        expect(own?.body).toBe(`Warning\n\n${M}`);
        await forge.provider.updateComment(issue(3), own!.id, `Updated warning\n\n${M}`);
        const { timeline = [] } = await forge.provider.facts(issue(3), ['timeline']);
        const recent = timeline
          .filter((e) => ms(e.at) >= start)
          .map((e) => ({ kind: e.kind, bySift: e.bySift === true, bot: e.actorIsBot }));
        expect(recent).toEqual([
          { kind: 'comment', bySift: true, bot: true },
          { kind: 'edited', bySift: true, bot: true },
        ]);
        expect(ms(timeline.at(-1)!.at)).toBeGreaterThan(ms(own!.createdAt));
      });
    });

    describe("Sift's comments when Sift runs as a person's account", () => {
      const M = '<!-- sift:rule=warn -->';
      let forge: Forge;
      beforeAll(async () => {
        forge = await harness.start({ ...commentSeed(), actor: 'erin' });
      });
      afterAll(async () => {
        await forge.close();
      });

      it("counts the marker comments of Sift's own account, not another person's", async () => {
        // #4: carol pasted the marker first, then erin (the account Sift runs as) posted it.
        const found = await forge.provider.findComment(issue(4), M);
        expect(found?.body).toBe(`Posted as erin\n\n${M}`);
        expect(ms(found!.createdAt)).toBe(ms(daysAgo(6)));
        expect(await forge.provider.findComment(issue(2), M)).toBeNull();
      });

      withFact('timeline', "marks erin's marker comment as Sift's and carol's as a person's", async () => {
        const { timeline = [] } = await forge.provider.facts(issue(4), ['timeline']);
        expect(timeline.filter((e) => e.kind === 'comment').map((e) => [e.actor, e.bySift === true])).toEqual(
          [
            ['carol', false],
            ['erin', true],
          ],
        );
      });
    });

    describe('the whole pipeline', () => {
      const rules = parseRules(RULES, 'sift.yml');
      let forge: Forge;
      beforeEach(async () => {
        forge = await harness.start(richSeed());
      });
      afterEach(async () => {
        await forge.close();
      });

      const plan = async (dryRun: boolean) => {
        // Six of the eight items change: lift the circuit breaker, which is not what this scenario is about.
        const result = await triage({ provider: forge.provider, rules, now: NOW, dryRun, maxChangeRatio: 1 });
        const entries = planEntries(result)
          .map((e) => ({
            item: key({ type: e.type as ItemType, number: e.number }),
            rules: e.rules,
            error: e.error,
          }))
          .sort((a, b) => a.item.localeCompare(b.item));
        return { result, entries: entries.map(({ error, ...e }) => (error ? { ...e, error } : e)) };
      };

      it('accepts the rules file: every rule is within its capabilities', () => {
        expect(checkCapabilities(rules, caps)).toEqual([]);
      });

      it('plans the same changes as every other forge in a dry run, and writes nothing', async () => {
        const before = forge.state(5, 'issue');
        const { result, entries } = await plan(true);
        expect(result.walked).toBe(8);
        expect(entries).toEqual(expectedPlan('dry-run'));
        expect(result.requests.writes).toBe(0);
        expect(forge.state(5, 'issue')).toEqual(before);
      });

      it('applies the same changes as every other forge, leaving the same state', async () => {
        const { entries } = await plan(false);
        expect(entries).toEqual(expectedPlan('applied'));

        const view = (number: number, type: ItemType) => {
          const s = forge.state(number, type);
          return {
            ...s,
            labels: sorted(s.labels),
            assignees: sorted(s.assignees),
            reviewers: sorted(s.reviewers),
          };
        };
        expect(view(1, 'issue')).toMatchObject({
          assignees: ['bob', 'erin'],
          milestone: 'v2',
          labels: ['area/ui', 'bug', 'discussed'],
        });
        expect(view(2, 'pull_request')).toMatchObject({ labels: ['wip'], reviewers: ['erin'] });
        expect(view(4, 'pull_request')).toMatchObject({ state: 'closed', assignees: ['bob'], locked: true });
        expect(view(5, 'issue')).toMatchObject({
          labels: ['stale'],
          comments: ['@erin, this has had no activity for 90 days.\n\n<!-- sift:rule=mark-stale -->'],
        });
        expect(view(7, 'issue')).toMatchObject({ state: 'closed', locked: true });
        expect(view(8, 'issue')).toMatchObject({ state: 'open', locked: false, labels: [] });
      });
    });

    describe('sub-issues and parents (GitHub: sub-issues; GitLab: tasks in the work-item hierarchy)', () => {
      let forge: Forge;
      beforeEach(async () => {
        forge = await harness.start(hierarchySeed());
      });
      afterEach(async () => {
        await forge.close();
      });

      /** Each item's hierarchy, from the listing's prefetched facts or, where absent, a facts read. */
      const hierarchyView = async () => {
        const out: Record<string, unknown> = {};
        for await (const item of forge.provider.items({ state: 'all', prefetch: ['subIssues', 'parent'] })) {
          const missing = (['subIssues', 'parent'] as const).filter(
            (f) => item.prefetched?.[f] === undefined,
          );
          const facts = {
            ...item.prefetched,
            ...(missing.length > 0 ? await forge.provider.facts(item, [...missing]) : {}),
          };
          out[key(item)] = {
            subIssues: facts.subIssues!.map((s) => `${s.repository}#${s.number} ${s.title} (${s.state})`),
            parent: facts.parent ? { number: facts.parent.number, labels: facts.parent.labels } : null,
          };
        }
        return out;
      };

      withFact('subIssues', "reads every item's sub-issues and parent alike", async () => {
        const none = { subIssues: [], parent: null };
        expect(await hierarchyView()).toEqual({
          'issue:1': {
            subIssues: ['octo/hierarchy#2 Cache (open)', 'octo/hierarchy#3 Queue (closed)'],
            parent: null,
          },
          'issue:2': { subIssues: [], parent: { number: 1, labels: ['area/sync', 'bug'] } },
          'issue:3': { subIssues: [], parent: { number: 1, labels: ['area/sync', 'bug'] } },
          'issue:4': { subIssues: ['octo/hierarchy#5 CSV (closed)'], parent: null },
          'issue:5': { subIssues: [], parent: { number: 4, labels: ['area/io'] } },
          'issue:7': { subIssues: ['octo/hierarchy#8 Conflicts (open)'], parent: null },
          'issue:8': { subIssues: [], parent: { number: 7, labels: ['area/sync'] } },
          'issue:10': none,
          'pull_request:11': none,
        });
      });

      withFact(
        'subIssues',
        'runs examples/sub-issues.yml to the same state, and a rerun changes nothing',
        async () => {
          const rules = await loadRules('examples/sub-issues.yml');
          expect(checkCapabilities(rules, caps)).toEqual([]);
          const result = await triage({
            provider: forge.provider,
            rules,
            now: NOW,
            dryRun: false,
            maxChangeRatio: 1,
          });
          expect(result.requests.writes).toBeGreaterThan(0);
          // #4's only sub-issue is closed: closed, with the list; #7 is closed with #8 open: reopened.
          expect(forge.state(4, 'issue')).toMatchObject({ state: 'closed' });
          expect(forge.state(4, 'issue').comments).toEqual([
            expect.stringContaining(
              'All sub-issues of this issue are closed, so it is closed as completed:\n\n- #5 CSV (closed)',
            ),
          ]);
          expect(forge.state(7, 'issue')).toMatchObject({ state: 'open' });
          expect(forge.state(7, 'issue').comments).toEqual([
            expect.stringContaining('- #8 Conflicts (open)'),
          ]);
          // #1 keeps an open sub-issue; sub-issues take their parent's area/* labels, nothing else.
          expect(forge.state(1, 'issue')).toMatchObject({ state: 'open', comments: [] });
          expect(forge.state(2, 'issue').labels).toEqual(['area/sync']);
          // Closed #3 is not walked: the rule reads open issues (the default state).
          expect(forge.state(3, 'issue').labels).toEqual([]);
          expect(forge.state(5, 'issue').labels).toEqual(['area/io']);
          expect(forge.state(8, 'issue').labels).toEqual(['area/sync']);
          expect(forge.state(10, 'issue')).toMatchObject({ state: 'open', labels: [], comments: [] });

          // The provider's request counts are cumulative: the rerun's writes are the difference.
          const before = forge.provider.requestCounts().writes;
          const states = [1, 2, 3, 4, 5, 7, 8, 10].map((n) => forge.state(n, 'issue'));
          const again = await triage({
            provider: forge.provider,
            rules,
            now: NOW,
            dryRun: false,
            maxChangeRatio: 1,
          });
          expect(planEntries(again)).toEqual([]);
          expect(forge.provider.requestCounts().writes).toBe(before);
          expect([1, 2, 3, 4, 5, 7, 8, 10].map((n) => forge.state(n, 'issue'))).toEqual(states);
        },
      );
    });
  },
);

const PROBE_POS = { file: 'sift.yml', line: 3, col: 5 };
const DAY = 86_400_000;

/** One compiled condition of each kind, for the capability check. */
const CONDITION_SAMPLES: { [K in ConditionKind]?: Extract<Condition, { kind: K }> } = {
  type: { kind: 'type', value: 'issue' },
  state: { kind: 'state', value: 'open' },
  draft: { kind: 'draft', value: true },
  locked: { kind: 'locked', value: false },
  labels: { kind: 'labels', value: { any: ['bug'] } },
  title: { kind: 'title', value: /^wip/i },
  body: { kind: 'body', value: /crash/ },
  author: { kind: 'author', value: ['alice'] },
  'author-association': { kind: 'author-association', value: ['MEMBER'] },
  assignees: { kind: 'assignees', value: 'none' },
  milestone: { kind: 'milestone', value: 'any' },
  created: { kind: 'created', value: { olderThan: 30 * DAY } },
  updated: { kind: 'updated', value: { olderThan: 30 * DAY } },
  inactive: { kind: 'inactive', value: 30 * DAY },
  labeled: { kind: 'labeled', value: { stale: 7 * DAY } },
  'issue-type': { kind: 'issue-type', value: ['Bug'] },
  'sub-issues': { kind: 'sub-issues', value: { total: { min: 1 } } },
  parent: { kind: 'parent', value: 'any' },
  form: { kind: 'form', value: 'any' },
  project: { kind: 'project', value: 'any' },
  comments: { kind: 'comments', value: { min: 1 } },
  'human-comments': { kind: 'human-comments', value: { min: 1 } },
  reactions: { kind: 'reactions', value: { min: 1 } },
  'thumbs-up': { kind: 'thumbs-up', value: { min: 1 } },
  files: { kind: 'files', value: { any: ['src/**'] } },
  base: { kind: 'base', value: ['main'] },
  head: { kind: 'head', value: ['feature/*'] },
  linked: { kind: 'linked', value: true },
  'active-after-label': { kind: 'active-after-label', value: 'stale' },
  // Pull requests only (GitHub and GitLab; the memory provider refuses them at load time).
  'review-decision': { kind: 'review-decision', value: ['approved'] },
  mergeable: { kind: 'mergeable', value: false },
  checks: { kind: 'checks', value: 'failure' },
  size: { kind: 'size', value: { lines: { min: 100 } } },
  'requested-reviewers': { kind: 'requested-reviewers', value: 'any' },
  'waiting-on': { kind: 'waiting-on', value: 'author' },
  // A model's answer, read before evaluating (the provider reads nothing for it).
  classify: {
    kind: 'classify',
    value: { key: 'probe', into: ['kind/bug', 'kind/feature'], guide: '', minConfidence: 0.8 },
  },
  // Similar items from embeddings, computed before evaluating (the provider lists the candidates only).
  similar: { kind: 'similar', value: { key: 'probe', min: 0.9, among: 'open', limit: 3 } },
  // Reactions and replies to Sift's comment of a rule (`ruleComments`, read per item).
  vetoed: { kind: 'vetoed', value: 'probe' },
  // Discussions only (a rule with `type: discussion`, which needs `capabilities.discussions`).
  category: { kind: 'category', value: ['Q&A'] },
  answered: { kind: 'answered', value: true },
};
