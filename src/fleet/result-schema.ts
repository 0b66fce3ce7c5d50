/**
 * The JSON Schema of a result file (schema/sift-result.schema.json), imported so it travels inside the
 * bundles, and the check a merge runs on every file it reads: a file someone else could have written
 * (whoever can upload an artifact) is merged only when it has the shape Sift writes.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../schema/sift-result.schema.json' with { type: 'json' };
import { validate as generatedValidator } from './result-validator.generated.js';

export const RESULT_SCHEMA: Readonly<Record<string, unknown>> = schemaJson;

/** At most this many problems are named per file: enough to see what is wrong, short enough to read. */
const MAX_PROBLEMS = 3;

/** Compiled ahead of time from schema/sift-result.schema.json by scripts/schema-validators.ts. */
const validateResult = generatedValidator as ValidateFunction;

/** What is wrong with `data` as a result document, in words ('' when nothing is). */
export function resultShapeProblems(data: unknown): string[] {
  if (validateResult(data)) return [];
  const errors = validateResult.errors ?? [];
  const problems = [...new Set(errors.map(describe))];
  const left = problems.length - MAX_PROBLEMS;
  return left > 0 ? [...problems.slice(0, MAX_PROBLEMS), `and ${left} more`] : problems;
}

function describe(error: ErrorObject): string {
  const at = jsonPath(error.instancePath);
  const where = at === '' ? 'the document' : at;
  if (error.keyword === 'propertyNames') return `${where} has a key that is not a rule id`;
  return `${where} ${error.message ?? 'is not valid'}`;
}

/** `/runs/0/result/outcomes/0` as `runs[0].result.outcomes[0]`; keys from the file made inert. */
function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((key, i) => (/^\d+$/.test(key) ? `[${key}]` : `${i === 0 ? '' : '.'}${inertKey(key)}`))
    .join('');
}

function inertKey(key: string): string {
  const safe = /^[A-Za-z0-9_.-]{1,64}$/.test(key);
  return safe ? key : JSON.stringify(key.slice(0, 64)).replace(/[^\x20-\x7e]/g, '?');
}
