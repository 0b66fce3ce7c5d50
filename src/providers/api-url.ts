/**
 * API addresses from users (`--api-url`, GITHUB_API_URL, CI_API_V4_URL, `models-url`...) checked before
 * any request: a mistyped one is a usage error that names where it came from, not a connection failure
 * retried for seconds. Web-standard `URL` only, so the library bundle can use it too.
 */

export class ApiUrlError extends Error {
  override name = 'ApiUrlError';
}

/**
 * Returns `value` without trailing slashes if it is an http(s) address with a host and nothing a base URL
 * cannot carry; else throws an ApiUrlError that says which input is wrong and gives `example`.
 * @param source what the user set, as they would write it: `--api-url`, `GITHUB_API_URL`, input `models-url`
 * @param example a good value for that input, shown in the error
 */
export function checkApiUrl(value: string, source: string, example: string): string {
  const problem = urlProblem(value);
  if (problem === undefined) return value.trim().replace(/\/+$/, '');
  throw new ApiUrlError(
    `${source} must be an http(s) base URL such as ${example}, not ${JSON.stringify(shown(value))} (${problem})`,
  );
}

/** The value for an error message: a user name, password or query in it (a key, often) is not repeated. */
function shown(value: string): string {
  if (!URL.canParse(value.trim())) return value;
  const url = new URL(value.trim());
  if (url.username === '' && url.password === '' && url.search === '') return value;
  if (url.username !== '' || url.password !== '') {
    url.username = '***';
    url.password = '';
  }
  if (url.search !== '') url.search = '***';
  return url.href;
}

function urlProblem(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'it is empty';
  // `localhost:8080/api` parses, as scheme `localhost:`: without `://` the scheme is what is missing.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'no http:// or https://';
  if (!URL.canParse(text)) return 'not a URL';
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol} is not http: or https:`;
  if (url.hostname === '') return 'no host';
  // A password in the address would be sent (and logged) with every request; the token has its own place.
  if (url.username !== '' || url.password !== '')
    return 'a user name or password in it would go with every request: give the key as the token';
  // Paths are appended to the base URL: a query or fragment would end up in the middle of each one.
  if (url.search !== '' || url.hash !== '') return 'a base URL has no ?query or #fragment';
  return undefined;
}

/**
 * GITHUB_API_URL is read by @actions/github the moment it is imported, and a bad one throws Node's bare
 * "Invalid URL" with a stack: entry points ask this first and import the rest only when it is undefined.
 */
export function runnerApiUrlProblem(env: Record<string, string | undefined>): string | undefined {
  const value = env.GITHUB_API_URL;
  if (value === undefined || value === '') return undefined;
  try {
    checkApiUrl(value, 'GITHUB_API_URL', 'https://ghe.example.com/api/v3');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
