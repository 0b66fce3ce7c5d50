import type { FormCondition } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { type RawForm } from './raw.js';
/**
 * `form: none | any` or `{ template, fields: { id: value }, missing: [ids] }`. A field's value is
 * `empty`, `filled`, a `/regex/`, a text (equal, ignoring case) or a list of texts (one of them).
 */
export declare function compileForm(raw: RawForm, path: DataPath, ctx: CompileContext): FormCondition;
