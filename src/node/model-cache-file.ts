/**
 * The models' answer cache on disk, for both entry points (Node only; the answerer sees just the
 * AnswerCache): one JSON file per repository, read before a run and written after it, as the ETag file
 * is. A missing file is a first run; one that cannot be read is ignored with a warning, since a lost
 * cache only costs calls.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AnswerCache, parseAnswerCache } from '../models/cache.js';

export function modelCachePath(dir: string, repository: string): string {
  const name = repository.replace('/', '-').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(dir, `models-${name}.json`);
}

export interface LoadedAnswers {
  cache: AnswerCache;
  path: string;
  problem?: string;
}

export async function loadModelCache(dir: string, repository: string): Promise<LoadedAnswers> {
  const path = modelCachePath(dir, repository);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: new AnswerCache(), path };
    return { cache: new AnswerCache(), path, problem: messageOf(error) };
  }
  try {
    return { cache: new AnswerCache(parseAnswerCache(JSON.parse(text))), path };
  } catch (error) {
    return { cache: new AnswerCache(), path, problem: messageOf(error) };
  }
}

/**
 * Through a temporary file and a rename, so a killed run leaves no half file. `now` dates the entries
 * this run used; those no run used for a month are left out (see AnswerCache.snapshot).
 */
export async function saveModelCache(
  path: string,
  cache: AnswerCache,
  now: Date = new Date(),
): Promise<{ kept: number }> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const snapshot = cache.snapshot(now);
  await writeFile(temporary, JSON.stringify(snapshot));
  await rename(temporary, path);
  return { kept: Object.keys(snapshot.answers).length + Object.keys(snapshot.embeddings ?? {}).length };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
