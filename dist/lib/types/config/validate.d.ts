import type { SourcePos } from '../model/rules.js';
import type { DataPath, SourceLocator } from './positions.js';
/** A schema violation, at the data path of the offending node so later passes can skip broken parts. */
export interface ShapeProblem {
    path: DataPath;
    pos: SourcePos;
    message: string;
}
/** Checks the parsed file against schema/sift.schema.json and explains each violation in plain words. */
export declare function validateShape(data: unknown, locator: SourceLocator): ShapeProblem[];
/** JSON Schema types in a user's words (also for the tests file's validator). */
export declare const TYPE_NAMES: Record<string, string>;
/** How messages name the value at a path: `"labels"`, `item 2 of "then"`, `the rules file`. */
export declare function describePath(path: DataPath): string;
/** Scalars are shown as written (strings quoted); collections by kind, as their text may be long. */
export declare function describeValue(value: unknown): string;
