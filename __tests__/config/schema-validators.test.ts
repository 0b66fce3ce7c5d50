/**
 * The validators Sift runs are generated from the JSON Schemas ahead of time (scripts/schema-validators.ts):
 * a committed one must be exactly what the generator writes from the schema today, so it cannot drift
 * from schema/*.schema.json. And it must judge as Ajv compiling the schema at run time does, errors
 * included (the explainers read their `schema` and `parentSchema` by identity).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { generateValidator, VALIDATORS } from '../../scripts/schema-validators.js';
import { validate as generated } from '../../src/config/rules-validator.generated.js';
import { RULES_SCHEMA } from '../../src/config/schema.js';

describe.each(VALIDATORS)('$output', (spec) => {
  it(`is what the generator writes from ${spec.schema} (run npm run schemas after editing the schema)`, () => {
    expect(readFileSync(spec.output, 'utf8')).toBe(generateValidator(spec));
  });
});

describe('the generated rules validator', () => {
  const rulesValidator = generated as ValidateFunction;
  const compiled = new Ajv(VALIDATORS[0].options).compile(RULES_SCHEMA);
  // The rules files among the examples (one is a workflow, others are tests files).
  const examples = readdirSync('examples').filter(
    (f) => f.endsWith('.yml') && /^rules:/m.test(readFileSync(`examples/${f}`, 'utf8')),
  );
  const invalid: unknown[] = [
    { version: 1, rules: [{ id: 'x', when: { inactive: '14x', labels: { nne: ['a'] } }, thn: [] }] },
    { version: 2, rules: [] },
    { version: 1, rules: [{ id: 'a', when: { state: 'open' }, then: [{ label: 5 }, { comment: '' }] }] },
    'not a map',
  ];
  const documents = [
    ...examples.map((f) => parse(readFileSync(`examples/${f}`, 'utf8')) as unknown),
    ...invalid,
  ];

  it.each(documents.map((d, i) => [i, d]))(
    'judges document %i as a run-time compiled one',
    (_i, document) => {
      const ours = rulesValidator(document);
      expect(ours).toBe(compiled(document));
      const errors = rulesValidator.errors ?? [];
      expect(errors).toEqual(compiled.errors ?? []);
      // The schema objects in its errors are the imported schema's own (not copies).
      const nodes = new Set<unknown>();
      const walk = (value: unknown): void => {
        if (value === null || typeof value !== 'object' || nodes.has(value)) return;
        nodes.add(value);
        Object.values(value).forEach(walk);
      };
      walk(RULES_SCHEMA);
      for (const error of errors) {
        expect(nodes.has(error.parentSchema)).toBe(true);
        if (typeof error.schema === 'object' && error.schema !== null)
          expect(nodes.has(error.schema)).toBe(true);
      }
    },
  );

  it('passes the examples and fails the broken documents', () => {
    expect(examples.length).toBeGreaterThan(5);
    expect(documents.map((d) => rulesValidator(d))).toEqual([
      ...examples.map(() => true),
      ...invalid.map(() => false),
    ]);
  });
});
