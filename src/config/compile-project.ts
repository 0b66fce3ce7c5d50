/**
 * The `project` condition and action (GitHub Projects v2) as written, with where each part is, so the
 * run's one look at the projects (resolve-projects.ts) can point at the project or field it cannot
 * find. What a field's values must look like depends on the field's type, known only then.
 */
import { ITERATION_KEYWORDS, type ProjectCondition, type ProjectSet } from '../model/projects.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { nearest } from './suggest.js';

export type RawFieldValue = string | number;

export interface RawProject {
  owner: string;
  number: number;
  fields?: Record<string, RawFieldValue | RawFieldValue[]>;
}

export function compileProjectCondition(
  raw: 'none' | 'any' | RawProject,
  path: DataPath,
  ctx: CompileContext,
): ProjectCondition {
  if (typeof raw === 'string') return raw;
  return {
    project: { owner: raw.owner, number: raw.number },
    fields: Object.entries(raw.fields ?? {}).map(([name, value]) => {
      const fieldPath = [...path, 'fields', name];
      const values = (Array.isArray(value) ? value : [value]).map(String);
      values.forEach((v, i) => checkKeyword(v, Array.isArray(value) ? [...fieldPath, i] : fieldPath, ctx));
      return { name, values, pos: ctx.locator.keyPos(fieldPath) };
    }),
    pos: ctx.locator.keyPos(path),
  };
}

export function compileProjectAction(raw: RawProject, path: DataPath, ctx: CompileContext): ProjectSet {
  return {
    project: { owner: raw.owner, number: raw.number },
    fields: Object.entries(raw.fields ?? {}).flatMap(([name, value]) => {
      const fieldPath = [...path, 'fields', name];
      if (Array.isArray(value)) return [];
      checkKeyword(String(value), fieldPath, ctx);
      return [{ name, value: String(value), pos: ctx.locator.keyPos(fieldPath) }];
    }),
    pos: ctx.locator.keyPos(path),
  };
}

/** `@current` and `@next` are the only keywords: `@curent` is a typo, not an iteration's title. */
function checkKeyword(value: string, path: DataPath, ctx: CompileContext): void {
  if (!value.startsWith('@') || (ITERATION_KEYWORDS as readonly string[]).includes(value)) return;
  const guess = nearest(value, ITERATION_KEYWORDS);
  ctx.report(
    path,
    `"${value}" is not an iteration keyword${guess ? `; did you mean "${guess}"?` : ''} (iterations: @current, @next, or a title)`,
  );
}
