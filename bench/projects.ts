/**
 * What `project` rules cost a sweep: 1,000 issues, 300 of them on an organisation board, a rule that
 * reads each item's Status, on the emulator, through both GitHub APIs, against the same sweep without
 * projects. Prints requests, GraphQL points and wall time (a figure, not a test):
 * `npx tsx bench/projects.ts`.
 */
import { parseRules } from '../src/config/index.js';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { projectsOf } from '../src/emulator/github/projects.js';
import { triage } from '../src/pipeline/triage.js';
import { createProvider } from '../src/providers/registry.js';

const TOKEN = 'bench-projects-token-not-secret';
const NOW = new Date('2026-03-10T12:00:00Z');
const ITEMS = 1_000;
const ON_BOARD = 300;

const RULES = {
  'without projects':
    'version: 1\nrules:\n  - id: r\n    when: { labels: { all: [bug] } }\n    then: [{ label: x }]\n',
  'with projects':
    'version: 1\nrules:\n  - id: r\n    when: { project: { owner: acme, number: 7, fields: { Status: Todo } } }\n    then: [{ label: x }]\n',
};

for (const api of ['graphql', 'rest'] as const) {
  for (const [name, text] of Object.entries(RULES)) {
    const gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW, conformance: false });
    const repo = gh.store.addRepo('acme/app');
    for (let i = 0; i < ITEMS; i++) repo.addIssue({ title: `Issue ${i}` });
    const projects = projectsOf(gh.store);
    const board = projects.add('acme', { number: 7 });
    for (let n = 1; n <= ON_BOARD; n++)
      projects.setValue(board, projects.addItem(board, 'acme/app', n), 'Status', { option: 'Todo' });
    const provider = createProvider({
      provider: 'github',
      repository: 'acme/app',
      token: TOKEN,
      apiUrl: gh.url,
      graphqlUrl: gh.graphqlUrl,
      api,
    });
    const started = performance.now();
    const result = await triage({ provider, rules: parseRules(text, 'sift.yml'), now: NOW, dryRun: true });
    const ms = Math.round(performance.now() - started);
    const points = gh.requests.reduce((sum, r) => sum + (r.graphql?.cost ?? 0), 0);
    console.log(
      `${api}, ${name}: ${result.walked} items walked, ${result.outcomes.length} planned, ${gh.requests.length} requests, ${points} GraphQL points, ${ms} ms`,
    );
    await gh.close();
  }
}
