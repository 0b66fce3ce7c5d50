/**
 * The ETag store on disk, for both entry points (Node only; the providers see just the EtagStore): one JSON file per
 * repository in a directory, read before a run and written after it. A missing file is a first run; a
 * file that cannot be read or parsed is ignored with a warning, since a lost cache only costs requests.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EtagStore, parseEtagSnapshot } from '../providers/github/etags.js';

/** `DIR/etags-OWNER-REPO.json`; characters a file name should not have become `_`. */
export function etagFilePath(dir: string, repository: string): string {
  const name = repository.replace('/', '-').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(dir, `etags-${name}.json`);
}

export interface LoadedEtags {
  store: EtagStore;
  path: string;
  /** Why the file was not used, when it existed but could not be: for a warning. */
  problem?: string;
}

export async function loadEtagFile(dir: string, repository: string): Promise<LoadedEtags> {
  const path = etagFilePath(dir, repository);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { store: new EtagStore(), path };
    return { store: new EtagStore(), path, problem: messageOf(error) };
  }
  try {
    return { store: new EtagStore(parseEtagSnapshot(JSON.parse(text))), path };
  } catch (error) {
    return { store: new EtagStore(), path, problem: messageOf(error) };
  }
}

/** Writes the run's entries; through a temporary file and a rename, so a killed run leaves no half file. */
export async function saveEtagFile(path: string, store: EtagStore): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(store.snapshot()));
  await rename(temporary, path);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
