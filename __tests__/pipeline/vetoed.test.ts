/**
 * `vetoed: RULE` through the pipeline on both GitHub providers, against the emulator over HTTP on
 * 127.0.0.1: a thumbs-down from someone else on Sift's comment of that rule, or a reply from the item's
 * author after it, vetoes; Sift's own reaction, a stranger's reply or a comment that only looks like
 * Sift's do not. Comments are read only for items whose other conditions leave the rule undecided.
 */
import { parseRules } from '../../src/config/index.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { Kind, parse, validate } from 'graphql';
import { priceOf } from '../../src/emulator/github/graphql/cost.js';
import { githubSchema } from '../../src/emulator/github/graphql/schema.js';
import { listQuery } from '../../src/providers/github-graphql/query.js';
import { triage } from '../../src/pipeline/triage.js';
import { explainItem } from '../../src/pipeline/explain.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { Provider } from '../../src/providers/provider.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import {
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../src/emulator/gitlab/index.js';

const TOKEN = 'ghs_TopSecretToken123';
const NOW = new Date('2026-03-10T12:00:00Z');
const SIFT = 'sift[bot]';
const MARKER = '<!-- sift:rule=propose -->';
/**
 * Points of a page of issues with labels, assignees, the newest comments and the timeline (1 + 4 x 100
 * requests, / 100): the comments' reaction groups select no nodes, so reading them adds nothing (see
 * the price of the query with and without them below).
 */
const LISTING_COST = 4;

const rules = parseRules(
  `version: 1
rules:
  - id: propose
    when: { title: '^propose' }
    then:
      - label: proposed
      - comment: We propose to act on this in 3 days; a thumbs-down or a reply stops it.
  - id: act
    when:
      labels: { all: [proposed] }
      not: { vetoed: propose }
    then:
      - label: acted
`,
  'sift.yml',
);

let gh: GitHubEmulator;
let repo: RepoStore;

/** The emulator's clock: a minute passes between seeded events, so "after" means after. */
let clock = 0;

beforeEach(async () => {
  clock = NOW.getTime() - 86_400_000;
  gh = await startGitHubEmulator({ token: TOKEN, now: () => new Date((clock += 60_000)) });
  repo = gh.store.addRepo('octo/demo');
  const proposed = (user = 'carol') => repo.addIssue({ title: 'Crash', user, labels: ['proposed'] });
  const siftComment = (n: number) => repo.addComment(n, `We propose...\n\n${MARKER}`, SIFT);
  // 1: no veto.
  siftComment(proposed().number);
  // 2: a thumbs-down from a maintainer.
  const two = siftComment(proposed().number);
  repo.addCommentReaction(two.id, '-1', 'alice');
  // 3: the author replied after it.
  const three = proposed().number;
  siftComment(three);
  repo.addComment(three, 'No, this is a different crash.', 'carol');
  // 4: only Sift's own thumbs-down (and someone's thumbs-up).
  const four = siftComment(proposed().number);
  repo.addCommentReaction(four.id, '-1', SIFT);
  repo.addCommentReaction(four.id, '+1', 'alice');
  // 5: someone else replied, not the author.
  const five = proposed().number;
  siftComment(five);
  repo.addComment(five, 'Same here.', 'bob');
  // 6: a person pasted the marker and got a thumbs-down: not Sift's comment, no veto.
  const six = repo.addComment(proposed().number, `Look: ${MARKER}`, 'mallory');
  repo.addCommentReaction(six.id, '-1', 'alice');
  // 7: the author spoke before Sift's comment only.
  const seven = proposed().number;
  repo.addComment(seven, 'It crashes.', 'carol');
  siftComment(seven);
  // 8: not proposed: its comments are never read.
  repo.addIssue({ title: 'Something else' });
  // 9: Sift's comment, then ten from someone else: no veto, and GraphQL's listing (the newest ten
  // comments) does not reach Sift's comment, so the item's comments are read.
  const nine = proposed().number;
  siftComment(nine);
  for (let k = 0; k < 10; k++) repo.addComment(nine, `Me too (${k}).`, 'bob');
  // 10: eleven comments, then Sift's, then the author's reply: vetoed, decided from the listing's
  // newest ten, which hold Sift's comment and what came after it.
  const ten = proposed().number;
  for (let k = 0; k < 11; k++) repo.addComment(ten, `Before (${k}).`, 'bob');
  siftComment(ten);
  repo.addComment(ten, 'Not the same crash.', 'carol');
});
afterEach(async () => {
  await gh.close();
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

const PROVIDERS: [string, () => Provider][] = [
  ['github-rest', () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url })],
  [
    'github-graphql',
    () => createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/demo', graphqlUrl: gh.graphqlUrl }),
  ],
];

describe.each(PROVIDERS)('%s', (_name, make) => {
  test('a thumbs-down from someone else or a reply from the author vetoes; nothing else does', async () => {
    const result = await triage({ provider: make(), rules, now: NOW, dryRun: false, maxChangeRatio: 1 });
    expect(result.stop).toBeUndefined();
    const acted = [1, 2, 3, 4, 5, 6, 7, 9, 10].filter((n) => repo.require(n).labels.includes('acted'));
    expect(acted).toEqual([1, 4, 5, 6, 7, 9]);
    // Item 8 is not proposed: the rule is decided without its comments.
    const paths = gh.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.some((p) => p.includes('/issues/8/comments'))).toBe(false);
    // What the vetoes cost: REST a comments page per proposed item (9) and a reactions page per Sift
    // comment found (8). GraphQL reads them in the listing: each item's newest 10 comments (read
    // anyway, as the rules comment) with their reaction groups, which cost no points; only item 9,
    // whose Sift comment is older than those 10, takes a query of its own.
    const count = (test: (path: string, operation?: string | null) => boolean) =>
      gh.requests.filter(
        (r) => (r.method === 'GET' || r.path === '/graphql') && test(r.path, r.graphql?.operationName),
      ).length;
    const commentPages = count((path) => /\/issues\/\d+\/comments$/.test(path));
    const reactionPages = count((path) => /\/issues\/comments\/\d+\/reactions$/.test(path));
    const ruleQueries = count((_path, operation) => operation === 'SiftRuleComments');
    expect([commentPages, reactionPages, ruleQueries]).toEqual(
      _name === 'github-rest' ? [9, 8, 0] : [0, 0, 1],
    );
    if (_name === 'github-graphql') {
      const listings = gh.requests.filter((r) => r.graphql?.operationName === 'SiftIssues');
      expect(listings.map((r) => r.graphql!.cost)).toEqual([LISTING_COST]);
      expect(listings[0].graphql!.query).toContain('viewerHasReacted');
    }
  });

  test('explain says whose veto it was', async () => {
    const two = await explainItem(make(), rules, 2, NOW);
    const three = await explainItem(make(), rules, 3, NOW);
    const observed = (e: typeof two) => JSON.stringify(e).match(/comment of propose posted [^"]*/)?.[0];
    expect(observed(two)).toMatch(/: 1 thumbs-down$/);
    expect(observed(three)).toMatch(/: the author \(carol\) replied after it$/);
  });
});

describe('gitlab', () => {
  let gl: GitLabEmulator;
  let project: ProjectStore;
  let glClock = 0;

  beforeEach(async () => {
    glClock = NOW.getTime() - 86_400_000;
    gl = await startGitLabEmulator({ token: TOKEN, now: () => new Date((glClock += 60_000)) });
    project = gl.store.addProject('group/app');
    for (const username of ['carol', 'alice', 'bob']) gl.store.addUser({ username });
    const proposed = () => project.addIssue({ title: 'Crash', author: 'carol', labels: ['proposed'] }).iid;
    const siftNote = (iid: number) => project.addNote('issue', iid, `We propose...\n\n${MARKER}`, 'sift-bot');
    siftNote(proposed()); // 1: no veto
    const two = proposed();
    project.awardNote('issue', two, siftNote(two).id, 'thumbsdown', 'alice'); // 2: vetoed
    const three = proposed();
    siftNote(three);
    project.addNote('issue', three, 'No, a different crash.', 'carol'); // 3: the author replied
    const four = proposed();
    project.awardNote('issue', four, siftNote(four).id, 'thumbsdown', 'sift-bot'); // 4: Sift's own
  });
  afterEach(async () => {
    expect(gl.serverErrors).toEqual([]);
    await gl.close();
  });

  test("a thumbsdown award from someone else or a note from the author vetoes; Sift's own does not", async () => {
    const provider = createGitLabProvider({ token: TOKEN, project: 'group/app', baseUrl: gl.url });
    const result = await triage({ provider, rules, now: NOW, dryRun: false, maxChangeRatio: 1 });
    expect(result.stop).toBeUndefined();
    const acted = [1, 2, 3, 4].filter((iid) => project.issue(iid)!.labels.includes('acted'));
    expect(acted).toEqual([1, 4]);
  });
});

test("GraphQL: reading the listed comments' reactions for vetoed costs no points", () => {
  const schema = githubSchema();
  const price = (commentReactions: boolean) => {
    const document = parse(
      listQuery('issue', new Set(['timeline', 'ruleComments']), {
        timelineDepth: 50,
        commentDepth: 10,
        commentReactions,
      }),
    );
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = new Map(
      document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    return priceOf(schema, operation, fragments, { owner: 'o', name: 'r', first: 100 });
  };
  expect(
    validate(
      schema,
      parse(
        listQuery('issue', new Set(['ruleComments']), {
          timelineDepth: 50,
          commentDepth: 10,
          commentReactions: true,
        }),
      ),
    ),
  ).toEqual([]);
  const [without, withReactions] = [price(false), price(true)];
  expect(without.errors).toEqual([]);
  expect(withReactions).toEqual(without);
  expect(withReactions.cost).toBe(LISTING_COST);
});
