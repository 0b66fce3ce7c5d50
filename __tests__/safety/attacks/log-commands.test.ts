/**
 * Attack 4: titles, rule ids and test names that are workflow commands. The runner acts on a log line
 * that starts with `::` and on `##[` anywhere; a title's line break starts a line of its own. Nothing
 * Sift prints may run one: the Action's explain, sweep and test mode, the CLI's text and JSON.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY, spawnNode } from '../../helpers/run-action.js';
import { APIS, Attack, COMMAND_PAYLOADS, injectedCommands, REPO, TOKEN } from './harness.js';

const RULES = `version: 1
rules:
  - id: label-all
    when: { state: open }
    then: [{ label: seen }]
`;

const attack = new Attack();
afterEach(() => attack.stop());

function seedHostileIssues(): void {
  COMMAND_PAYLOADS.forEach((title, i) =>
    attack.repo.addIssue({ number: i + 1, title, body: COMMAND_PAYLOADS.join('\n') }),
  );
}

describe.each(APIS)('hostile titles in the log, over %s', (api) => {
  beforeEach(async () => {
    await attack.start();
    seedHostileIssues();
  });

  it('the Action explaining an item prints its title, but runs none of its commands', async () => {
    for (const n of [1, 3, 4]) {
      const run = await attack.action({ api, explain: `#${n}` }, {}, { '.github/sift.yml': RULES });
      expect(run.code).toBe(0);
      expect(injectedCommands(run.stdout)).toEqual([]);
      expect(run.stdout).toContain('PWNED');
    }
  });

  it('a sweep logs every item and its changes, and runs none of their commands', async () => {
    const run = await attack.action({ api, 'dry-run': 'true' }, {}, { '.github/sift.yml': RULES });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PWNED-4');
    expect(injectedCommands(run.stdout)).toEqual([]);
  });

  it('the CLI, as text and as JSON, explaining and planning, runs none of their commands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-attack-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/sift.yml'), RULES);
    const cli = (args: string[]) =>
      spawnNode(
        [
          CLI_ENTRY,
          '--repo',
          REPO,
          '--rules',
          '.github/sift.yml',
          '--api',
          api,
          '--api-url',
          attack.gh.url,
          ...args,
        ],
        { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN },
        dir,
      );
    for (const args of [
      ['--dry-run'],
      ['--dry-run', '--json'],
      ['--explain', '1'],
      ['--explain', '4', '--json'],
    ]) {
      const run = await cli(args);
      expect([args, run.stderr, run.code]).toEqual([args, '', 0]);
      expect([args, injectedCommands(run.stdout)]).toEqual([args, []]);
      // The text plan names items by number; explanations and JSON carry the titles.
      if (args.length > 1) expect(run.stdout).toContain('PWNED');
    }
    // JSON keeps the values exactly: the escape is JSON's own.
    const json = JSON.parse((await cli(['--dry-run', '--json'])).stdout) as { title: string }[];
    expect(json.map((e) => e.title).sort()).toEqual([...COMMAND_PAYLOADS].sort());
  });
});

describe('hostile test names and expectations in mode: test', () => {
  beforeEach(() => attack.start());

  it('prints and annotates each test, and runs none of their commands', async () => {
    const tests = `version: 1
now: 2026-06-01T00:00:00Z
tests:
${COMMAND_PAYLOADS.map(
  (name, i) => `  - name: ${JSON.stringify(name)}
    item: { labels: [${JSON.stringify(COMMAND_PAYLOADS[(i + 1) % COMMAND_PAYLOADS.length])}] }
    expect:
      label-all:
        - label: ${JSON.stringify(name)}
`,
).join('')}`;
    const run = await attack.action(
      { mode: 'test', tests: '.github/sift.test.yml' },
      {},
      { '.github/sift.yml': RULES, '.github/sift.test.yml': tests },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAILED');
    expect(run.stdout).toContain('PWNED-5');
    expect(injectedCommands(run.stdout)).toEqual([]);
  });
});
