/**
 * The Projects (v2) mutations (store: ../projects.ts): `addProjectV2ItemById` (answers the existing
 * item when the content is in the project already, as GitHub documents), `updateProjectV2ItemFieldValue`
 * (one of text, number, date, singleSelectOptionId, iterationId, which must suit the field's type) and
 * `clearProjectV2ItemFieldValue`. A read-only emulator refuses them as GitHub refuses a token without
 * access to the project.
 */
import type { RequestContext } from './context.js';
import { GitHubGraphqlError } from './errors.js';
import { decodeNodeId } from './ids.js';
import { projectItemView } from './project-views.js';
import type { View } from './views.js';
import {
  projectsOf,
  type ProjectFieldRecord,
  type ProjectItemRecord,
  type ProjectRecord,
  type ProjectValue,
} from '../projects.js';

type Args<T> = { input: T & { clientMutationId?: string | null } };

interface FieldValueInput {
  text?: string | null;
  number?: number | null;
  date?: string | null;
  singleSelectOptionId?: string | null;
  iterationId?: string | null;
}

export function projectMutations(): Record<string, unknown> {
  return {
    addProjectV2ItemById: (
      { input }: Args<{ projectId: string; contentId: string }>,
      ctx: RequestContext,
    ): View => {
      const project = projectFor(ctx, input.projectId);
      const content = decodeNodeId(input.contentId);
      const repo = content ? ctx.store.repo(String(content.parts[0])) : undefined;
      const record = repo?.issue(Number(content?.parts[1]));
      if (
        !repo ||
        !record ||
        (content?.kind !== 'Issue' && content?.kind !== 'PullRequest') ||
        record.pull_request !== (content.kind === 'PullRequest')
      ) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.contentId}'`,
        );
      }
      const item = projectsOf(ctx.store).addItem(project, repo.fullName, record.number);
      return {
        __typename: 'AddProjectV2ItemByIdPayload',
        clientMutationId: input.clientMutationId ?? null,
        item: projectItemView(ctx.store, project, item),
      };
    },
    updateProjectV2ItemFieldValue: (
      { input }: Args<{ projectId: string; itemId: string; fieldId: string; value: FieldValueInput }>,
      ctx: RequestContext,
    ): View => {
      const { project, item, field } = target(ctx, input);
      projectsOf(ctx.store).write(item, field, valueFor(field, input.value));
      return {
        __typename: 'UpdateProjectV2ItemFieldValuePayload',
        clientMutationId: input.clientMutationId ?? null,
        projectV2Item: projectItemView(ctx.store, project, item),
      };
    },
    clearProjectV2ItemFieldValue: (
      { input }: Args<{ projectId: string; itemId: string; fieldId: string }>,
      ctx: RequestContext,
    ): View => {
      const { project, item, field } = target(ctx, input);
      projectsOf(ctx.store).write(item, field, null);
      return {
        __typename: 'ClearProjectV2ItemFieldValuePayload',
        clientMutationId: input.clientMutationId ?? null,
        projectV2Item: projectItemView(ctx.store, project, item),
      };
    },
  };
}

function projectFor(ctx: RequestContext, id: string): ProjectRecord {
  const decoded = decodeNodeId(id);
  const project =
    decoded?.kind === 'ProjectV2' ? projectsOf(ctx.store).byId(Number(decoded.parts[0])) : undefined;
  if (!project)
    throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  if (ctx.readOnly || ctx.projectsForbidden)
    throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
  return project;
}

function target(
  ctx: RequestContext,
  input: { projectId: string; itemId: string; fieldId: string },
): { project: ProjectRecord; item: ProjectItemRecord; field: ProjectFieldRecord } {
  const project = projectFor(ctx, input.projectId);
  const itemId = decodeNodeId(input.itemId);
  const item =
    itemId?.kind === 'ProjectV2Item' && Number(itemId.parts[0]) === project.id
      ? project.items.find((i) => i.id === Number(itemId.parts[1]))
      : undefined;
  if (!item) {
    throw new GitHubGraphqlError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${input.itemId}'`,
    );
  }
  const fieldId = decodeNodeId(input.fieldId);
  const field =
    fieldId?.kind === 'ProjectV2Field' && Number(fieldId.parts[0]) === project.id
      ? project.fields.find((f) => f.id === Number(fieldId.parts[1]))
      : undefined;
  if (!field) {
    throw new GitHubGraphqlError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${input.fieldId}'`,
    );
  }
  if (field.dataType === 'TITLE') {
    throw new GitHubGraphqlError(
      'UNPROCESSABLE',
      'The title of an issue or pull request cannot be set through the project',
    );
  }
  return { project, item, field };
}

/** The one value the input gives, checked against the field's type and its options or iterations. */
function valueFor(field: ProjectFieldRecord, value: FieldValueInput): ProjectValue {
  const given = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) {
    throw new GitHubGraphqlError('UNPROCESSABLE', 'Exactly one value must be given to update a field');
  }
  const kind = field.dataType.toLowerCase();
  const wrong = (what: string) =>
    new GitHubGraphqlError('UNPROCESSABLE', `Did not receive ${what} to update a field of type ${kind}`);
  switch (field.dataType) {
    case 'TEXT':
      if (typeof value.text !== 'string') throw wrong('a text value');
      return { text: value.text };
    case 'NUMBER':
      if (typeof value.number !== 'number') throw wrong('a number value');
      return { number: value.number };
    case 'DATE':
      if (typeof value.date !== 'string') throw wrong('a date value');
      return { date: value.date.slice(0, 10) };
    case 'SINGLE_SELECT': {
      const id = value.singleSelectOptionId;
      if (typeof id !== 'string') throw wrong('a single select option Id');
      if (!field.options?.some((o) => o.id === id)) {
        throw new GitHubGraphqlError(
          'UNPROCESSABLE',
          `The single select option Id does not belong to the field`,
        );
      }
      return { optionId: id };
    }
    case 'ITERATION': {
      const id = value.iterationId;
      if (typeof id !== 'string') throw wrong('an iteration Id');
      if (!field.iterations?.some((i) => i.id === id)) {
        throw new GitHubGraphqlError('UNPROCESSABLE', `The iteration Id does not belong to the field`);
      }
      return { iterationId: id };
    }
    default:
      throw wrong('a settable value');
  }
}
