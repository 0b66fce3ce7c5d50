/**
 * What sub-issue rules cost a GitLab sweep: 1,000 issues, 100 of them parents of 3 tasks each (300
 * tasks), on the GitLab emulator, with examples/sub-issues.yml against the same sweep with a rule that
 * reads no hierarchy. A dry run. Prints requests by kind and wall time (a figure, not a test):
 * `npx tsx bench/gitlab-hierarchy.ts`.
 */
import { readFileSync } from 'node:fs';
import { parseRules } from '../src/config/index.js';
import { startGitLabEmulator } from '../src/emulator/gitlab/index.js';
import { triage } from '../src/pipeline/triage.js';
import { createGitLabProvider } from '../src/providers/gitlab/index.js';

const TOKEN = 'bench-gitlab-hierarchy-token';
const NOW = new Date('2026-03-10T12:00:00Z');
const ISSUES = 1_000;
const PARENTS = 100;
const TASKS_EACH = 3;

const RULES = {
  'without the hierarchy':
    'version: 1\nrules:\n  - id: r\n    when: { type: issue, labels: { all: [area/sync] } }\n    then: [{ label: x }]\n',
  'examples/sub-issues.yml': readFileSync('examples/sub-issues.yml', 'utf8'),
};

for (const [name, text] of Object.entries(RULES)) {
  const gl = await startGitLabEmulator({ token: TOKEN, now: () => NOW });
  const project = gl.store.addProject('acme/app');
  let iid = 1;
  const created = (n: number) => new Date(NOW.getTime() - (ISSUES - n) * 60_000).toISOString();
  for (let p = 0; p < PARENTS; p++) {
    const parent = iid++;
    project.addIssue({
      iid: parent,
      title: `Parent ${p}`,
      labels: ['area/sync'],
      created_at: created(parent),
    });
    for (let t = 0; t < TASKS_EACH; t++) {
      const task = iid++;
      project.addIssue({
        iid: task,
        title: `Task ${p}.${t}`,
        issue_type: 'task',
        parent,
        // Every other parent has all its tasks closed: those parents are closed by the example.
        state: p % 2 === 0 ? 'closed' : 'opened',
        created_at: created(task),
      });
    }
  }
  while (iid <= ISSUES) project.addIssue({ iid, title: `Issue ${iid}`, created_at: created(iid++) });
  const provider = createGitLabProvider({ token: TOKEN, project: 'acme/app', baseUrl: gl.url });
  const started = performance.now();
  const result = await triage({ provider, rules: parseRules(text, 'sift.yml'), now: NOW, dryRun: true });
  const ms = Math.round(performance.now() - started);
  const graphql = gl.requests.filter((r) => r.path === '/api/graphql').length;
  console.log(
    `${name}: ${result.walked} items walked, ${result.outcomes.length} planned, ${gl.requests.length} requests (${graphql} GraphQL), ${ms} ms`,
  );
  await gl.close();
}
