/**
 * The whole plan as a file, for runs whose `plan` output had to leave items out (GitHub caps a job's
 * outputs at 1 MB). Written to RUNNER_TEMP (the runner empties it after each job), or the system's
 * temporary directory outside the runner.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanEntry } from '../report/index.js';

/** Writes the plan (the JSON array of the `plan` output, never cut) and resolves to the file's path. */
export async function writePlanFile(
  entries: readonly PlanEntry[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  // A unique name: one job may run Sift in several steps, and they share RUNNER_TEMP.
  const path = join(env.RUNNER_TEMP || tmpdir(), `sift-plan-${randomUUID()}.json`);
  await writeFile(path, JSON.stringify(entries) + '\n');
  return path;
}
