/**
 * Conditional GETs as GitHub answers them: every 200 GET carries an `ETag` (weak, a hash of the JSON
 * body, like GitHub's `W/"..."`; the Link header is not part of it, as on GitHub where a page's ETag
 * depends on its body only), and a GET whose `If-None-Match` names that ETag is answered
 * `304 Not Modified` with no body. A 304 does not count against the rate limit (GitHub's docs:
 * "Making a conditional request does not count against your primary rate limit if a 304 response is
 * returned"); every other GET does.
 */
import { createHash } from 'node:crypto';
import type { ApiResponse } from './http.js';

/** Answers a GET, conditional or not; `spend` takes one request off the rate limit. */
export function conditionalGet(
  respond: () => ApiResponse,
  ifNoneMatch: string | undefined,
  spend: () => void,
): ApiResponse {
  let response: ApiResponse;
  try {
    response = respond();
  } catch (error) {
    spend();
    throw error;
  }
  // The body is serialised once, for its ETag and for the answer (a listing page is some 200 kB).
  const json =
    response.status === 200 && response.body !== undefined ? JSON.stringify(response.body) : undefined;
  const etag = json === undefined ? undefined : etagOfJson(json);
  if (etag && ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
    return { status: 304, headers: { etag } };
  }
  spend();
  return etag ? { ...response, json, headers: { ...response.headers, etag } } : response;
}

export function etagOf(body: unknown): string {
  return etagOfJson(JSON.stringify(body));
}

function etagOfJson(json: string): string {
  return `W/"${createHash('sha256').update(json).digest('hex').slice(0, 40)}"`;
}

/** RFC 9110 weak comparison, as If-None-Match uses: `*`, or any listed tag equal to ours but for `W/`. */
function matches(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || opaque(tag) === opaque(etag));
}
