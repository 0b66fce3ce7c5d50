/**
 * Emulator routes and GitHub's REST description side by side: an emulator pattern
 * (`/repos/:owner/:repo/issues/:number`) names the same operation as the description's path
 * (`/repos/{owner}/{repo}/issues/{issue_number}`) when their literal segments agree.
 */

/** `GET /repos/{}/{}/issues/{}`: parameters blanked, so both spellings meet. */
export function routeShape(method: string, path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => (/^[:*]/.test(s) || /^\{.+\}$/.test(s) ? '{}' : s));
  return `${method.toUpperCase()} /${segments.join('/')}`;
}
