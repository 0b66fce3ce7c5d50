/**
 * `sift eval` of a `similar` rule counts the items people closed as duplicates however the forge
 * records it: the close reason (GitHub's `state_reason: duplicate`, GraphQL's
 * `stateReason(enableDuplicate: true)`, GitLab's `/duplicate`) or the label `duplicate`. One seeded
 * history on GitHub (read through REST and through GraphQL), GitLab and the memory provider must give
 * the same figures. The embeddings come from the OpenAI-compatible emulator (bags of words: the same
 * title scores 1.0), so which items score high is known by construction.
 */
import { parseRules } from '../../src/config/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { startModelEmulator, type ModelEmulator } from '../../src/emulator/openai/index.js';
import { AnswerCache, createModelAnswerer } from '../../src/models/index.js';
import { evaluateRule, type SimilarEvalResult } from '../../src/pipeline/eval.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import type { Provider } from '../../src/providers/provider.js';
import { renderEvalText } from '../../src/report/eval.js';

const TOKEN = 'eval-similar-0123456789';
const RULES = `version: 1
models:
  max-calls: 10
rules:
  - id: possible-duplicate
    when:
      type: issue
      similar: { min: 0.9, among: open, limit: 3 }
    then:
      - label: possible-duplicate
`;

interface SeedIssue {
  title: string;
  state: 'open' | 'closed';
  /** Why it was closed; GitLab records only `duplicate` (with the issue it duplicates). */
  closedAs?: 'completed' | 'not_planned' | 'duplicate';
  duplicateOf?: number;
  labels?: string[];
}

/** Numbers 1.., one day apart: each item's candidates are those before it. */
const SEED: SeedIssue[] = [
  { title: 'App crashes when saving a large file', state: 'open' }, // 1: the original
  { title: 'Add a dark mode', state: 'open' }, // 2
  // 3: closed as a duplicate of 1 (the close reason, no label): caught
  { title: 'App crashes when saving a large file', state: 'closed', closedAs: 'duplicate', duplicateOf: 1 },
  // 4: closed not planned with the label duplicate (the older habit): missed, no text gives it away
  { title: 'Login page answers 500', state: 'closed', closedAs: 'not_planned', labels: ['duplicate'] },
  // 5: closed as completed: reads like 2, so a false match
  { title: 'Add a dark mode', state: 'closed', closedAs: 'completed' },
  // 6: the label on an open item is a proposal, not people's verdict: not a duplicate
  { title: 'Export to CSV', state: 'open', labels: ['duplicate'] },
  // 7: closed as a duplicate of 1 and labelled too: caught, counted once, by its close reason
  {
    title: 'App crashes when saving a large file',
    state: 'closed',
    closedAs: 'duplicate',
    duplicateOf: 1,
    labels: ['duplicate'],
  },
];
const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString().replace('.000Z', 'Z');

let ai: ModelEmulator;
let gh: GitHubEmulator;
let gl: GitLabEmulator;

beforeAll(async () => {
  ai = await startModelEmulator({ token: TOKEN });
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('octo/dups');
  SEED.forEach((s, i) =>
    repo.addIssue({
      number: i + 1,
      title: s.title,
      state: s.state,
      ...(s.closedAs ? { state_reason: s.closedAs } : {}),
      labels: s.labels ?? [],
      created_at: day(i + 1),
      updated_at: day(i + 1),
    }),
  );
  gl = await startGitLabEmulator({ token: TOKEN });
  const project = gl.store.addProject('octo/dups');
  SEED.forEach((s, i) =>
    project.addIssue({
      iid: i + 1,
      title: s.title,
      state: s.state === 'closed' ? 'closed' : 'opened',
      ...(s.closedAs === 'duplicate' ? { duplicate_of: s.duplicateOf } : {}),
      labels: s.labels ?? [],
      created_at: day(i + 1),
      updated_at: day(i + 1),
    }),
  );
});
afterAll(async () => {
  await Promise.all([ai.close(), gh.close(), gl.close()]);
});

function memory(): MemoryProvider {
  return new MemoryProvider(
    SEED.map((s, i) =>
      memoryItem({
        number: i + 1,
        title: s.title,
        state: s.state,
        closedAs: s.state === 'closed' ? (s.closedAs ?? 'completed') : null,
        labels: s.labels ?? [],
        createdAt: day(i + 1),
      }),
    ),
    { repository: 'octo/dups' },
  );
}

const PROVIDERS: Record<string, () => Provider> = {
  'github REST': () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/dups', baseUrl: gh.url }),
  'github GraphQL': () =>
    createGitHubGraphqlProvider({
      token: TOKEN,
      repository: 'octo/dups',
      baseUrl: gh.url,
      graphqlUrl: gh.graphqlUrl,
    }),
  gitlab: () => createGitLabProvider({ token: TOKEN, project: 'octo/dups', baseUrl: gl.url }),
  memory,
};

async function evaluate(provider: Provider): Promise<SimilarEvalResult> {
  const rules = parseRules(RULES, 'sift.yml');
  const models = createModelAnswerer(rules.models!, {
    token: TOKEN,
    baseUrl: ai.url,
    cache: new AnswerCache(),
    sleep: () => Promise.resolve(),
  });
  const result = await evaluateRule({ provider, rules, ruleId: 'possible-duplicate', sample: 50, models });
  if (!('kind' in result)) throw new Error('expected the evaluation of a similar rule');
  return result;
}

/** The figures and each item's verdict, without what names the forge (URLs). */
function figures(r: SimilarEvalResult) {
  return {
    evaluated: r.evaluated,
    duplicates: r.duplicates,
    duplicatesBy: r.duplicatesBy,
    caught: r.caught,
    others: r.others,
    falseMatches: r.falseMatches,
    failed: r.failed,
    calls: r.calls,
    embedded: r.embedded,
    samples: r.samples.map((s) => [s.item.number, s.duplicate]),
  };
}

test('every provider reads the same people’s duplicates and gives the same figures', async () => {
  const results: Record<string, ReturnType<typeof figures>> = {};
  for (const [name, make] of Object.entries(PROVIDERS)) results[name] = figures(await evaluate(make()));
  const rest = results['github REST'];
  expect(rest).toEqual({
    evaluated: 7,
    // 3 and 7 by their close reason, 4 by its label; 6 is labelled but open.
    duplicates: 3,
    duplicatesBy: { closedAs: 2, label: 1 },
    caught: 2,
    others: 4,
    falseMatches: 1,
    failed: 0,
    calls: 1,
    // Four distinct texts among seven issues.
    embedded: 4,
    samples: [
      [7, 'closedAs'],
      [6, null],
      [5, null],
      [4, 'label'],
      [3, 'closedAs'],
      [2, null],
      [1, null],
    ],
  });
  expect(results['github GraphQL']).toEqual(rest);
  expect(results.gitlab).toEqual(rest);
  expect(results.memory).toEqual(rest);
});

test('the text says how duplicates were told', async () => {
  const text = renderEvalText(await evaluate(memory()));
  expect(text).toContain(
    'Duplicates (closed as duplicate, or closed with the label "duplicate"): 3 ' +
      '(2 by close reason, 1 by the label alone); the rule would have caught 2 (66.7%).',
  );
  expect(text).toContain('False matches: 1 of 4 other items (25.0%)');
});

test('without enableDuplicate GraphQL would have said NOT_PLANNED: the listing asks for it', async () => {
  const before = gh.requests.length;
  await evaluate(PROVIDERS['github GraphQL']());
  const queries = gh.requests.slice(before).filter((r) => r.graphql !== undefined);
  expect(queries.length).toBeGreaterThan(0);
  expect(queries.some((r) => /stateReason\(enableDuplicate: true\)/.test(JSON.stringify(r.body)))).toBe(true);
});
