/**
 * GitHub Projects (v2) as the rules see them: a project of an organisation or user (`owner`, `number`),
 * its fields as the forge defines them (resolved once per run, see config/resolve-projects.ts), and the
 * projects an item is in with its field values.
 *
 * Values are plain strings in the engine, as a person writes them in the rules file: a single select
 * option's name, the text, the number (`3`, `2.5`), the date (`YYYY-MM-DD`), the iteration's title.
 */
import type { SourcePos } from './rules.js';
export interface ProjectRef {
    /** Organisation or user login. */
    owner: string;
    number: number;
}
export interface ProjectIteration {
    id: string;
    title: string;
    /** YYYY-MM-DD. */
    startDate: string;
    /** Days. */
    duration: number;
}
export type ProjectField = {
    id: string;
    name: string;
    type: 'TEXT' | 'NUMBER' | 'DATE';
} | {
    id: string;
    name: string;
    type: 'SINGLE_SELECT';
    options: {
        id: string;
        name: string;
    }[];
}
/** `iterations`: completed, current and upcoming ones alike (their dates say which is which). */
 | {
    id: string;
    name: string;
    type: 'ITERATION';
    iterations: ProjectIteration[];
}
/** A field rules cannot use (Title, Assignees, Labels... mirror the issue): named in errors. */
 | {
    id: string;
    name: string;
    type: 'OTHER';
    dataType: string;
};
/** A project as the forge defines it, with the fields rules may use. */
export interface ProjectSchema extends ProjectRef {
    /** The forge's id (GraphQL node id). */
    id: string;
    title: string;
    fields: ProjectField[];
}
/** One project an item is in, with its values by field name (as the project spells them). */
export interface ProjectMembership extends ProjectRef {
    /** The project item's id (GraphQL node id). */
    itemId: string;
    /** Set fields only: a field without a value is absent. */
    fields: Record<string, string>;
}
/** `@current` / `@next`: the iteration the run's `now` falls in, or the one after it. */
export declare const ITERATION_KEYWORDS: readonly ["@current", "@next"];
/** A field named in a rule, where it was written (errors about the field point there). */
export interface ProjectFieldUse {
    name: string;
    pos: SourcePos;
}
/** `project: { owner, number, fields: { Status: [Todo, 'In progress'] } }`. */
export interface ProjectMatch {
    project: ProjectRef;
    /** Each field must hold one of its values; empty: being in the project is enough. */
    fields: (ProjectFieldUse & {
        values: string[];
    })[];
    /** Where the `project` key is. */
    pos: SourcePos;
    /** The project as the forge defines it, once resolved; absent in policy tests without a definition. */
    schema?: ProjectSchema;
}
export type ProjectCondition = 'none' | 'any' | ProjectMatch;
/** The `project` action: add the item (if it is not there) and set these fields. */
export interface ProjectSet {
    project: ProjectRef;
    /** Values may hold `{{placeholders}}` (rendered like a comment's). */
    fields: (ProjectFieldUse & {
        value: string;
    })[];
    pos: SourcePos;
    schema?: ProjectSchema;
}
export declare function sameProject(a: ProjectRef, b: ProjectRef): boolean;
export declare function describeProject(ref: ProjectRef): string;
export declare function findField(schema: ProjectSchema, name: string): ProjectField | undefined;
/** Every project a rule set names, each once, in the order first named. */
export declare function projectRefsOf(refs: Iterable<ProjectRef>): ProjectRef[];
/** Why `value` cannot be a value of `field`, or null when it can. */
export declare function valueProblem(field: ProjectField, value: string, nearest?: (input: string, candidates: readonly string[]) => string | undefined): string | null;
export declare function isDate(value: string): boolean;
