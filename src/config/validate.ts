import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourcePos } from '../model/rules.js';
import type { DataPath, SourceLocator } from './positions.js';
import { INSTANT_FORM } from './instant.js';
import { RULES_SCHEMA } from './schema.js';
import { validate as generatedValidator } from './rules-validator.generated.js';
import { nearest } from './suggest.js';

/** A schema violation, at the data path of the offending node so later passes can skip broken parts. */
export interface ShapeProblem {
  path: DataPath;
  pos: SourcePos;
  message: string;
}

/**
 * Compiled ahead of time from schema/sift.schema.json by scripts/schema-validators.ts (compiling it
 * at run time was the biggest part of every start), with the options it needs here (verbose: messages
 * need the failing value and the schema around the failing keyword).
 */
const validateRules = generatedValidator as ValidateFunction;

/** Checks the parsed file against schema/sift.schema.json and explains each violation in plain words. */
export function validateShape(data: unknown, locator: SourceLocator): ShapeProblem[] {
  if (validateRules(data)) return [];
  const errors = validateRules.errors ?? [];

  // A misspelt required key shows up twice (unknown "thn", missing "then"); the suggestion says it all.
  const suggested = new Set<string>();
  // An `if` failure only says "must match the then schema"; the error inside it says what is wrong.
  // That error (a rule without `then` or `check`) comes after the rule's other missing keys, as the
  // schema lists them.
  const pruned = pruneAnyOf(errors);
  const relevant = errors.filter((error) => error.keyword !== 'if' && !pruned.has(error));
  const ordered = [
    ...relevant.filter((error) => error.parentSchema !== RULE_THEN),
    ...relevant.filter((error) => error.parentSchema === RULE_THEN),
  ];
  const problems = ordered.map((error) => {
    const problem = explain(error, data, locator);
    if (problem.suggestion) suggested.add(JSON.stringify([...problem.objectPath, problem.suggestion]));
    return problem;
  });

  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      if (problem.missingKey && suggested.has(JSON.stringify([...problem.path, problem.missingKey])))
        return false;
      const key = `${problem.pos.line}:${problem.pos.col}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ path, pos, message }) => ({ path, pos, message }));
}

interface ExplainedProblem extends ShapeProblem {
  /** For unknown keys: the map holding the key, and the valid key it is probably a typo of. */
  objectPath: DataPath;
  suggestion?: string;
  /** For missing keys: which one. */
  missingKey?: string;
}

/** How to name a definition's value in "must be ..." messages, where the bare JSON type would be vague. */
const EXPECTED: Record<string, string> = {
  root: 'a map with "version" and "rules"',
  ruleList: 'a list of rules',
  rule: 'a map with "id", "when" and "then"',
  conditions: 'a map of conditions',
  conditionList: 'a list of condition maps',
  labelSet: 'a map with any, all or none',
  regex: 'a regular expression',
  ageBounds: 'a map with older-than, newer-than, after or before',
  labelDurations: 'a map of label names to durations',
  commentCount: 'a whole number or a map with min and/or max',
  countBounds: 'a whole number or a map with min and/or max',
  fileGlobs: 'a map with any, all or none',
  events: 'an event or a list of events',
  check: 'a map with "message" and "require"',
  activity: 'a map with ignore-actors, reactions or linked',
  stringOrList: 'a string or a list of strings',
  authorAssociations: 'an author association or a list of them',
  actions: 'a list of actions',
  action: 'a map with one key naming the action, such as "close: completed"',
  reportList: 'a list of reports',
  report: 'a map with "id" and "title"',
  commandList: 'a list of commands',
  command: 'a map with "name" and "allow"',
  commandAllow: 'a map with association, author, logins or labels',
  models: 'a map with endpoint, model, embedding-model, max-calls, max-input-tokens or timeout',
  classify: 'a map with "into" (and guide, min-confidence, max-confidence)',
  similar: 'a map with min, among or limit',
};

/** Where an unknown key sits, for the kinds of maps a user writes most. */
const CONTAINER: Record<string, string> = {
  root: 'at the top level',
  rule: 'in a rule',
  conditions: 'in a condition',
  action: 'in an action',
  check: 'in a check',
  activity: 'in "activity"',
  report: 'in a report',
  command: 'in a command',
  commandAllow: 'in "allow"',
  models: 'in "models"',
  classify: 'in "classify"',
  similar: 'in "similar"',
};

/** JSON Schema types in a user's words (also for the tests file's validator). */
export const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a map',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'empty',
};

const DURATION_FORM =
  'use a whole number followed by m, h, d or w (minutes, hours, days, weeks), e.g. 12h, 7d, 2w';
const EVENT_FORM = 'write an event in lower case, optionally with an action, e.g. issues or issues.opened';
const ASSOCIATIONS =
  'OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIMER, FIRST_TIME_CONTRIBUTOR, MANNEQUIN, NONE (any case)';

function explain(error: ErrorObject, data: unknown, locator: SourceLocator): ExplainedProblem {
  const path = toDataPath(error.instancePath, data);
  // Undefined for keywords in inline schemas (a property's own type, a list's items).
  const definition = SCHEMA_NAMES.get(error.parentSchema);
  const subject = describePath(path);
  const value = describeValue(error.data);
  const at = (message: string, where: DataPath = path): ExplainedProblem => ({
    path: where,
    objectPath: path,
    pos: locator.valuePos(where),
    message,
  });

  // Durations and associations are strings with a form; one message covers both wrong type and wrong form.
  if (definition === 'duration' && (error.keyword === 'type' || error.keyword === 'pattern')) {
    return at(`invalid duration ${value}: ${DURATION_FORM}`);
  }
  if (definition === 'instant' && (error.keyword === 'type' || error.keyword === 'pattern')) {
    return at(`invalid date ${value}: ${INSTANT_FORM}`);
  }
  if (definition?.startsWith('authorAssociation') && error.keyword === 'pattern') {
    return at(`invalid author association ${value}: use one of ${ASSOCIATIONS}`);
  }
  if (definition === 'formCondition' && error.keyword === 'pattern') {
    return at(`${subject} must be none, any, or a map of template, fields and missing; not ${value}`);
  }
  if (definition === 'projectMatch' && error.keyword === 'pattern') {
    return at(`${subject} must be none, any, or a map of owner, number and fields; not ${value}`);
  }
  if (definition?.startsWith('event') && error.keyword === 'pattern') {
    return at(`invalid event ${value}: ${EVENT_FORM}`);
  }

  switch (error.keyword) {
    case 'type': {
      const types = String(error.params.type).split(',');
      const expected = EXPECTED[definition ?? ''] ?? orList(types.map((t) => TYPE_NAMES[t] ?? t));
      return at(`${subject} must be ${expected}, not ${value}`);
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(describeValue);
      if (definition === 'version') {
        return at(`unsupported version ${value}; supported versions: ${allowed.join(', ')}`);
      }
      if (allowed.length === 1) return at(`${subject} must be ${allowed[0]}, not ${value}`);
      const strings = (error.params.allowedValues as unknown[]).filter(
        (v): v is string => typeof v === 'string',
      );
      const guess = typeof error.data === 'string' ? nearest(error.data, strings) : undefined;
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      return at(`${subject} must be one of ${allowed.join(', ')}, not ${value}${hint}`);
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const valid = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = nearest(key, valid);
      const where = CONTAINER[definition ?? ''] ?? `in ${subject}`;
      const hint = suggestion ? `did you mean "${suggestion}"?` : `valid keys: ${valid.join(', ')}`;
      const keyPath = [...path, key];
      return {
        ...at(`unknown key "${key}" ${where}; ${hint}`, keyPath),
        pos: locator.keyPos(keyPath),
        suggestion,
      };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const where = CONTAINER[definition ?? ''] ?? `in ${subject}`;
      return { ...at(`missing required key "${missing}" ${where}`), missingKey: missing };
    }
    case 'minItems':
    case 'minLength':
      return at(`${subject} must not be empty`);
    case 'minProperties':
      return at(`${subject} ${emptyMapAdvice(definition, error)}`);
    case 'maxProperties': {
      // Point at the first key too many: that is where the missing "-" of a new list item belongs.
      const keys = locator.keysAt(path);
      const secondKey = keys[1] ?? '';
      return {
        ...at(
          `an action must have exactly one key, but this one has ${keys.length} (${keys.join(', ')}); start each action with its own "-"`,
        ),
        pos: locator.keyPos([...path, secondKey]),
      };
    }
    case 'pattern':
      if (definition === 'commandName') {
        return at(
          `invalid command name ${value}: use letters, digits, "_" and "-", starting with a letter (what follows "/" in a comment)`,
        );
      }
      if (definition === 'ruleId') {
        return at(
          `invalid rule id ${value}: use letters, digits, "_", "." and "-", starting with a letter or digit`,
        );
      }
      return at(`${subject} has an invalid form: ${value}`);
    case 'minimum':
      return at(`${subject} must be ${String(error.params.limit)} or more, not ${value}`);
    default:
      return at(`${subject} ${error.message ?? 'is invalid'}`);
  }
}

function emptyMapAdvice(definition: string | undefined, error: ErrorObject): string {
  if (definition === 'conditions') return 'must hold at least one condition';
  if (definition === 'action')
    return 'is an empty action: write one key naming the action, such as "close: completed"';
  if (definition === 'labelDurations') return 'needs at least one label with a duration, such as "stale: 7d"';
  const keys = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
  return `needs at least one of ${keys.join(', ')}`;
}

/** The schema that requires `then` of a rule without `check` (the rule's if/then). */
const RULE_THEN: unknown = (
  (RULES_SCHEMA.definitions as Record<string, unknown>).rule as Record<string, unknown>
).then;

/**
 * Names each schema object after its definition, so a failing keyword can be told apart by where it
 * sits. Identity works where schema paths do not: ajv reports paths of recursive definitions relative
 * to the definition itself.
 */
const SCHEMA_NAMES: ReadonlyMap<unknown, string> = (() => {
  const definitions = RULES_SCHEMA.definitions as Record<string, unknown>;
  const properties = RULES_SCHEMA.properties as Record<string, unknown>;
  const names = new Map<unknown, string>(Object.entries(definitions).map(([name, schema]) => [schema, name]));
  names.set(RULES_SCHEMA, 'root');
  // A rule without `check` must have `then`: the `required` inside that if/then speaks for the rule.
  names.set(RULE_THEN, 'rule');
  names.set(properties.version, 'version');
  return names;
})();

/**
 * A value of several forms (`inactive: 14d` or `{ for: 14d, by: author }`) fails every form when it
 * is wrong; only the form its type is speaks to the writer. The errors of the other forms, and the
 * bare "must match a schema in anyOf", are left out; a value of no form's type keeps the first form's.
 */
function pruneAnyOf(errors: readonly ErrorObject[]): Set<ErrorObject> {
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' || !Array.isArray(error.schema)) continue;
    const branches = (error.schema as Record<string, unknown>[]).map(resolveRef);
    const fitting = branches.filter((branch) => typeFits(branch, error.data));
    const kept = fitting.length > 0 ? fitting : branches.slice(0, 1);
    dropped.add(error);
    for (const other of errors) {
      if (other.instancePath !== error.instancePath || other === error) continue;
      const branch = branches.find((b) => b === other.parentSchema);
      if (branch !== undefined && !kept.includes(branch)) dropped.add(other);
    }
  }
  return dropped;
}

function resolveRef(schema: Record<string, unknown>): Record<string, unknown> {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return schema;
  const definitions = RULES_SCHEMA.definitions as Record<string, Record<string, unknown>>;
  return definitions[ref.slice('#/definitions/'.length)] ?? schema;
}

function typeFits(schema: Record<string, unknown>, value: unknown): boolean {
  const declared = schema.type;
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? (declared as string[]) : [declared as string];
  const actual =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value;
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Turns a JSON pointer into a data path, with list indexes as numbers. */
function toDataPath(pointer: string, data: unknown): DataPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** How messages name the value at a path: `"labels"`, `item 2 of "then"`, `the rules file`. */
export function describePath(path: DataPath): string {
  if (path.length === 0) return 'the rules file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return `item ${last + 1} of "${String(parent)}"`;
  }
  return `"${last}"`;
}

/** Scalars are shown as written (strings quoted); collections by kind, as their text may be long. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return JSON.stringify(value);
}

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
