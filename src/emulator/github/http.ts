/**
 * The emulator's HTTP vocabulary: what a handler returns, GitHub's error bodies, and page slicing with
 * GitHub's `Link` header. Kept apart from the routes so fault injection and new endpoints share it.
 */
import type { components } from '@octokit/openapi-types';

type BasicError = components['schemas']['basic-error'];
type ValidationError = components['schemas']['validation-error'];

const DOCS = 'https://docs.github.com/rest';

import type { ApiResponse } from '../server.js';

export type { ApiResponse };

/** Thrown by the store and the routes; the dispatcher turns it into GitHub's error JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationError['errors'],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toResponse(): ApiResponse {
    const body: BasicError | ValidationError = this.errors
      ? { message: this.message, errors: this.errors, documentation_url: DOCS }
      : { message: this.message, documentation_url: DOCS, status: String(this.status) };
    return { status: this.status, body };
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');

/** GitHub's 422 shape: `{ message: 'Validation Failed', errors: [{ resource, field, code }] }`. */
export function validationFailed(
  resource: string,
  field: string,
  code = 'invalid',
  message?: string,
): ApiError {
  return new ApiError(422, 'Validation Failed', [{ resource, field, code, ...(message ? { message } : {}) }]);
}

export interface PageRequest {
  /** Absolute URL of the listing without query, e.g. http://127.0.0.1:1234/repos/o/r/issues. */
  url: string;
  query: URLSearchParams;
}

/**
 * One page of a list of `total` entries, read through `at` so callers can page a reversed view without
 * copying it. per_page defaults to 30 and is capped at 100, as on GitHub. The Link header carries
 * first/prev/next/last like GitHub's (none when everything fits on one page).
 */
export function page<T>(request: PageRequest, total: number, at: (index: number) => T): ApiResponse {
  const perPage = clamp(intParam(request.query, 'per_page') ?? 30, 1, 100);
  const current = Math.max(1, intParam(request.query, 'page') ?? 1);
  const last = Math.max(1, Math.ceil(total / perPage));
  const start = (current - 1) * perPage;
  const end = Math.min(total, start + perPage);
  const body: T[] = [];
  for (let i = start; i < end; i++) body.push(at(i));

  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${request.url}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(Math.min(current - 1, last), 'prev'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'));
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

export function intParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
