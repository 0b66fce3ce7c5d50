/** Reads the rules file; a file that cannot be read becomes a ConfigError that says how to point Sift at the right one. */
export declare function readRulesFile(path: string, displayPath: string): Promise<string>;
