/**
 * Result files on disk: written by a sweep (`result-file`, `--result`), read back by a merge from a
 * directory, searched recursively because actions/download-artifact puts each artifact in a folder of
 * its own name when it downloads several.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseResultDocument, type ResultDocument } from '../fleet/result-document.js';

/** Writes the document as JSON and resolves to the file's absolute path. */
export async function writeResultFile(path: string, document: ResultDocument): Promise<string> {
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, JSON.stringify(document) + '\n');
  return full;
}

/** Every `*.json` file under `dir` (any depth), parsed; throws naming the file that is not a result. */
export async function readResultFiles(dir: string): Promise<ResultDocument[]> {
  const root = resolve(dir);
  let names: string[];
  try {
    names = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new Error(
      `Cannot read the results directory ${dir}: ${error instanceof Error ? error.message : String(error)}. ` +
        `Point \`results\` (or sift merge DIR) at where the shards' result files were downloaded.`,
      { cause: error },
    );
  }
  if (names.length === 0) {
    throw new Error(`No result files (*.json) in ${dir}: did the shards set \`result-file\` and upload it?`);
  }
  const documents: ResultDocument[] = [];
  for (const name of names) {
    const path = join(root, name);
    documents.push(parseResultDocument(await readFile(path, 'utf8'), relative(process.cwd(), path) || path));
  }
  return documents;
}
