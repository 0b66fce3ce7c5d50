/**
 * GitHub's real GraphQL schema (@octokit/graphql-schema), built once per process: every query and
 * mutation the emulator answers is validated against it, so a field GitHub does not have, a wrong
 * argument type or a misspelt enum fails here as it would on api.github.com.
 *
 * Built from the package's `schema.graphql`, not its `schema.json`: in the pinned version the SDL is
 * the newer of the two (it has sub-issues, `Issue.parent`, `subIssuesSummary`; the JSON lacks them and
 * holds nothing Sift reads that the SDL lacks). The SDL defines two fields twice, which graphql-js
 * refuses unless told the SDL is GitHub's own and valid (`assumeValidSDL`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

let cached: GraphQLSchema | null = null;

/** Building takes about a second; REST-only tests never pay it because nothing calls this until /graphql is hit. */
export function githubSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(schemaFile(), 'utf8'), { assumeValidSDL: true });
  return cached;
}

/**
 * The package exports only its ESM entry (which parses the JSON eagerly on import), so neither
 * `require.resolve` nor a subpath import reaches schema.graphql: look along the module search path.
 */
function schemaFile(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const file = join(dir, '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(file)) return file;
  }
  throw new Error('@octokit/graphql-schema is not installed (npm ci)');
}
