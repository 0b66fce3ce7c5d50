import { SourceLocator } from './positions.js';
export interface ParsedRulesFile {
    /** The document as plain JSON-like data, which is what the schema validates. */
    data: unknown;
    locator: SourceLocator;
}
/**
 * Parses YAML text, keeping enough of the tree to report positions; YAML errors throw a ConfigError.
 * `emptyAdvice` tells what an empty file needs (the rules file and the tests file need different keys).
 */
export declare function parseRulesYaml(text: string, file: string, emptyAdvice?: string): ParsedRulesFile;
