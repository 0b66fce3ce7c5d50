import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { loadRules } from '../../src/config/index.js';
import { RULES_SCHEMA } from '../../src/config/schema.js';
import { ACTION_KINDS, CONDITION_KINDS } from '../../src/model/rules.js';

type SchemaNode = Record<string, unknown>;

const definitions = RULES_SCHEMA.definitions as Record<string, SchemaNode>;

/** Every schema object in the file, with a readable path, so each check can name the culprit. */
function allSchemas(node: unknown, path = '#'): [string, SchemaNode][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const schema = node as SchemaNode;
  const children: [string, unknown][] = [];
  for (const key of ['properties', 'definitions'] as const) {
    for (const [name, child] of Object.entries((schema[key] as SchemaNode | undefined) ?? {})) {
      children.push([`${path}/${key}/${name}`, child]);
    }
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (typeof schema[key] === 'object') children.push([`${path}/${key}`, schema[key]]);
  }
  return [[path, schema], ...children.flatMap(([childPath, child]) => allSchemas(child, childPath))];
}

describe('schema/sift.schema.json', () => {
  test('is a valid draft-07 schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    expect(RULES_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(RULES_SCHEMA)).toBe(true);
    expect(() => ajv.compile(RULES_SCHEMA)).not.toThrow();
  });

  test('every property and definition has a title and a description, for editors', () => {
    const undocumented = allSchemas(RULES_SCHEMA)
      .filter(([path]) => /\/(properties|definitions)\/[^/]+$/.test(path) || path === '#')
      .filter(([, schema]) => typeof schema.title !== 'string' || typeof schema.description !== 'string')
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  test('every map with fixed keys rejects unknown keys', () => {
    const open = allSchemas(RULES_SCHEMA)
      .filter(([, schema]) => schema.properties !== undefined)
      .filter(([, schema]) => schema.additionalProperties !== false)
      .map(([path]) => path);
    expect(open).toEqual([]);
    // The one map without fixed keys: label names to durations, whose values are still checked.
    expect(definitions.labelDurations.additionalProperties).toEqual({ $ref: '#/definitions/duration' });
  });

  test('offers exactly the condition and action kinds of the model', () => {
    expect(Object.keys(definitions.conditions.properties as SchemaNode).sort()).toEqual(
      [...CONDITION_KINDS].sort(),
    );
    expect(Object.keys(definitions.action.properties as SchemaNode).sort()).toEqual([...ACTION_KINDS].sort());
  });
});

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
// Policy tests files (*.test.yml) sit beside the rules files; __tests__/policy-tests runs them.
// Workflow files (a top-level `jobs:`, e.g. org-sweep.yml) are not rules files.
const isRulesFile = (name: string) =>
  /\.ya?ml$/.test(name) &&
  !/\.test\.ya?ml$/.test(name) &&
  !/^jobs:/m.test(readFileSync(`${EXAMPLES}${name}`, 'utf8'));
const examples = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter(isRulesFile) : [];

// examples/ may not exist yet; once it does, every example must load cleanly.
(examples.length > 0 ? describe : describe.skip)('examples/', () => {
  test.each(examples.length > 0 ? examples : ['(none)'])('%s is a valid rules file', async (name) => {
    await expect(loadRules(`${EXAMPLES}${name}`)).resolves.toMatchObject({ rules: expect.any(Array) });
  });
});
