/**
 * GitHub's GraphQL API over the REST emulator's store, mounted by the emulator at `POST /graphql`
 * (`/api/graphql` when the REST root is `/api/v3`, as on GitHub Enterprise Server).
 *
 * Each request is parsed and validated against GitHub's real schema, checked against GitHub's
 * pagination and node limits, priced (see cost.ts) and charged to a GraphQL point bucket separate from
 * REST's, then executed synchronously over plain-object views of the store. Mutations go through the
 * store's methods, so REST reads see them. The emulator logs each request with `graphql` details.
 */
import {
  GraphQLError,
  Kind,
  execute,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ApiError, type ApiResponse } from '../http.js';
import type { RequestLogEntry } from '../index.js';
import { iso, type GitHubStore, type IssueRecord } from '../store.js';
import type { PullDetails, RequestContext } from './context.js';
import { priceOf } from './cost.js';
import { extrasOf } from './extras.js';
import { GitHubGraphqlError, fromApiError, notEmulated, toJson, type GitHubErrorJson } from './errors.js';
import { mutationRoot } from './mutations.js';
import { githubSchema } from './schema.js';
import { queryRoot } from './views.js';

export type { PullDetails } from './context.js';
export type { GitHubErrorJson } from './errors.js';
export { decodeNodeId, nodeId } from './ids.js';

/** The path the emulator logs every GraphQL request under, whatever the prefix. */
export const GRAPHQL_PATH = '/graphql';

/** Where GitHub serves GraphQL for a REST path prefix: `/graphql`, or `/api/graphql` beside `/api/v3`. */
export function graphqlPathFor(prefix: string): string {
  return prefix.endsWith('/v3') ? `${prefix.slice(0, -3)}/graphql` : `${prefix}/graphql`;
}

/** Paths answered as GraphQL: GitHub's, and `{prefix}/graphql` for clients that append to the REST root. */
export function graphqlPaths(prefix: string): string[] {
  return [...new Set([graphqlPathFor(prefix), `${prefix}/graphql`])];
}

export interface GraphqlEndpointOptions {
  /** Latency per node returned, on top of the emulator's per-request latency. Default 0.01 ms. */
  latencyPerNodeMs?: number;
  /** Points per hour (GitHub: 5,000 for a user, 1,000 per repository for GITHUB_TOKEN). Default 5000. */
  rateLimit?: number;
  /** Answer RATE_LIMITED once the points are spent. Default false: only count. */
  enforceRateLimit?: boolean;
}

/** What the request log holds for a GraphQL request (`entry.graphql`). */
export interface GraphqlRequestInfo {
  /** Null when the document was rejected before an operation was chosen. */
  operation: 'query' | 'mutation' | 'subscription' | null;
  operationName: string | null;
  query: string;
  variables: Record<string, unknown>;
  /** Top-level response keys (aliases): a batch of 10 mutations lists 10. */
  fields: string[];
  /** Points charged. */
  cost: number;
  /** Connection items returned (what the per-node latency is charged on). */
  nodes: number;
  errors: GitHubErrorJson[];
}

export interface GraphqlProblem {
  query: string;
  errors: GitHubErrorJson[];
}

export interface GraphqlRate {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

interface GraphqlRequest {
  method: string;
  parsed: { ok: true; value: unknown } | { ok: false };
  actor: string;
  readOnly: boolean;
  /** The token cannot reach projects (see GitHubEmulatorOptions.projectToken). */
  projectsForbidden?: boolean;
  entry: RequestLogEntry;
}

const HOUR_S = 3600;

/** Query texts whose parsed and validated document is kept (see checkedDocument). */
const DOCUMENTS_KEPT = 64;

type CheckedDocument = { ok: true; document: DocumentNode } | { ok: false; errors: GitHubErrorJson[] };

export class GraphqlEndpoint {
  latencyPerNodeMs: number;
  readonly rate: GraphqlRate;
  /** Documents GitHub would reject (syntax, schema, variables, pagination and node limits). */
  readonly invalid: GraphqlProblem[] = [];
  /** Requests that reached a field the emulator does not serve. */
  readonly unemulated: GraphqlProblem[] = [];
  private readonly details = new WeakMap<IssueRecord, Partial<PullDetails>>();
  /** Parsed and validated documents by query text (see checkedDocument). */
  private readonly documents = new Map<string, CheckedDocument>();
  private readonly forbidden = new WeakMap<IssueRecord, number>();

  constructor(
    private readonly store: GitHubStore,
    private readonly now: () => number,
    private readonly options: GraphqlEndpointOptions = {},
    /** Receives resolver crashes (emulator bugs), which the client sees as errors. */
    private readonly onCrash: (error: Error) => void = () => undefined,
  ) {
    this.latencyPerNodeMs = options.latencyPerNodeMs ?? 0.01;
    const limit = options.rateLimit ?? 5000;
    this.rate = { limit, remaining: limit, used: 0, reset: Math.floor(now() / 1000) + HOUR_S };
  }

  /** Branches and changed files of a pull request, over what the store records (seed `pull`). */
  setPullDetails(record: IssueRecord, details: Partial<PullDetails>): void {
    this.details.set(record, { ...this.details.get(record), ...details });
  }

  /** The next `times` mutations on this item fail with FORBIDDEN "Resource not accessible by integration". */
  forbidWrites(record: IssueRecord, times = 1): void {
    this.forbidden.set(record, (this.forbidden.get(record) ?? 0) + times);
  }

  /** Per-node latency for a logged request, slept by the emulator before it answers. */
  extraLatencyMs(entry: RequestLogEntry): number {
    return (entry.graphql?.nodes ?? 0) * this.latencyPerNodeMs;
  }

  answer({ method, parsed, actor, readOnly, projectsForbidden = false, entry }: GraphqlRequest): ApiResponse {
    if (method !== 'POST') throw new ApiError(404, 'Not Found');
    if (!parsed.ok) throw new ApiError(400, 'Problems parsing JSON');
    const body = isRecord(parsed.value) ? parsed.value : {};
    const info: GraphqlRequestInfo = {
      operation: null,
      operationName: typeof body.operationName === 'string' ? body.operationName : null,
      query: typeof body.query === 'string' ? body.query : '',
      variables: isRecord(body.variables) ? body.variables : {},
      fields: [],
      cost: 0,
      nodes: 0,
      errors: [],
    };
    entry.graphql = info;
    if (typeof body.query !== 'string') {
      return this.reject(info, [{ message: 'A query attribute must be specified and must be a string.' }]);
    }

    const schema = githubSchema();
    const checked = this.checkedDocument(schema, info.query);
    if (!checked.ok) return this.reject(info, structuredClone(checked.errors));
    const document = checked.document;
    const operation = getOperationAST(document, info.operationName ?? undefined);
    if (!operation) {
      const message = info.operationName
        ? `Unknown operation named "${info.operationName}".`
        : 'An operation name is required when the document has several operations.';
      return this.reject(info, [{ message }]);
    }
    info.operation = operation.operation;
    info.operationName ??= operation.name?.value ?? null;
    info.fields = operation.selectionSet.selections.map((s) =>
      s.kind === Kind.FIELD ? (s.alias ?? s.name).value : '...',
    );
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], info.variables);
    if (variables.errors) return this.reject(info, variables.errors.map(toJson));
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const price = priceOf(schema, operation, fragments, variables.coerced);
    info.cost = price.cost;
    if (price.errors.length > 0) {
      return this.reject(
        info,
        price.errors.map((e) => ({ type: e.type, message: e.message })),
      );
    }

    this.refill();
    if (this.options.enforceRateLimit && this.rate.remaining < price.cost) {
      info.errors = [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }];
      return this.respond({ errors: info.errors });
    }
    this.rate.remaining = Math.max(0, this.rate.remaining - price.cost);
    this.rate.used += price.cost;

    const ctx: RequestContext = {
      store: this.store,
      actor,
      readOnly,
      projectsForbidden,
      nodesReturned: 0,
      rate: {
        cost: price.cost,
        nodeCount: price.nodeCount,
        limit: this.rate.limit,
        remaining: this.rate.remaining,
        used: this.rate.used,
        resetAt: iso(this.rate.reset * 1000),
      },
      pullDetails: (repo, record) => {
        const pull = extrasOf(record).pull;
        return {
          base: pull?.base ?? repo.defaultBranch,
          head: pull?.head ?? `pr-${record.number}`,
          fork: pull ? pull.headRepo.toLowerCase() !== repo.fullName.toLowerCase() : false,
          files: pull?.files ?? [],
          ...this.details.get(record),
        };
      },
      takeForbidden: (record) => {
        const left = this.forbidden.get(record) ?? 0;
        if (left > 0) this.forbidden.set(record, left - 1);
        return left > 0;
      },
      memo: new Map(),
    };
    const result = execute({
      schema,
      document,
      operationName: info.operationName ?? undefined,
      rootValue: operation.operation === 'mutation' ? mutationRoot() : queryRoot(this.store),
      contextValue: ctx,
      variableValues: info.variables,
      fieldResolver,
    });
    if ('then' in result) throw new Error('GraphQL resolvers must be synchronous');
    info.nodes = ctx.nodesReturned;
    info.errors = (result.errors ?? []).map((error) => {
      if (!(error.originalError instanceof GitHubGraphqlError)) this.onCrash(error.originalError ?? error);
      return toJson(error);
    });
    const unserved = info.errors.filter((e) => e.type === 'NOT_EMULATED');
    if (unserved.length > 0) this.unemulated.push({ query: info.query, errors: unserved });
    return this.respond(
      info.errors.length > 0 ? { data: result.data ?? null, errors: info.errors } : { data: result.data },
    );
  }

  /**
   * The document parsed and validated against the schema, once per query text: a client sends the
   * same text for every page of a walk (only the variables change), and parsing and validating it
   * was a third of the emulator's time per page of a 100,000-item listing. The same text always gets
   * the same verdict, so the answers are GitHub's as before. A few texts are kept, the latest used.
   */
  private checkedDocument(schema: GraphQLSchema, query: string): CheckedDocument {
    const known = this.documents.get(query);
    if (known !== undefined) {
      this.documents.delete(query);
      this.documents.set(query, known);
      return known;
    }
    let checked: CheckedDocument;
    try {
      const document = parse(query);
      const invalid = validate(schema, document);
      checked = invalid.length > 0 ? { ok: false, errors: invalid.map(toJson) } : { ok: true, document };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      checked = { ok: false, errors: [toJson(error)] };
    }
    this.documents.set(query, checked);
    if (this.documents.size > DOCUMENTS_KEPT)
      this.documents.delete(this.documents.keys().next().value as string);
    return checked;
  }

  /** GitHub answers a document it rejects with 200 and errors, and runs nothing. */
  private reject(info: GraphqlRequestInfo, errors: GitHubErrorJson[]): ApiResponse {
    info.errors = errors;
    this.invalid.push({ query: info.query, errors });
    return this.respond({ errors });
  }

  private respond(body: unknown): ApiResponse {
    return {
      status: 200,
      body,
      headers: {
        'x-ratelimit-limit': String(this.rate.limit),
        'x-ratelimit-remaining': String(this.rate.remaining),
        'x-ratelimit-used': String(this.rate.used),
        'x-ratelimit-reset': String(this.rate.reset),
        'x-ratelimit-resource': 'graphql',
      },
    };
  }

  private refill(): void {
    const nowS = Math.floor(this.now() / 1000);
    if (nowS < this.rate.reset) return;
    this.rate.remaining = this.rate.limit;
    this.rate.used = 0;
    this.rate.reset = nowS + HOUR_S;
  }
}

/**
 * Reads a view's property, calling it with `(args, context)` when it is a function; a property the view
 * lacks is a field the emulator does not serve, reported as such instead of a silent null. Store
 * errors (REST statuses) become GitHub's typed GraphQL errors.
 */
const fieldResolver: GraphQLFieldResolver<unknown, RequestContext> = (source, args, ctx, info) => {
  if (!isRecord(source) || !(info.fieldName in source)) {
    throw notEmulated(`${info.parentType.name}.${info.fieldName}`);
  }
  const value = source[info.fieldName];
  if (typeof value !== 'function') return value;
  try {
    return (value as (a: unknown, c: RequestContext) => unknown).call(source, args, ctx);
  } catch (error) {
    throw fromApiError(error);
  }
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
