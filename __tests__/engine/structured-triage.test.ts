/**
 * Sub-issues and issue forms in the engine: undecided items ask for the facts `subIssues`, `parent`
 * and `form` (a pull request never does), actions and comments read them, and what their authors
 * wrote (sub-issue titles, form answers) is quoted in Sift's comments like titles are.
 */
import { planItem } from '../../src/engine/index.js';
import type { IssueForm, Item, ItemFacts, ParentIssue, RelatedIssue } from '../../src/model/item.js';
import type { ActionSpec, Condition } from '../../src/model/rules.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

const ZWSP = '\u200B';
const REPO = /github\.com\/([^/]+\/[^/]+)\//.exec(makeItem().url)?.[1] ?? '';

function sub(
  number: number,
  state: 'open' | 'closed',
  title = `Sub ${number}`,
  repository = REPO,
): RelatedIssue {
  return { number, title, state, url: `https://github.com/${repository}/issues/${number}`, repository };
}

function changesOf(item: Item, facts: ItemFacts, when: Condition[], then: ActionSpec[]) {
  const evaluation = planItem(item, facts, ruleSet(rule('r', when, then)), NOW);
  if (evaluation.kind !== 'plan') return evaluation;
  return evaluation.plan?.rules[0].changes ?? [];
}

const finished: Condition = { kind: 'sub-issues', value: { total: { min: 1 }, open: { max: 0 } } };
const label: ActionSpec[] = [{ kind: 'label', labels: ['hit'] }];

describe('sub-issues and parent', () => {
  test('counts all and open sub-issues; unread sub-issues are asked for; a pull request has none', () => {
    expect(
      changesOf(makeItem(), { subIssues: [sub(1, 'closed'), sub(2, 'closed')] }, [finished], label),
    ).toHaveLength(1);
    expect(
      changesOf(makeItem(), { subIssues: [sub(1, 'closed'), sub(2, 'open')] }, [finished], label),
    ).toEqual([]);
    expect(changesOf(makeItem(), { subIssues: [] }, [finished], label)).toEqual([]);
    expect(changesOf(makeItem(), {}, [finished], label)).toEqual({ kind: 'needs', facts: ['subIssues'] });
    expect(changesOf(makeItem({ type: 'pull_request' }), {}, [finished], label)).toEqual([]);
  });

  test('parent none / any / open / closed', () => {
    const parent: ParentIssue = { ...sub(7, 'closed'), labels: [] };
    const holds = (value: 'none' | 'any' | 'open' | 'closed', p: ParentIssue | null) =>
      (changesOf(makeItem(), { parent: p }, [{ kind: 'parent', value }], label) as unknown[]).length === 1;
    expect([holds('none', null), holds('any', null), holds('any', parent)]).toEqual([true, false, true]);
    expect([holds('closed', parent), holds('open', parent)]).toEqual([true, false]);
  });

  test("inherit-labels adds the parent's matching labels the item lacks, as the parent spells them", () => {
    const parent: ParentIssue = { ...sub(7, 'open'), labels: ['Area/Sync', 'area/ui', 'priority/high'] };
    const item = makeItem({ labels: ['AREA/UI'] });
    expect(changesOf(item, { parent }, [], [{ kind: 'inherit-labels', labels: ['area/*'] }])).toEqual([
      { kind: 'label', labels: ['Area/Sync'] },
    ]);
    // Unread parent: read before acting.
    expect(changesOf(item, {}, [], [{ kind: 'inherit-labels', labels: ['area/*'] }])).toEqual({
      kind: 'needs',
      facts: ['parent'],
    });
  });

  test('{{sub_issues}} and {{parent}}: references, other repositories named, titles quoted', () => {
    const facts: ItemFacts = {
      subIssues: [sub(3, 'closed', 'Ping @alice'), sub(9, 'open', 'Docs', 'acme/docs')],
      parent: { ...sub(1, 'open'), labels: [] },
      // A comment's cycle reads the timeline: none happened.
      timeline: [],
    };
    const changes = changesOf(
      makeItem(),
      facts,
      [],
      [{ kind: 'comment', template: 'Of {{parent}}:\n{{sub_issues}}' }],
    );
    expect(changes).toMatchObject([
      { kind: 'comment', body: `Of #1:\n- #3 Ping @${ZWSP}alice (closed)\n- acme/docs#9 Docs (open)` },
    ]);
  });

  test('{{sub_issues}} on GitLab: the project path of the item URL (subgroups, /-/issues/) is its own', () => {
    const gitlab = (number: number, project: string, state: 'open' | 'closed'): RelatedIssue => ({
      number,
      title: `Task ${number}`,
      state,
      url: `https://gitlab.example.com/${project}/-/issues/${number}`,
      repository: project,
    });
    const item = makeItem({ url: 'https://gitlab.example.com/group/sub/app/-/issues/4' });
    const facts: ItemFacts = {
      subIssues: [gitlab(5, 'group/sub/app', 'closed'), gitlab(9, 'group/docs', 'open')],
      parent: { ...gitlab(1, 'group', 'open'), labels: [] },
      timeline: [],
    };
    expect(
      changesOf(item, facts, [], [{ kind: 'comment', template: 'Of {{parent}}:\n{{sub_issues}}' }]),
    ).toMatchObject([
      { kind: 'comment', body: 'Of group#1:\n- #5 Task 5 (closed)\n- group/docs#9 Task 9 (open)' },
    ]);
  });
});

describe('issue forms', () => {
  const form: IssueForm = {
    template: 'bug_report.yml',
    fields: { version: '', logs: '', area: 'Sync', os: ['Linux', 'macOS'], repro: '/close @bob' },
    labels: { version: 'Version', logs: 'Relevant log output', area: 'Area', os: 'OS', repro: 'Steps' },
  };
  const holds = (value: Condition['value'], f: IssueForm | null = form) =>
    (changesOf(makeItem(), { form: f }, [{ kind: 'form', value } as Condition], label) as unknown[])
      .length === 1;

  test('template, field tests (text any case, list, regex, empty, filled; lists match one option), missing', () => {
    expect(holds({ template: ['BUG_REPORT.yml'], fields: [] })).toBe(true);
    expect(holds({ template: ['feature.yml'], fields: [] })).toBe(false);
    expect(holds({ fields: [{ id: 'area', test: { kind: 'one-of', values: ['sync'] } }] })).toBe(true);
    expect(holds({ fields: [{ id: 'os', test: { kind: 'one-of', values: ['macos', 'windows'] } }] })).toBe(
      true,
    );
    expect(holds({ fields: [{ id: 'os', test: { kind: 'regex', regex: /^Win/ } }] })).toBe(false);
    expect(holds({ fields: [{ id: 'version', test: { kind: 'empty' } }] })).toBe(true);
    expect(holds({ fields: [{ id: 'os', test: { kind: 'filled' } }] })).toBe(true);
    expect(holds({ fields: [{ id: 'nope', test: { kind: 'empty' } }] })).toBe(true);
    expect(holds({ fields: [], missing: ['area', 'os'] })).toBe(false);
    expect(holds({ fields: [], missing: ['area', 'logs'] })).toBe(true);
    expect(holds('none', null)).toBe(true);
    expect(holds('any', null)).toBe(false);
    expect(holds({ fields: [] }, null)).toBe(false);
  });

  test('an unread form is asked for; a pull request is written from none', () => {
    expect(changesOf(makeItem(), {}, [{ kind: 'form', value: 'any' }], label)).toEqual({
      kind: 'needs',
      facts: ['form'],
    });
    expect(
      changesOf(makeItem({ type: 'pull_request' }), {}, [{ kind: 'form', value: 'none' }], label),
    ).toHaveLength(1);
  });

  test('{{form_missing}} names the empty fields the rule lists; {{form.ID}} answers are quoted', () => {
    const when: Condition[] = [{ kind: 'form', value: { fields: [], missing: ['version', 'area', 'logs'] } }];
    const template = 'Missing: {{form_missing}}. OS: {{form.os}}.\n{{form.repro}} {{form.unknown}}|';
    expect(
      changesOf(makeItem(), { form, timeline: [] }, when, [{ kind: 'comment', template }]),
    ).toMatchObject([
      {
        kind: 'comment',
        body: `Missing: Version, Relevant log output. OS: Linux, macOS.\n${ZWSP}/close @${ZWSP}bob |`,
      },
    ]);
  });
});
