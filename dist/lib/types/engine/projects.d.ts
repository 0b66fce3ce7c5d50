/**
 * GitHub Projects (v2): the `project` condition and action over the fact `projects` (the projects the
 * item is in, with its field values). Pure: `@current` / `@next` iterations come from the project's
 * definition (resolved once per run and carried by the rule) and the run's `now`.
 */
import type { Change } from '../model/plan.js';
import { type ProjectCondition, type ProjectField, type ProjectIteration, type ProjectMembership, type ProjectSet } from '../model/projects.js';
import { type Placeholder } from '../model/template.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
/** The projects the (projected) item is in; undefined while not read. A discussion is in none. */
export declare function projectsOf(p: Projection): readonly ProjectMembership[] | undefined;
export declare function projectTest(cond: ProjectCondition): (p: Projection) => Truth;
/**
 * The `project` action against the projection: null when the item is in the project with every value
 * already as wanted (a rerun plans nothing); otherwise the add (when missing) and the fields that differ.
 */
export declare function applyProject(set: ProjectSet, values: Record<Placeholder, string>, p: Projection): Change | null;
/**
 * A value as the project spells it: an option's or iteration's own name, a number in its shortest
 * form, `@current` / `@next` as the iteration's title (undefined when there is none on that day).
 * Without the project's definition (a policy test that gives none) the value stays as written.
 */
export declare function resolveValue(field: ProjectField | undefined, value: string, now: number): string | undefined;
/**
 * The iteration running on `now`'s day (UTC), or the first to start after it (`@next`: after the
 * current one, or the next to start when none runs). Iterations are half-open: [start, start + days).
 */
export declare function iterationAt(iterations: readonly ProjectIteration[], which: '@current' | '@next', now: number): ProjectIteration | undefined;
export declare function describeProjectCondition(cond: ProjectCondition): string;
export declare function observeProjects(p: Projection): string;
/** `add to acme/projects/7, Status: Todo, Priority: P1` for summaries and explanations. */
export declare function describeProjectChange(change: Extract<Change, {
    kind: 'project';
}>): string;
