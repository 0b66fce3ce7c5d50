/**
 * GitHub projects (v2) in a tests file: the projects' definitions (`projects:` at the top, so rules are
 * checked against their fields and `@current` resolves at the file's `now`), the projects a fixture
 * item is in (`projects:` on the item; absent: none, as on GitHub), and the `project` expectation.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import { isPlainMap } from '../config/raw.js';
import type { ItemType } from '../model/item.js';
import type { Change } from '../model/plan.js';
import {
  describeProject,
  sameProject,
  type ProjectField,
  type ProjectMembership,
  type ProjectRef,
  type ProjectSchema,
} from '../model/projects.js';
import type { ExpectedChange } from './types.js';
import { resolveProjects } from '../config/resolve-projects.js';
import type { RuleSet } from '../model/rules.js';

type ExpectedProject = Extract<ExpectedChange, { kind: 'project' }>;

/** Ids are made up (`sift-test-…`): the engine only reads names; ids matter to a forge's writes. */
export function projectDefinitions(raw: unknown): ProjectSchema[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isPlainMap).map((p, k) => {
    const ref = refOf(p);
    const fields = Object.entries(isPlainMap(p.fields) ? p.fields : {}).map(
      ([name, spec], i): ProjectField => {
        const id = `sift-test-field-${k}-${i}`;
        if (Array.isArray(spec))
          return {
            id,
            name,
            type: 'SINGLE_SELECT',
            options: spec.map((o) => ({ id: `${id}-${String(o)}`, name: String(o) })),
          };
        if (isPlainMap(spec) && Array.isArray(spec.iterations)) {
          const iterations = spec.iterations.filter(isPlainMap).map((it, j) => ({
            id: `${id}-${j}`,
            title: String(it.title),
            startDate: String(it.start),
            duration: typeof it.days === 'number' ? it.days : 14,
          }));
          return { id, name, type: 'ITERATION', iterations };
        }
        return { id, name, type: spec === 'number' ? 'NUMBER' : spec === 'date' ? 'DATE' : 'TEXT' };
      },
    );
    return { ...ref, id: `sift-test-project-${k}`, title: describeProject(ref), fields };
  });
}

/** The projects a fixture item is in; a discussion is in none. */
export function projectFacts(
  raw: Record<string, unknown>,
  path: DataPath,
  type: ItemType,
  ctx: CompileContext,
): ProjectMembership[] {
  if (!Array.isArray(raw.projects)) return [];
  if (type === 'discussion' && raw.projects.length > 0) {
    ctx.report([...path, 'projects'], 'discussions cannot be in GitHub projects; remove `projects`');
    return [];
  }
  const out: ProjectMembership[] = [];
  raw.projects.filter(isPlainMap).forEach((p, k) => {
    const ref = refOf(p);
    if (out.some((m) => sameProject(m, ref))) {
      ctx.report(
        [...path, 'projects', k],
        `the item is in project ${describeProject(ref)} once; merge the two entries`,
      );
      return;
    }
    out.push({ ...ref, itemId: `sift-test-item-${k}`, fields: stringValues(p.fields) });
  });
  return out;
}

export function compileExpectedProject(value: unknown): ExpectedProject | undefined {
  if (!isPlainMap(value)) return undefined;
  return {
    kind: 'project',
    project: refOf(value),
    ...(typeof value.add === 'boolean' ? { add: value.add } : {}),
    fields: stringValues(value.fields),
  };
}

/** Same project, the add as expected (when given), exactly these fields (names and options in any case). */
export function projectChangeMatches(expected: ExpectedProject, actual: Change): boolean {
  if (actual.kind !== 'project' || !sameProject(expected.project, actual.project)) return false;
  if (expected.add !== undefined && expected.add !== actual.add) return false;
  const wanted = Object.entries(expected.fields);
  if (wanted.length !== actual.fields.length) return false;
  return wanted.every(([name, value]) =>
    actual.fields.some((f) => f.name.toLowerCase() === name.toLowerCase() && sameText(f.value, value)),
  );
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x === y;
  return a.toLowerCase() === b.toLowerCase();
}

export function describeExpectedProject(c: ExpectedProject): string {
  const fields = Object.entries(c.fields).map(([name, value]) => `${name}: ${value}`);
  const head = `${c.add === true ? 'add to' : c.add === false ? 'set in' : 'add to or set in'} ${describeProject(c.project)}`;
  return fields.length > 0 ? `${head}, ${fields.join(', ')}` : head;
}

function refOf(raw: Record<string, unknown>): ProjectRef {
  return { owner: String(raw.owner), number: typeof raw.number === 'number' ? raw.number : 0 };
}

function stringValues(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isPlainMap(raw)) for (const [name, value] of Object.entries(raw)) out[name] = String(value);
  return out;
}

/**
 * The rules resolved against the tests file's project definitions. A project the file does not define
 * stays as written (values compare as written); problems (an unknown field or option of a defined
 * project, `@current` on an undefined one) point into the rules file.
 */
export function resolveTestProjects(rules: RuleSet, projects: readonly ProjectSchema[]) {
  return resolveProjects(
    rules,
    projects.map((schema) => ({ ref: { owner: schema.owner, number: schema.number }, schema })),
    { lenient: true, undefinedAdvice: '; define the project under `projects:` in the tests file' },
  );
}
