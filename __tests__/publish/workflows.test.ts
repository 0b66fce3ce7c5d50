/**
 * The repository's own workflows (.github/workflows): valid YAML in the shape the Actions runner
 * accepts, steps that say what they run, `uses: ./` steps that pass only inputs action.yml declares and
 * read only outputs it declares; then what each workflow is for: CI runs .ci/run, Sift triages its own
 * repository (a dry run on pull requests) with rules whose tests pass, and a release moves the major tag.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules } from '../../src/config/index.js';
import { loadPolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';
import {
  ACTION_INPUTS,
  ACTION_OUTPUTS,
  asMapping,
  readYaml,
  WORKFLOW_DIR,
  WORKFLOW_FILES,
  type Mapping,
} from './metadata.js';

const JOB_KEYS = [
  'name',
  'needs',
  'runs-on',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'if',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
];
const STEP_KEYS = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
  'working-directory',
];
// `owner/repo@ref`, `owner/repo/path@ref`, a local action (`./`, `./path`), or a Docker image.
const USES = /^(\.\/[\w./-]*|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w.-]+|docker:\/\/\S+)$/;

function jobsOf(workflow: Mapping): [string, Mapping][] {
  return Object.entries(asMapping(workflow.jobs)).map(([id, job]) => [id, asMapping(job)]);
}
function stepsOf(job: Mapping): Mapping[] {
  return Array.isArray(job.steps) ? job.steps.map(asMapping) : [];
}
/** Problems of one workflow's structure, each naming the job and step. */
function structureProblems(file: string, workflow: Mapping): string[] {
  const problems: string[] = [];
  if (typeof workflow.name !== 'string') problems.push(`${file}: no name`);
  if (workflow.on === undefined) problems.push(`${file}: no \`on\``);
  const jobs = jobsOf(workflow);
  if (jobs.length === 0) problems.push(`${file}: no jobs`);
  const jobIds = jobs.map(([id]) => id);
  for (const [id, job] of jobs) {
    const where = `${file}: job ${id}`;
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id)) problems.push(`${where}: not a valid job id`);
    for (const key of Object.keys(job))
      if (!JOB_KEYS.includes(key)) problems.push(`${where}: unknown key ${key}`);
    if (typeof job['runs-on'] !== 'string') problems.push(`${where}: no runs-on`);
    const needs = job.needs === undefined ? [] : [job.needs].flat();
    for (const need of needs)
      if (!jobIds.includes(String(need))) problems.push(`${where}: needs unknown job ${need}`);
    const steps = stepsOf(job);
    if (steps.length === 0) problems.push(`${where}: no steps`);
    const stepIds = new Set<string>();
    steps.forEach((step, index) => {
      const at = `${where} step ${index + 1}`;
      for (const key of Object.keys(step))
        if (!STEP_KEYS.includes(key)) problems.push(`${at}: unknown key ${key}`);
      if ((step.uses === undefined) === (step.run === undefined))
        problems.push(`${at}: needs exactly one of uses, run`);
      if (step.uses !== undefined && !USES.test(String(step.uses)))
        problems.push(`${at}: uses "${String(step.uses)}"`);
      if (step.run !== undefined && step.with !== undefined) problems.push(`${at}: \`with\` on a run step`);
      if (step.id !== undefined) {
        if (stepIds.has(String(step.id))) problems.push(`${at}: duplicate id ${String(step.id)}`);
        stepIds.add(String(step.id));
      }
    });
  }
  return problems;
}

/** Problems of the steps that run this Action (`uses: ./`): inputs it lacks, outputs it does not set. */
function ownActionProblems(file: string, workflow: Mapping): string[] {
  const problems: string[] = [];
  for (const [id, job] of jobsOf(workflow)) {
    const steps = stepsOf(job);
    const ownStepIds = new Set(steps.filter((step) => step.uses === './').map((step) => String(step.id)));
    for (const step of steps.filter((s) => s.uses === './')) {
      for (const input of Object.keys(asMapping(step.with))) {
        if (!(input in ACTION_INPUTS))
          problems.push(`${file}: job ${id}: input ${input} is not in action.yml`);
      }
    }
    const text = JSON.stringify(steps);
    for (const [, stepId, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ownStepIds.has(stepId) && !(output in ACTION_OUTPUTS)) {
        problems.push(`${file}: job ${id}: output ${output} is not in action.yml`);
      }
    }
  }
  return problems;
}

const workflows = Object.fromEntries(
  WORKFLOW_FILES.map((file) => [file, readYaml(join(WORKFLOW_DIR, file))]),
);
const runsOf = (workflow: Mapping) =>
  jobsOf(workflow).flatMap(([, job]) => stepsOf(job).map((step) => String(step.run ?? '')));
const usesOf = (workflow: Mapping) =>
  jobsOf(workflow).flatMap(([, job]) => stepsOf(job).map((step) => String(step.uses ?? '')));

describe('.github/workflows', () => {
  it('has the CI, triage and release workflows', () => {
    expect(WORKFLOW_FILES.sort()).toEqual(['ci.yml', 'release.yml', 'triage.yml']);
  });

  it.each(WORKFLOW_FILES)('%s is valid YAML in the shape of a workflow', (file) => {
    expect(structureProblems(file, workflows[file])).toEqual([]);
  });

  it.each(WORKFLOW_FILES)(
    '%s passes this Action only inputs it declares and reads only its outputs',
    (file) => {
      expect(ownActionProblems(file, workflows[file])).toEqual([]);
    },
  );

  it('the structure check finds what a broken workflow gets wrong', () => {
    const broken = {
      name: 'Broken',
      on: 'push',
      jobs: {
        a: { 'runs-on': 'ubuntu-latest', needs: 'nope', steps: [{ uses: 'actions/checkout', run: 'ls' }] },
        b: {
          steps: [
            { id: 's', uses: './', with: { dryrun: 'true' } },
            { run: 'echo ${{ steps.s.outputs.plans }}' },
          ],
        },
      },
    };
    expect(structureProblems('broken.yml', broken)).toEqual([
      'broken.yml: job a: needs unknown job nope',
      'broken.yml: job a step 1: needs exactly one of uses, run',
      'broken.yml: job a step 1: uses "actions/checkout"',
      'broken.yml: job b: no runs-on',
    ]);
    expect(ownActionProblems('broken.yml', broken)).toEqual([
      'broken.yml: job b: input dryrun is not in action.yml',
      'broken.yml: job b: output plans is not in action.yml',
    ]);
  });
});

describe('ci.yml', () => {
  const ci = workflows['ci.yml'];

  it('runs on pushes to main and on pull requests', () => {
    const on = asMapping(ci.on);
    expect(asMapping(on.push).branches).toEqual(['main']);
    expect('pull_request' in on).toBe(true);
  });

  it('runs .ci/run (install, lint, dist check, tests), an executable script in the repository', () => {
    expect(runsOf(ci)).toContain('.ci/run');
    expect(() => accessSync('.ci/run', constants.X_OK)).not.toThrow();
    const script = readFileSync('.ci/run', 'utf8');
    for (const command of ['npm ci', 'npm run lint', 'npm run bundle', 'git diff --exit-code', 'npm test']) {
      expect(script).toContain(command);
    }
  });
});

describe('triage.yml', () => {
  const triage = workflows['triage.yml'];
  const ownSteps = jobsOf(triage).flatMap(([, job]) => stepsOf(job).filter((step) => step.uses === './'));

  it("runs this repository's Action (uses: ./) after checking it out", () => {
    for (const [, job] of jobsOf(triage)) {
      const uses = stepsOf(job).map((step) => step.uses);
      if (!uses.includes('./')) continue;
      expect(uses.indexOf('actions/checkout@v4')).toBeGreaterThanOrEqual(0);
      expect(uses.indexOf('actions/checkout@v4')).toBeLessThan(uses.indexOf('./'));
    }
    expect(ownSteps.length).toBeGreaterThan(0);
  });

  it('sweeps on a schedule and answers issue and pull-request events, never pull_request_target', () => {
    const on = asMapping(triage.on);
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['schedule', 'issues', 'pull_request']));
    // It runs the checked-out code: a write token on a fork's pull request would be unsafe.
    expect('pull_request_target' in on).toBe(false);
  });

  it('is a dry run on pull requests and a real run otherwise', () => {
    const triageStep = ownSteps.find((step) => asMapping(step.with).mode === undefined);
    expect(asMapping(triageStep?.with)['dry-run']).toBe("${{ github.event_name == 'pull_request' }}");
  });

  it('uses rules that load and tests that pass', async () => {
    const [rulesPath, testsPath] = ['rules', 'tests'].map((input) => {
      const given = ownSteps.map((step) => asMapping(step.with)[input]).find((v) => v !== undefined);
      return String(given ?? asMapping(ACTION_INPUTS[input]).default);
    });
    expect([existsSync(rulesPath), existsSync(testsPath)]).toEqual([true, true]);
    const rules = await loadRules(rulesPath);
    const report = runPolicyTests(rules, await loadPolicyTests(testsPath, rules));
    expect(report.outcomes.length).toBeGreaterThan(0);
    expect(report.outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.test.name)).toEqual(
      [],
    );
  });
});

describe('release.yml', () => {
  const release = workflows['release.yml'];
  const jobs = Object.fromEntries(jobsOf(release));
  const stepNamed = (job: string, name: string) =>
    String(stepsOf(jobs[job]).find((step) => step.name === name)?.run ?? '');

  it('runs on version tags, after the same checks as CI', () => {
    expect(asMapping(asMapping(release.on).push).tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(runsOf(release)).toContain('.ci/run');
    expect(usesOf(release)).toContain('actions/checkout@v4');
    expect(jobs['major-tag'].needs).toBe('checks');
    expect(asMapping(jobs['major-tag'].permissions).contents).toBe('write');
  });

  /** Runs a step's script with bash in `cwd`, as the runner would, with these variables. */
  function runStep(script: string, cwd: string, env: Record<string, string>) {
    return spawnSync('bash', ['-e', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
  }

  it('refuses a tag that is not the package version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-release-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3' }));
      const check = stepNamed('checks', "The tag is the package's version");
      expect(runStep(check, dir, { GITHUB_REF_NAME: 'v1.2.3' }).status).toBe(0);
      const wrong = runStep(check, dir, { GITHUB_REF_NAME: 'v1.2.4' });
      expect(wrong.status).toBe(1);
      expect(wrong.stdout).toContain('::error::Tag v1.2.4 does not match package.json version 1.2.3.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves the major tag to each release, in a real repository with a local origin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-release-'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      }).trim();
    try {
      git(dir, 'init', '-q', '--bare', 'origin.git');
      git(dir, 'clone', '-q', 'origin.git', 'work');
      const work = join(dir, 'work');
      const summary = join(dir, 'summary.md');
      const move = stepNamed('major-tag', 'Move the major tag to this release');
      const release = (version: string) => {
        git(work, 'commit', '-q', '--allow-empty', '-m', version);
        const sha = git(work, 'rev-parse', 'HEAD');
        git(work, 'tag', version);
        const env = { GITHUB_REF_NAME: version, GITHUB_SHA: sha, GITHUB_STEP_SUMMARY: summary, HOME: dir };
        expect(runStep(move, work, env).stderr).not.toMatch(/fatal|error/);
        return sha;
      };
      const first = release('v1.0.0');
      expect(git(dir, '--git-dir=origin.git', 'rev-parse', 'v1^{commit}')).toBe(first);
      const second = release('v1.1.0');
      expect(git(dir, '--git-dir=origin.git', 'rev-parse', 'v1^{commit}')).toBe(second);
      expect(readFileSync(summary, 'utf8')).toContain(`Moved v1 to v1.1.0 (${second}).`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
