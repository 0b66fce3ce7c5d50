/**
 * The JSON Schema of the rules file. It is imported rather than read from disk so that it travels inside
 * the ncc bundle; the same file serves editors (YAML autocompletion) and the validator.
 */
import schemaJson from '../../schema/sift.schema.json' with { type: 'json' };

export const RULES_SCHEMA: Readonly<Record<string, unknown>> = schemaJson;
