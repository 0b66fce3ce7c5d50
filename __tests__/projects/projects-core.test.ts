/**
 * GitHub Projects (v2), forge-free: the rules file's `project` condition and action (schema, positions,
 * did-you-mean), their resolution against the projects' definitions, the engine (iterations by `now`,
 * values as the project spells them, a rerun plans nothing), GitLab's and discussions' refusals, and
 * the whole pipeline over the in-memory provider (writes, budget, no writes on a bad rule).
 */
import { checkCapabilities, ConfigError, parseRules } from '../../src/config/index.js';
import { resolveProjects } from '../../src/config/resolve-projects.js';
import { iterationAt } from '../../src/engine/projects.js';
import { planItem } from '../../src/engine/index.js';
import type { ProjectSchema } from '../../src/model/projects.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { makeItem } from '../engine/fixtures.js';

const NOW = new Date('2026-06-10T12:00:00Z');

const BOARD: ProjectSchema = {
  owner: 'acme',
  number: 7,
  id: 'PVT_7',
  title: 'Board',
  fields: [
    { id: 'F_title', name: 'Title', type: 'OTHER', dataType: 'TITLE' },
    {
      id: 'F_status',
      name: 'Status',
      type: 'SINGLE_SELECT',
      options: [
        { id: 'o1', name: 'Todo' },
        { id: 'o2', name: 'In Progress' },
        { id: 'o3', name: 'Done' },
      ],
    },
    { id: 'F_notes', name: 'Notes', type: 'TEXT' },
    { id: 'F_estimate', name: 'Estimate', type: 'NUMBER' },
    { id: 'F_due', name: 'Due', type: 'DATE' },
    {
      id: 'F_sprint',
      name: 'Sprint',
      type: 'ITERATION',
      iterations: [
        { id: 'i1', title: 'Sprint 1', startDate: '2026-05-25', duration: 14 },
        { id: 'i2', title: 'Sprint 2', startDate: '2026-06-08', duration: 14 },
        { id: 'i3', title: 'Sprint 3', startDate: '2026-06-22', duration: 14 },
      ],
    },
  ],
};

const RULES = `version: 1
rules:
  - id: board
    when:
      type: issue
    then:
      - project:
          owner: acme
          number: 7
          fields: { Status: Todo, Notes: 'from {{author}}', Estimate: 3, Due: 2026-07-01, Sprint: '@current' }
`;

function resolved(text: string, schemas: ProjectSchema[] = [BOARD]) {
  return resolveProjects(
    parseRules(text, 'sift.yml'),
    schemas.map((schema) => ({ ref: schema, schema })),
  );
}

function messages(text: string, schemas?: ProjectSchema[]): string[] {
  return resolved(text, schemas).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
}

describe('rules file', () => {
  test('the schema refuses a project without a number, a field with a list value, unknown keys', () => {
    const bad = `version: 1
rules:
  - id: a
    when: { project: { owner: acme } }
    then:
      - project: { owner: acme, number: 7, fields: { Status: [Todo] }, colour: red }
`;
    expect(() => parseRules(bad, 'sift.yml')).toThrow(ConfigError);
    const text = (() => {
      try {
        parseRules(bad, 'sift.yml');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(text).toMatch(/sift\.yml:4:\d+: .*number/);
    expect(text).toMatch(/sift\.yml:6:\d+: /);
  });

  test('a misspelt iteration keyword is an error at the value, with a suggestion', () => {
    expect(() => parseRules(RULES.replace("'@current'", "'@curent'"), 'sift.yml')).toThrow(
      /sift\.yml:10:\d+: "@curent" is not an iteration keyword; did you mean "@current"\?/,
    );
  });

  test('unknown project, field, option, iteration and wrong types: errors at the keys, with suggestions', () => {
    expect(messages(RULES.replace('number: 7', 'number: 8'), [BOARD])).toEqual([
      '7:9: rule "board": project acme/projects/8 was not read',
    ]);
    const wrong = RULES.replace('Status: Todo', 'Stauts: Todo')
      .replace('Estimate: 3', 'Estimate: lots')
      .replace('Due: 2026-07-01', 'Due: 2026-13-01')
      .replace("'@current'", 'Sprint 9');
    expect(messages(wrong)).toEqual([
      '10:21: rule "board": project acme/projects/7 has no field "Stauts"; did you mean "Status"? (fields: Status, Notes, Estimate, Due, Sprint)',
      '10:61: rule "board": project acme/projects/7, field "Estimate": "lots" is not a number',
      '10:77: rule "board": project acme/projects/7, field "Due": "2026-13-01" is not a date (YYYY-MM-DD)',
      '10:94: rule "board": project acme/projects/7, field "Sprint": no iteration "Sprint 9"; did you mean "Sprint 1"? (@current, @next, Sprint 1, Sprint 2, Sprint 3)',
    ]);
    expect(messages(RULES.replace('Status: Todo', 'Status: Dnoe'))).toEqual([
      '10:21: rule "board": project acme/projects/7, field "Status": no option "Dnoe"; did you mean "Done"? (options: Todo, In Progress, Done)',
    ]);
    expect(messages(RULES.replace('Status: Todo', 'Title: x'))).toEqual([
      '10:21: rule "board": project acme/projects/7, field "Title": a title field mirrors the item itself; Sift sets and tests text, number, date, single select and iteration fields',
    ]);
    expect(messages(RULES.replace("Status: Todo, Notes: 'from {{author}}'", "Status: '{{author}}'"))).toEqual(
      [
        '10:21: rule "board": project acme/projects/7, field "Status": placeholders work only in text fields; this is a single select field',
      ],
    );
  });

  test('a project the forge could not give is an error at the rule, with the reason', () => {
    const problems = resolveProjects(parseRules(RULES, 'sift.yml'), [
      { ref: { owner: 'acme', number: 7 }, schema: null, problem: 'GitHub says no such project' },
    ]).problems;
    expect(problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '7:9: rule "board": project acme/projects/7: GitHub says no such project',
    ]);
  });

  test('conditions are resolved too, inside not/any; project: any and none need no definition', () => {
    const text = `version: 1
rules:
  - id: c
    when:
      any:
        - project: none
        - not: { project: { owner: acme, number: 7, fields: { Status: [Todo, Doen] } } }
    then:
      - label: x
`;
    expect(messages(text)).toEqual([
      '7:63: rule "c": project acme/projects/7, field "Status": no option "Doen"; did you mean "Done"? (options: Todo, In Progress, Done)',
    ]);
    expect(messages(text.replace(', Doen', ''))).toEqual([]);
  });

  test('GitLab refuses both, naming the rule and why; discussion rules refuse them', () => {
    const gitlab = createGitLabProvider({ token: 't', project: 'g/a', baseUrl: 'http://127.0.0.1:9' });
    const text = `version: 1
rules:
  - id: c
    when: { project: any }
    then:
      - project: { owner: acme, number: 7 }
`;
    const why =
      "GitHub Projects (v2) have no GitLab equivalent (GitLab's issue boards are views of labels and milestones); use labels or milestones instead";
    expect(
      checkCapabilities(parseRules(text, 'sift.yml'), gitlab.capabilities).map((p) => p.message),
    ).toEqual([
      `rule "c" uses the condition "project", which the gitlab provider does not support: ${why}`,
      `rule "c" uses the action "project", which the gitlab provider does not support: ${why}`,
    ]);
    expect(() =>
      parseRules(text.replace('{ project: any }', '{ type: discussion, project: any }'), 'sift.yml'),
    ).toThrow(/not discussions/);
  });
});

describe('engine', () => {
  const rules = resolved(RULES).ruleSet;

  test('adds and sets every field: @current by now, numbers and options as the project spells them', () => {
    const plan = planItem(makeItem({ author: 'mona' }), { projects: [] }, rules, NOW);
    expect(plan).toEqual({
      kind: 'plan',
      plan: expect.objectContaining({
        rules: [
          {
            rule: 'board',
            changes: [
              {
                kind: 'project',
                project: { owner: 'acme', number: 7 },
                add: true,
                fields: [
                  { name: 'Status', value: 'Todo' },
                  { name: 'Notes', value: 'from mona' },
                  { name: 'Estimate', value: '3' },
                  { name: 'Due', value: '2026-07-01' },
                  { name: 'Sprint', value: 'Sprint 2' },
                ],
              },
            ],
          },
        ],
      }),
    });
  });

  test('an item in the project gets only the fields that differ; all equal: nothing (a rerun)', () => {
    const member = {
      owner: 'ACME',
      number: 7,
      itemId: 'PVTI_1',
      fields: { status: 'todo', Notes: 'from mona', Estimate: '3.0', Due: '2026-07-01', Sprint: 'Sprint 1' },
    };
    const plan = planItem(makeItem({ author: 'mona' }), { projects: [member] }, rules, NOW);
    expect(plan.kind === 'plan' && plan.plan?.rules[0].changes).toEqual([
      {
        kind: 'project',
        project: { owner: 'acme', number: 7 },
        add: false,
        fields: [{ name: 'Sprint', value: 'Sprint 2' }],
      },
    ]);
    const done = { ...member, fields: { ...member.fields, Sprint: 'Sprint 2' } };
    expect(planItem(makeItem({ author: 'mona' }), { projects: [done] }, rules, NOW)).toEqual({
      kind: 'plan',
      plan: null,
    });
  });

  test('unread projects are asked for', () => {
    expect(planItem(makeItem(), {}, rules, NOW)).toEqual({ kind: 'needs', facts: ['projects'] });
  });

  test('iterations are half-open days in UTC; @next follows the current one, or the next to start', () => {
    const its = BOARD.fields.find((f) => f.type === 'ITERATION');
    if (its?.type !== 'ITERATION') throw new Error('no iteration field');
    const at = (iso: string, which: '@current' | '@next') =>
      iterationAt(its.iterations, which, Date.parse(iso))?.title;
    expect(at('2026-06-07T23:59:59Z', '@current')).toBe('Sprint 1');
    expect(at('2026-06-08T00:00:00Z', '@current')).toBe('Sprint 2');
    expect(at('2026-06-08T00:00:00Z', '@next')).toBe('Sprint 3');
    expect(at('2026-07-06T00:00:00Z', '@current')).toBeUndefined();
    expect(at('2026-05-01T00:00:00Z', '@current')).toBeUndefined();
    expect(at('2026-05-01T00:00:00Z', '@next')).toBe('Sprint 1');
  });

  test('conditions: none, any, a project with field values (@current too)', () => {
    const text = (when: string) => `version: 1
rules:
  - id: c
    when: ${when}
    then:
      - label: hit
`;
    const fires = (when: string, projects: Parameters<typeof planItem>[1]['projects']) => {
      const ruleSet = resolved(text(when)).ruleSet;
      const plan = planItem(makeItem({ labels: [] }), { projects }, ruleSet, NOW);
      return plan.kind === 'plan' && plan.plan !== null;
    };
    const member = {
      owner: 'acme',
      number: 7,
      itemId: 'x',
      fields: { Status: 'In Progress', Sprint: 'Sprint 2' },
    };
    expect([fires('{ project: none }', []), fires('{ project: none }', [member])]).toEqual([true, false]);
    expect([fires('{ project: any }', []), fires('{ project: any }', [member])]).toEqual([false, true]);
    const inProgress = "{ project: { owner: acme, number: 7, fields: { Status: [Todo, 'in progress'] } } }";
    expect([fires(inProgress, [member]), fires(inProgress, [])]).toEqual([true, false]);
    const current = "{ project: { owner: acme, number: 7, fields: { Sprint: '@current' } } }";
    const next = "{ project: { owner: acme, number: 7, fields: { Sprint: '@next' } } }";
    expect([fires(current, [member]), fires(next, [member])]).toEqual([true, false]);
    // A field without a value holds none of the values.
    const estimate = '{ project: { owner: acme, number: 7, fields: { Estimate: 3 } } }';
    expect(fires(estimate, [member])).toBe(false);
  });
});

describe('pipeline over the in-memory provider', () => {
  function repo() {
    return new MemoryProvider(
      [
        memoryItem({ number: 1, author: 'mona' }),
        memoryItem({ number: 2, author: 'hubot', type: 'pull_request' }),
      ],
      { now: () => NOW, projects: [BOARD] },
    );
  }

  test('adds, sets, counts add + each field against the budget; a rerun writes nothing', async () => {
    const provider = repo();
    const rules = parseRules(RULES.replace('type: issue', 'state: open'), 'sift.yml');
    const dry = await triage({ provider, rules, now: NOW, dryRun: true });
    expect(dry.outcomes.map((o) => o.rules.flatMap((r) => r.changes.map((c) => c.status)))).toEqual([
      ['dry-run'],
      ['dry-run'],
    ]);
    expect(provider.requestCounts().writes).toBe(0);
    // One item's plan costs 6 writes (add + 5 fields): a budget of 6 does one item and defers the other.
    const capped = await triage({ provider, rules, now: NOW, dryRun: false, maxOperations: 6 });
    expect(provider.requestCounts().writes).toBe(6);
    const statuses = capped.outcomes.map((o) => o.rules[0].changes[0].status);
    expect(statuses).toEqual(['applied', 'deferred']);
    await triage({ provider, rules, now: NOW, dryRun: false });
    expect(provider.requestCounts().writes).toBe(12);
    expect(provider.get(1)!.projects).toEqual([
      {
        owner: 'acme',
        number: 7,
        itemId: 'PVT_7-1',
        fields: { Status: 'Todo', Notes: 'from mona', Estimate: '3', Due: '2026-07-01', Sprint: 'Sprint 2' },
      },
    ]);
    expect(provider.get(2)!.projects?.[0].fields.Notes).toBe('from hubot');
    const rerun = await triage({ provider, rules, now: NOW, dryRun: false });
    expect(provider.requestCounts().writes).toBe(12);
    expect(rerun.outcomes.filter((o) => o.rules.length > 0)).toEqual([]);
  });

  test('an unknown field fails the run before any read of items or any write, at the rule', async () => {
    const provider = repo();
    const rules = parseRules(RULES.replace('Status: Todo', 'Stauts: Todo'), 'sift.yml');
    await expect(triage({ provider, rules, now: NOW, dryRun: false })).rejects.toThrow(
      /^sift\.yml:10:21: rule "board": project acme\/projects\/7 has no field "Stauts"; did you mean "Status"\?/,
    );
    expect(provider.requestCounts()).toEqual({ reads: 1, writes: 0 });
    expect(provider.pagesServed).toBe(0);
  });
});

describe('the CLI', () => {
  test('reads a project token from SIFT_PROJECT_TOKEN only, for GitHub', async () => {
    const { parseCli } = await import('../../src/cli/args.js');
    const argv = ['--repo', 'acme/app', '--rules', 'sift.yml', '--dry-run'];
    const settingsOf = (env: NodeJS.ProcessEnv) => {
      const command = parseCli(argv, env);
      return command.kind === 'run' ? command.options.provider : undefined;
    };
    expect(settingsOf({ GITHUB_TOKEN: 't', SIFT_PROJECT_TOKEN: 'p' })).toMatchObject({
      token: 't',
      projectToken: 'p',
    });
    expect(settingsOf({ GITHUB_TOKEN: 't' })).not.toHaveProperty('projectToken');
  });
});

describe('sift test', () => {
  test('a rule naming a field the tests file does not define is the rules file problem, at its line', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { main } = await import('../../src/cli/main.js');
    const dir = mkdtempSync(join(tmpdir(), 'sift-projects-'));
    try {
      const rules = join(dir, 'sift.yml');
      const tests = join(dir, 'sift.test.yml');
      writeFileSync(
        rules,
        readFileSync('examples/projects.yml', 'utf8').replace(
          'fields: { Priority: P2 }',
          'fields: { Priority: P9 }',
        ),
      );
      writeFileSync(tests, readFileSync('examples/projects.test.yml', 'utf8'));
      let err = '';
      const code = await main(
        ['test', '--rules', rules, '--tests', tests],
        {},
        {
          out: () => undefined,
          err: (text) => void (err += text),
        },
      );
      expect(code).toBe(2);
      expect(err).toBe(
        `${rules}:36:54: rule "priority-low": project acme/projects/7, field "Priority": no option "P9"; did you mean "P0"? (options: P0, P1, P2)\n` +
          "The rules file has problems (against the tests file's projects); no test ran.\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
