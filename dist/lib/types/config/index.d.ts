/**
 * The config layer: turns a rules file into a validated, compiled RuleSet, or a ConfigError listing
 * every problem in it with its position.
 */
import type { RuleSet } from '../model/rules.js';
export { checkCapabilities } from './capabilities.js';
export { ConfigError, formatProblem, type ConfigProblem } from './errors.js';
export interface LoadRulesOptions {
    /** How messages and RuleSet.file name the file (e.g. relative to the repository); defaults to `path`. */
    displayPath?: string;
}
/** Reads, validates and compiles the rules file at `path`; throws ConfigError on any problem. */
export declare function loadRules(path: string, opts?: LoadRulesOptions): Promise<RuleSet>;
/** Validates and compiles rules-file text; `file` names it in messages. Throws ConfigError on any problem. */
export declare function parseRules(text: string, file: string): RuleSet;
