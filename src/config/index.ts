/**
 * The config layer: turns a rules file into a validated, compiled RuleSet, or a ConfigError listing
 * every problem in it with its position.
 */
import type { RuleSet } from '../model/rules.js';
import { compileRuleSet } from './compile.js';
import { ConfigError } from './errors.js';
import { readRulesFile } from './load.js';
import { parseRulesYaml } from './parse.js';
import { validateShape } from './validate.js';

export { checkCapabilities } from './capabilities.js';
export { ConfigError, formatProblem, type ConfigProblem } from './errors.js';

export interface LoadRulesOptions {
  /** How messages and RuleSet.file name the file (e.g. relative to the repository); defaults to `path`. */
  displayPath?: string;
}

/** Reads, validates and compiles the rules file at `path`; throws ConfigError on any problem. */
export async function loadRules(path: string, opts: LoadRulesOptions = {}): Promise<RuleSet> {
  const file = opts.displayPath ?? path;
  const text = await readRulesFile(path, file);
  return parseRules(text, file);
}

/** Validates and compiles rules-file text; `file` names it in messages. Throws ConfigError on any problem. */
export function parseRules(text: string, file: string): RuleSet {
  const { data, locator } = parseRulesYaml(text, file);
  const shapeProblems = validateShape(data, locator);
  const { ruleSet, problems } = compileRuleSet(data, shapeProblems, locator);
  const all = [...shapeProblems.map(({ pos, message }) => ({ ...pos, message })), ...problems];
  if (all.length > 0) throw new ConfigError(all);
  return ruleSet;
}
