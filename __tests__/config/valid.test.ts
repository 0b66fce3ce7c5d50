import { fileURLToPath } from 'node:url';
import { loadRules, parseRules } from '../../src/config/index.js';
import { DEFAULT_ACTIVITY, type RuleSet } from '../../src/model/rules.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

function fixture(name: string): string {
  return fileURLToPath(new URL(`./valid/${name}`, import.meta.url));
}

describe('valid rules files', () => {
  test('the stale example compiles to the exact RuleSet', async () => {
    const ruleSet = await loadRules(fixture('stale.yml'), { displayPath: '.github/sift.yml' });

    expect(ruleSet).toEqual<RuleSet>({
      file: '.github/sift.yml',
      activity: DEFAULT_ACTIVITY,
      rules: [
        {
          id: 'mark-stale',
          when: [
            { kind: 'type', value: 'issue' },
            { kind: 'state', value: 'open' },
            { kind: 'labels', value: { none: ['stale', 'pinned'] } },
            { kind: 'inactive', value: 60 * DAY },
          ],
          then: [
            { kind: 'label', labels: ['stale'] },
            {
              kind: 'comment',
              template:
                '@{{author}}, this issue has had no activity for {{inactive_days}} days. It will close in 7 days.',
            },
          ],
          pos: { file: '.github/sift.yml', line: 3, col: 5 },
        },
        {
          id: 'close-stale',
          // No state written: the implicit `state: open` comes last.
          when: [
            { kind: 'labels', value: { all: ['stale'] } },
            { kind: 'labeled', value: { stale: 7 * DAY } },
            { kind: 'state', value: 'open' },
          ],
          then: [{ kind: 'close', reason: 'not_planned' }],
          pos: { file: '.github/sift.yml', line: 12, col: 5 },
        },
      ],
    });
  });

  test('without displayPath, the RuleSet and positions name the path as given', async () => {
    const path = fixture('stale.yml');
    const ruleSet = await loadRules(path);
    expect(ruleSet.file).toBe(path);
    expect(ruleSet.rules[0].pos).toEqual({ file: path, line: 3, col: 5 });
  });

  test('every condition and action, in every accepted spelling, compiles exactly', async () => {
    const ruleSet = await loadRules(fixture('everything.yml'), { displayPath: 'everything.yml' });
    const pos = (line: number) => ({ file: 'everything.yml', line, col: 5 });

    expect(ruleSet).toEqual<RuleSet>({
      file: 'everything.yml',
      activity: { ignoreActors: ['renovate*', 'ci-user'], reactions: true, linked: true },
      rules: [
        {
          id: 'everything.v2_x',
          description: 'Every condition and action',
          on: ['issues.opened', 'pull_request', 'schedule'],
          when: [
            { kind: 'type', value: 'pull_request' },
            { kind: 'state', value: 'all' },
            { kind: 'draft', value: false },
            { kind: 'locked', value: true },
            { kind: 'labels', value: { any: ['area/*'], all: ['bug', 'p1'], none: ['wontfix'] } },
            { kind: 'title', value: /^wip\b/ },
            { kind: 'body', value: /fixes #\d+/im },
            { kind: 'author', value: ['dependabot*'] },
            { kind: 'author-association', value: ['MEMBER', 'OWNER', 'FIRST_TIMER'] },
            { kind: 'assignees', value: 'none' },
            { kind: 'milestone', value: 'any' },
            { kind: 'created', value: { olderThan: 2 * WEEK } },
            { kind: 'updated', value: { newerThan: 12 * HOUR, olderThan: 30 * MINUTE } },
            { kind: 'inactive', value: 0 },
            { kind: 'labeled', value: { stale: 7 * DAY, 'area/ui': HOUR } },
            { kind: 'comments', value: { min: 1, max: 10 } },
            { kind: 'human-comments', value: { min: 2, max: 2 } },
            { kind: 'reactions', value: { min: 1 } },
            { kind: 'thumbs-up', value: { max: 5 } },
            {
              kind: 'files',
              value: { any: ['src/**'], all: ['src/**', 'docs/**'], none: ['**/*.lock'] },
            },
            { kind: 'base', value: ['main'] },
            { kind: 'head', value: ['feature/*', 'fix/*'] },
            { kind: 'linked', value: false },
            { kind: 'active-after-label', value: 'stale' },
            {
              kind: 'any',
              value: [
                { kind: 'type', value: 'issue' },
                {
                  kind: 'all',
                  value: [
                    { kind: 'draft', value: true },
                    { kind: 'locked', value: false },
                  ],
                },
              ],
            },
            {
              kind: 'all',
              value: [
                { kind: 'comments', value: { min: 3, max: 3 } },
                { kind: 'comments', value: { max: 0 } },
              ],
            },
            { kind: 'not', value: { kind: 'assignees', value: ['octocat', 'hubot'] } },
          ],
          then: [
            { kind: 'label', labels: ['triaged', 'size/L'] },
            { kind: 'unlabel', labels: ['needs-triage'] },
            { kind: 'comment', template: 'Hi @{{ author }}, rule {{rule}}.' },
            { kind: 'close', reason: 'completed' },
            { kind: 'lock', reason: 'too heated' },
            { kind: 'assign', logins: ['octocat'] },
            { kind: 'unassign', logins: ['hubot'] },
            { kind: 'milestone', title: 'v1.0' },
            { kind: 'request-review', logins: ['octocat', 'monalisa'] },
          ],
          pos: pos(8),
        },
        {
          id: 'second',
          when: [
            { kind: 'assignees', value: ['octocat'] },
            { kind: 'milestone', value: 'Backlog' },
            { kind: 'author', value: ['alice', 'bot-*'] },
            { kind: 'author-association', value: ['NONE'] },
            { kind: 'title', value: /^\[RFC\]/su },
            {
              kind: 'not',
              value: {
                kind: 'all',
                value: [
                  { kind: 'milestone', value: 'none' },
                  { kind: 'assignees', value: 'any' },
                ],
              },
            },
            { kind: 'state', value: 'open' },
          ],
          then: [
            { kind: 'close', reason: 'completed' },
            { kind: 'lock', reason: null },
            // `none`, `null` and an empty value all clear the milestone.
            { kind: 'milestone', title: null },
            { kind: 'milestone', title: null },
            { kind: 'milestone', title: null },
          ],
          pos: pos(54),
        },
        {
          id: '3',
          when: [{ kind: 'state', value: 'closed' }],
          then: [{ kind: 'reopen' }, { kind: 'unlock' }],
          pos: pos(68),
        },
        {
          id: 'lock-reason',
          when: [{ kind: 'state', value: 'open' }],
          then: [{ kind: 'lock', reason: 'off-topic' }],
          pos: pos(73),
        },
        {
          id: 'needs-type',
          on: ['pull_request_target.opened'],
          when: [
            { kind: 'type', value: 'pull_request' },
            { kind: 'state', value: 'open' },
          ],
          check: {
            message: 'A pull request needs a type/* label.',
            require: [
              { kind: 'labels', value: { any: ['type/*'] } },
              { kind: 'not', value: { kind: 'files', value: { all: ['docs/**'] } } },
            ],
          },
          then: [{ kind: 'label', labels: ['needs-type'] }],
          pos: pos(76),
        },
        {
          id: 'check-only',
          on: ['workflow_dispatch'],
          // A check rule needs no actions: it reports.
          when: [{ kind: 'state', value: 'open' }],
          check: { message: 'Needs a milestone.', require: [{ kind: 'milestone', value: 'any' }] },
          then: [],
          pos: pos(86),
        },
      ],
    });
  });

  test('regex flags are exactly those written, and plain sources are case-sensitive', () => {
    const ruleSet = parseRules(
      [
        'version: 1',
        'rules:',
        '  - id: r',
        '    when: { title: "/^WIP/i", body: "^WIP" }',
        '    then: [{ label: x }]',
      ].join('\n'),
      'r.yml',
    );
    const [title, body] = ruleSet.rules[0].when;
    expect(title).toEqual({ kind: 'title', value: /^WIP/i });
    expect(body).toEqual({ kind: 'body', value: /^WIP/ });
    if (body.kind !== 'body' || title.kind !== 'title') throw new Error('unexpected condition kinds');
    expect(title.value.test('wip: x')).toBe(true);
    expect(body.value.test('wip: x')).toBe(false);
  });

  test('a state written only inside a combinator still gets the implicit top-level state', () => {
    const ruleSet = parseRules(
      [
        'version: 1',
        'rules:',
        '  - id: r',
        '    when: { not: { state: closed } }',
        '    then: [{ label: x }]',
      ].join('\n'),
      'r.yml',
    );
    expect(ruleSet.rules[0].when).toEqual([
      { kind: 'not', value: { kind: 'state', value: 'closed' } },
      { kind: 'state', value: 'open' },
    ]);
  });

  test('anchors and aliases are followed', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: a',
      '    when: &stale { labels: { any: stale } }',
      '    then: [{ label: x }]',
      '  - id: b',
      '    when: *stale',
      '    then: [{ unlabel: x }]',
    ].join('\n');
    const [a, b] = parseRules(text, 'r.yml').rules;
    expect(b.when).toEqual(a.when);
    expect(b.when[0]).toEqual({ kind: 'labels', value: { any: ['stale'] } });
  });
});

describe('events, checks and the activity clock', () => {
  const one = (rule: string) => parseRules(`version: 1\nrules:\n${rule}`, 'r.yml');

  test('on: a single event is a list of one; absent, the rule has no `on`', () => {
    expect(one('  - id: r\n    on: issues\n    then: [{ label: x }]\n').rules[0].on).toEqual(['issues']);
    expect(one('  - id: r\n    then: [{ label: x }]\n').rules[0]).not.toHaveProperty('on');
  });

  test('any action name is accepted after a known event', () => {
    const rule = one(
      '  - id: r\n    on: [issue_comment.created, pull_request_review.submitted]\n    then: [{ label: x }]\n',
    ).rules[0];
    expect(rule.on).toEqual(['issue_comment.created', 'pull_request_review.submitted']);
  });

  test('activity defaults when absent or partly given', () => {
    expect(one('  - id: r\n    then: [{ label: x }]\n').activity).toEqual(DEFAULT_ACTIVITY);
    const partial = parseRules(
      'version: 1\nactivity: { ignore-actors: ci-bot }\nrules:\n  - id: r\n    then: [{ label: x }]\n',
      'r.yml',
    );
    expect(partial.activity).toEqual({ ignoreActors: ['ci-bot'], reactions: false, linked: false });
  });
});
