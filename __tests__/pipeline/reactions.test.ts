/**
 * `activity.reactions: true`: a person's reaction on the description keeps an item alive, a bot's does
 * not, and without the setting reactions are not activity. Reactions are a fact (`reactions`) the
 * engine asks for beside the timeline, only for items that have some; both GitHub APIs answer it, so
 * both plan the same. Against the GitHub emulator over HTTP.
 */
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createProvider } from '../../src/providers/registry.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number): string =>
  new Date(NOW.getTime() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const TOKEN = 'reactions-token';

const rules = (countReactions: boolean) =>
  parseRules(
    `version: 1
activity:
  reactions: ${countReactions}
rules:
  - id: mark-stale
    when: { type: issue, inactive: 30d, labels: { none: [stale] } }
    then:
      - label: stale
`,
    'sift.yml',
  );

let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('octo/reactions');
  const quiet = { user: 'alice', created_at: daysAgo(100), updated_at: daysAgo(40) };
  repo.addIssue({
    ...quiet,
    title: 'A person reacted',
    reactionList: [{ content: '+1', user: 'carol', created_at: daysAgo(2) }],
  });
  repo.addIssue({
    ...quiet,
    title: 'Only a bot reacted',
    reactionList: [{ content: 'rocket', user: 'dependabot[bot]', created_at: daysAgo(2) }],
  });
  repo.addIssue({ ...quiet, title: 'Nobody reacted' });
});
afterEach(() => gh.close());

async function staleItems(api: 'rest' | 'graphql', countReactions: boolean): Promise<number[]> {
  const provider = createProvider({
    provider: 'github',
    api,
    repository: 'octo/reactions',
    token: TOKEN,
    apiUrl: gh.url,
  });
  const result = await triage({
    provider,
    rules: rules(countReactions),
    now: NOW,
    dryRun: true,
    maxChangeRatio: 1,
  });
  return result.outcomes
    .filter((o) => o.rules.some((r) => r.rule === 'mark-stale'))
    .map((o) => o.item.number);
}

/** Requests that read reactions with who and when: REST's reactions listing, GraphQL's `reactions(...)`. */
function reactionReads(): { item: number | null }[] {
  return gh.requests.flatMap((r) => {
    const rest = /\/issues\/(\d+)\/reactions$/.exec(r.path);
    if (rest) return [{ item: Number(rest[1]) }];
    if (!/\breactions\(/.test(r.graphql?.query ?? '')) return [];
    const number = r.graphql?.variables.number;
    return [{ item: typeof number === 'number' ? number : null }];
  });
}

describe.each(['rest', 'graphql'] as const)('activity.reactions through GitHub %s', (api) => {
  it("counts a person's reaction, never a bot's, and reads reactions only where there are some", async () => {
    expect(await staleItems(api, true)).toEqual([2, 3]);
    const reads = reactionReads();
    expect(reads.length).toBeGreaterThan(0);
    // REST reads them per item, for the two items that have reactions; GraphQL with the listing.
    expect(reads.map((read) => read.item)).toEqual(api === 'rest' ? [1, 2] : reads.map(() => null));
  });

  it('without the setting, reactions are not activity and are never read', async () => {
    expect(await staleItems(api, false)).toEqual([1, 2, 3]);
    expect(reactionReads()).toEqual([]);
  });
});
