/**
 * Holds the emulator and Sift to GitHub's published REST description: every REST exchange the
 * emulator serves is checked against its operation in operations.json (extracted from
 * `@octokit/openapi` by extract.ts): the request's method and path, query parameters (declared, not
 * deprecated, of the declared type and enum; `per_page` at most 100), path parameters and body; the
 * answer against the response schema of its status. Problems are collected, not thrown, so a test
 * can assert there are none (as the GraphQL endpoint collects invalid documents).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  deprecated: boolean;
  schema?: Json;
}

export interface Operation {
  operationId: string;
  deprecated: boolean;
  parameters: Parameter[];
  requestBody: { required: boolean; schema: Json | null } | null;
  responses: Record<string, Json | null>;
}

export interface Extract {
  source: { package: string; version: string; file: string; api: string };
  operations: Record<string, Operation>;
  components: { schemas: Record<string, Json> };
}

export interface Exchange {
  method: string;
  /** Below the API root, as requested: `/repos/o/r/issues/3`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body of a write; undefined when none was sent. */
  body: unknown;
  status: number;
  response: unknown;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'operations.json');
let loaded: { extract: Extract; ajv: Ajv; validators: Map<string, ValidateFunction> } | undefined;

/** The extract, its component schemas registered once per process under `github`. */
export function openapi(): { extract: Extract; ajv: Ajv; validators: Map<string, ValidateFunction> } {
  if (!loaded) {
    // References point into the extract's own components; `github#` makes them absolute for Ajv.
    const extract = JSON.parse(readFileSync(FILE, 'utf8'), (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) return `github${value}`;
      // OpenAPI 3.0's `nullable` beside `allOf`/`anyOf` (no `type`), which Ajv's nullable refuses.
      if (value && typeof value === 'object' && (value as Json).nullable === true && !('type' in value)) {
        const rest = { ...(value as Json) };
        delete rest.nullable;
        return { anyOf: [{ type: 'null' }, rest] };
      }
      // `nullable` with an `enum`: null must be one of the values for Ajv.
      if (value && typeof value === 'object' && (value as Json).nullable === true) {
        const values = (value as Json).enum;
        if (Array.isArray(values) && !values.includes(null))
          return { ...(value as Json), enum: [...values, null] };
      }
      return value;
    }) as Extract;
    // OpenAPI 3.0 schemas: `nullable` is Ajv's, formats and examples are not checked.
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
    ajv.addSchema({ $id: 'github', components: extract.components }, 'github');
    loaded = { extract, ajv, validators: new Map() };
  }
  return loaded;
}

/** The operation a request names: literal segments must agree; the most literal match wins. */
export function operationFor(
  method: string,
  path: string,
): { key: string; op: Operation; params: Record<string, string> } | null {
  const parts = path.split('/').filter(Boolean);
  let best: { key: string; op: Operation; params: Record<string, string>; literal: number } | null = null;
  for (const [key, op] of Object.entries(openapi().extract.operations)) {
    const [opMethod, opPath] = key.split(' ');
    if (opMethod !== method.toUpperCase()) continue;
    const segments = opPath.split('/').filter(Boolean);
    const params: Record<string, string> = {};
    let literal = 0;
    let fits = true;
    for (let i = 0; i < segments.length && fits; i++) {
      const seg = segments[i];
      const param = /^\{(.+)\}$/.exec(seg)?.[1];
      const last = i === segments.length - 1;
      if (param) {
        if (parts[i] === undefined) fits = false;
        // A file path or a ref (`contents/{path}`, `git/refs/{ref}`) takes the rest, slashes and all.
        else
          params[param] = last && (param === 'path' || param === 'ref') ? parts.slice(i).join('/') : parts[i];
      } else if (seg === parts[i]) literal++;
      else fits = false;
    }
    const rest = segments.length < parts.length && !/\{(path|ref)\}$/.test(opPath);
    if (!fits || rest || segments.length > parts.length) continue;
    if (!best || literal > best.literal) best = { key, op, params, literal };
  }
  return best && { key: best.key, op: best.op, params: best.params };
}

function validator(id: string, schema: Json): ValidateFunction {
  const { ajv, validators } = openapi();
  let validate = validators.get(id);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(id, validate);
  }
  return validate;
}

/**
 * Compiles every validator now rather than at an operation's first exchange. Compiling blocks the
 * event loop the emulator shares with an in-process client (hundreds of milliseconds for the largest
 * answers): a test with short client timeouts calls this before its timed requests.
 */
export function precompile(): void {
  for (const [key, op] of Object.entries(openapi().extract.operations)) {
    for (const p of op.parameters)
      if (p.schema && (p.in === 'path' || p.in === 'query')) validator(`${key} ${p.in} ${p.name}`, p.schema);
    if (op.requestBody?.schema) validator(`${key} body`, op.requestBody.schema);
    for (const [status, schema] of Object.entries(op.responses))
      if (schema) validator(`${key} ${status}`, schema);
  }
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 3)
    .map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    )
    .join('; ');
}

/** A query or path value, typed as the parameter's schema asks (they arrive as strings). */
function typed(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** What is wrong with one exchange, by GitHub's description; empty when nothing. */
export function check(exchange: Exchange): string[] {
  const name = `${exchange.method} ${exchange.path}`;
  const found = operationFor(exchange.method, exchange.path);
  if (!found) return [`${name}: no operation in GitHub's REST description`];
  const { key, op, params } = found;
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${name} (${op.operationId}): ${text}`);
  if (op.deprecated) say('the operation is deprecated');

  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    const value = params[p.name];
    if (p.schema && value !== undefined) {
      const validate = validator(`${key} path ${p.name}`, p.schema);
      if (!validate(typed(decodeURIComponent(value), p.schema)))
        say(`path parameter ${p.name}: ${errorsOf(validate)}`);
    }
  }
  const declared = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const [q, value] of Object.entries(exchange.query)) {
    const p = declared.get(q);
    if (!p) {
      say(
        `query parameter ${q} is not one of the operation's (${[...declared.keys()].join(', ') || 'none'})`,
      );
      continue;
    }
    if (p.deprecated) say(`query parameter ${q} is deprecated`);
    if (q === 'per_page' && Number(value) > 100) say(`per_page ${value} is over GitHub's maximum of 100`);
    if (p.schema) {
      const validate = validator(`${key} query ${q}`, p.schema);
      if (!validate(typed(value, p.schema))) say(`query parameter ${q}=${value}: ${errorsOf(validate)}`);
    }
  }
  for (const p of declared.values())
    if (p.required && !(p.name in exchange.query)) say(`required query parameter ${p.name} is missing`);

  const sent = exchange.body !== undefined && exchange.body !== null && exchange.method !== 'GET';
  if (op.requestBody?.schema && sent) {
    const validate = validator(`${key} body`, op.requestBody.schema);
    if (!validate(exchange.body)) say(`request body: ${errorsOf(validate)}`);
  } else if (op.requestBody?.required && !sent) say('the request body is required');
  else if (!op.requestBody && sent && Object.keys(exchange.body as object).length > 0)
    say('a body was sent, but the operation takes none');

  const status = String(exchange.status);
  if (exchange.status === 304) return problems;
  if (!(status in op.responses) && !('default' in op.responses)) {
    // GitHub's description lists the usual answers, not every error: only successes must be there.
    if (exchange.status < 300)
      say(`status ${status} is not one the operation answers (${Object.keys(op.responses).join(', ')})`);
    return problems;
  }
  const schema = op.responses[status] ?? op.responses.default;
  if (schema) {
    const validate = validator(`${key} ${status}`, schema);
    if (!validate(exchange.response)) say(`answer ${status}: ${errorsOf(validate)}`);
  } else if (
    exchange.response !== undefined &&
    exchange.response !== null &&
    exchange.response !== '' &&
    exchange.status < 300
  ) {
    // Described without a body (204): nothing may come back.
    if (exchange.status === 204) say('answer 204 carries a body');
  }
  return problems;
}
