/**
 * Projects (v2) as GraphQL objects (store: ../projects.ts): `Organization.projectV2` and
 * `User.projectV2` (by number), a project's `fields` and `field(name:)`, its `items`, an item's
 * `content`, `fieldValues` and `fieldValueByName`, and an issue's or pull request's `projectItems`.
 */
import { ascending, connection, type ConnectionArgs } from './connection.js';
import type { RequestContext } from './context.js';
import { GitHubGraphqlError } from './errors.js';
import { nodeId, type DecodedId } from './ids.js';
import { itemView, type View } from './views.js';
import {
  projectsOf,
  type IterationRecord,
  type ProjectFieldRecord,
  type ProjectItemRecord,
  type ProjectRecord,
} from '../projects.js';
import type { GitHubStore, IssueRecord, RepoStore } from '../store.js';

const WEB = 'https://github.com';

/** `projectV2(number:)` of an organisation or user; NOT_FOUND as GitHub words it when there is none. */
export function ownerProject(
  store: GitHubStore,
  owner: string,
  number: number,
  ownerType: 'Organization' | 'User',
  ctx?: RequestContext,
): View {
  refuseProjects(ctx);
  // An organisation's projects are not a user's: each owner type finds only its own.
  const found = projectsOf(store).find(owner, number);
  const project = found?.ownerType === ownerType ? found : undefined;
  if (!project) {
    throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a ProjectV2 with the number ${number}.`);
  }
  return projectView(store, project);
}

/** A token that cannot reach projects (a workflow's): FORBIDDEN, as GitHub answers it. */
export function refuseProjects(ctx: RequestContext | undefined): void {
  if (ctx?.projectsForbidden)
    throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
}

/** Whether GitHub would know `login` as an organisation here: it owns a repository or an organisation project. */
export function isOrganization(store: GitHubStore, login: string): boolean {
  const projects = projectsOf(store).ownedBy(login);
  if (projects.some((p) => p.ownerType === 'User')) return false;
  return projects.length > 0 || store.allRepos().some((r) => r.owner.toLowerCase() === login.toLowerCase());
}

/** The login owns organisation projects: it is an organisation, which GitHub's `user` does not find. */
export function ownsOrganizationProjects(store: GitHubStore, login: string): boolean {
  return projectsOf(store)
    .ownedBy(login)
    .some((p) => p.ownerType === 'Organization');
}

export function projectView(store: GitHubStore, project: ProjectRecord): View {
  return {
    __typename: 'ProjectV2',
    id: nodeId('ProjectV2', project.id),
    number: project.number,
    title: project.title,
    closed: project.closed,
    url: `${WEB}/${project.ownerType === 'User' ? 'users' : 'orgs'}/${project.owner}/projects/${project.number}`,
    owner: { __typename: project.ownerType, login: project.owner, id: nodeId('User', project.owner) },
    field: ({ name }: { name: string }) => {
      const field = project.fields.find((f) => f.name === name);
      return field ? fieldView(store, project, field) : null;
    },
    fields: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'ProjectV2FieldConfigurationConnection',
        ascending(project.fields, (f) => [f.id]),
        args,
        (f) => fieldView(store, project, f),
        ctx,
        { totalCount: project.fields.length },
      ),
    items: (args: ConnectionArgs, ctx: RequestContext) =>
      connection(
        'ProjectV2ItemConnection',
        ascending(project.items, (i) => [i.id]),
        args,
        (i) => projectItemView(store, project, i),
        ctx,
        { totalCount: project.items.length },
      ),
  };
}

export function fieldView(store: GitHubStore, project: ProjectRecord, field: ProjectFieldRecord): View {
  const common = {
    id: nodeId('ProjectV2Field', project.id, field.id),
    databaseId: field.id,
    name: field.name,
    dataType: field.dataType,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    project: () => projectView(store, project),
  };
  if (field.dataType === 'SINGLE_SELECT') {
    return {
      __typename: 'ProjectV2SingleSelectField',
      ...common,
      options: ({ names }: { names?: string[] | null }) =>
        (field.options ?? [])
          .filter((o) => !names || names.includes(o.name))
          .map((o) => ({
            __typename: 'ProjectV2SingleSelectFieldOption',
            id: o.id,
            name: o.name,
            nameHTML: o.name,
            color: 'GRAY',
            description: '',
            descriptionHTML: '',
          })),
    };
  }
  if (field.dataType === 'ITERATION') {
    const { iterations, completed } = projectsOf(store).iterationsOf(field);
    return {
      __typename: 'ProjectV2IterationField',
      ...common,
      configuration: {
        __typename: 'ProjectV2IterationFieldConfiguration',
        duration: field.duration ?? 14,
        startDay: new Date(`${field.iterations?.[0]?.startDate ?? '2026-01-05'}T00:00:00Z`).getUTCDay(),
        iterations: iterations.map(iterationView),
        completedIterations: completed.map(iterationView),
      },
    };
  }
  return { __typename: 'ProjectV2Field', ...common };
}

function iterationView(i: IterationRecord): View {
  return {
    __typename: 'ProjectV2IterationFieldIteration',
    id: i.id,
    title: i.title,
    titleHTML: i.title,
    startDate: i.startDate,
    duration: i.duration,
  };
}

export function projectItemView(store: GitHubStore, project: ProjectRecord, item: ProjectItemRecord): View {
  const repo = store.repo(item.repo);
  const record = repo?.issue(item.number);
  const values = () => project.fields.flatMap((f) => valueView(store, project, item, f, record) ?? []);
  return {
    __typename: 'ProjectV2Item',
    id: nodeId('ProjectV2Item', project.id, item.id),
    databaseId: item.id,
    fullDatabaseId: String(item.id),
    type: record?.pull_request ? 'PULL_REQUEST' : 'ISSUE',
    isArchived: false,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    project: () => projectView(store, project),
    content: () => (repo && record ? itemView(repo, record) : null),
    fieldValues: (args: ConnectionArgs, ctx: RequestContext) => {
      const list = values();
      return connection(
        'ProjectV2ItemFieldValueConnection',
        ascending(list, (v) => [list.indexOf(v)]),
        args,
        (v) => v,
        ctx,
        { totalCount: list.length },
      );
    },
    fieldValueByName: ({ name }: { name: string }) => {
      const field = project.fields.find((f) => f.name === name);
      return field ? (valueView(store, project, item, field, record) ?? null) : null;
    },
  };
}

/** The value of one field on an item, or undefined when it has none (Title always has the content's title). */
function valueView(
  store: GitHubStore,
  project: ProjectRecord,
  item: ProjectItemRecord,
  field: ProjectFieldRecord,
  record: IssueRecord | undefined,
): View | undefined {
  const stored = item.values.get(field.id);
  const common = {
    id: nodeId('ProjectV2FieldValue', project.id, item.id, field.id),
    databaseId: field.id,
    createdAt: stored?.updatedAt ?? item.createdAt,
    updatedAt: stored?.updatedAt ?? item.createdAt,
    creator: null,
    field: () => fieldView(store, project, field),
    item: () => projectItemView(store, project, item),
  };
  if (field.dataType === 'TITLE') {
    return record ? { __typename: 'ProjectV2ItemFieldTextValue', ...common, text: record.title } : undefined;
  }
  if (!stored) return undefined;
  if ('text' in stored) return { __typename: 'ProjectV2ItemFieldTextValue', ...common, text: stored.text };
  if ('number' in stored)
    return { __typename: 'ProjectV2ItemFieldNumberValue', ...common, number: stored.number };
  if ('date' in stored) return { __typename: 'ProjectV2ItemFieldDateValue', ...common, date: stored.date };
  if ('optionId' in stored) {
    const option = field.options?.find((o) => o.id === stored.optionId);
    if (!option) return undefined; // an option deleted since: GitHub shows the field empty
    return {
      __typename: 'ProjectV2ItemFieldSingleSelectValue',
      ...common,
      name: option.name,
      nameHTML: option.name,
      optionId: option.id,
      color: 'GRAY',
      description: '',
      descriptionHTML: '',
    };
  }
  const iteration = field.iterations?.find((i) => i.id === stored.iterationId);
  if (!iteration) return undefined;
  return {
    __typename: 'ProjectV2ItemFieldIterationValue',
    ...common,
    iterationId: iteration.id,
    title: iteration.title,
    titleHTML: iteration.title,
    startDate: iteration.startDate,
    duration: iteration.duration,
  };
}

/** `projectItems` of an issue or pull request: its items in every project, in the order they were added. */
export function projectItemsConnection(
  repo: RepoStore,
  record: IssueRecord,
  args: ConnectionArgs,
  ctx: RequestContext,
): View {
  refuseProjects(ctx);
  const entries = projectsOf(ctx.store).itemsOf(repo.fullName, record.number);
  return connection(
    'ProjectV2ItemConnection',
    ascending(entries, (e) => [e.item.id]),
    args,
    (e) => projectItemView(ctx.store, e.project, e.item),
    ctx,
    { totalCount: entries.length },
  );
}

/** `node(id:)` of a project or a project item; null when there is no such node. */
export function projectNode(store: GitHubStore, decoded: DecodedId): View | null {
  const project = projectsOf(store).byId(Number(decoded.parts[0]));
  if (!project) return null;
  if (decoded.kind === 'ProjectV2') return projectView(store, project);
  const item = project.items.find((i) => i.id === Number(decoded.parts[1]));
  return item ? projectItemView(store, project, item) : null;
}
