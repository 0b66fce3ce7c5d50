/**
 * The JSON Schema of the policy tests file (schema/sift-test.schema.json), imported so it travels inside
 * the bundles; the same file serves editors.
 */
import schemaJson from '../../schema/sift-test.schema.json' with { type: 'json' };

export const TESTS_SCHEMA: Readonly<Record<string, unknown>> = schemaJson;
