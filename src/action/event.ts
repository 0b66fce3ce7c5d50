import { readFileSync } from 'node:fs';

/** The webhook payload the runner saved for this run (GITHUB_EVENT_PATH), or {} when there is none. */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): unknown {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(
      `Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/**
 * The comment an `issue_comment` or `discussion_comment` payload is about, by its database id (as the
 * REST API and the payload's `comment.id` name it), or undefined.
 */
export function commentIdOf(payload: unknown): string | undefined {
  const id = (payload as { comment?: { id?: unknown } } | null)?.comment?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}
