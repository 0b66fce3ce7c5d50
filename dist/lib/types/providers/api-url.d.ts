/**
 * API addresses from users (`--api-url`, GITHUB_API_URL, CI_API_V4_URL, `models-url`...) checked before
 * any request: a mistyped one is a usage error that names where it came from, not a connection failure
 * retried for seconds. Web-standard `URL` only, so the library bundle can use it too.
 */
export declare class ApiUrlError extends Error {
    name: string;
}
/**
 * Returns `value` without trailing slashes if it is an http(s) address with a host and nothing a base URL
 * cannot carry; else throws an ApiUrlError that says which input is wrong and gives `example`.
 * @param source what the user set, as they would write it: `--api-url`, `GITHUB_API_URL`, input `models-url`
 * @param example a good value for that input, shown in the error
 */
export declare function checkApiUrl(value: string, source: string, example: string): string;
/**
 * GITHUB_API_URL is read by @actions/github the moment it is imported, and a bad one throws Node's bare
 * "Invalid URL" with a stack: entry points ask this first and import the rest only when it is undefined.
 */
export declare function runnerApiUrlProblem(env: Record<string, string | undefined>): string | undefined;
