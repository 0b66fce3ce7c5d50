/**
 * Checks a parsed tests file against schema/sift-test.schema.json and says what is wrong in plain
 * words, at the line and column to edit (the rules file's validator does the same for its schema).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DataPath, SourceLocator } from '../config/positions.js';
import { nearest } from '../config/suggest.js';
import { describeValue, TYPE_NAMES } from '../config/validate.js';
import type { ShapeProblem } from '../config/validate.js';
import { TESTS_SCHEMA } from './schema.js';
import { validate as generatedValidator } from './tests-validator.generated.js';

/** Compiled ahead of time from schema/sift-test.schema.json by scripts/schema-validators.ts. */
const validateTests = generatedValidator as ValidateFunction;

const EXPECTATION_FORM =
  'true (the rule changes the item), false (it does not), a list of its changes, or passed, failed or skipped for a check rule';

/** The forms an expectation may take (its anyOf), whose own errors one message replaces. */
const EXPECTATION_BRANCHES: ReadonlySet<unknown> = new Set(
  (TESTS_SCHEMA.definitions as Record<string, { anyOf: unknown[] }>).expectation.anyOf,
);

export function validateTestsShape(data: unknown, locator: SourceLocator): ShapeProblem[] {
  if (validateTests(data)) return [];
  const errors = validateTests.errors ?? [];
  const paths = errors.map((e) => e.instancePath);
  const problems: ShapeProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // An expectation that is none of its forms fails every branch of its anyOf: one message says it,
    // unless a deeper error (inside a list of changes) says more precisely what is wrong.
    if (EXPECTATION_BRANCHES.has(error.parentSchema)) continue;
    if (error.keyword === 'anyOf' && paths.some((p) => p.startsWith(error.instancePath + '/'))) continue;
    const problem = explain(error, data, locator);
    const key = `${problem.pos.line}:${problem.pos.col}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function explain(error: ErrorObject, data: unknown, locator: SourceLocator): ShapeProblem {
  const path = toDataPath(error.instancePath, data);
  const subject = describe(path);
  const value = describeValue(error.data);
  const at = (message: string, where: DataPath = path): ShapeProblem => ({
    path: where,
    pos: locator.valuePos(where),
    message,
  });
  switch (error.keyword) {
    case 'anyOf':
      return at(`${subject} must be ${EXPECTATION_FORM}, not ${value}`);
    case 'type': {
      const types = String(error.params.type).split(',');
      return at(`${subject} must be ${orList(types.map((t) => TYPE_NAMES[t] ?? t))}, not ${value}`);
    }
    case 'enum':
    case 'const': {
      const allowedValues = (error.params.allowedValues ?? [error.params.allowedValue]) as unknown[];
      const allowed = allowedValues.map(describeValue);
      if (path.length === 1 && path[0] === 'version')
        return at(`unsupported version ${value}; supported versions: ${allowed.join(', ')}`);
      const strings = allowedValues.filter((v): v is string => typeof v === 'string');
      const guess = typeof error.data === 'string' ? nearest(error.data, strings) : undefined;
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      return at(`${subject} must be ${orList(allowed)}, not ${value}${hint}`);
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const valid = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = nearest(key, valid);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `valid keys: ${valid.join(', ')}`;
      const keyPath = [...path, key];
      return {
        path: keyPath,
        pos: locator.keyPos(keyPath),
        message: `unknown key "${key}" in ${where(path)}; ${hint}`,
      };
    }
    case 'required':
      return at(`missing required key "${String(error.params.missingProperty)}" in ${where(path)}`);
    case 'dependencies':
      return at(
        `${where(path)} gives "${String(error.params.property)}" without "${String(error.params.missingProperty)}": give both`,
      );
    case 'minItems':
    case 'minLength':
    case 'minProperties':
      return at(`${subject} must not be empty`);
    case 'maxProperties': {
      const keys = locator.keysAt(path);
      return {
        path,
        pos: locator.keyPos([...path, keys[1] ?? '']),
        message: `an expected change must have exactly one key, but this one has ${keys.length} (${keys.join(', ')}); start each with its own "-"`,
      };
    }
    case 'pattern':
      return at(`${subject} has an invalid form: ${value}`);
    case 'minimum':
      return at(`${subject} must be ${String(error.params.limit)} or more, not ${value}`);
    default:
      return at(`${subject} ${error.message ?? 'is invalid'}`);
  }
}

/** How messages name the value at a path: `"labels"`, `item 2 of "comments"`, `the tests file`. */
function describe(path: DataPath): string {
  if (path.length === 0) return 'the tests file';
  const last = path[path.length - 1];
  if (typeof last === 'number') return `item ${last + 1} of "${String(path[path.length - 2])}"`;
  // Under `expect`, keys are rule ids, not keywords.
  if (path[path.length - 2] === 'expect') return `the expectation of rule "${last}"`;
  return `"${last}"`;
}

/** The map a key is (or is missing) in, for messages: `a test`, `the item`, `a comment`. */
function where(path: DataPath): string {
  if (path.length === 0) return 'the tests file';
  if (path.length === 2 && path[0] === 'tests') return 'a test';
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'item') return 'the item';
  if (typeof last === 'number' && typeof parent === 'string') {
    const singular: Record<string, string> = {
      comments: 'a comment',
      events: 'an event',
      linked: 'a linked item',
    };
    if (singular[parent]) return singular[parent];
    return 'an expected change';
  }
  return describe(path);
}

function toDataPath(pointer: string, data: unknown): DataPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
