/**
 * GitHub's static limits and price of a GraphQL call, computed from the document before it runs:
 *
 * - every connection whose items are selected needs `first` or `last`, each 0 to 100;
 * - at most 500,000 nodes: each connection's limit times the limits of the connections around it;
 * - cost: the number of requests needed to fill each connection (1 for a top-level one, N for one
 *   nested in a connection of N), divided by 100 and rounded, at least 1 point.
 *
 * So a page of 100 issues with their labels and assignees costs (1 + 100 + 100) / 100 = 2 points.
 */
import {
  Kind,
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { GitHubGraphqlError } from './errors.js';

export const NODE_LIMIT = 500_000;
const PAGE_LIMIT = 100;

export interface CallPrice {
  cost: number;
  /** The most nodes the call can return. */
  nodeCount: number;
  /** Limits broken; GitHub answers these without running anything. */
  errors: GitHubGraphqlError[];
}

export function priceOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): CallPrice {
  const tally = { requests: 0, nodes: 0, errors: [] as GitHubGraphqlError[] };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) walk(operation.selectionSet, root, 1);
  if (tally.nodes > NODE_LIMIT) {
    tally.errors.push(
      new GitHubGraphqlError(
        'MAX_NODE_LIMIT_EXCEEDED',
        `This query requests up to ${tally.nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString('en-US')}.`,
      ),
    );
  }
  return {
    cost: Math.max(1, Math.round(tally.requests / 100)),
    nodeCount: tally.nodes,
    errors: tally.errors,
  };

  function walk(selectionSet: SelectionSetNode, type: GraphQLCompositeType, multiplier: number): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) walk(selection.selectionSet, condition, multiplier);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition && isCompositeType(condition))
          walk(fragment.selectionSet, condition, multiplier);
        continue;
      }
      if (!selection.selectionSet || (!isObjectType(type) && !isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      if (!isConnection(named)) {
        walk(selection.selectionSet, named, multiplier);
        continue;
      }
      const args = getArgumentValues(field, selection, variables);
      const name = selection.name.value;
      let limit = 0;
      let bounded = false;
      for (const arg of ['first', 'last'] as const) {
        const value = args[arg];
        if (typeof value !== 'number') continue;
        bounded = true;
        limit = Math.max(limit, value);
        if (value < 0 || value > PAGE_LIMIT) {
          tally.errors.push(
            new GitHubGraphqlError(
              'EXCESSIVE_PAGINATION',
              `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of ${PAGE_LIMIT} records.`,
            ),
          );
        }
      }
      if (!bounded) {
        // `totalCount` alone needs no page; items do.
        if (selectsItems(selection.selectionSet)) {
          tally.errors.push(
            new GitHubGraphqlError(
              'MISSING_PAGINATION_BOUNDARIES',
              `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
            ),
          );
        }
        continue;
      }
      tally.requests += multiplier;
      tally.nodes += multiplier * limit;
      walk(selection.selectionSet, named, multiplier * limit);
    }
  }
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();
}

function selectsItems(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some(
    (s) =>
      (s.kind === Kind.FIELD && (s.name.value === 'nodes' || s.name.value === 'edges')) ||
      (s.kind === Kind.INLINE_FRAGMENT && selectsItems(s.selectionSet)),
  );
}
