/**
 * GitHub's limits on what a step may write, end to end: the bundled dist/index.js, a dry run whose
 * rule matches all 10,000 items of a repository on the GitHub emulator (GraphQL, 100 items a page).
 * GitHub refuses a step summary over 1 MiB (and shows none of it) and caps a job's outputs at 1 MB:
 * the summary and the `plan` output keep what fits and say what they left out; the `plan-file` output
 * names a file with the whole plan.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { runAction, removeWorkspace, type ActionRun } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'e2e-token-limits-0123456789';
const REPO = 'octo/huge';
const ITEMS = 10_000;
const MIB = 1_048_576;

const RULES = `version: 1
rules:
  - id: triage-everything
    when: { labels: { none: [triaged] } }
    then:
      - label: triaged
  - id: never
    when: { labels: { all: [no-such-label] } }
    then:
      - label: nope
`;

let gh: GitHubEmulator;
let run: ActionRun;

beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo(REPO);
  // Titles with multi-byte characters, as real repositories have: budgets are in bytes.
  for (let n = 1; n <= ITEMS; n++) {
    repo.addIssue({ title: `Crash when opening file ${n} — “ünïcödé” 修复 🐛`, user: `user${n % 97}` });
  }
  run = await runAction({
    inputs: {
      token: TOKEN,
      rules: '.github/sift.yml',
      'dry-run': 'true',
      'max-change-ratio': '1',
      // A dry run defers what a real run's budget would not cover: let it cover every item.
      'max-operations': String(ITEMS),
    },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url },
    files: { '.github/sift.yml': RULES },
  });
}, 120_000);

afterAll(async () => {
  await closeConforming(gh);
  if (run) removeWorkspace(run);
});

describe('a dry run that would change all of 10,000 items', () => {
  it('finishes, sends no write, and counts every item as changed', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(run.outputs.changed).toBe(String(ITEMS));
  });

  it('writes a step summary under 1 MiB with the totals, the rules and how many items it left out', () => {
    const summaryFile = join(run.workspace, 'step-summary.md');
    const size = statSync(summaryFile).size;
    expect(size).toBeLessThan(MIB);
    expect(size).toBeGreaterThan(500_000); // the budget is used for rows, not wasted

    const summary = run.summary;
    expect(summary).toContain(`## Sift triage of ${REPO}`);
    expect(summary).toContain(
      `| ${REPO} | schedule | sweep | \`.github/sift.yml\` | yes | ${ITEMS} | ${ITEMS} | 0 |`,
    );
    expect(summary).toContain('| `triage-everything` | 10000 |');
    expect(summary).toContain('| `never` | 0 |');

    const shown = [...summary.matchAll(/^\| \[#(\d+)\]\(/gm)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(1000);
    expect(shown.length).toBeLessThan(ITEMS);
    expect(new Set(shown).size).toBe(shown.length);
    expect(summary).toContain(
      `and ${ITEMS - shown.length} more items (see the \`plan-file\` output / --json)`,
    );
  });

  it('keeps all outputs together under 1 MB; plan lists what fits and says how many it left out', () => {
    const outputFile = join(run.workspace, 'github-output.txt');
    expect(statSync(outputFile).size).toBeLessThan(1_000_000);

    const plan = JSON.parse(run.outputs.plan) as { number: number; rules: { rule: string }[] }[];
    const omitted = Number(run.outputs['plan-omitted']);
    expect(plan.length).toBeGreaterThan(1000);
    expect(omitted).toBeGreaterThan(0);
    expect(plan.length + omitted).toBe(ITEMS);
    expect(plan.every((p) => p.rules[0].rule === 'triage-everything')).toBe(true);
    expect(run.outputs.checks).toBe('[]');
    expect(run.outputs['checks-omitted']).toBe('0');
    expect(JSON.parse(run.outputs.deferred)).toEqual({ items: 0, rules: {}, writes: 0, runsNeeded: 0 });
  });

  it('writes the whole plan to the plan-file in RUNNER_TEMP', () => {
    const file = run.outputs['plan-file'];
    expect(dirname(file)).toBe(run.workspace); // the helper's RUNNER_TEMP
    expect(existsSync(file)).toBe(true);
    const whole = JSON.parse(readFileSync(file, 'utf8')) as { number: number; title: string }[];
    expect(whole).toHaveLength(ITEMS);
    expect(new Set(whole.map((p) => p.number)).size).toBe(ITEMS);
    expect(whole[0].title).toContain('“ünïcödé” 修复 🐛');
    // The plan output is the start of the same plan.
    const plan = JSON.parse(run.outputs.plan) as unknown[];
    expect(whole.slice(0, plan.length)).toEqual(plan);
  });
});
