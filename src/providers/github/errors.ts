/**
 * Turns Octokit's HTTP errors into errors that say what failed and what to do about it. Converted at
 * the provider boundary so nothing above sees Octokit; messages never carry the token.
 */
import type { ItemType } from '../../model/item.js';
import { ItemWriteError, type ItemKey } from '../provider.js';

/** A failed read (listing, facts, comments): the run or the item cannot go on. */
export class GitHubReadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GitHubReadError';
  }
}

/** The parts of Octokit's RequestError we use; duck-typed so we need no import of a transitive package. */
interface HttpFailure {
  status: number;
  message: string;
  response?: { data?: unknown };
}

export function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number';
}

/** GitHub's own message from the response body ("Not Found", "Label does not exist"...). */
export function apiMessage(error: unknown): string {
  if (!isHttpFailure(error)) return error instanceof Error ? error.message : String(error);
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    const details = validationDetails(data);
    return details ? `${data.message} (${details})` : data.message;
  }
  return error.message;
}

/** Which `permissions:` entry lets a workflow token write to this kind of item. */
export function permissionFor(type: ItemType): string {
  return type === 'pull_request' ? 'pull-requests: write' : 'issues: write';
}

export function describeItem(item: ItemKey): string {
  return `${item.type === 'pull_request' ? 'pull request' : 'issue'} #${item.number}`;
}

export interface Failure {
  /** What was being done, e.g. `adding label "bug" to issue #4`. */
  doing: string;
  repository: string;
  /** The permission a workflow token needs for this write. */
  permission?: string;
  /** Values that must never appear in a message. */
  secrets: readonly string[];
}

export function writeError(error: unknown, failure: Failure): ItemWriteError {
  const status = isHttpFailure(error) ? error.status : undefined;
  return new ItemWriteError(compose(error, failure), status);
}

export function readError(error: unknown, failure: Failure): GitHubReadError {
  const status = isHttpFailure(error) ? error.status : undefined;
  return new GitHubReadError(compose(error, failure), status);
}

function compose(error: unknown, { doing, repository, permission, secrets }: Failure): string {
  const message = apiMessage(error);
  const status = isHttpFailure(error) ? error.status : undefined;
  const answer = status ? `GitHub answered ${status} ${message}` : message;
  const hint = hintFor(status, message, repository, permission);
  return redact(`${doing} in ${repository} failed: ${answer}.${hint ? ` ${hint}` : ''}`, secrets);
}

function hintFor(
  status: number | undefined,
  message: string,
  repository: string,
  permission?: string,
): string {
  if (status === 401) return 'The token is invalid or expired.';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    const needed = permission ?? 'issues: write';
    return (
      `The workflow's token lacks a permission: add \`permissions: { ${needed} }\` to the workflow or job. ` +
      'On pull requests from forks the token is read-only whatever the permissions say; run on a schedule instead.'
    );
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return 'The API rate limit is spent; the next run will carry on.';
  }
  if (status === 404) return `It does not exist, or the token cannot see ${repository}.`;
  if (status === 410) return 'It was deleted, or issues are disabled in this repository.';
  return '';
}

function validationDetails(data: object): string {
  if (!('errors' in data) || !Array.isArray(data.errors)) return '';
  return data.errors
    .map((e: unknown) => {
      if (typeof e === 'string') return e;
      if (typeof e !== 'object' || e === null) return '';
      const { field, code, message } = e as { field?: unknown; code?: unknown; message?: unknown };
      return typeof message === 'string'
        ? message
        : [field, code].filter((x) => typeof x === 'string').join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/** Real tokens are 40+ characters; a short test token would otherwise blank out ordinary words. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}
