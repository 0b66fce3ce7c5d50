/**
 * GitLab numbers merge requests apart from issues and writes them `!12` (`#12` is issue 12, another
 * item). The CLI on the GitLab emulator: `--explain '!1'` explains merge request 1 and `--explain 1`
 * issue 1 (both exist here), and the text output, the summary and the failure lines name merge
 * requests `!N`; GitHub keeps `#N` and refuses `!N`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { parseExplainTarget } from '../../src/pipeline/explain.js';

const TOKEN = 'glpat-item-names-0123456789';
const RULES = `version: 1
rules:
  - id: needs-review
    when:
      type: pull_request
      draft: false
    then:
      - label: needs-review
  - id: triage
    when:
      type: issue
      labels: { none: [triaged] }
    then:
      - label: triage
  - id: fixed-soon
    when:
      type: issue
      linked: true
    then:
      - label: fix-in-review
`;

// The web addresses the emulator gives, as gitlab.com's are: /-/issues/N, /-/merge_requests/N.
const ISSUE_URL = 'https://gitlab.example.com/group/app/-/issues/1';
const MR_URL = 'https://gitlab.example.com/group/app/-/merge_requests/1';

let gl: GitLabEmulator;
let dir: string;
let rules: string;
const gitlab = ['--provider', 'gitlab', '--project', 'group/app'];

beforeEach(async () => {
  gl = await startGitLabEmulator({ token: TOKEN });
  const project = gl.store.addProject('group/app');
  // Issue 1 and merge request 1: the same number, two items.
  project.addIssue({ title: 'Crash on start', author: 'alice' });
  project.addMergeRequest({ title: 'Fix the crash', author: 'bob', closesIssues: [1] });
  dir = mkdtempSync(join(tmpdir(), 'sift-gitlab-names-'));
  rules = join(dir, 'sift.yml');
  writeFileSync(rules, RULES);
});
afterEach(async () => {
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sift(argv: string[], env: Record<string, string> = { GITLAB_TOKEN: TOKEN }) {
  let out = '';
  let err = '';
  const code = await main(argv, env, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('--explain on GitLab', () => {
  it("'!1' explains merge request 1, 1 and '#1' issue 1", async () => {
    const mr = await sift([...gitlab, '--rules', rules, '--api-url', gl.url, '--explain', '!1']);
    expect(mr.err).toBe('');
    expect(mr.code).toBe(0);
    expect(mr.out.split('\n')[0]).toBe(`Why Sift does what it does to !1 (Fix the crash) ${MR_URL}`);
    expect(mr.out).toMatch(/rule needs-review: matches\n/);

    for (const target of ['1', '#1']) {
      const issue = await sift([...gitlab, '--rules', rules, '--api-url', gl.url, '--explain', target]);
      expect(issue.code).toBe(0);
      expect(issue.out).toMatch(/^Why Sift does what it does to #1 \(Crash on start\) /);
      expect(issue.out).toMatch(/rule triage: matches\n/);
      // The issue's linked item is the merge request that closes it: named as GitLab names it.
      expect(issue.out).toContain('[linked: !1 (open)]');
    }
    // One read of the item each, by its own path: no walk through the listing.
    const reads = gl.requests.filter((r) => /\/(issues|merge_requests)\/1$/.test(r.path)).map((r) => r.path);
    expect(reads).toEqual([
      '/projects/group%2Fapp/merge_requests/1',
      '/projects/group%2Fapp/issues/1',
      '/projects/group%2Fapp/issues/1',
    ]);
    expect(gl.writes()).toEqual([]);
  });

  it('names a missing merge request as GitLab would', async () => {
    const run = await sift([...gitlab, '--rules', rules, '--api-url', gl.url, '--explain', '!7']);
    expect(run).toEqual({ code: 1, out: '', err: 'sift: !7 does not exist in group/app\n' });
  });

  it('GitHub refuses !N (its issues and pull requests share numbers)', async () => {
    const run = await sift(['--repo', 'octo/app', '--rules', rules, '--explain', '!1'], {
      GITHUB_TOKEN: 't',
    });
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "sift: --explain '!1' names a GitLab merge request; on GitHub issues and pull requests share numbers: --explain 1\n" +
        'Usage: sift [run|validate|try|test|eval|shards|merge] [options]; sift --help lists every option.\n',
    );
  });

  it('parses the targets', () => {
    expect(parseExplainTarget('!12')).toEqual({ number: 12, mergeRequest: true });
    expect(parseExplainTarget(' #12 ')).toEqual({ number: 12 });
    expect(parseExplainTarget('12')).toEqual({ number: 12 });
    expect(parseExplainTarget('discussion #12')).toEqual({ number: 12, discussion: true });
    for (const bad of ['discussion !12', '!!12', '!', '!0', '#-1', 'pr 12'])
      expect(parseExplainTarget(bad)).toBeNull();
  });
});

describe('reports on GitLab', () => {
  it('the text output and the summary name merge requests !N and issues #N', async () => {
    const summary = join(dir, 'summary.md');
    const run = await sift([
      ...gitlab,
      '--rules',
      rules,
      '--api-url',
      gl.url,
      '--dry-run',
      '--summary',
      summary,
    ]);
    expect(run.code).toBe(0);
    const [issue, mr] = [ISSUE_URL, MR_URL];
    expect(run.out.split('\n').slice(0, 3)).toEqual([
      `#1 [triage] label triage  ${issue}`,
      `#1 [fixed-soon] label fix-in-review  ${issue}`,
      `!1 [needs-review] label needs-review  ${mr}`,
    ]);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain(`| [!1](${mr}) | Fix the crash | \`needs-review\``);
    expect(markdown).toContain(`| [#1](${issue}) | Crash on start | \`triage\``);
    expect(markdown).not.toContain(`[#1](${mr})`);
  });

  it('a failed write is logged with !N', async () => {
    gl.onRequest = (r) =>
      r.method === 'PUT' && r.path.includes('/merge_requests/')
        ? { status: 403, body: { message: '403 Forbidden' } }
        : undefined;
    const run = await sift([...gitlab, '--rules', rules, '--api-url', gl.url]);
    expect(run.code).toBe(1);
    const failed = run.out.split('\n').filter((l) => l.includes('FAILED'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^!1 FAILED: .*merge request !1/);
  });
});

describe('reports on GitHub', () => {
  let gh: GitHubEmulator;
  afterEach(() => gh.close());

  it('keep #N for pull requests', async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    const repo = gh.store.addRepo('octo/app');
    repo.addIssue({ title: 'Fix the crash', user: 'bob', pull_request: true });
    const run = await sift(['--repo', 'octo/app', '--rules', rules, '--api-url', gh.url, '--dry-run'], {
      GITHUB_TOKEN: TOKEN,
    });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^#1 \[needs-review\] label needs-review {2}/);
  });
});
