/**
 * The `project` condition and action (GitHub Projects v2) as written, with where each part is, so the
 * run's one look at the projects (resolve-projects.ts) can point at the project or field it cannot
 * find. What a field's values must look like depends on the field's type, known only then.
 */
import { type ProjectCondition, type ProjectSet } from '../model/projects.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
export type RawFieldValue = string | number;
export interface RawProject {
    owner: string;
    number: number;
    fields?: Record<string, RawFieldValue | RawFieldValue[]>;
}
export declare function compileProjectCondition(raw: 'none' | 'any' | RawProject, path: DataPath, ctx: CompileContext): ProjectCondition;
export declare function compileProjectAction(raw: RawProject, path: DataPath, ctx: CompileContext): ProjectSet;
