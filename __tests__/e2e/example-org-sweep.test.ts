/**
 * examples/org-sweep.yml, run job by job and step by step as the Actions runner would: its Sift steps
 * through the bundled Action (dist/index.js) against the GitHub emulator, with the workflow's own
 * `with:` inputs, `if:` conditions, job outputs and matrix (expressions evaluated by
 * helpers/workflow.ts). The other actions are stood in for by what they do: create-github-app-token
 * gives a token, checkout puts the rules file in the workspace, upload-artifact and
 * download-artifact carry each shard's result file to the merge job, one folder per artifact.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { condition, interpolate, type Context } from '../helpers/workflow.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'app-installation-token-0123';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { matrix?: string | Record<string, unknown>; 'fail-fast'?: boolean };
  steps: Step[];
}

const workflow = parse(readFileSync('examples/org-sweep.yml', 'utf8')) as { jobs: Record<string, Job> };
/** The runner gives every input its action.yml default when the step does not set it. */
const DEFAULTS = (
  parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }
).inputs;
const RULES = readFileSync('examples/sift-org.yml', 'utf8');

let gh: GitHubEmulator;
const runs: ActionRun[] = [];
afterEach(async () => {
  await closeConforming(gh);
  runs.splice(0).forEach(removeWorkspace);
});

/** What one job run left: its outputs, and every Sift step's run. */
interface JobRun {
  outputs: Record<string, string>;
  sift: { step: Step; run: ActionRun; inputs: Record<string, string> }[];
}

/** Uploaded artifacts: name -> file name -> content. */
const artifacts = new Map<string, Map<string, string>>();

async function runJob(name: string, job: Job, base: Context): Promise<JobRun[]> {
  const matrixSpec = job.strategy?.matrix;
  const matrix =
    matrixSpec === undefined
      ? undefined
      : ((typeof matrixSpec === 'string' ? interpolate(matrixSpec, base) : matrixSpec) as {
          include: Record<string, string>[];
        });
  const entries = matrix ? matrix.include : [undefined];
  const results: JobRun[] = [];
  for (const entry of entries) {
    const context: Context = { ...base, matrix: entry ?? {}, steps: {} };
    const steps = context.steps as Record<string, { outputs: Record<string, string> }>;
    const files: Record<string, string> = {};
    const jobRun: JobRun = { outputs: {}, sift: [] };
    let lastWorkspace = '';
    for (const step of job.steps) {
      if (!condition(step.if, context)) continue;
      const given = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, String(interpolate(String(v), context))]),
      );
      const uses = step.uses ?? '';
      const defaults = /^sift-triage\/sift@/.test(uses)
        ? Object.fromEntries(
            Object.entries(DEFAULTS).map(([k, v]) => [
              k,
              String(interpolate(String(v.default ?? ''), context) ?? ''),
            ]),
          )
        : {};
      const inputs = { ...defaults, ...given };
      let outputs: Record<string, string> = {};
      if (uses.startsWith('actions/create-github-app-token@')) {
        expect(inputs.owner).toBe('acme');
        outputs = { token: TOKEN };
      } else if (uses.startsWith('actions/checkout@')) {
        files['.github/sift-org.yml'] = RULES;
      } else if (uses.startsWith('actions/upload-artifact@')) {
        const content = readFileSync(join(lastWorkspace, inputs.path), 'utf8');
        artifacts.set(inputs.name, new Map([[basename(inputs.path), content]]));
      } else if (uses.startsWith('actions/download-artifact@')) {
        const pattern = new RegExp(
          `^${inputs.pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
        );
        for (const [artifact, content] of artifacts) {
          if (!pattern.test(artifact)) continue;
          for (const [file, text] of content) files[join(inputs.path, artifact, file)] = text;
        }
      } else if (/^sift-triage\/sift@/.test(uses)) {
        const run = await runAction({
          inputs,
          env: {
            GITHUB_REPOSITORY: 'acme/.github',
            GITHUB_API_URL: gh.url,
            GITHUB_GRAPHQL_URL: gh.graphqlUrl,
            GITHUB_EVENT_NAME: 'schedule',
          },
          files,
        });
        runs.push(run);
        lastWorkspace = run.workspace;
        outputs = run.outputs;
        jobRun.sift.push({ step, run, inputs });
      } else {
        throw new Error(`job ${name}: no stand-in for ${uses}`);
      }
      if (step.id) steps[step.id] = { outputs };
    }
    jobRun.outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([k, v]) => [k, String(interpolate(v, context) ?? '')]),
    );
    results.push(jobRun);
  }
  return results;
}

describe('examples/org-sweep.yml', () => {
  it('shards the organisation, sweeps each shard, and merges their results', async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    const api = gh.store.addRepo('acme/api');
    api.addIssue({ title: 'Crash on start', created_at: ago(2) });
    api.addIssue({ title: 'Old question', labels: ['question'], created_at: ago(300), updated_at: ago(200) });
    api.addIssue({ title: 'Known bug', labels: ['bug'], created_at: ago(20) });
    const web = gh.store.addRepo('acme/web');
    web.addIssue({ title: 'Button misaligned', created_at: ago(5) });
    gh.store.addRepo('acme/docs').addIssue({ title: 'Typo', labels: ['bug'], created_at: ago(1) });
    gh.store.addRepo('acme/.github');
    gh.store.addRepo('acme/site-archive').addIssue({ title: 'excluded by glob' });
    gh.store.addRepo('acme/attic', { archived: true }).addIssue({ title: 'archived' });
    gh.store.addRepo('acme/api-fork', { fork: true }).addIssue({ title: 'a fork' });

    const base: Context = {
      // The workflow's own token cannot reach the organisation's other repositories: a step that
      // forgets the App's token fails against the emulator.
      github: { repository_owner: 'acme', repository: 'acme/.github', token: 'workflow-token' },
      vars: { SIFT_APP_ID: '12345' },
      secrets: { SIFT_APP_PRIVATE_KEY: 'pem' },
      needs: {},
    };
    const needs = base.needs as Record<string, { outputs: Record<string, string>; result: string }>;
    const order = Object.keys(workflow.jobs);
    expect(order).toEqual(['shards', 'triage', 'merge']);
    const ran: Record<string, JobRun[]> = {};
    for (const name of order) {
      const job = workflow.jobs[name];
      for (const need of [job.needs ?? []].flat()) expect(ran[need]).toBeDefined();
      if (!condition(job.if, base)) continue;
      ran[name] = await runJob(name, job, base);
      needs[name] = { outputs: ran[name][0].outputs, result: 'success' };
    }

    // shards: the three repositories left (.github and *-archive excluded, archived and forks skipped).
    const [shards] = ran.shards;
    expect(shards.sift).toHaveLength(1);
    expect(shards.sift[0].run.code).toBe(0);
    expect(JSON.parse(shards.outputs.matrix)).toEqual({
      include: [
        { shard: '1', repositories: 'acme/api' },
        { shard: '2', repositories: 'acme/docs' },
        { shard: '3', repositories: 'acme/web' },
      ],
    });

    // triage: one job per shard, each green, each sweeping its repository with the org rules.
    expect(ran.triage).toHaveLength(3);
    for (const job of ran.triage) expect(job.sift.map((s) => s.run.code)).toEqual([0]);
    expect(api.require(1).labels).toEqual(['triage']);
    expect(api.require(2).labels).toEqual(['question', 'stale']);
    expect(web.require(1).labels).toEqual(['triage']);
    for (const full of ['acme/api', 'acme/web', 'acme/docs']) {
      const reports = gh.store
        .repo(full)!
        .issues.filter((i) => (i.body ?? '').includes('sift:report=weekly-triage'));
      expect(reports.map((r) => r.labels)).toEqual([['triage-report']]);
    }
    expect(gh.store.repo('acme/site-archive')!.require(1).labels).toEqual([]);
    expect(gh.store.repo('acme/api-fork')!.require(1).labels).toEqual([]);

    // merge: every shard's result file, downloaded one folder per artifact, in one summary.
    expect(ran.merge).toHaveLength(1);
    const [merge] = ran.merge[0].sift;
    expect(merge.run.code).toBe(0);
    expect(merge.run.summary).toMatch(/## Sift: 3 repositories from 3 result files/);
    const lines = JSON.parse(merge.run.outputs.repositories) as { repository: string; changed: number }[];
    expect(Object.fromEntries(lines.map((l) => [l.repository, l.changed]))).toEqual({
      'acme/api': 2,
      'acme/docs': 0,
      'acme/web': 1,
    });
  });
});
