/**
 * End to end, many repositories: the bundled Action (dist/index.js) and CLI against the emulators.
 * Shards of an organisation (archived, disabled and forks skipped, balanced by open items), one run
 * over several repositories with a result file, the merge of result files, the charts (checked
 * against counts computed here from the seeds) and report issues (created once, edited in place,
 * never duplicated, never reopened, counted against max-operations, summary only in a dry run).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode, type ActionRun } from '../helpers/run-action.js';
import { mermaidCharts } from '../helpers/mermaid.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'org-token-0123456789';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const ago = (days: number) => new Date(NOW - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');

const RULES = `version: 1
rules:
  - id: needs-triage
    when:
      type: issue
      labels: { none: [triage, bug] }
    then:
      - label: triage
  - id: old-prs
    when:
      type: pull_request
      created: { older-than: 300d }
      labels: { none: [old] }
    then:
      - label: old
`;

const REPORT_RULES = `${RULES}reports:
  - id: weekly
    title: Triage report
    rules: [needs-triage, old-prs]
    labels: [triage-report]
`;

/** Seeds: per repository, items with an age in days and whether they already carry a label. */
interface Seed {
  pr?: boolean;
  age: number;
  labels?: string[];
  closed?: boolean;
}
const SEEDS: Record<string, Seed[]> = {
  'acme/api': [
    { age: 2 },
    { age: 10 },
    { age: 40, labels: ['bug'] },
    { age: 200 },
    { age: 400 },
    { age: 5, closed: true },
    { pr: true, age: 3 },
    { pr: true, age: 500 },
  ],
  'acme/web': [{ age: 1 }, { age: 100, labels: ['triage'] }, { pr: true, age: 20 }],
  'acme/docs': [{ age: 800 }],
};

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  for (const [name, seeds] of Object.entries(SEEDS)) {
    const repo = gh.store.addRepo(name);
    seeds.forEach((s, i) =>
      repo.addIssue({
        title: `${name} item ${i + 1}`,
        pull_request: s.pr ?? false,
        labels: s.labels ?? [],
        created_at: ago(s.age),
        state: s.closed ? 'closed' : 'open',
        user: 'alice',
      }),
    );
  }
  gh.store.addRepo('acme/old-site', { archived: true }).addIssue({ title: 'archived item' });
  gh.store.addRepo('acme/blocked', { disabled: true });
  gh.store.addRepo('acme/api-fork', { fork: true }).addIssue({ title: 'fork item' });
  gh.store.addRepo('other/elsewhere').addIssue({ title: 'not acme' });
  dir = mkdtempSync(join(tmpdir(), 'sift-org-'));
});
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
  rmSync(dir, { recursive: true, force: true });
});

async function act(inputs: Record<string, string>, rules = RULES, env: Record<string, string> = {}) {
  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest', cache: 'false', ...inputs },
    env: { GITHUB_REPOSITORY: 'acme/api', GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl, ...env },
    files: { '.github/sift.yml': rules },
  });
  runs.push(run);
  return run;
}

/** Open items by age bucket (< 7, < 30, < 90, < 365 days, older), as the README defines them. */
function expectedAges(seeds: Seed[], pr: boolean): number[] {
  const buckets = [0, 0, 0, 0, 0];
  for (const s of seeds) {
    if ((s.pr ?? false) !== pr || s.closed) continue;
    buckets[s.age < 7 ? 0 : s.age < 30 ? 1 : s.age < 90 ? 2 : s.age < 365 ? 3 : 4]++;
  }
  return buckets;
}

describe('mode: shards', () => {
  it('lists the organisation, skips archived, disabled and forks, and balances shards by open items', async () => {
    const run = await act({ mode: 'shards', org: 'acme', 'max-shards': '2' });
    expect(run.code).toBe(0);
    const matrix = JSON.parse(run.outputs.matrix) as { include: { shard: string; repositories: string }[] };
    // acme/api has 7 open items, acme/web 3 and acme/docs 1: the largest alone, the two others together.
    expect(matrix).toEqual({
      include: [
        { shard: '1', repositories: 'acme/api' },
        { shard: '2', repositories: 'acme/docs acme/web' },
      ],
    });
    expect(run.outputs['shard-count']).toBe('2');
    expect(run.summary).toMatch(/acme\/old-site \| archived/);
    expect(run.summary).toMatch(/acme\/blocked \| disabled/);
    expect(run.summary).toMatch(/acme\/api-fork \| fork/);
    // The listing was read page by page, and nothing was written.
    expect(gh.requests.some((r) => r.path === '/orgs/acme/repos')).toBe(true);
    expect(gh.writes()).toEqual([]);
  });

  it('takes forks when asked, include and exclude globs, and never more shards than repositories', async () => {
    const run = await act({
      mode: 'shards',
      org: 'acme',
      'include-forks': 'true',
      include: 'api* docs',
      exclude: 'acme/docs',
    });
    const matrix = JSON.parse(run.outputs.matrix) as { include: { repositories: string }[] };
    expect(matrix.include.map((s) => s.repositories).sort()).toEqual(['acme/api', 'acme/api-fork']);
  });

  it('pages through a large organisation (GitHub pages by 100)', async () => {
    for (let i = 0; i < 130; i++) gh.store.addRepo(`big/r${String(i).padStart(3, '0')}`);
    const run = await act({ mode: 'shards', org: 'big', 'max-shards': '256' });
    const matrix = JSON.parse(run.outputs.matrix) as { include: { repositories: string }[] };
    expect(matrix.include).toHaveLength(130);
    expect(gh.requests.filter((r) => r.path === '/orgs/big/repos').map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '2',
    ]);
  });

  it('says 0 shards, and warns, when nothing is left to sweep (GitHub rejects an empty matrix)', async () => {
    gh.store.addRepo('quiet/attic', { archived: true });
    gh.store.addRepo('quiet/fork', { fork: true });
    const run = await act({ mode: 'shards', org: 'quiet' });
    expect(run.code).toBe(0);
    expect(run.outputs['shard-count']).toBe('0');
    expect(JSON.parse(run.outputs.matrix)).toEqual({ include: [] });
    expect(run.stdout).toMatch(/::warning::No repository of quiet is left to sweep/);
  });

  it('fails clearly for an organisation it cannot see', async () => {
    const run = await act({ mode: 'shards', org: 'nobody' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/no organisation "nobody"/);
  });
});

describe.each(['rest', 'graphql'])('several repositories in one run (%s)', (api) => {
  it('sweeps each in turn, reports the one it cannot, writes a result file, and merge sums them', async () => {
    const run = await act({
      api,
      repository: 'acme/api, acme/web acme/missing',
      'result-file': 'out/result.json',
    });
    // The missing repository fails the step, after the two others were swept.
    expect(run.code).toBe(1);
    const api_ = gh.store.repo('acme/api')!;
    const web = gh.store.repo('acme/web')!;
    // needs-triage: open issues without triage or bug; old-prs: the PR from 500 days ago.
    expect(api_.issues.filter((i) => i.labels.includes('triage')).map((i) => i.number)).toEqual([1, 2, 4, 5]);
    expect(api_.issues.filter((i) => i.labels.includes('old')).map((i) => i.number)).toEqual([8]);
    expect(web.issues.filter((i) => i.labels.includes('triage')).map((i) => i.number)).toEqual([1, 2]);
    expect(run.summary).toMatch(/## Sift triage of 3 repositories/);
    expect(run.summary).toMatch(/acme\/missing \| \*\*not swept\*\*: not found/);
    // Failures first: the missing repository heads the table.
    const rows = run.summary.split('\n').filter((l) => /^\| acme\//.test(l));
    expect(rows[0]).toMatch(/^\| acme\/missing/);

    const result = JSON.parse(readFileSync(join(run.workspace, 'out/result.json'), 'utf8')) as {
      format: string;
      runs: {
        repository: string;
        error?: string;
        result?: { walked: number };
        budgetBefore?: { remaining: number };
        spent?: { kind: string; amount: number };
      }[];
    };
    expect(result.format).toBe('sift-result');
    expect(result.runs.map((r) => r.repository)).toEqual(['acme/api', 'acme/web', 'acme/missing']);
    expect(result.runs[2].error).toMatch(/not found/);
    // Each run read the budget left before it (GET /rate_limit, free).
    expect(result.runs.slice(0, 2).every((r) => typeof r.budgetBefore?.remaining === 'number')).toBe(true);
    // And says what its sweep spent, in the budget's own unit, as the emulator charged it: REST
    // requests to the repository (the check of the repository itself and the budget reads aside),
    // or GraphQL points (the sweeps are the only GraphQL users here, one after the other).
    const spent = result.runs.map((r) => r.spent);
    if (api === 'rest') {
      for (const [i, name] of ['acme/api', 'acme/web'].entries()) {
        const charged = gh.requests.filter((r) => r.path.startsWith(`/repos/${name}/`) && r.status !== 304);
        expect(spent[i]).toEqual({ kind: 'REST requests', amount: charged.length });
      }
    } else {
      const points = gh.requests.reduce((n, r) => n + (r.graphql?.cost ?? 0), 0);
      expect(spent.slice(0, 2).every((s) => s?.kind === 'GraphQL points')).toBe(true);
      expect((spent[0]?.amount ?? 0) + (spent[1]?.amount ?? 0)).toBe(points);
    }
    expect(spent[2]).toBeUndefined();
    expect(JSON.parse(run.outputs.repositories)).toHaveLength(3);
    expect(JSON.parse(run.outputs.plan).every((e: { repository?: string }) => e.repository)).toBe(true);

    // Charts: acme/api and acme/web's open issues and pull requests by age, summed.
    const charts = await mermaidCharts(run.summary);
    const all = [...SEEDS['acme/api'], ...SEEDS['acme/web']];
    const issues = charts.find((c) => c.title === 'Open issues by age' && c.values.length === 5)!;
    const sumOf = (seeds: Seed[], pr: boolean) => expectedAges(seeds, pr);
    expect(issues.values).toEqual(sumOf(all, false));
    const perRule = charts.find((c) => c.title === 'Items changed per rule')!;
    expect(Object.fromEntries(perRule.categories.map((c, i) => [c, perRule.values[i]]))).toEqual({
      // acme/api: issues 1, 2, 4 and 5; acme/web: issue 1 (its issue 2 already has triage).
      'needs-triage': 5,
      'old-prs': 1,
    });

    // Merge: the file of this run and one of another shard, in folders as download-artifact lays them.
    const second = await act({ api, repository: 'acme/docs', 'result-file': 'result.json' });
    expect(second.code).toBe(0);
    const results = join(dir, 'results');
    mkdirSync(join(results, 'sift-result-1'), { recursive: true });
    mkdirSync(join(results, 'sift-result-2'), { recursive: true });
    writeFileSync(
      join(results, 'sift-result-1', 'result.json'),
      readFileSync(join(run.workspace, 'out/result.json')),
    );
    writeFileSync(
      join(results, 'sift-result-2', 'result.json'),
      readFileSync(join(second.workspace, 'result.json')),
    );
    // The first shard run again (its file downloaded twice): shown once, and the summary says so.
    mkdirSync(join(results, 'sift-result-1-rerun'), { recursive: true });
    writeFileSync(
      join(results, 'sift-result-1-rerun', 'result.json'),
      readFileSync(join(run.workspace, 'out/result.json')),
    );
    const merged = await act({ mode: 'merge', results });
    expect(merged.code).toBe(1); // acme/missing still needs a human
    expect(merged.summary).toMatch(/4 repositories from 3 result files/);
    expect(merged.summary).toMatch(/3 repositories appear in more than one result file/);
    // Items changed: acme/api 4 issues and 1 pull request, acme/web 1, acme/docs 1.
    expect(Number(merged.outputs.changed)).toBe(5 + 1 + 1);
    const mergedIssues = (await mermaidCharts(merged.summary)).find((c) => c.title === 'Open issues by age')!;
    expect(mergedIssues.values).toEqual(sumOf([...all, ...SEEDS['acme/docs']], false));
    const prs = (await mermaidCharts(merged.summary)).find((c) => c.title === 'Open pull requests by age')!;
    expect(prs.values).toEqual(sumOf([...all, ...SEEDS['acme/docs']], true));
  });
});

describe('report issues', () => {
  const reportIssues = () =>
    gh.store.repo('acme/api')!.issues.filter((i) => (i.body ?? '').includes('<!-- sift:report=weekly -->'));

  it('creates the report once, edits it in place, never duplicates or reopens it', async () => {
    const first = await act({ repository: 'acme/api' }, REPORT_RULES);
    expect(first.code).toBe(0);
    expect(reportIssues()).toHaveLength(1);
    const report = reportIssues()[0];
    expect(report.labels).toEqual(['triage-report']);
    expect(report.title).toBe('Triage report');
    // Per rule: the items it matched, linked, with what Sift did.
    expect(report.body).toMatch(/### `needs-triage`\n\nMatched 4 items this run: changed 4\./);
    expect(report.body).toMatch(/- \[#8\]\([^)]+\) acme\/api item 8: label old/);
    const charts = await mermaidCharts(report.body ?? '');
    expect(charts.find((c) => c.title === 'Open issues by age')!.values).toEqual(
      expectedAges(SEEDS['acme/api'], false),
    );
    expect(charts.find((c) => c.title === 'Open pull requests by age')!.values).toEqual(
      expectedAges(SEEDS['acme/api'], true),
    );
    expect(first.summary).toMatch(/### Report issues[\s\S]*`weekly` \| \[#9\]/);

    // Second run: the same issue edited (one PATCH), no new issue; the report itself is never triaged.
    const before = gh.writes().length;
    await act({ repository: 'acme/api' }, REPORT_RULES);
    const writes = gh.writes().slice(before);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['PATCH /repos/acme/api/issues/9']);
    expect(reportIssues()).toHaveLength(1);
    expect(report.labels).toEqual(['triage-report']);

    // A maintainer closes it: the next run edits it in place and leaves it closed.
    report.state = 'closed';
    const third = await act({ repository: 'acme/api' }, REPORT_RULES);
    expect(third.code).toBe(0);
    expect(reportIssues()).toHaveLength(1);
    expect(reportIssues()[0].state).toBe('closed');
    expect(third.summary).toMatch(/left closed/);
  });

  it('reopens a closed report when the report says reopen: true, and works the same through GraphQL', async () => {
    const rules = REPORT_RULES.replace(
      'labels: [triage-report]',
      'labels: [triage-report]\n    reopen: true',
    );
    const first = await act({ repository: 'acme/api', api: 'graphql' }, rules);
    expect(first.code).toBe(0);
    const [report] = reportIssues();
    // The single repository's summary says what budget the run started with (GraphQL points here).
    expect(first.summary).toMatch(
      /API budget left before the run: \d+ of 5000 GraphQL points; this repository's run sent \d+ requests/,
    );
    report.state = 'closed';
    const second = await act({ repository: 'acme/api', api: 'graphql' }, rules);
    expect(second.code).toBe(0);
    expect(reportIssues()).toHaveLength(1);
    expect(reportIssues()[0].state).toBe('open');
    expect(second.summary).toMatch(/reopened \(the report says reopen: true\)/);
  });

  it.each(['acme/api', 'acme/api acme/web'])(
    'writes nothing in a dry run and shows the body in the summary (%s)',
    async (repository) => {
      const run = await act({ repository, 'dry-run': 'true' }, REPORT_RULES);
      expect(run.code).toBe(0);
      expect(gh.writes()).toEqual([]);
      const repositories = repository.split(' ');
      expect(run.summary.match(/would be created \(dry run\)/g)).toHaveLength(repositories.length);
      expect(run.summary.match(/<!-- sift:report=weekly -->/g)).toHaveLength(repositories.length);
      for (const name of repositories) expect(run.summary).toContain(`Sift's triage report for ${name}`);
    },
  );

  it("never takes a person's issue for its report, even with the marker and the label", async () => {
    const repo = gh.store.repo('acme/api')!;
    const pasted = repo.addIssue({
      title: 'Copied the report',
      body: 'look: <!-- sift:report=weekly -->',
      labels: ['triage-report'],
      user: 'mallory',
    });
    const run = await act({ repository: 'acme/api' }, REPORT_RULES);
    expect(run.code).toBe(0);
    expect(pasted.body).toBe('look: <!-- sift:report=weekly -->');
    expect(gh.writes().filter((w) => w.path === `/repos/acme/api/issues/${pasted.number}`)).toEqual([]);
    const ours = reportIssues().filter((i) => i.user.login === 'sift[bot]');
    expect(ours).toHaveLength(1);
  });

  it('writes no report when the circuit breaker stops the run', async () => {
    const repo = gh.store.repo('acme/api')!;
    for (let i = 0; i < 12; i++) repo.addIssue({ title: `new ${i}`, user: 'bob' });
    // 16 of the 18 items walked would change: more than max-change-ratio 0.5 of them.
    const run = await act({ repository: 'acme/api' }, REPORT_RULES);
    expect(run.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    expect(reportIssues()).toHaveLength(0);
    expect(run.summary).toMatch(/not written: the circuit breaker stopped this run/);
  });

  it('counts against max-operations: with no write left, the report is deferred', async () => {
    // 5 label writes for the items, none left for the report.
    const run = await act({ repository: 'acme/api', 'max-operations': '5' }, REPORT_RULES);
    expect(reportIssues()).toHaveLength(0);
    expect(run.summary).toMatch(/not written: max-operations had no write left/);
    expect(gh.writes()).toHaveLength(5);
  });
});

describe('the CLI over several repositories', () => {
  const cli = (args: string[]) =>
    spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN }, dir);

  it('writes result files that sift merge joins, and prints the shards of an organisation', async () => {
    writeFileSync(join(dir, 'sift.yml'), RULES);
    const common = ['--rules', 'sift.yml', '--api-url', gh.url, '--api', 'rest'];
    const a = await cli(['--repo', 'acme/api,acme/web', ...common, '--result', 'results/one/r.json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/acme\/api: walked 7 items, changed 5/);
    expect(a.stdout).toMatch(/acme\/web: walked 3 items, changed 1/);
    const b = await cli(['--repo', 'acme/docs', ...common, '--result', 'results/two/r.json', '--dry-run']);
    expect(b.code).toBe(0);
    const merged = await cli(['merge', 'results', '--summary', 'merged.md']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/3 repositories from 2 result files/);
    const summary = readFileSync(join(dir, 'merged.md'), 'utf8');
    expect(summary).toMatch(/## Sift: 3 repositories from 2 result files/);
    // One file came from a dry run: the merged summary says so.
    expect(summary).toMatch(/Dry run: nothing was changed/);

    const shards = await cli(['shards', '--org', 'acme', '--api-url', gh.url, '--max-shards', '1']);
    expect(JSON.parse(shards.stdout)).toEqual({
      include: [{ shard: '1', repositories: 'acme/api acme/docs acme/web' }],
    });
  });

  it('refuses a merge of files that are not results, naming the file', async () => {
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'x.json'), '{"hello": 1}');
    const run = await cli(['merge', 'bad']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\/x\.json is not a Sift result file/);
  });
});

describe('an event run with several repositories', () => {
  it('is refused: only sweeps run over several repositories', async () => {
    const run = await act({ repository: 'acme/api acme/web', mode: 'sweep', explain: '#1' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/names 2 repositories; only a sweep runs over several/);
  });
});

describe('GitLab: shards of a group with subgroups, and a report issue (CLI)', () => {
  let gl: GitLabEmulator;
  beforeEach(async () => {
    gl = await startGitLabEmulator({ token: TOKEN });
    const app = gl.store.addProject('corp/app');
    for (let i = 0; i < 4; i++)
      app.addIssue({ title: `app ${i}`, author: 'alice', created_at: ago(i * 50 + 1) });
    gl.store.addProject('corp/team/lib').addIssue({ title: 'lib 1', author: 'alice' });
    gl.store.addProject('corp/team/deep/tool').addIssue({ title: 'tool 1', author: 'alice' });
    gl.store.addProject('corp/attic', { archived: true });
    gl.store.addProject('corp/team/fork', { forkedFrom: 'corp/app' });
    gl.store.addProject('other/x');
    writeFileSync(join(dir, 'sift.yml'), REPORT_RULES);
  });
  afterEach(() => gl.close());

  const sift = (args: string[]) =>
    spawnNode([CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', GITLAB_TOKEN: TOKEN }, dir);

  it('lists the group with its subgroups into a matrix', async () => {
    const run = await sift([
      'shards',
      '--provider',
      'gitlab',
      '--group',
      'corp',
      '--api-url',
      gl.url,
      '--max-shards',
      '2',
    ]);
    expect(run.code).toBe(0);
    const matrix = JSON.parse(run.stdout) as { include: { shard: string; repositories: string }[] };
    expect(matrix.include).toEqual([
      { shard: '1', repositories: 'corp/app' },
      { shard: '2', repositories: 'corp/team/deep/tool corp/team/lib' },
    ]);
    expect(run.stderr).toMatch(/corp\/attic \(archived\)/);
    expect(run.stderr).toMatch(/corp\/team\/fork \(fork\)/);
  });

  it('sweeps two projects and keeps one report issue per project', async () => {
    const args = [
      '--provider',
      'gitlab',
      '--project',
      'corp/app,corp/team/lib',
      '--rules',
      'sift.yml',
      '--api-url',
      gl.url,
    ];
    const first = await sift(args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    await sift(args);
    for (const path of ['corp/app', 'corp/team/lib']) {
      const reports = gl.store
        .project(path)!
        .issues.filter((i) => (i.description ?? '').includes('sift:report=weekly'));
      expect(reports).toHaveLength(1);
      expect(reports[0].labels).toEqual(['triage-report']);
      // The report is never triaged itself.
      expect(reports[0].labels).not.toContain('triage');
    }
    const app = gl.store.project('corp/app')!;
    expect(app.issues.filter((i) => i.labels.includes('triage'))).toHaveLength(4);
  });
});
