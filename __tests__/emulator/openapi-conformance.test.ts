/**
 * The GitHub emulator and Sift held to GitHub's published REST description (`@octokit/openapi`, the
 * operations the emulator serves extracted into github/openapi/operations.json by
 * github/openapi/extract.ts): every route the emulator serves has its operation there, and in
 * end-to-end runs of the bundled action every request Sift sends (method, path, query parameters
 * and their enums, per_page <= 100, body, nothing deprecated) and every answer the emulator gives
 * (the response schema of its status) conform. The emulator checks each exchange itself
 * (`nonconforming`), so every test that asserts it empty is a conformance test too.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { check, openapi, operationFor } from '../../src/emulator/github/openapi/conformance.js';
import { routeShape } from '../../src/emulator/github/openapi/operations.js';
import { servedRoutes } from '../../src/emulator/github/routes.js';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { webhookExample } from '../helpers/webhooks.js';

const TOKEN = 'conformance-token-0123456789';
const REPO = 'octo/conform';

describe('the extract of GitHub REST description', () => {
  it('has an operation for every route the emulator serves', () => {
    const operations = new Set(Object.keys(openapi().extract.operations).map((k) => routeShape(...split(k))));
    const missing = servedRoutes()
      .map(({ method, pattern }) => `${method} ${pattern}`)
      .filter((route) => !operations.has(routeShape(...split(route))));
    expect(missing).toEqual([]);
    expect(servedRoutes().length).toBeGreaterThan(30);
    expect(openapi().extract.source).toMatchObject({ package: '@octokit/openapi' });
  });

  it('names the operation of a request path, preferring literal segments', () => {
    expect(operationFor('GET', '/repos/o/r/issues/comments')?.key).toBe(
      'GET /repos/{owner}/{repo}/issues/comments',
    );
    expect(operationFor('GET', '/repos/o/r/issues/12')?.key).toBe(
      'GET /repos/{owner}/{repo}/issues/{issue_number}',
    );
    expect(operationFor('DELETE', '/repos/o/r/git/refs/heads/fix/x')?.params).toMatchObject({
      ref: 'heads/fix/x',
    });
  });

  it('finds what GitHub would refuse or never send (the check can fail)', () => {
    const ok = { method: 'GET', path: '/repos/o/r/issues', body: undefined, status: 200, response: [] };
    expect(check({ ...ok, query: { state: 'open', per_page: '100' } })).toEqual([]);
    expect(check({ ...ok, query: { per_page: '101' } })).toEqual([
      expect.stringContaining("per_page 101 is over GitHub's maximum of 100"),
    ]);
    expect(check({ ...ok, query: { state: 'opened' } })).toEqual([
      expect.stringContaining(
        'query parameter state=opened: (root) must be equal to one of the allowed values',
      ),
    ]);
    expect(check({ ...ok, query: { labelz: 'bug' } })).toEqual([
      expect.stringContaining('query parameter labelz is not one of the operation'),
    ]);
    expect(
      check({
        ...ok,
        method: 'POST',
        path: '/repos/o/r/issues/1/labels',
        query: {},
        body: { labels: 'bug' },
      }),
    ).toEqual([expect.stringContaining('request body')]);
    expect(check({ ...ok, path: '/repos/o/r', query: {}, response: { id: 1, name: 'r' } })).toEqual([
      expect.stringContaining('answer 200: (root) must have required property'),
    ]);
    expect(check({ ...ok, path: '/repos/o/r/nonsense', query: {} })).toEqual([
      "GET /repos/o/r/nonsense: no operation in GitHub's REST description",
    ]);
  });
});

describe('end to end: the bundled action against the emulator', () => {
  let gh: GitHubEmulator;
  const runs: ActionRun[] = [];
  afterEach(async () => {
    await gh.close();
    runs.splice(0).forEach(removeWorkspace);
  });

  const RULES = `version: 1
rules:
  - id: welcome
    on: [issues.opened]
    then:
      - comment: 'Thanks, @{{author}}!'
      - label: needs-triage
  - id: reviewers
    when: { type: pull_request, labels: { none: [reviewing] } }
    then:
      - label: reviewing
      - request-review: [hubot]
  - id: untriaged
    when: { type: issue, labels: { none: [triaged] }, comments: { max: 5 } }
    then:
      - label: triaged
      - assign: [octocat]
      - milestone: v1
  - id: stale
    when: { type: issue, inactive: 30d, labels: { none: [keep] } }
    then:
      - comment: 'Closing: no activity for 30 days.'
      - close: not_planned
      - lock: resolved
  - id: tidy
    when: { labels: { any: [obsolete] } }
    then:
      - unlabel: obsolete
      - unassign: [octocat]
`;

  async function act(inputs: Record<string, string>, env: Record<string, string> = {}, files = {}) {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api: 'rest', 'max-change-ratio': '1', ...inputs },
      env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, ...env },
      files: { '.github/sift.yml': RULES, ...files },
    });
    runs.push(run);
    return run;
  }

  it('a sweep, an event and an explain send only what GitHub describes, and get only what GitHub answers', async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    const repo = gh.store.addRepo(REPO);
    const old = '2020-01-01T00:00:00Z';
    repo.addMilestone({ title: 'v1' });
    repo.addIssue({ number: 1, title: 'Spelling error', labels: ['obsolete'], assignees: ['octocat'] });
    repo.addIssue({
      number: 2,
      title: 'Quiet for years',
      created_at: old,
      comments: [{ body: 'hm', created_at: old }],
    });
    repo.addIssue({ number: 3, title: 'A fix', pull_request: true, pull: { files: ['src/a.ts'] } });
    repo.addIssue({ number: 4, title: 'From a fork', pull_request: true, pull: { fork: 'someone/conform' } });
    for (let n = 5; n < 140; n++)
      repo.addIssue({ number: n, title: `issue ${n}`, labels: ['keep', 'triaged'] });

    const sweep = await act({});
    expect(sweep.stderr).toBe('');
    expect(sweep.code).toBe(0);
    expect(gh.writes().length).toBeGreaterThan(10);

    const event = webhookExample('issues', 'opened') as {
      issue: { number: number };
      repository: { full_name: string };
    };
    event.issue.number = 141;
    repo.addIssue({ number: 141, title: 'Spelling error in the README file' });
    const opened = await act(
      {},
      { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: 'event.json' },
      { 'event.json': JSON.stringify(event) },
    );
    expect(opened.code).toBe(0);
    const explained = await act({ explain: '#3' });
    expect(explained.code).toBe(0);

    const routes = new Set(
      gh.requests.map((r) => operationFor(r.method, r.path)?.key ?? `${r.method} ${r.path}`),
    );
    // The run touched a wide share of what the emulator serves: listings, reads, every kind of write.
    expect(routes.size).toBeGreaterThan(12);
    expect(gh.nonconforming).toEqual([]);
  });
});

function split(route: string): [string, string] {
  const [method, path] = route.split(' ');
  return [method, path];
}
