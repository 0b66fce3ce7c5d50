/**
 * action.yml and the workflows, parsed the way the runner reads them (YAML 1.2: `on` is a key, not a
 * boolean), for the publishing tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

export type Mapping = Record<string, unknown>;

/** Parses a YAML file; a syntax error or warning fails with the file and the parser's message. */
export function readYaml(path: string): Mapping {
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  const problems = [...document.errors, ...document.warnings].map((problem) => `${path}: ${problem.message}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const value: unknown = document.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${path}: the top level is not a mapping`);
  }
  return value as Mapping;
}

export function asMapping(value: unknown): Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Mapping) : {};
}

export const ACTION = readYaml('action.yml');
export const ACTION_INPUTS = asMapping(ACTION.inputs);
export const ACTION_OUTPUTS = asMapping(ACTION.outputs);

export const WORKFLOW_DIR = '.github/workflows';
export const WORKFLOW_FILES = readdirSync(WORKFLOW_DIR).filter((name) => /\.ya?ml$/.test(name));

/** The rows of the first Markdown table after `heading` in a docs page: first cell -> the other cells. */
export function docsTable(file: string, heading: string): Map<string, string[]> {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`${file} has no "${heading}" section`);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    rows.set(cells[0].replace(/^`|`$/g, ''), cells.slice(1));
  }
  return rows;
}
