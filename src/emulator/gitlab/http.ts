/**
 * The emulator's HTTP vocabulary: what a handler returns, GitLab's error bodies, and GitLab's two
 * kinds of pagination (offset pages with x-* headers, keyset with an opaque cursor in `Link`).
 */

import type { ApiResponse } from '../server.js';

export type { ApiResponse };

/**
 * Thrown by the store and the routes; the dispatcher turns it into GitLab's error JSON. GitLab answers
 * `{ "message": "404 Project Not Found" }` for most failures and `{ "error": "..." }` for a parameter
 * that fails validation.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: 'message' | 'error' = 'message',
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toResponse(): ApiResponse {
    return { status: this.status, body: { [this.field]: this.message } };
  }
}

export const notFound = (what = ''): ApiError =>
  new ApiError(404, what ? `404 ${what} Not Found` : '404 Not found');
export const badParam = (message: string): ApiError => new ApiError(400, message, 'error');

export interface PageRequest {
  /** Absolute URL of the listing without query. */
  url: string;
  query: URLSearchParams;
}

/** GitLab's defaults: 20 per page, at most 100. */
export function perPageOf(query: URLSearchParams): number {
  return Math.min(100, Math.max(1, intParam(query, 'per_page') ?? 20));
}

/**
 * One offset page of `total` entries read through `at`. Headers as GitLab sends them: x-page,
 * x-per-page, x-next-page and x-prev-page (empty when none), x-total and x-total-pages, and a Link
 * with prev/next/first/last. Past `countLimit` entries GitLab omits the totals and rel="last".
 */
export function offsetPage<T>(
  request: PageRequest,
  total: number,
  at: (index: number) => T,
  countLimit: number,
): ApiResponse {
  const perPage = perPageOf(request.query);
  const current = Math.max(1, intParam(request.query, 'page') ?? 1);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const start = (current - 1) * perPage;
  const body: T[] = [];
  for (let i = start; i < Math.min(total, start + perPage); i++) body.push(at(i));

  const counted = total <= countLimit;
  const hasNext = start + perPage < total;
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    query.set('per_page', String(perPage));
    return `<${request.url}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(Math.min(current - 1, pages), 'prev'));
  if (hasNext) links.push(link(current + 1, 'next'));
  links.push(link(1, 'first'));
  if (counted) links.push(link(pages, 'last'));
  const headers: Record<string, string> = {
    link: links.join(', '),
    'x-page': String(current),
    'x-per-page': String(perPage),
    'x-next-page': hasNext ? String(current + 1) : '',
    'x-prev-page': current > 1 ? String(current - 1) : '',
  };
  if (counted) {
    headers['x-total'] = String(total);
    headers['x-total-pages'] = String(pages);
  }
  return { status: 200, body, headers };
}

/**
 * One keyset page: the entries after the cursor in a list already in order. The cursor is opaque to
 * clients (here: the position key of the last entry served), and the only header is
 * `Link: <...cursor=...>; rel="next"`, absent on the last page. Because the cursor names an entry
 * rather than an offset, entries that leave the list mid-walk do not shift later pages.
 */
export function keysetPage<T, K>(
  request: PageRequest,
  list: readonly T[],
  keyOf: (entry: T) => K,
  after: (entry: T, key: K) => boolean,
  serialize: (entry: T) => unknown,
): ApiResponse {
  const perPage = perPageOf(request.query);
  const cursor = request.query.get('cursor');
  let start = 0;
  if (cursor) {
    const key = decodeCursor<K>(cursor);
    start = lowerBound(list, (entry) => after(entry, key));
  }
  const slice = list.slice(start, start + perPage);
  const headers: Record<string, string> = {};
  if (start + perPage < list.length && slice.length > 0) {
    const query = new URLSearchParams(request.query);
    query.set('cursor', encodeCursor(keyOf(slice[slice.length - 1])));
    query.set('per_page', String(perPage));
    query.delete('page');
    headers.link = `<${request.url}?${query.toString()}>; rel="next"`;
  }
  return { status: 200, body: slice.map(serialize), headers };
}

function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor<K>(cursor: string): K {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as K;
  } catch {
    throw badParam('cursor is invalid');
  }
}

/** First index whose entry satisfies `isAfter` (the list is ordered, so the predicate is monotonic). */
function lowerBound<T>(list: readonly T[], isAfter: (entry: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function intParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
