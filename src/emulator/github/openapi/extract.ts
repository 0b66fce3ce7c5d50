/**
 * Writes operations.json: the operations of GitHub's published REST description (`@octokit/openapi`,
 * generated/api.github.com.json) that the emulator serves, with every schema they reference, so the
 * tests validate the emulator's answers and Sift's requests against GitHub's own description without
 * installing the 385 MB package (see README.md beside this file).
 *
 *   npm install --prefix /tmp/openapi --no-save @octokit/openapi@23.0.2
 *   npx tsx src/emulator/github/openapi/extract.ts \
 *     /tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json
 *
 * Fails, writing nothing, when a route the emulator serves has no operation in the description.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servedRoutes } from '../routes.js';
import { routeShape } from './operations.js';

type Json = Record<string, unknown>;

const specPath = process.argv[2];
if (!specPath) throw new Error('usage: extract.ts <path to @octokit/openapi generated/api.github.com.json>');
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
  info: { version: string };
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
};
const packageJson = join(dirname(dirname(specPath)), 'package.json');
const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

const byShape = new Map<string, { path: string; method: string }>();
for (const [path, item] of Object.entries(spec.paths))
  for (const method of Object.keys(item))
    if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
      byShape.set(routeShape(method, path), { path, method });

/** A `#/components/{kind}/{name}` reference resolved one level (parameters, responses, bodies). */
function resolve(value: Json): Json {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  const [, , kind, name] = ref.split('/');
  return resolve(spec.components[kind][name]);
}

function jsonSchema(content: unknown): Json | null {
  const media = (content as Record<string, { schema?: Json }> | undefined) ?? {};
  return media['application/json']?.schema ?? null;
}

const operations: Record<string, Json> = {};
const missing: string[] = [];
for (const { method, pattern } of servedRoutes()) {
  const found = byShape.get(routeShape(method, pattern));
  if (!found) {
    missing.push(`${method} ${pattern}`);
    continue;
  }
  const item = spec.paths[found.path];
  const op = item[found.method];
  const parameters = [
    ...((item.parameters as unknown as Json[]) ?? []),
    ...((op.parameters as Json[]) ?? []),
  ].map(resolve);
  const body = op.requestBody ? resolve(op.requestBody as Json) : null;
  const responses: Record<string, Json | null> = {};
  for (const [status, response] of Object.entries(op.responses as Record<string, Json>))
    responses[status] = jsonSchema(resolve(response).content);
  operations[`${found.method.toUpperCase()} ${found.path}`] = {
    operationId: op.operationId,
    deprecated: op.deprecated === true,
    parameters: parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required === true,
      deprecated: p.deprecated === true,
      schema: p.schema,
    })),
    requestBody: body ? { required: body.required === true, schema: jsonSchema(body.content) } : null,
    responses,
  };
}
if (missing.length > 0)
  throw new Error(`GitHub's description has no operation for these emulator routes:\n${missing.join('\n')}`);

// Every component schema the operations reach, transitively.
const schemas: Record<string, Json> = {};
const pending: unknown[] = [operations];
while (pending.length > 0) {
  const value = pending.pop();
  if (Array.isArray(value)) pending.push(...value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
        const name = inner.slice('#/components/schemas/'.length);
        if (!(name in schemas)) {
          schemas[name] = spec.components.schemas[name];
          pending.push(schemas[name]);
        }
      } else pending.push(inner);
    }
  }
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'operations.json');
const sorted = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  out,
  JSON.stringify(
    {
      source: {
        package: '@octokit/openapi',
        version,
        file: 'generated/api.github.com.json',
        api: spec.info.version,
      },
      operations: sorted(operations),
      components: { schemas: sorted(schemas) },
    },
    null,
    1,
  ) + '\n',
);
console.log(`${Object.keys(operations).length} operations, ${Object.keys(schemas).length} schemas -> ${out}`);
