/**
 * GitHub's real GraphQL schema (@octokit/graphql-schema), built once per process: every query and
 * mutation the emulator answers is validated against it, so a field GitHub does not have, a wrong
 * argument type or a misspelt enum fails here as it would on api.github.com.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let cached: GraphQLSchema | null = null;

/** Building takes ~150 ms; REST-only tests never pay it because nothing calls this until /graphql is hit. */
export function githubSchema(): GraphQLSchema {
  cached ??= buildClientSchema(JSON.parse(readFileSync(schemaFile(), 'utf8')) as IntrospectionQuery);
  return cached;
}

/**
 * The package exports only its ESM entry (which parses the JSON eagerly on import), so neither
 * `require.resolve` nor a subpath import reaches schema.json: look along the module search path instead.
 * The file holds `{ __schema }` at its top, not `{ data: { __schema } }`.
 */
function schemaFile(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const file = join(dir, '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(file)) return file;
  }
  throw new Error('@octokit/graphql-schema is not installed (npm ci)');
}
