import { readFile } from 'node:fs/promises';
import { ConfigError } from './errors.js';

/** Reads the rules file; a file that cannot be read becomes a ConfigError that says how to point Sift at the right one. */
export async function readRulesFile(path: string, displayPath: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'rules file not found; set its path with the `rules` input (GitHub Action) or the `--rules` flag (CLI)'
        : code === 'EISDIR'
          ? 'the rules path is a directory, not a file; set the file with the `rules` input (GitHub Action) or the `--rules` flag (CLI)'
          : `cannot read the rules file: ${(error as Error).message}`;
    throw new ConfigError([{ file: displayPath, line: 0, col: 0, message }]);
  }
}
