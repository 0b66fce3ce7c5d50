/**
 * Result files on disk: written by a sweep (`result-file`, `--result`), read back by a merge from a
 * directory, searched recursively because actions/download-artifact puts each artifact in a folder of
 * its own name when it downloads several.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { oneLine } from '../report/log-line.js';
import type { ResultDocument } from '../fleet/result-document.js';

/** Writes the document as JSON and resolves to the file's absolute path. */
export async function writeResultFile(path: string, document: ResultDocument): Promise<string> {
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, JSON.stringify(document) + '\n');
  return full;
}

/** A file the merge left out, and why (its text from the file made inert by the parser). */
export interface RejectedResultFile {
  file: string;
  problem: string;
}

export interface ResultFiles {
  documents: ResultDocument[];
  /** Files that are not valid result files: named and skipped, so the others still merge. */
  rejected: RejectedResultFile[];
}

/**
 * Every `*.json` file under `dir` (any depth), parsed and checked against the result file's schema.
 * A file that fails is skipped and named in `rejected`; throws when no file at all can be merged.
 */
export async function readResultFiles(dir: string): Promise<ResultFiles> {
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
  // Loaded here, not with the module: a sweep writes result files and never needs their validator.
  const { parseResultDocument } = await import('../fleet/result-parse.js');
  const documents: ResultDocument[] = [];
  const rejected: RejectedResultFile[] = [];
  for (const name of names) {
    const path = join(root, name);
    const file = relative(process.cwd(), path) || path;
    try {
      documents.push(parseResultDocument(await readFile(path, 'utf8'), file));
    } catch (error) {
      // One line, of bounded length: a parse error quotes the file's own text.
      const problem = oneLine(error instanceof Error ? error.message : String(error)).replace(
        /\p{Cc}/gu,
        ' ',
      );
      rejected.push({ file, problem: problem.length > 500 ? `${problem.slice(0, 500)}…` : problem });
    }
  }
  if (documents.length === 0) {
    throw new Error(
      `No valid result file in ${dir}: ${rejected.map((r) => r.problem).join(' ')} ` +
        `Run the shards and the merge with the same version of Sift.`,
    );
  }
  return { documents, rejected };
}
