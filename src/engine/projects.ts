/**
 * GitHub Projects (v2): the `project` condition and action over the fact `projects` (the projects the
 * item is in, with its field values). Pure: `@current` / `@next` iterations come from the project's
 * definition (resolved once per run and carried by the rule) and the run's `now`.
 */
import type { Change, ProjectFieldChange } from '../model/plan.js';
import {
  describeProject,
  findField,
  sameProject,
  type ProjectCondition,
  type ProjectField,
  type ProjectIteration,
  type ProjectMembership,
  type ProjectSet,
} from '../model/projects.js';
import { renderTemplate, type Placeholder } from '../model/template.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

/** The projects the (projected) item is in; undefined while not read. A discussion is in none. */
export function projectsOf(p: Projection): readonly ProjectMembership[] | undefined {
  return p.item.type === 'discussion' ? [] : p.projects;
}

export function projectTest(cond: ProjectCondition): (p: Projection) => Truth {
  return (p) => {
    const projects = projectsOf(p);
    if (projects === undefined) return UNKNOWN;
    if (cond === 'none') return projects.length === 0;
    if (cond === 'any') return projects.length > 0;
    const member = projects.find((m) => sameProject(m, cond.project));
    if (member === undefined) return false;
    return cond.fields.every(({ name, values }) => {
      const field = cond.schema ? findField(cond.schema, name) : undefined;
      const current = valueOf(member, name);
      if (current === undefined) return false;
      return values.some((wanted) => {
        const resolved = resolveValue(field, wanted, p.now);
        return resolved !== undefined && sameValue(field, resolved, current);
      });
    });
  };
}

/**
 * The `project` action against the projection: null when the item is in the project with every value
 * already as wanted (a rerun plans nothing); otherwise the add (when missing) and the fields that differ.
 */
export function applyProject(
  set: ProjectSet,
  values: Record<Placeholder, string>,
  p: Projection,
): Change | null {
  if (p.item.type === 'discussion') return null;
  const projects = p.projects;
  // Unread: a change until read (see wouldChange); `advance` reads `projects` before applying.
  if (projects === undefined) return { kind: 'project', project: set.project, add: true, fields: [] };
  const member = projects.find((m) => sameProject(m, set.project));
  const fields: ProjectFieldChange[] = [];
  for (const use of set.fields) {
    const field = set.schema ? findField(set.schema, use.name) : undefined;
    const wanted = resolveValue(field, renderTemplate(use.value, values), p.now);
    // `@current` between iterations (none is running): nothing to set.
    if (wanted === undefined) continue;
    const current = member ? valueOf(member, use.name) : undefined;
    if (current !== undefined && sameValue(field, wanted, current)) continue;
    fields.push({ name: field?.name ?? use.name, value: wanted });
  }
  if (member !== undefined && fields.length === 0) return null;
  const before = member?.fields ?? {};
  const after: Record<string, string> = { ...before };
  for (const { name, value } of fields) {
    for (const key of Object.keys(after)) if (key.toLowerCase() === name.toLowerCase()) delete after[key];
    after[name] = value;
  }
  const updated: ProjectMembership = { ...set.project, itemId: member?.itemId ?? '', fields: after };
  p.projects = member ? projects.map((m) => (m === member ? updated : m)) : [...projects, updated];
  return { kind: 'project', project: { ...set.project }, add: member === undefined, fields };
}

function valueOf(member: ProjectMembership, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(member.fields)) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/**
 * A value as the project spells it: an option's or iteration's own name, a number in its shortest
 * form, `@current` / `@next` as the iteration's title (undefined when there is none on that day).
 * Without the project's definition (a policy test that gives none) the value stays as written.
 */
export function resolveValue(
  field: ProjectField | undefined,
  value: string,
  now: number,
): string | undefined {
  if (field === undefined) return value;
  switch (field.type) {
    case 'SINGLE_SELECT':
      return field.options.find((o) => o.name.toLowerCase() === value.toLowerCase())?.name ?? value;
    case 'ITERATION': {
      if (value === '@current' || value === '@next') return iterationAt(field.iterations, value, now)?.title;
      return field.iterations.find((i) => i.title.toLowerCase() === value.toLowerCase())?.title ?? value;
    }
    case 'NUMBER': {
      const n = Number(value);
      return Number.isFinite(n) && value.trim() !== '' ? String(n) : value;
    }
    case 'TEXT':
    case 'DATE':
    case 'OTHER':
      return value;
  }
}

function sameValue(field: ProjectField | undefined, a: string, b: string): boolean {
  if (field?.type === 'TEXT' || field?.type === 'DATE') return a === b;
  if (field?.type === 'NUMBER' || field === undefined) {
    const [x, y] = [Number(a), Number(b)];
    if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x === y;
  }
  return a.toLowerCase() === b.toLowerCase();
}

const DAY = 86_400_000;

/**
 * The iteration running on `now`'s day (UTC), or the first to start after it (`@next`: after the
 * current one, or the next to start when none runs). Iterations are half-open: [start, start + days).
 */
export function iterationAt(
  iterations: readonly ProjectIteration[],
  which: '@current' | '@next',
  now: number,
): ProjectIteration | undefined {
  const today = Math.floor(now / DAY) * DAY;
  const sorted = [...iterations].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const start = (i: ProjectIteration) => Date.parse(`${i.startDate}T00:00:00Z`);
  const current = sorted.find((i) => start(i) <= today && today < start(i) + i.duration * DAY);
  if (which === '@current') return current;
  const after = current ? start(current) : today;
  return sorted.find((i) => start(i) > after);
}

export function describeProjectCondition(cond: ProjectCondition): string {
  if (typeof cond === 'string') return `project ${cond}`;
  const fields = cond.fields.map(({ name, values }) => `${name} ${list(values)}`);
  return `project ${describeProject(cond.project)}${fields.length > 0 ? ` with ${fields.join(', ')}` : ''}`;
}

export function observeProjects(p: Projection): string {
  const projects = projectsOf(p);
  if (p.item.type === 'discussion') return 'discussions are in no project';
  if (projects === undefined) return 'projects not read yet';
  if (projects.length === 0) return 'projects: none';
  return `projects: ${projects.map(describeMembership).join('; ')}`;
}

function describeMembership(m: ProjectMembership): string {
  const values = Object.entries(m.fields).map(([name, value]) => `${name}: ${value}`);
  return `${describeProject(m)}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
}

/** `add to acme/projects/7, Status: Todo, Priority: P1` for summaries and explanations. */
export function describeProjectChange(change: Extract<Change, { kind: 'project' }>): string {
  const fields = change.fields.map(({ name, value }) => `${name}: ${value}`);
  const head = `${change.add ? 'add to' : 'set in'} ${describeProject(change.project)}`;
  return fields.length > 0 ? `${head}, ${fields.join(', ')}` : head;
}

function list(values: readonly string[]): string {
  return values.length === 1 ? values[0] : `[${values.join(', ')}]`;
}
