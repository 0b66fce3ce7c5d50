/**
 * The emulator's GraphQL endpoint against plain fetch: it must refuse what GitHub refuses (schema,
 * pagination limits), price and page like GitHub, and share its store with the REST side.
 */
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type RepoStore,
} from '../../../../src/emulator/github/index.js';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { type?: string; message: string; path?: unknown[] }[];
  };
}

const T0 = Date.UTC(2026, 0, 1);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString().replace('.000', '');

async function post(
  gh: GitHubEmulator,
  query: string,
  variables: Record<string, unknown> = {},
  url = gh.graphqlUrl,
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: 'bearer secret', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/** `data.a.b.c` without casts at every step. */
function dig(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);
}

describe('GitHub emulator: GraphQL', () => {
  let gh: GitHubEmulator;
  let repo: RepoStore;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: 'secret', now: () => new Date(T0 + 1000 * 60_000) });
    repo = gh.store.addRepo('octo/demo');
  });
  afterEach(async () => {
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  describe('refuses what GitHub refuses, running nothing', () => {
    it('checks every document against GitHub schema', async () => {
      const answer = await post(
        gh,
        '{ repository(owner: "octo", name: "demo") { issues(first: 1) { nodes { titel } } } }',
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0].message).toBe(
        'Cannot query field "titel" on type "Issue". Did you mean "title" or "state"?',
      );
      const badEnum = await post(
        gh,
        'mutation($id: ID!) { closeIssue(input: { issueId: $id, stateReason: WONTFIX }) { clientMutationId } }',
        {
          id: 'x',
        },
      );
      expect(badEnum.body.errors?.[0].message).toMatch(/WONTFIX/);
      const badVariable = await post(
        gh,
        'query($n: Int!) { repository(owner: "octo", name: "demo") { issue(number: $n) { id } } }',
        {
          n: 'one',
        },
      );
      expect(badVariable.body.errors?.[0].message).toMatch(/\$n/);
      expect(gh.graphql.invalid).toHaveLength(3);
      expect(gh.requests.map((r) => [r.method, r.path, r.graphql?.errors.length])).toEqual([
        ['POST', '/graphql', 1],
        ['POST', '/graphql', 1],
        ['POST', '/graphql', 1],
      ]);
      expect(repo.issues).toHaveLength(0);
    });

    it('requires first or last (0 to 100) on connections whose items are read', async () => {
      const missing = await post(
        gh,
        '{ repository(owner: "octo", name: "demo") { issues { nodes { id } } } }',
      );
      expect(missing.body.errors).toEqual([
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          message: 'You must provide a `first` or `last` value to properly paginate the `issues` connection.',
        },
      ]);
      const tooMany = await post(
        gh,
        '{ repository(owner: "octo", name: "demo") { issues(last: 101) { nodes { id } } } }',
      );
      expect(tooMany.body.errors?.[0]).toEqual({
        type: 'EXCESSIVE_PAGINATION',
        message: 'Requesting 101 records on the `issues` connection exceeds the `last` limit of 100 records.',
      });
      // A count alone needs no page.
      const count = await post(gh, '{ repository(owner: "octo", name: "demo") { issues { totalCount } } }');
      expect(count.body).toEqual({ data: { repository: { issues: { totalCount: 0 } } } });
      expect(gh.graphql.invalid).toHaveLength(2);
      gh.graphql.invalid.length = 0;
    });

    it('answers 401 without the token and 404 to GET, as GitHub does', async () => {
      const res = await fetch(gh.graphqlUrl, {
        method: 'POST',
        body: JSON.stringify({ query: '{ viewer { login } }' }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ message: 'Bad credentials' });
      const get = await fetch(gh.graphqlUrl, { headers: { authorization: 'token secret' } });
      expect(get.status).toBe(404);
      gh.graphql.invalid.length = 0;
    });
  });

  describe('queries', () => {
    beforeEach(() => {
      for (let n = 1; n <= 30; n++) {
        repo.addIssue({
          created_at: at(n % 2 === 0 ? 100 - n : n),
          pull_request: n % 3 === 0,
          user: n === 1 ? 'dependabot[bot]' : 'alice',
          labels: n === 1 ? ['bug'] : [],
          reactions: n === 1 ? { '+1': 3, rocket: 1 } : {},
        });
      }
    });
    const page = `query($after: String, $states: [IssueState!]) {
      rateLimit { cost remaining used limit nodeCount }
      repository(owner: "octo", name: "demo") {
        issues(first: 5, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount pageInfo { hasNextPage endCursor } nodes { number }
        }
      }
    }`;

    it('pages with opaque cursors that stay valid while items close', async () => {
      const issuesOldestFirst = [...repo.issues]
        .filter((i) => !i.pull_request)
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((i) => i.number);
      const first = await post(gh, page, { states: ['OPEN'] });
      const connection = dig(first.body.data, 'repository', 'issues') as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { number: number }[];
      };
      expect(connection.totalCount).toBe(20);
      expect(connection.nodes.map((n) => n.number)).toEqual(issuesOldestFirst.slice(0, 5));
      expect(connection.pageInfo.hasNextPage).toBe(true);
      // The item the cursor points at closes, and so does the next one: the walk goes on after them.
      repo.update(issuesOldestFirst[4], { state: 'closed' }, 'alice');
      repo.update(issuesOldestFirst[5], { state: 'closed' }, 'alice');
      const second = await post(gh, page, { states: ['OPEN'], after: connection.pageInfo.endCursor });
      expect(dig(second.body.data, 'repository', 'issues', 'nodes')).toEqual(
        issuesOldestFirst.slice(6, 11).map((number) => ({ number })),
      );
      expect(dig(second.body.data, 'repository', 'issues', 'totalCount')).toBe(18);
      const bad = await post(gh, page, { after: 'not-a-cursor' });
      expect(bad.body.errors?.[0]).toMatchObject({ type: 'INVALID_CURSOR_ARGUMENTS' });
    });

    it('pages backwards with last and orders by update time', async () => {
      repo.update(2, { title: 'touched' }, 'alice');
      const answer = await post(
        gh,
        `{ repository(owner: "octo", name: "demo") {
          recent: issues(first: 2, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number } }
          newest: pullRequests(last: 2, orderBy: { field: CREATED_AT, direction: ASC }) {
            pageInfo { hasNextPage } nodes { number }
          }
        } }`,
      );
      expect(dig(answer.body.data, 'repository', 'recent', 'nodes', 0)).toEqual({ number: 2 });
      const pulls = [...repo.issues]
        .filter((i) => i.pull_request)
        .sort((a, b) => a.created_at.localeCompare(b.created_at));
      expect(dig(answer.body.data, 'repository', 'newest', 'nodes')).toEqual(
        pulls.slice(-2).map((p) => ({ number: p.number })),
      );
    });

    it('prices a call like GitHub and charges a GraphQL bucket apart from REST', async () => {
      const restBefore = gh.rate.remaining;
      const answer = await post(
        gh,
        `{ rateLimit { cost remaining used limit nodeCount }
           repository(owner: "octo", name: "demo") {
             issues(first: 100) { nodes { labels(first: 100) { nodes { name } } assignees(first: 10) { totalCount } } }
           } }`,
      );
      // 1 + 100 + 100 connections to fill: 2 points; 100 + 100*100 + 100*10 nodes at most.
      expect(answer.body.data?.rateLimit).toEqual({
        cost: 2,
        remaining: 4998,
        used: 2,
        limit: 5000,
        nodeCount: 11100,
      });
      expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql');
      expect(answer.headers.get('x-ratelimit-remaining')).toBe('4998');
      expect(gh.rate.remaining).toBe(restBefore);
      expect(gh.requests[0].graphql).toMatchObject({ operation: 'query', cost: 2, nodes: 20 + 1 });
    });

    it('serves bots by their app slug, reactions by group, and typed node ids', async () => {
      const answer = await post(
        gh,
        `{ repository(owner: "octo", name: "demo") {
          issue(number: 1) {
            id author { __typename login }
            reactionGroups { content reactors { totalCount } }
            labels(first: 5) { nodes { id name } }
          }
          missing: issue(number: 3) { id }
        } }`,
      );
      const item = dig(answer.body.data, 'repository', 'issue') as Record<string, unknown>;
      expect(item.author).toEqual({ __typename: 'Bot', login: 'dependabot' });
      expect(item.id).toMatch(/^I_/);
      expect(dig(item, 'reactionGroups', 0)).toEqual({ content: 'THUMBS_UP', reactors: { totalCount: 3 } });
      expect(dig(item, 'reactionGroups', 6)).toEqual({ content: 'ROCKET', reactors: { totalCount: 1 } });
      // #3 is a pull request: not an issue, as on GitHub.
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          type: 'NOT_FOUND',
          path: ['repository', 'missing'],
          message: 'Could not resolve to an Issue with the number of 3.',
        }),
      ]);
      const node = await post(
        gh,
        'query($id: ID!) { node(id: $id) { __typename ... on Issue { number } } }',
        {
          id: item.id,
        },
      );
      expect(node.body.data).toEqual({ node: { __typename: 'Issue', number: 1 } });
    });

    it('reads the timeline with item types, oldest first, from the same events REST lists', async () => {
      repo.addComment(1, 'hello', 'bob');
      repo.removeLabel(1, 'bug', 'sift[bot]');
      const answer = await post(
        gh,
        `{ repository(owner: "octo", name: "demo") { issue(number: 1) {
          all: timelineItems(first: 10) { totalCount nodes { __typename } }
          labels: timelineItems(last: 1, itemTypes: [LABELED_EVENT, UNLABELED_EVENT]) {
            totalCount
            nodes { ... on UnlabeledEvent { actor { __typename login } label { name } createdAt } }
          }
        } } }`,
      );
      expect(dig(answer.body.data, 'repository', 'issue', 'all')).toEqual({
        totalCount: 3,
        // Same-second entries as REST's timeline lists them: events, then comments.
        nodes: [
          { __typename: 'LabeledEvent' },
          { __typename: 'UnlabeledEvent' },
          { __typename: 'IssueComment' },
        ],
      });
      expect(dig(answer.body.data, 'repository', 'issue', 'labels')).toEqual({
        totalCount: 2,
        nodes: [{ actor: { __typename: 'Bot', login: 'sift' }, label: { name: 'bug' }, createdAt: at(1000) }],
      });
    });

    it('reports a duplicate as DUPLICATE only with enableDuplicate, as GitHub does; REST says duplicate', async () => {
      const reasons = gh.store.addRepo('octo/reasons');
      reasons.addIssue({ number: 1, title: 'Original' });
      reasons.addIssue({ number: 2, title: 'Same again', state: 'closed', state_reason: 'duplicate' });
      reasons.addIssue({ number: 3, title: 'Done', state: 'closed', state_reason: 'completed' });
      reasons.addIssue({ number: 4, title: 'Open' });
      const answer = await post(
        gh,
        `{ repository(owner: "octo", name: "reasons") { issues(first: 10) { nodes {
          number plain: stateReason duplicates: stateReason(enableDuplicate: true) } } } }`,
      );
      expect(answer.body.errors).toBeUndefined();
      expect(dig(answer.body.data, 'repository', 'issues', 'nodes')).toEqual([
        { number: 1, plain: null, duplicates: null },
        { number: 2, plain: 'NOT_PLANNED', duplicates: 'DUPLICATE' },
        { number: 3, plain: 'COMPLETED', duplicates: 'COMPLETED' },
        { number: 4, plain: null, duplicates: null },
      ]);
      const rest = await fetch(`${gh.url}/repos/octo/reasons/issues?state=all`, {
        headers: { authorization: 'token secret' },
      });
      const issues = (await rest.json()) as { number: number; state_reason: string | null }[];
      expect(issues.map((i) => [i.number, i.state_reason]).sort()).toEqual([
        [1, null],
        [2, 'duplicate'],
        [3, 'completed'],
        [4, null],
      ]);
    });

    it('answers a field it does not serve with NOT_EMULATED, and records it', async () => {
      const answer = await post(
        gh,
        '{ repository(owner: "octo", name: "demo") { issue(number: 1) { bodyHTML } } }',
      );
      expect(answer.body.errors?.[0]).toMatchObject({
        type: 'NOT_EMULATED',
        message: 'Issue.bodyHTML is not emulated',
      });
      expect(gh.graphql.unemulated).toHaveLength(1);
      gh.graphql.unemulated.length = 0;
    });

    it('adds latency per node returned on top of the per-request latency', async () => {
      gh.graphql.latencyPerNodeMs = 4;
      const started = Date.now();
      await post(
        gh,
        '{ repository(owner: "octo", name: "demo") { issues(first: 20) { nodes { number } } } }',
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(80);
      expect(gh.requests[0].graphql?.nodes).toBe(20);
      expect(gh.graphql.extraLatencyMs(gh.requests[0])).toBe(80);
    });
  });

  describe('mutations', () => {
    beforeEach(() => {
      repo.addMilestone({ title: 'v1' });
      repo.addIssue({ title: 'Bug', labels: ['bug'], user: 'alice' });
      repo.addIssue({ title: 'Fix', pull_request: true, user: 'bob' });
    });
    const ids = async (): Promise<{
      issue: string;
      pull: string;
      bug: string;
      v1: string;
      carol: string;
    }> => {
      const answer = await post(
        gh,
        `{ repository(owner: "octo", name: "demo") {
          issue(number: 1) { id } pullRequest(number: 2) { id }
          label(name: "BUG") { id } milestones(first: 5) { nodes { id } }
        } user(login: "carol") { id } }`,
      );
      return {
        issue: dig(answer.body.data, 'repository', 'issue', 'id') as string,
        pull: dig(answer.body.data, 'repository', 'pullRequest', 'id') as string,
        bug: dig(answer.body.data, 'repository', 'label', 'id') as string,
        v1: dig(answer.body.data, 'repository', 'milestones', 'nodes', 0, 'id') as string,
        carol: dig(answer.body.data, 'user', 'id') as string,
      };
    };

    it('runs several in order in one request, through the store REST reads', async () => {
      const { issue, pull, bug, v1, carol } = await ids();
      const answer = await post(
        gh,
        `mutation($issue: ID!, $pull: ID!, $bug: ID!, $v1: ID!, $carol: ID!) {
          a: removeLabelsFromLabelable(input: { labelableId: $issue, labelIds: [$bug] }) { clientMutationId }
          b: closeIssue(input: { issueId: $issue, stateReason: NOT_PLANNED, clientMutationId: "b" }) { clientMutationId issue { state } }
          c: updateIssue(input: { id: $issue, milestoneId: $v1 }) { issue { milestone { title } } }
          d: lockLockable(input: { lockableId: $pull, lockReason: OFF_TOPIC }) { lockedRecord { locked activeLockReason } }
          e: addAssigneesToAssignable(input: { assignableId: $pull, assigneeIds: [$carol] }) { assignable { assignees(first: 5) { nodes { login } } } }
          f: requestReviews(input: { pullRequestId: $pull, userIds: [$carol], union: true }) { clientMutationId }
          g: addComment(input: { subjectId: $pull, body: "Thanks" }) { commentEdge { node { author { login } body } } }
        }`,
        { issue, pull, bug, v1, carol },
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({
        b: { clientMutationId: 'b', issue: { state: 'CLOSED' } },
        c: { issue: { milestone: { title: 'v1' } } },
        d: { lockedRecord: { locked: true, activeLockReason: 'OFF_TOPIC' } },
        e: { assignable: { assignees: { nodes: [{ login: 'carol' }] } } },
        g: { commentEdge: { node: { author: { login: 'sift' }, body: 'Thanks' } } },
      });
      expect(gh.requests.at(-1)?.graphql).toMatchObject({
        operation: 'mutation',
        fields: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      });

      const res = await fetch(`${gh.url}/repos/octo/demo/issues/1`, {
        headers: { authorization: 'token secret' },
      });
      expect(await res.json()).toMatchObject({
        state: 'closed',
        state_reason: 'not_planned',
        labels: [],
        milestone: { title: 'v1' },
      });
      expect(repo.require(2)).toMatchObject({
        locked: true,
        active_lock_reason: 'off-topic',
        assignees: ['carol'],
        requested_reviewers: ['carol'],
      });
      expect(repo.require(1).events.map((e) => [e.event, e.actor.login])).toEqual([
        ['labeled', 'alice'],
        ['unlabeled', 'sift[bot]'],
        ['closed', 'sift[bot]'],
        ['milestoned', 'sift[bot]'],
      ]);
    });

    it('fails the forbidden mutations one by one, with their path', async () => {
      const { issue, pull } = await ids();
      gh.graphql.forbidWrites(repo.require(2));
      const mutation = `mutation($issue: ID!, $pull: ID!) {
        a: closePullRequest(input: { pullRequestId: $pull }) { clientMutationId }
        b: closeIssue(input: { issueId: $issue }) { clientMutationId }
        c: closePullRequest(input: { pullRequestId: $pull }) { clientMutationId }
      }`;
      const answer = await post(gh, mutation, { issue, pull });
      expect(answer.body.data).toEqual({
        a: null,
        b: { clientMutationId: null },
        c: { clientMutationId: null },
      });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          type: 'FORBIDDEN',
          path: ['a'],
          message: 'Resource not accessible by integration',
        }),
      ]);
      expect(repo.require(2).state).toBe('closed');

      gh.readOnly = true;
      const readOnly = await post(
        gh,
        'mutation($issue: ID!) { reopenIssue(input: { issueId: $issue }) { clientMutationId } }',
        {
          issue,
        },
      );
      expect(readOnly.body.errors?.[0]).toMatchObject({ type: 'FORBIDDEN', path: ['reopenIssue'] });
      expect(repo.require(1).state).toBe('closed');
    });

    it('answers RATE_LIMITED once the points are spent, when told to enforce them', async () => {
      const limited = await startGitHubEmulator({
        token: 'secret',
        graphql: { rateLimit: 1, enforceRateLimit: true },
      });
      try {
        limited.store.addRepo('octo/demo');
        const query = '{ repository(owner: "octo", name: "demo") { id } }';
        expect((await post(limited, query)).body.errors).toBeUndefined();
        expect((await post(limited, query)).body).toEqual({
          errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }],
        });
      } finally {
        await limited.close();
      }
    });

    it('serves GraphQL beside /api/v3 at /api/graphql, logged as /graphql', async () => {
      const ghes = await startGitHubEmulator({ token: 'secret', pathPrefix: '/api/v3' });
      try {
        ghes.store.addRepo('octo/demo');
        const origin = new URL(ghes.url).origin;
        expect(ghes.graphqlUrl).toBe(`${origin}/api/graphql`);
        const query = '{ repository(owner: "octo", name: "demo") { nameWithOwner } }';
        for (const url of [`${origin}/api/graphql`, `${origin}/api/v3/graphql`]) {
          expect((await post(ghes, query, {}, url)).body).toEqual({
            data: { repository: { nameWithOwner: 'octo/demo' } },
          });
        }
        expect(ghes.requests.map((r) => r.path)).toEqual(['/graphql', '/graphql']);
      } finally {
        await ghes.close();
      }
    });
  });
});
