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
