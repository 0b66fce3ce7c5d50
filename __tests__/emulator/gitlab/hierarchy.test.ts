/**
 * The GitLab emulator's work-item hierarchy through plain fetch: `POST /api/graphql` answers the query
 * shape GitLab's GraphQL reference documents (Project.workItems(iids:), the hierarchy and labels
 * widgets, connections with pageInfo), refuses unknown fields as GitLab's server does, and the REST
 * listing shows tasks with `issue_type: "task"`.
 */
import {
  setParent,
  startGitLabEmulator,
  type GitLabEmulator,
  type ProjectStore,
} from '../../../src/emulator/gitlab/index.js';

const TOKEN = 'glpat-hierarchy-secret';

async function graphql(
  gl: GitLabEmulator,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = { 'private-token': TOKEN },
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string }[] } }> {
  const res = await fetch(gl.url.replace(/\/api\/v4$/, '/api/graphql'), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

const HIERARCHY = `
  query($path: ID!, $iids: [String!], $first: Int, $after: String) {
    project(fullPath: $path) {
      workItems(iids: $iids) {
        nodes {
          iid state title webUrl namespace { fullPath }
          workItemType { name }
          widgets {
            ... on WorkItemWidgetHierarchy {
              hasParent hasChildren
              parent { iid state title widgets { ... on WorkItemWidgetLabels { labels(first: 100) { nodes { title } } } } }
              children(first: $first, after: $after) {
                count
                nodes { iid state title }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
      }
    }
  }`;

interface Node {
  iid: string;
  state: string;
  title: string;
  webUrl: string;
  namespace: { fullPath: string };
  workItemType: { name: string };
  widgets: Record<string, unknown>[];
}

function nodesOf(body: { data?: unknown }): Node[] {
  return (body.data as { project: { workItems: { nodes: Node[] } } }).project.workItems.nodes;
}

function hierarchyOf(node: Node): {
  hasParent: boolean;
  hasChildren: boolean;
  parent: { iid: string; state: string; title: string; widgets: Record<string, unknown>[] } | null;
  children: {
    count: number;
    nodes: { iid: string; state: string; title: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
} {
  return node.widgets.find((w) => 'hasChildren' in w) as never;
}

describe('GitLab emulator: work-item hierarchy (POST /api/graphql)', () => {
  let gl: GitLabEmulator;
  let project: ProjectStore;

  beforeAll(async () => {
    gl = await startGitLabEmulator({ token: TOKEN });
    project = gl.store.addProject('acme/app');
    gl.store.addProject('acme/docs').addIssue({ iid: 7, title: 'Docs task', issue_type: 'task' });
    project.addIssue({
      iid: 1,
      title: 'Offline mode',
      labels: ['area/sync', 'bug'],
      created_at: '2026-01-01T00:00:00Z',
    });
    project.addIssue({
      iid: 2,
      title: 'Cache',
      issue_type: 'task',
      parent: 1,
      created_at: '2026-01-02T00:00:00Z',
    });
    project.addIssue({
      iid: 3,
      title: 'Queue',
      issue_type: 'task',
      parent: 1,
      state: 'closed',
      created_at: '2026-01-03T00:00:00Z',
    });
    project.addIssue({ iid: 4, title: 'Alone', created_at: '2026-01-04T00:00:00Z' });
    setParent({ project: gl.store.project('acme/docs')!, iid: 7 }, { project, iid: 1 });
  });
  afterAll(async () => {
    await gl.close();
  });

  it('serves an issue with its child tasks (in the order added, across projects) and a task with its parent', async () => {
    const { status, body } = await graphql(gl, HIERARCHY, { path: 'acme/app', iids: ['1', '2', '4'] });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = nodesOf(body);
    // GitLab's default order is the newest first; clients match nodes by iid.
    expect(nodes.map((n) => n.iid)).toEqual(['4', '2', '1']);
    const parent = nodes.find((n) => n.iid === '1')!;
    expect(parent).toMatchObject({
      state: 'OPEN',
      workItemType: { name: 'Issue' },
      namespace: { fullPath: 'acme/app' },
    });
    expect(parent.webUrl).toBe('https://gitlab.example.com/acme/app/-/issues/1');
    expect(hierarchyOf(parent)).toEqual({
      hasParent: false,
      hasChildren: true,
      parent: null,
      children: {
        count: 3,
        nodes: [
          { iid: '2', state: 'OPEN', title: 'Cache' },
          { iid: '3', state: 'CLOSED', title: 'Queue' },
          { iid: '7', state: 'OPEN', title: 'Docs task' },
        ],
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      },
    });
    const task = nodes.find((n) => n.iid === '2')!;
    expect(task.workItemType.name).toBe('Task');
    expect(hierarchyOf(task)).toMatchObject({
      hasParent: true,
      hasChildren: false,
      parent: {
        iid: '1',
        state: 'OPEN',
        title: 'Offline mode',
        widgets: expect.arrayContaining([{ labels: { nodes: [{ title: 'area/sync' }, { title: 'bug' }] } }]),
      },
      children: { count: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
    expect(hierarchyOf(nodes.find((n) => n.iid === '4')!)).toMatchObject({
      hasParent: false,
      hasChildren: false,
    });
    // A query is a read: the log has it, writes() does not.
    expect(gl.requests.at(-1)).toMatchObject({ method: 'POST', path: '/api/graphql', status: 200 });
    expect(gl.writes()).toEqual([]);
  });

  it('pages children with first/after and pageInfo', async () => {
    const first = await graphql(gl, HIERARCHY, { path: 'acme/app', iids: ['1'], first: 2 });
    const page1 = hierarchyOf(nodesOf(first.body)[0]).children;
    expect(page1.nodes.map((n) => n.iid)).toEqual(['2', '3']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await graphql(gl, HIERARCHY, {
      path: 'acme/app',
      iids: ['1'],
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    const page2 = hierarchyOf(nodesOf(second.body)[0]).children;
    expect(page2.nodes.map((n) => n.iid)).toEqual(['7']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a field GitLab does not have as a validation error, with no data', async () => {
    const { status, body } = await graphql(
      gl,
      `
        {
          project(fullPath: "acme/app") {
            workItems {
              nodes {
                iid
                subIssues
              }
            }
          }
        }
      `,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      errors: [
        expect.objectContaining({
          message: "Field 'subIssues' doesn't exist on type 'WorkItem'",
          extensions: { code: 'undefinedField', typeName: 'WorkItem', fieldName: 'subIssues' },
        }),
      ],
    });
  });

  it('answers null for an unknown project and 401 for a wrong token', async () => {
    const missing = await graphql(gl, HIERARCHY, { path: 'acme/nope', iids: ['1'] });
    expect(missing.body).toEqual({ data: { project: null } });
    const denied = await graphql(
      gl,
      HIERARCHY,
      { path: 'acme/app' },
      { 'private-token': 'wrong-token-value' },
    );
    expect(denied).toEqual({ status: 401, body: { errors: [{ message: 'Invalid token' }] } });
  });

  it('lists tasks in the REST issues listing with issue_type "task"', async () => {
    const res = await fetch(`${gl.url}/projects/acme%2Fapp/issues?sort=asc&order_by=created_at`, {
      headers: { 'private-token': TOKEN },
    });
    const issues = (await res.json()) as { iid: number; issue_type: string; type: string }[];
    expect(issues.map((i) => [i.iid, i.issue_type, i.type])).toEqual([
      [1, 'issue', 'ISSUE'],
      [2, 'task', 'TASK'],
      [3, 'task', 'TASK'],
      [4, 'issue', 'ISSUE'],
    ]);
  });

  it("keeps GitLab's hierarchy restrictions: a task's parent is an issue, an issue's an epic", () => {
    expect(() => project.addIssue({ iid: 9, title: 'Not a task', parent: 1 })).toThrow(
      "issue acme/app#9 cannot be a child of issue acme/app#1: on GitLab a task's parent is an issue, an issue's an epic",
    );
    expect(() => setParent({ project, iid: 3 }, { project, iid: 2 })).toThrow(/cannot be a child of task/);
    const epic = gl.store.addEpic('acme', { title: 'Q3' });
    expect(() => setParent({ project, iid: 2 }, { epic })).toThrow(
      /task acme\/app#2 cannot be a child of epic acme&1/,
    );
  });

  it("serves an issue's epic (a group's work item) as its parent, with the group's path and labels", async () => {
    const epic = gl.store.addEpic('acme', {
      title: 'Offline everywhere',
      labels: ['area/sync', 'theme::offline'],
    });
    setParent({ project, iid: 4 }, { epic });
    const query = `{ project(fullPath: "acme/app") { workItems(iids: ["4"]) { nodes { widgets { ... on WorkItemWidgetHierarchy {
      parent { iid title state webUrl namespace { fullPath } project { fullPath } workItemType { name }
        widgets { ... on WorkItemWidgetLabels { labels { nodes { title } } } ... on WorkItemWidgetHierarchy { children { nodes { iid } } } } } } } } } } }`;
    const { body } = await graphql(gl, query);
    expect(body.errors).toBeUndefined();
    const parent = (
      body.data as never as { project: { workItems: { nodes: { widgets: { parent?: unknown }[] }[] } } }
    ).project.workItems.nodes[0].widgets.find((w) => w.parent)!.parent;
    expect(parent).toEqual({
      iid: String(epic.iid),
      title: 'Offline everywhere',
      state: 'OPEN',
      webUrl: `https://gitlab.example.com/groups/acme/-/epics/${epic.iid}`,
      namespace: { fullPath: 'acme' },
      project: null,
      workItemType: { name: 'Epic' },
      widgets: [
        { children: { nodes: [{ iid: '4' }] } },
        { labels: { nodes: [{ title: 'area/sync' }, { title: 'theme::offline' }] } },
      ],
    });
  });
});
