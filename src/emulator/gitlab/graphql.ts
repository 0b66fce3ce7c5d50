/**
 * GitLab's GraphQL endpoint (`POST /api/graphql`), for the work-item hierarchy only: a subset of
 * GitLab's schema copied from its GraphQL reference (doc/api/graphql/reference: `Query.project`,
 * `Project.workItems`, `WorkItem`, the `WorkItemWidget` interface with `WorkItemWidgetHierarchy` and
 * `WorkItemWidgetLabels`, `WorkItemConnection`, `LabelConnection`, `PageInfo`), served over the store
 * by graphql-js. Fields GitLab has but this subset leaves out are unknown here, so a query that asks
 * for one fails validation as a misspelt field fails on GitLab: HTTP 200 with `errors` and no `data`,
 * in graphql-ruby's words ("Field 'x' doesn't exist on type 'Y'").
 */
import {
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { ApiResponse } from './http.js';
import { childrenOf, parentOf, resolveRef } from './hierarchy.js';
import type { EpicRecord, NoteableRecord } from './records.js';
import type { Serializer } from './serialize.js';
import type { GitLabStore, ProjectStore } from './store.js';

/** As in GitLab's reference; descriptions dropped, arguments kept where a client could pass them. */
const SDL = /* GraphQL */ `
  scalar WorkItemID
  scalar WorkItemsTypeID
  scalar LabelID

  type Query {
    project(fullPath: ID!): Project
  }

  type Project {
    id: ID!
    fullPath: ID!
    name: String!
    webUrl: String
    workItems(
      iid: String
      iids: [String!]
      state: IssuableState
      types: [IssueType!]
      after: String
      before: String
      first: Int
      last: Int
    ): WorkItemConnection
  }

  type Namespace {
    id: ID!
    fullPath: ID!
    name: String!
  }

  enum IssuableState {
    opened
    closed
    locked
    all
  }

  enum IssueType {
    ISSUE
    INCIDENT
    TEST_CASE
    REQUIREMENT
    TASK
    TICKET
    OBJECTIVE
    KEY_RESULT
    EPIC
  }

  enum WorkItemState {
    OPEN
    CLOSED
  }

  enum WorkItemWidgetType {
    ASSIGNEES
    DESCRIPTION
    HIERARCHY
    LABELS
    MILESTONE
    NOTES
    START_AND_DUE_DATE
    LINKED_ITEMS
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  type WorkItemType {
    id: WorkItemsTypeID!
    name: String!
    iconName: String
  }

  type WorkItem {
    id: WorkItemID!
    iid: String!
    title: String!
    state: WorkItemState!
    confidential: Boolean!
    createdAt: String!
    updatedAt: String!
    closedAt: String
    webUrl: String
    namespace: Namespace
    project: Project
    workItemType: WorkItemType!
    widgets(onlyTypes: [WorkItemWidgetType!], exceptTypes: [WorkItemWidgetType!]): [WorkItemWidget!]
  }

  type WorkItemEdge {
    cursor: String!
    node: WorkItem
  }

  type WorkItemConnection {
    count: Int!
    edges: [WorkItemEdge]
    nodes: [WorkItem]
    pageInfo: PageInfo!
  }

  interface WorkItemWidget {
    type: WorkItemWidgetType
  }

  type WorkItemWidgetHierarchy implements WorkItemWidget {
    type: WorkItemWidgetType
    parent: WorkItem
    hasParent: Boolean!
    hasChildren: Boolean!
    children(after: String, before: String, first: Int, last: Int): WorkItemConnection
  }

  type Label {
    id: LabelID!
    title: String!
    color: String!
    description: String
  }

  type LabelEdge {
    cursor: String!
    node: Label
  }

  type LabelConnection {
    count: Int!
    edges: [LabelEdge]
    nodes: [Label]
    pageInfo: PageInfo!
  }

  type WorkItemWidgetLabels implements WorkItemWidget {
    type: WorkItemWidgetType
    allowsScopedLabels: Boolean
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
  }

  type WorkItemWidgetDescription implements WorkItemWidget {
    type: WorkItemWidgetType
    description: String
  }
`;

/** GitLab's `max_page_size`: a connection serves at most 100 nodes a page, also when asked for more. */
const MAX_PAGE = 100;

let schema: GraphQLSchema | undefined;
function schemaOf(): GraphQLSchema {
  schema ??= buildSchema(SDL);
  return schema;
}

interface Context {
  store: GitLabStore;
  json: Serializer;
}

/** Answers one GraphQL request body (`{ query, variables?, operationName? }`). */
export function graphqlAnswer(body: unknown, context: Context): ApiResponse {
  const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return { status: 200, body: { errors: [{ message: 'No query string was present' }] } };
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    return { status: 200, body: { errors: [errorJson(error as GraphQLError)] } };
  }
  const invalid = validate(schemaOf(), document);
  if (invalid.length > 0) return { status: 200, body: { errors: invalid.map(errorJson) } };
  const result = execute({
    schema: schemaOf(),
    document,
    rootValue: { project: ({ fullPath }: { fullPath: string }) => projectNode(context, fullPath) },
    contextValue: context,
    variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
  });
  if ('then' in result) throw new Error('the emulator resolves synchronously');
  return {
    status: 200,
    body: {
      ...(result.errors ? { errors: result.errors.map(errorJson) } : {}),
      data: result.data ?? null,
    },
  };
}

/** graphql-ruby's wording of an unknown field (GitLab's server), other errors as graphql-js words them. */
function errorJson(error: GraphQLError): Record<string, unknown> {
  const unknown = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(error.message);
  const json: Record<string, unknown> = {
    message: unknown ? `Field '${unknown[1]}' doesn't exist on type '${unknown[2]}'` : error.message,
  };
  if (error.locations) json.locations = error.locations;
  if (error.path) json.path = error.path;
  if (unknown) json.extensions = { code: 'undefinedField', typeName: unknown[2], fieldName: unknown[1] };
  return json;
}

function projectNode(context: Context, fullPath: string): Record<string, unknown> | null {
  const project = context.store.project(fullPath);
  // GitLab answers null for a project that does not exist or that the token cannot see.
  if (!project || /^\d+$/.test(fullPath)) return null;
  return {
    id: `gid://gitlab/Project/${project.id}`,
    fullPath: project.path,
    name: project.name,
    webUrl: project.webUrl,
    workItems: (
      args: ConnectionArgs & { iid?: string; iids?: string[]; state?: string; types?: string[] },
    ) => {
      const wanted = args.iids ?? (args.iid !== undefined ? [args.iid] : undefined);
      const records = project.issues
        .filter((r) => wanted === undefined || wanted.includes(String(r.iid)))
        .filter((r) => !args.state || args.state === 'all' || r.state === args.state)
        .filter((r) => !args.types || args.types.includes(r.issue_type.toUpperCase()))
        // GitLab's default sort is `created_desc`: the newest first.
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
      return connection(
        records.map((r) => workItemNode(context, project, r)),
        args,
      );
    },
  };
}

function workItemNode(
  context: Context,
  project: ProjectStore,
  record: NoteableRecord,
): Record<string, unknown> {
  const rest = context.json.issue(project, record);
  const widgets = [
    { __typename: 'WorkItemWidgetDescription', type: 'DESCRIPTION', description: record.description },
    hierarchyWidget(context, record),
    {
      __typename: 'WorkItemWidgetLabels',
      type: 'LABELS',
      allowsScopedLabels: true,
      labels: (args: ConnectionArgs) =>
        connection(
          record.labels.map((name) => {
            const label = project.ensureLabel(name);
            return {
              id: `gid://gitlab/ProjectLabel/${label.id}`,
              title: label.name,
              color: label.color,
              description: label.description,
            };
          }),
          args,
        ),
    },
  ];
  const task = record.issue_type === 'task';
  return {
    id: `gid://gitlab/WorkItem/${record.id}`,
    iid: String(record.iid),
    title: record.title,
    state: record.state === 'closed' ? 'CLOSED' : 'OPEN',
    confidential: false,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    closedAt: record.closed_at,
    webUrl: rest.web_url,
    namespace: {
      id: `gid://gitlab/Namespaces::ProjectNamespace/${project.id}`,
      fullPath: project.path,
      name: project.name,
    },
    project: () => projectNode(context, project.path),
    workItemType: task
      ? { id: 'gid://gitlab/WorkItems::Type/5', name: 'Task', iconName: 'issue-type-task' }
      : { id: 'gid://gitlab/WorkItems::Type/1', name: 'Issue', iconName: 'issue-type-issue' },
    widgets: ({ onlyTypes, exceptTypes }: { onlyTypes?: string[]; exceptTypes?: string[] }) =>
      widgets.filter(
        (w) => (!onlyTypes || onlyTypes.includes(w.type)) && !(exceptTypes ?? []).includes(w.type),
      ),
  };
}

function hierarchyWidget(
  context: Context,
  record: NoteableRecord,
): Record<string, unknown> & { type: string } {
  const parent = parentOf(record);
  const kids = childrenOf(record);
  return {
    __typename: 'WorkItemWidgetHierarchy',
    type: 'HIERARCHY',
    hasParent: parent !== null,
    hasChildren: kids.length > 0,
    parent: () =>
      parent === null
        ? null
        : 'epic' in parent
          ? epicNode(context, parent.epic)
          : workItemNode(context, parent.project, resolveRef(parent)),
    children: (args: ConnectionArgs) =>
      connection(
        kids.map((k) => workItemNode(context, k.project, resolveRef(k))),
        args,
      ),
  };
}

/**
 * A group's epic as a work item: in the group's namespace, in no project, at the group's epics URL;
 * its own hierarchy lists its child issues (its own parent epic is not modelled).
 */
function epicNode(context: Context, epic: EpicRecord): Record<string, unknown> {
  const kids = childrenOf(epic);
  return {
    id: `gid://gitlab/WorkItem/${epic.id}`,
    iid: String(epic.iid),
    title: epic.title,
    state: epic.state === 'closed' ? 'CLOSED' : 'OPEN',
    confidential: false,
    createdAt: epic.created_at,
    updatedAt: epic.created_at,
    closedAt: null,
    webUrl: `${context.store.context.webUrl}/groups/${epic.group}/-/epics/${epic.iid}`,
    namespace: {
      id: `gid://gitlab/Group/${epic.id}`,
      fullPath: epic.group,
      name: epic.group.split('/').pop(),
    },
    project: null,
    workItemType: { id: 'gid://gitlab/WorkItems::Type/8', name: 'Epic', iconName: 'issue-type-epic' },
    widgets: () => [
      {
        __typename: 'WorkItemWidgetHierarchy',
        type: 'HIERARCHY',
        hasParent: false,
        hasChildren: kids.length > 0,
        parent: null,
        children: (args: ConnectionArgs) =>
          connection(
            kids.map((k) => workItemNode(context, k.project, resolveRef(k))),
            args,
          ),
      },
      {
        __typename: 'WorkItemWidgetLabels',
        type: 'LABELS',
        allowsScopedLabels: true,
        labels: (args: ConnectionArgs) =>
          connection(
            epic.labels.map((title, i) => ({
              id: `gid://gitlab/GroupLabel/${epic.id * 100 + i}`,
              title,
              color: '#6699cc',
              description: null,
            })),
            args,
          ),
      },
    ],
  };
}

interface ConnectionArgs {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** A connection page of `all` (forward pagination; `last`/`before` take the page before a cursor). */
function connection<T>(all: T[], args: ConnectionArgs): Record<string, unknown> {
  let start = 0;
  let end = all.length;
  if (args.after !== undefined) start = cursorIndex(args.after) + 1;
  if (args.before !== undefined) end = Math.min(end, cursorIndex(args.before));
  if (args.first !== undefined) end = Math.min(end, start + Math.min(Math.max(args.first, 0), MAX_PAGE));
  else if (args.last !== undefined) start = Math.max(start, end - Math.min(Math.max(args.last, 0), MAX_PAGE));
  else end = Math.min(end, start + MAX_PAGE);
  const slice = all.slice(start, end);
  const cursor = (i: number) => Buffer.from(JSON.stringify({ i })).toString('base64');
  return {
    count: all.length,
    nodes: slice,
    edges: slice.map((node, k) => ({ cursor: cursor(start + k), node })),
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(end - 1) : null,
    },
  };
}

function cursorIndex(cursor: string): number {
  try {
    const { i } = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { i: unknown };
    if (typeof i === 'number' && Number.isInteger(i)) return i;
  } catch {
    // fall through
  }
  return -1;
}
