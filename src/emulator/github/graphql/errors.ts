/**
 * GitHub's GraphQL errors: HTTP 200 with `errors: [{ type, path, locations, message }]`, `type` at the
 * top level of each error (not in `extensions`). Resolvers throw GitHubGraphqlError; the endpoint
 * formats it the way GitHub does.
 */
import type { GraphQLError } from 'graphql';
import { ApiError } from '../http.js';

export type GitHubErrorType =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNPROCESSABLE'
  | 'RATE_LIMITED'
  | 'MISSING_PAGINATION_BOUNDARIES'
  | 'EXCESSIVE_PAGINATION'
  | 'MAX_NODE_LIMIT_EXCEEDED'
  | 'INVALID_CURSOR_ARGUMENTS'
  /** A field of GitHub's schema that the emulator does not serve: a test reached past what it emulates. */
  | 'NOT_EMULATED';

export class GitHubGraphqlError extends Error {
  constructor(
    readonly type: GitHubErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubGraphqlError';
  }
}

export const notEmulated = (what: string): GitHubGraphqlError =>
  new GitHubGraphqlError('NOT_EMULATED', `${what} is not emulated`);

/** The store speaks REST (ApiError with a status); GraphQL reports the same failure as a typed error. */
export function fromApiError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.errors?.map((e) => e.message ?? `${e.field ?? ''} ${e.code}`.trim()).join('; ');
  const message = details ? `${error.message}: ${details}` : error.message;
  const type: GitHubErrorType =
    error.status === 404 ? 'NOT_FOUND' : error.status === 403 ? 'FORBIDDEN' : 'UNPROCESSABLE';
  return new GitHubGraphqlError(type, message);
}

export interface GitHubErrorJson {
  type?: string;
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
}

export function toJson(error: GraphQLError): GitHubErrorJson {
  const json: GitHubErrorJson = { message: error.message };
  if (error.originalError instanceof GitHubGraphqlError) json.type = error.originalError.type;
  if (error.path) json.path = error.path;
  if (error.locations) json.locations = error.locations;
  return json;
}
