/**
 * The GraphQL provider's memo of item node ids (src/providers/github-graphql/lookup.ts): the listing
 * fills it so writes need no lookup, and it keeps the newest 10,000 items only, so a walk of 100,000
 * items keeps flat memory (docs/performance.md). An item it forgot costs a lookup, as one never
 * listed does. Counted on the emulator's requests, through the real client and transport.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { createClient } from '../../src/providers/github/client.js';
import { IdResolver } from '../../src/providers/github-graphql/lookup.js';
import { GraphqlTransport } from '../../src/providers/github-graphql/transport.js';
import type { Write } from '../../src/providers/provider.js';

const TOKEN = 'ghp_id_memo_0123456789';
let gh: GitHubEmulator;
let ids: IdResolver;
beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('octo/memo');
  repo.addIssue({ title: 'One' });
  repo.addIssue({ title: 'Two' });
  const client = createClient({ token: TOKEN, baseUrl: gh.url, alsoTrusted: [gh.graphqlUrl] });
  ids = new IdResolver(new GraphqlTransport(client.octokit, gh.graphqlUrl), { owner: 'octo', name: 'memo' });
});
afterEach(() => gh.close());

const close = (number: number, type: 'issue' | 'pull_request' = 'issue'): Write => ({
  kind: 'close',
  item: { type, number },
  reason: 'completed',
});

it('keeps the newest 10,000 items listed: the one before them costs a lookup, the rest none', async () => {
  // Numbers past the repository's two issues: only 1 and 2 exist to be looked up.
  ids.rememberItem('issue', 1, 'I_listed_1');
  ids.rememberItem('issue', 2, 'I_listed_2');
  for (let n = 3; n <= 10_001; n++) ids.rememberItem('issue', n, `I_listed_${n}`);

  const before = gh.requests.length;
  const recent = await ids.prepare([close(2), close(10_001)]);
  expect(gh.requests.length).toBe(before);
  expect(recent.item({ type: 'issue', number: 2 })).toEqual({ ok: true, value: 'I_listed_2' });
  expect(recent.item({ type: 'issue', number: 10_001 })).toEqual({ ok: true, value: 'I_listed_10001' });

  // Issue 1 was the oldest of 10,001: forgotten, so looked up (GitHub's id for it, not the listed one).
  const forgotten = await ids.prepare([close(1)]);
  expect(gh.requests.length).toBe(before + 1);
  expect(forgotten.item({ type: 'issue', number: 1 })).toEqual({
    ok: true,
    value: expect.stringMatching(/^I_(?!listed)/),
  });
});

it('tells types apart: a pull request with a remembered issue number is not that issue', async () => {
  ids.rememberItem('issue', 1, 'I_listed_1');
  const before = gh.requests.length;
  const answer = await ids.prepare([close(1, 'pull_request')]);
  // Looked up, and GitHub has no pull request 1 in this repository.
  expect(gh.requests.length).toBe(before + 1);
  expect(answer.item({ type: 'pull_request', number: 1 }).ok).toBe(false);
  expect(answer.item({ type: 'issue', number: 1 })).toEqual({ ok: true, value: 'I_listed_1' });
});
