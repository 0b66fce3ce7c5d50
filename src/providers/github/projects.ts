/**
 * GitHub Projects (v2) for both GitHub providers. GitHub serves projects through GraphQL only ("Using
 * the API to manage Projects"), so the REST provider comes here too. What it does:
 *
 * - `schemas`: the projects the rules name, with their fields, options and iterations, in ONE query
 *   before the walk (`organization(login).projectV2(number)` and `user(login).projectV2(number)` side
 *   by side under aliases: a login is one or the other, and GitHub answers NOT_FOUND for the other).
 * - `PROJECT_ITEMS`: the fields a listing (GraphQL) or a `nodes(ids:)` query (REST: one per page of
 *   items) adds to read an item's projects, with only the field values the rules use
 *   (`fieldValueByName`, a plain field, keeps the query's cost: no connection per value).
 * - writes: `addProjectV2ItemById` (answers the existing item when the content is in the project
 *   already, so a rerun never adds twice) and `updateProjectV2ItemFieldValue`, value by the field's type.
 *
 * It sends through its own client, so a `project-token` (see docs/structured-triage.md) is used for
 * projects and for nothing else.
 */
import { describeProject, findField, sameProject } from '../../model/projects.js';
import type {
  ProjectField,
  ProjectIteration,
  ProjectMembership,
  ProjectRef,
  ProjectSchema,
} from '../../model/projects.js';
import { ItemWriteError, type ItemKey, type ProjectLookup } from '../provider.js';
import type { GraphqlAnswer, SendOptions } from '../github-graphql/transport.js';
import type { GraphqlError } from '../github-graphql/types.js';
import { describeItem, GitHubReadError } from './errors.js';

/** Sends one GraphQL document: a GraphqlTransport's `send`, bound to the client projects use. */
export type GraphqlSend = <T extends object>(
  document: string,
  variables: Record<string, unknown>,
  options?: SendOptions,
) => Promise<GraphqlAnswer<T>>;

/**
 * An item is rarely in more than a few projects; 20 of them are read with it. Values are read by name
 * (at most 50 fields per project on GitHub), so no connection of values is paged.
 */
export const PROJECTS_PER_ITEM = 20;

const FIELD_NAME = 'field { ... on ProjectV2FieldCommon { name } }';
const VALUE = `__typename
  ... on ProjectV2ItemFieldTextValue { text ${FIELD_NAME} }
  ... on ProjectV2ItemFieldNumberValue { number ${FIELD_NAME} }
  ... on ProjectV2ItemFieldDateValue { date ${FIELD_NAME} }
  ... on ProjectV2ItemFieldSingleSelectValue { name ${FIELD_NAME} }
  ... on ProjectV2ItemFieldIterationValue { title ${FIELD_NAME} }`;

/** `projectItems` with the values of `fields` (names as the projects spell them), as aliases v0, v1... */
export function projectItemsField(fields: readonly string[]): string {
  const values = fields.map(
    (name, k) => `v${k}: fieldValueByName(name: ${JSON.stringify(name)}) { ${VALUE} }`,
  );
  return `projectItems(first: ${PROJECTS_PER_ITEM}) { pageInfo { hasNextPage } nodes { id project { id number owner { __typename ... on Organization { login } ... on User { login } } } ${values.join(' ')} } }`;
}

interface ValueNode {
  __typename: string;
  text?: string | null;
  number?: number | null;
  date?: string | null;
  name?: string | null;
  title?: string | null;
  field?: { name?: string } | null;
}

interface ProjectItemNode {
  id: string;
  project: { id: string; number: number; owner: { __typename: string; login?: string } | null } | null;
  [alias: string]: unknown;
}

export interface ProjectItemsNode {
  projectItems?: { pageInfo: { hasNextPage: boolean }; nodes: (ProjectItemNode | null)[] | null } | null;
}

/** The projects an item is in (`projectItems` as projectItemsField reads it). */
export function membershipsOf(node: ProjectItemsNode): ProjectMembership[] | undefined {
  const items = node.projectItems;
  if (!items) return undefined;
  return (items.nodes ?? []).flatMap((item) => {
    if (!item?.project?.owner?.login) return [];
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(item)) {
      if (!/^v\d+$/.test(key) || !value) continue;
      const v = value as ValueNode;
      const name = v.field?.name;
      const text = valueText(v);
      if (name && text !== null) fields[name] = text;
    }
    return [{ owner: item.project.owner.login, number: item.project.number, itemId: item.id, fields }];
  });
}

function valueText(v: ValueNode): string | null {
  switch (v.__typename) {
    case 'ProjectV2ItemFieldTextValue':
      return v.text ?? null;
    case 'ProjectV2ItemFieldNumberValue':
      return typeof v.number === 'number' ? String(v.number) : null;
    case 'ProjectV2ItemFieldDateValue':
      return v.date ? v.date.slice(0, 10) : null;
    case 'ProjectV2ItemFieldSingleSelectValue':
      return v.name ?? null;
    case 'ProjectV2ItemFieldIterationValue':
      return v.title ?? null;
    default:
      return null;
  }
}

interface IterationNode {
  id: string;
  title: string;
  startDate: string;
  duration: number;
}

interface FieldNode {
  __typename: string;
  id: string;
  name: string;
  dataType: string;
  options?: { id: string; name: string }[];
  configuration?: { iterations: IterationNode[]; completedIterations: IterationNode[] };
}

interface ProjectNode {
  id: string;
  number: number;
  title: string;
  closed: boolean;
  fields: { pageInfo: { hasNextPage: boolean }; nodes: (FieldNode | null)[] | null };
}

type OwnerNode = { projectV2: ProjectNode | null } | null;

const PROJECT_FIELDS = `id number title closed
  fields(first: 50) {
    pageInfo { hasNextPage }
    nodes {
      __typename
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2SingleSelectField { options { id name } }
      ... on ProjectV2IterationField {
        configuration {
          iterations { id title startDate duration }
          completedIterations { id title startDate duration }
        }
      }
    }
  }`;

/** What GitHub answers when a token cannot see a project, so the message can say what to do. */
export interface ProjectAccess {
  /** The run uses the workflow's token for projects (no `project-token` given). */
  workflowToken: boolean;
}

/** The permissions a token needs for projects (checked against GitHub's docs; see docs/structured-triage.md). */
export const PROJECT_TOKEN_ADVICE =
  'set the `project-token` input to a token that can: a fine-grained personal access token with the organization permission "Projects" (read and write) for an organisation\'s project, a classic personal access token with the `project` scope (and `repo` for private repositories\' items), or a GitHub App installation token with the organization permission "Projects" (read and write); the workflow\'s GITHUB_TOKEN cannot reach projects';

export class GitHubProjects {
  private schemasRead: ProjectSchema[] = [];
  /** The field names (as the projects spell them) whose values item reads carry. */
  private fieldNames: string[] = [];
  /** Project item ids by `${projectId} ${contentId}`, from reads and adds. */
  private readonly itemIds = new Map<string, string>();
  /** Issues' and pull requests' node ids by number (the content a project item points at). */
  private readonly contentIds = new Map<number, string>();

  constructor(
    private readonly send: GraphqlSend,
    private readonly repo: { owner: string; name: string },
    private readonly access: ProjectAccess,
    private readonly secrets: readonly string[] = [],
  ) {}

  /**
   * An item's projects as a listing node carries them (`projectItemsField`), remembered for writes;
   * undefined when the node does not carry them.
   */
  fromNode(number: number, node: ProjectItemsNode & { id: string }): ProjectMembership[] | undefined {
    const memberships = membershipsOf(node);
    if (memberships) this.remember(number, node.id, memberships);
    return memberships;
  }

  /**
   * The projects of many items in one request (`nodes(ids:)`, up to 100 ids): the REST provider's way
   * (its items carry `node_id`), and the GraphQL provider's when projects have their own token.
   */
  async readMany(
    items: readonly { number: number; id: string }[],
  ): Promise<Map<number, ProjectMembership[]>> {
    const out = new Map<number, ProjectMembership[]>();
    for (let start = 0; start < items.length; start += 100) {
      const chunk = items.slice(start, start + 100);
      const doing = `reading the projects of ${chunk.length} item${chunk.length === 1 ? '' : 's'}`;
      const answer = await this.send<{ nodes: ((ProjectItemsNode & { id?: string }) | null)[] }>(
        `query SiftItemProjects($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Issue { id ${projectItemsField(this.fieldNames)} }
    ... on PullRequest { id ${projectItemsField(this.fieldNames)} }
  }
}`,
        { ids: chunk.map((i) => i.id) },
      );
      if (!answer.data || answer.errors.length > 0) throw this.readFailure(doing, answer.errors);
      chunk.forEach((item, k) => {
        const node = answer.data?.nodes[k];
        const memberships = node ? this.fromNode(item.number, { ...node, id: item.id }) : undefined;
        out.set(item.number, memberships ?? []);
      });
    }
    return out;
  }

  /** One issue's or pull request's projects, by number (an event's item, or one the listing did not carry). */
  async readOne(item: ItemKey): Promise<ProjectMembership[]> {
    const doing = `reading the projects of ${describeItem(item)}`;
    const field = projectItemsField(this.fieldNames);
    const answer = await this.send<{
      repository: { item: (ProjectItemsNode & { id: string }) | null } | null;
    }>(
      `query SiftOneItemProjects($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    item: issueOrPullRequest(number: $number) {
      ... on Issue { id ${field} }
      ... on PullRequest { id ${field} }
    }
  }
}`,
      { owner: this.repo.owner, name: this.repo.name, number: item.number },
    );
    const node = answer.data?.repository?.item;
    if (!node || answer.errors.length > 0) throw this.readFailure(doing, answer.errors);
    return this.fromNode(item.number, node) ?? [];
  }

  private readFailure(doing: string, errors: readonly GraphqlError[]): GitHubReadError {
    const denied = errors.some(
      (e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message),
    );
    const said = errors.map((e) => e.message).join('; ') || 'no answer';
    const advice = denied && this.access.workflowToken ? ` To read projects, ${PROJECT_TOKEN_ADVICE}.` : '';
    return new GitHubReadError(
      this.redact(`${doing} failed: GitHub says: ${said}.${advice}`),
      denied ? 403 : undefined,
    );
  }

  /** Field names item reads carry (set by `schemas`). */
  fields(): readonly string[] {
    return this.fieldNames;
  }

  /**
   * The projects, in one query. `fields`: the names the rules use (any case); item reads then carry
   * those fields' values, spelled as each project spells them.
   */
  async schemas(refs: readonly ProjectRef[], fields: readonly string[] = []): Promise<ProjectLookup[]> {
    if (refs.length === 0) return [];
    const parts = refs.map(
      (_, k) =>
        `o${k}: organization(login: $owner${k}) { projectV2(number: $number${k}) { ...SiftProject } }
  u${k}: user(login: $owner${k}) { projectV2(number: $number${k}) { ...SiftProject } }`,
    );
    const params = refs.map((_, k) => `$owner${k}: String!, $number${k}: Int!`).join(', ');
    const document = `query SiftProjects(${params}) {
  ${parts.join('\n  ')}
}
fragment SiftProject on ProjectV2 {
  ${PROJECT_FIELDS}
}`;
    const variables: Record<string, unknown> = {};
    refs.forEach((ref, k) =>
      Object.assign(variables, { [`owner${k}`]: ref.owner, [`number${k}`]: ref.number }),
    );
    const answer = await this.send<Record<string, OwnerNode>>(document, variables);
    const lookups = refs.map((ref, k): ProjectLookup => {
      const project = answer.data?.[`o${k}`]?.projectV2 ?? answer.data?.[`u${k}`]?.projectV2 ?? null;
      if (project) return { ref, schema: schemaOf(ref, project) };
      const errors = answer.errors.filter((e) => e.path?.[0] === `o${k}` || e.path?.[0] === `u${k}`);
      return { ref, schema: null, problem: this.unreachable(ref, errors, answer.errors) };
    });
    // Added to what earlier calls read (a preview resolves the rules before and after a change).
    const read = lookups.flatMap((l) => (l.schema ? [l.schema] : []));
    this.schemasRead = [...this.schemasRead.filter((s) => !read.some((r) => sameProject(r, s))), ...read];
    const names = new Set<string>(this.fieldNames);
    for (const schema of read) {
      for (const name of fields) {
        const field = findField(schema, name);
        if (field && field.type !== 'OTHER') names.add(field.name);
      }
    }
    this.fieldNames = [...names];
    return lookups;
  }

  /** Why a project could not be read, and what to do about it. */
  private unreachable(ref: ProjectRef, own: GraphqlError[], all: GraphqlError[]): string {
    // A login is an organisation or a user: GitHub's NOT_FOUND for the other kind says nothing.
    const otherKind = (e: GraphqlError) =>
      /^Could not resolve to an? (User|Organization) with the login/.test(e.message);
    const mine = own.length > 0 ? own : all;
    const errors = mine.some((e) => !otherKind(e)) ? mine.filter((e) => !otherKind(e)) : mine;
    const messages = errors.map((e) => e.message);
    const denied = errors.some(
      (e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message),
    );
    const saying =
      messages.length > 0
        ? `GitHub says: ${[...new Set(messages)].join('; ')}`
        : 'GitHub answered no project';
    // A token that cannot see an organisation's projects gets NOT_FOUND for them, as for one that does not exist.
    const advice = this.access.workflowToken
      ? `; if it exists, ${PROJECT_TOKEN_ADVICE}`
      : denied
        ? '; the `project-token` cannot read it: give it the organization permission "Projects" (read and write), or the `project` scope for a classic token'
        : `; check the owner and the number in the project's URL (github.com/orgs/${ref.owner}/projects/${ref.number}) and that the \`project-token\` can read it`;
    return `cannot be read (${this.redact(saying)})${advice}`;
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) if (secret) out = out.split(secret).join('***');
    return out;
  }

  /** Remembers the item's node id and its project item ids (so writes need no lookup). */
  private remember(number: number, contentId: string, memberships: readonly ProjectMembership[]): void {
    this.contentIds.set(number, contentId);
    for (const m of memberships) {
      const schema = this.schemasRead.find((s) => sameProject(s, m));
      if (schema) this.itemIds.set(`${schema.id} ${contentId}`, m.itemId);
    }
  }

  /** The node id of an item whose projects were read this run. */
  private contentId(item: ItemKey): string {
    const id = this.contentIds.get(item.number);
    // The engine reads an item's projects before it plans a project change: a library caller's slip.
    if (!id) throw new Error(`the projects of ${describeItem(item)} were not read before writing to them`);
    return id;
  }

  /** Adds the item to the project; already there is success (GitHub answers the existing item). */
  async add(item: ItemKey, ref: ProjectRef): Promise<void> {
    const contentId = this.contentId(item);
    const schema = this.schema(ref);
    const doing = `adding ${describeItem(item)} to project ${describeProject(ref)}`;
    const answer = await this.send<{ addProjectV2ItemById: { item: { id: string } | null } | null }>(
      `mutation SiftAddToProject($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) { item { id } }
}`,
      { projectId: schema.id, contentId },
      // GitHub answers the existing item when the content is there already: safe to send again.
      { idempotent: true },
    );
    const id = answer.data?.addProjectV2ItemById?.item?.id;
    if (!id) throw this.writeFailure(doing, answer.errors);
    this.itemIds.set(`${schema.id} ${contentId}`, id);
  }

  /** Sets one field, by the field's type; the item must be in the project (read or added this run). */
  async set(item: ItemKey, ref: ProjectRef, fieldName: string, value: string): Promise<void> {
    const contentId = this.contentId(item);
    const schema = this.schema(ref);
    const doing = `setting "${fieldName}" to "${value}" on ${describeItem(item)} in project ${describeProject(ref)}`;
    const field = findField(schema, fieldName);
    if (!field) throw new ItemWriteError(`${doing} failed: the project has no field "${fieldName}".`, 422);
    let itemId = this.itemIds.get(`${schema.id} ${contentId}`);
    if (!itemId) {
      // Not read with the item (a run cut after the add, say): the add answers the existing item.
      await this.add(item, ref);
      itemId = this.itemIds.get(`${schema.id} ${contentId}`);
    }
    const answer = await this.send<{
      updateProjectV2ItemFieldValue: { projectV2Item: { id: string } | null } | null;
    }>(
      `mutation SiftSetProjectField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }) { projectV2Item { id } }
}`,
      { projectId: schema.id, itemId, fieldId: field.id, value: fieldValue(field, value, doing) },
      { idempotent: true },
    );
    if (!answer.data?.updateProjectV2ItemFieldValue?.projectV2Item)
      throw this.writeFailure(doing, answer.errors);
  }

  private schema(ref: ProjectRef): ProjectSchema {
    const schema = this.schemasRead.find((s) => sameProject(s, ref));
    // The pipeline resolves every project a rule names before the walk: this is a library caller's slip.
    if (!schema) throw new Error(`project ${describeProject(ref)} was not resolved before writing to it`);
    return schema;
  }

  private writeFailure(doing: string, errors: readonly GraphqlError[]): ItemWriteError {
    const said = errors.map((e) => e.message).join('; ') || 'no answer';
    const denied = errors.some(
      (e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message),
    );
    const advice =
      denied && this.access.workflowToken ? ` To write to projects, ${PROJECT_TOKEN_ADVICE}.` : '';
    return new ItemWriteError(
      this.redact(`${doing} failed: GitHub says: ${said}.${advice}`),
      denied ? 403 : 422,
    );
  }
}

/** The mutation's `value`: the one key the field's type takes, with the option's or iteration's id. */
function fieldValue(field: ProjectField, value: string, doing: string): Record<string, unknown> {
  const bad = (why: string) => new ItemWriteError(`${doing} failed: ${why}.`, 422);
  switch (field.type) {
    case 'TEXT':
      return { text: value };
    case 'NUMBER': {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) throw bad(`"${value}" is not a number`);
      return { number: n };
    }
    case 'DATE':
      return { date: value };
    case 'SINGLE_SELECT': {
      const option = field.options.find((o) => o.name.toLowerCase() === value.toLowerCase());
      if (!option) throw bad(`the field has no option "${value}"`);
      return { singleSelectOptionId: option.id };
    }
    case 'ITERATION': {
      const iteration = field.iterations.find((i) => i.title.toLowerCase() === value.toLowerCase());
      if (!iteration) throw bad(`the field has no iteration "${value}"`);
      return { iterationId: iteration.id };
    }
    case 'OTHER':
      throw bad(`a ${field.dataType.toLowerCase()} field cannot be set`);
  }
}

function schemaOf(ref: ProjectRef, node: ProjectNode): ProjectSchema {
  const fields = (node.fields.nodes ?? []).flatMap((f): ProjectField[] => {
    if (!f?.id) return [];
    if (f.dataType === 'SINGLE_SELECT')
      return [{ id: f.id, name: f.name, type: 'SINGLE_SELECT', options: f.options ?? [] }];
    if (f.dataType === 'ITERATION') {
      const all = [...(f.configuration?.completedIterations ?? []), ...(f.configuration?.iterations ?? [])];
      const iterations: ProjectIteration[] = all.map((i) => ({ ...i }));
      return [{ id: f.id, name: f.name, type: 'ITERATION', iterations }];
    }
    if (f.dataType === 'TEXT' || f.dataType === 'NUMBER' || f.dataType === 'DATE')
      return [{ id: f.id, name: f.name, type: f.dataType }];
    return [{ id: f.id, name: f.name, type: 'OTHER', dataType: f.dataType }];
  });
  return { owner: ref.owner, number: node.number, id: node.id, title: node.title, fields };
}
