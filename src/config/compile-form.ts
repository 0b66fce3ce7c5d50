import type { FormCondition, FormFieldTest } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { isPlainMap, toList, type RawForm } from './raw.js';
import { compileRegex } from './regex.js';

/**
 * `form: none | any` or `{ template, fields: { id: value }, missing: [ids] }`. A field's value is
 * `empty`, `filled`, a `/regex/`, a text (equal, ignoring case) or a list of texts (one of them).
 */
export function compileForm(raw: RawForm, path: DataPath, ctx: CompileContext): FormCondition {
  if (typeof raw === 'string') return raw;
  const fields = Object.entries(isPlainMap(raw.fields) ? raw.fields : {}).flatMap(([id, value]) => {
    const test = fieldTest(value, [...path, 'fields', id], ctx);
    return test ? [{ id, test }] : [];
  });
  return {
    ...(raw.template === undefined ? {} : { template: toList(raw.template) }),
    fields,
    ...(raw.missing === undefined ? {} : { missing: toList(raw.missing) }),
  };
}

function fieldTest(value: string | string[], path: DataPath, ctx: CompileContext): FormFieldTest | undefined {
  if (Array.isArray(value)) return { kind: 'one-of', values: value };
  if (value === 'empty' || value === 'filled') return { kind: value };
  if (/^\/.*\/[A-Za-z]*$/s.test(value)) {
    const regex = compileRegex(value, path, ctx);
    return regex ? { kind: 'regex', regex } : undefined;
  }
  return { kind: 'one-of', values: [value] };
}
