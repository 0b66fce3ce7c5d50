/**
 * GitHub projects (v2) in a tests file: the projects' definitions (`projects:` at the top, so rules are
 * checked against their fields and `@current` resolves at the file's `now`), the projects a fixture
 * item is in (`projects:` on the item; absent: none, as on GitHub), and the `project` expectation.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import type { ItemType } from '../model/item.js';
import type { Change } from '../model/plan.js';
import { type ProjectMembership, type ProjectSchema } from '../model/projects.js';
import type { ExpectedChange } from './types.js';
import type { RuleSet } from '../model/rules.js';
type ExpectedProject = Extract<ExpectedChange, {
    kind: 'project';
}>;
/** Ids are made up (`sift-test-…`): the engine only reads names; ids matter to a forge's writes. */
export declare function projectDefinitions(raw: unknown): ProjectSchema[];
/** The projects a fixture item is in; a discussion is in none. */
export declare function projectFacts(raw: Record<string, unknown>, path: DataPath, type: ItemType, ctx: CompileContext): ProjectMembership[];
export declare function compileExpectedProject(value: unknown): ExpectedProject | undefined;
/** Same project, the add as expected (when given), exactly these fields (names and options in any case). */
export declare function projectChangeMatches(expected: ExpectedProject, actual: Change): boolean;
export declare function describeExpectedProject(c: ExpectedProject): string;
/**
 * The rules resolved against the tests file's project definitions. A project the file does not define
 * stays as written (values compare as written); problems (an unknown field or option of a defined
 * project, `@current` on an undefined one) point into the rules file.
 */
export declare function resolveTestProjects(rules: RuleSet, projects: readonly ProjectSchema[]): {
    ruleSet: RuleSet;
    problems: import("../lib.js").ConfigProblem[];
};
export {};
