/**
 * A GitHub REST API emulator: a real HTTP server on 127.0.0.1 over an in-memory store, for unit tests,
 * end-to-end runs of the bundled Action (pass `url` as GITHUB_API_URL), the demo (plain Node/tsx, no
 * jest APIs here) and benchmarks.
 *
 *   const gh = await startGitHubEmulator({ token: 't0ken' });
 *   const repo = gh.store.addRepo('octo/demo');
 *   repo.addIssue({ title: 'Crash on start', labels: ['bug'], created_at: '2026-01-01T00:00:00Z' });
 *   ... point the client at gh.url ...
 *   expect(gh.writes()).toEqual([...]);
 *   await gh.close();
 *
 * Every request passes through the emulators' server core (../server.ts): log, latency, `onRequest`
 * hook (fault injection); then through GitHub's side here: auth, rate limit, read-only check, route.
 * Endpoints are listed in routes.ts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { EmulatorServer, type Fault, type IncomingRequest, type RouteTable } from '../server.js';
import {
  GRAPHQL_PATH,
  GraphqlEndpoint,
  graphqlPathFor,
  graphqlPaths,
  type GraphqlEndpointOptions,
  type GraphqlRequestInfo,
} from './graphql/index.js';
import { ApiError, type ApiResponse } from './http.js';
import { conditionalGet } from './conditional.js';
import { check as checkConformance } from './openapi/conformance.js';
import { route, type RateState } from './routes.js';
import { Serializer } from './serialize.js';
import { GitHubStore } from './store.js';

export { GitHubStore, RepoStore } from './store.js';
export type {
  IssueRecord,
  IssueSeed,
  CommentSeed,
  LabelEventSeed,
  MilestoneSeed,
  EventRecord,
} from './store.js';

export interface GitHubEmulatorOptions {
  /** Delay before each response, in ms; changeable later through `emulator.latencyMs`. */
  latencyMs?: number;
  /** When set, every request needs `Authorization: token <token>` or `Bearer <token>`; else 401. */
  token?: string;
  /**
   * A token that can reach projects (a fine-grained token with the organization permission Projects):
   * when set, it is accepted too, and GraphQL answers every project read or write made with any other
   * token FORBIDDEN "Resource not accessible by integration", as GitHub answers a workflow's token.
   */
  projectToken?: string;
  /** Login that writes are attributed to (event actor, comment author). Default `sift[bot]`. */
  login?: string;
  /** API path prefix, e.g. `/api/v3` to look like GitHub Enterprise Server. */
  pathPrefix?: string;
  /** Requests per window reported in x-ratelimit-* headers. Default 5000. */
  rateLimit?: number;
  /** Answer 403 "API rate limit exceeded" once the budget is spent. Default false: only count. */
  enforceRateLimit?: boolean;
  /** Clock for timestamps of writes and seeds without dates. Default: real time. */
  now?: () => Date;
  onRequest?: RequestHook;
  /** Answer every write with 403 "Resource not accessible by integration", like a read-only token. */
  readOnly?: boolean;
  /** GraphQL (`POST /graphql`): per-node latency, its own point budget. See graphql/README.md. */
  graphql?: GraphqlEndpointOptions;
  /**
   * Check every REST request and answer against GitHub's REST description (openapi/conformance.ts),
   * collecting problems in `nonconforming`. Default true; benchmarks of 100,000 items turn it off.
   */
  conformance?: boolean;
}

export interface RequestLogEntry {
  method: string;
  /** Path below the API root (prefix removed), without the query: `/repos/octo/demo/issues`. */
  path: string;
  query: Record<string, string>;
  /** 0 while in flight, or when a fault dropped the connection. */
  status: number;
  /** Parsed JSON body of writes. */
  body?: unknown;
  /** GraphQL requests (path `/graphql`): operation, name, cost, nodes returned, errors. */
  graphql?: GraphqlRequestInfo;
  /**
   * With `projectToken` set: which token the request carried, `token`, `project-token`, `other` or
   * `none` (never the token itself).
   */
  auth?: 'token' | 'project-token' | 'other' | 'none';
}

/**
 * What a hook can do instead of the normal answer. `'malformed-json'`: the request takes effect, but
 * its answer's JSON is cut off half-way (a garbled body, as from a broken proxy).
 */
export type { Fault } from '../server.js';

/**
 * Called for every request after it is logged (and after latency), with its index in `requests`.
 * Return undefined to answer normally, or a Fault. May be async (to add a delay, or wait on a test).
 */
export type RequestHook = (
  request: RequestLogEntry,
  index: number,
) => Fault | undefined | Promise<Fault | undefined>;

export interface GitHubEmulator {
  /** API root to give clients: `http://127.0.0.1:PORT` plus the path prefix. */
  readonly url: string;
  /** GraphQL endpoint: `http://127.0.0.1:PORT/graphql` (`/api/graphql` when the prefix is `/api/v3`). */
  readonly graphqlUrl: string;
  /** The GraphQL side: its point budget, per-node latency, rejected documents, test settings. */
  readonly graphql: GraphqlEndpoint;
  readonly store: GitHubStore;
  /** Every request, in arrival order. */
  readonly requests: RequestLogEntry[];
  /** Handler crashes (answered 500); a test can assert this stays empty. */
  readonly serverErrors: Error[];
  /**
   * REST requests and answers unlike GitHub's description (`@octokit/openapi`, see
   * openapi/conformance.ts): a test can assert this stays empty, as `graphql.invalid` for GraphQL.
   */
  readonly nonconforming: string[];
  /** The requests that change something: non-GET REST requests and GraphQL mutations (not queries). */
  writes(): RequestLogEntry[];
  latencyMs: number;
  onRequest: RequestHook | undefined;
  readOnly: boolean;
  /** Remaining requests in the current rate-limit window. */
  readonly rate: Readonly<RateState>;
  close(): Promise<void>;
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new Emulator(options);
  await emulator.listen();
  return emulator;
}

const DOCS = 'https://docs.github.com/rest';

const HOUR_S = 3600;

class Emulator implements GitHubEmulator {
  readonly store: GitHubStore;
  latencyMs: number;
  onRequest: RequestHook | undefined;
  readOnly: boolean;
  readonly rate: RateState;
  readonly graphql: GraphqlEndpoint;
  readonly nonconforming: string[] = [];
  private readonly server: EmulatorServer<RequestLogEntry>;
  private readonly prefix: string;
  private readonly login: string;
  private readonly now: () => number;
  private apiUrl = '';
  private json = new Serializer('');

  constructor(private readonly options: GitHubEmulatorOptions) {
    const now = options.now ?? (() => new Date());
    this.now = () => now().getTime();
    this.store = new GitHubStore(now);
    this.latencyMs = options.latencyMs ?? 0;
    this.onRequest = options.onRequest;
    this.readOnly = options.readOnly ?? false;
    this.login = options.login ?? 'sift[bot]';
    this.prefix = (options.pathPrefix ?? '').replace(/\/+$/, '').replace(/^(?=[^/])/, '/');
    const limit = options.rateLimit ?? 5000;
    this.rate = { limit, remaining: limit, reset: Math.floor(this.now() / 1000) + HOUR_S };
    this.server = new EmulatorServer(this.routeTable());
    this.graphql = new GraphqlEndpoint(this.store, this.now, options.graphql, (e) =>
      this.serverErrors.push(e),
    );
  }

  get url(): string {
    return this.apiUrl;
  }

  get graphqlUrl(): string {
    return this.apiUrl.slice(0, this.apiUrl.length - this.prefix.length) + graphqlPathFor(this.prefix);
  }

  get requests(): RequestLogEntry[] {
    return this.server.requests;
  }

  get serverErrors(): Error[] {
    return this.server.serverErrors;
  }

  writes(): RequestLogEntry[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.graphql?.operation !== 'query');
  }

  async listen(): Promise<void> {
    this.apiUrl = `${await this.server.listen()}${this.prefix}`;
    this.json = new Serializer(this.apiUrl);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  /** GitHub's side of the pipeline the server core runs every request through (see ../server.ts). */
  private routeTable(): RouteTable<RequestLogEntry> {
    return {
      entry: (request) => this.entry(request),
      latencyMs: () => this.latencyMs,
      fault: (entry, index) => this.onRequest?.(entry, index),
      answer: (request, entry) => this.answer(request, entry),
      headers: () => this.rateHeaders(),
      contentType: 'application/json; charset=utf-8',
      crashBody: { message: 'Server Error', documentation_url: DOCS },
    };
  }

  /** The log entry: the path below the API root; GraphQL (which may sit outside it) as /graphql. */
  private entry({ method, url }: IncomingRequest): RequestLogEntry {
    return {
      method,
      path: this.isGraphql(url)
        ? GRAPHQL_PATH
        : this.inPrefix(url)
          ? url.pathname.slice(this.prefix.length) || '/'
          : url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
  }

  private async answer(request: IncomingRequest, entry: RequestLogEntry): Promise<ApiResponse> {
    let response: ApiResponse;
    try {
      response = this.respond(request, entry);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      response = error.toResponse();
    }
    if (entry.path !== GRAPHQL_PATH && this.options.conformance !== false && this.inPrefix(request.url)) {
      const problems = checkConformance({
        method: request.method,
        path: entry.path,
        query: entry.query,
        body: request.parsed.ok ? request.parsed.value : undefined,
        status: response.status,
        response: response.body,
      });
      this.nonconforming.push(...problems);
    }
    // GraphQL's latency grows with the nodes it returns: a page of 100 items is not free.
    const perNodeMs = this.graphql.extraLatencyMs(entry);
    if (perNodeMs > 0) await sleep(perNodeMs);
    return response;
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(this.rate.limit),
      'x-ratelimit-remaining': String(this.rate.remaining),
      'x-ratelimit-reset': String(this.rate.reset),
      'x-ratelimit-used': String(this.rate.limit - this.rate.remaining),
      'x-ratelimit-resource': 'core',
    };
  }

  private isGraphql(url: URL): boolean {
    // GraphQL may sit outside the REST prefix (`/api/graphql` beside `/api/v3`).
    return graphqlPaths(this.prefix).includes(url.pathname);
  }

  private inPrefix(url: URL): boolean {
    return this.isGraphql(url) || url.pathname === this.prefix || url.pathname.startsWith(`${this.prefix}/`);
  }

  /** Auth, rate limit, read-only check, route. */
  private respond({ method, url, parsed, headers }: IncomingRequest, entry: RequestLogEntry): ApiResponse {
    const query = url.searchParams;
    const ifNoneMatch = headers['if-none-match'];
    if (!this.inPrefix(url)) throw new ApiError(404, 'Not Found');
    const auth = this.tokenOf(headers.authorization);
    // Logged where it tells something: an emulator with a project token says which token each request carried.
    if (this.options.projectToken !== undefined) entry.auth = auth;
    const accepted = auth === 'token' || auth === 'project-token';
    if (this.options.token !== undefined && !accepted) throw new ApiError(401, 'Bad credentials');
    // GraphQL spends its own point budget, not REST's requests.
    if (entry.path === GRAPHQL_PATH) {
      const projectsForbidden = this.options.projectToken !== undefined && auth !== 'project-token';
      return this.graphql.answer({
        method,
        parsed,
        actor: this.login,
        readOnly: this.readOnly,
        projectsForbidden,
        entry,
      });
    }
    // A GET is spent once its answer is known: a conditional one answered 304 is free (conditional.ts).
    const get = method === 'GET' && entry.path !== '/rate_limit';
    if (entry.path !== '/rate_limit' && !get) this.spend();
    if (!parsed.ok) {
      if (get) this.spend();
      throw new ApiError(400, 'Problems parsing JSON');
    }
    if (this.readOnly && method !== 'GET') throw new ApiError(403, 'Resource not accessible by integration');
    this.refuseClosedRepository(method, entry.path);
    const respond = (): ApiResponse =>
      route(method, {
        store: this.store,
        json: this.json,
        actor: this.login,
        apiUrl: this.apiUrl,
        path: entry.path,
        query,
        body: parsed.value,
        rate: this.rate,
        graphqlRate: this.graphql.rate,
      });
    return get ? conditionalGet(respond, ifNoneMatch, () => this.spend()) : respond();
  }

  /**
   * An archived repository is read-only: GitHub refuses every write with 403. A disabled one serves
   * nothing at all (its listing entry says `disabled: true`).
   */
  private refuseClosedRepository(method: string, path: string): void {
    const match = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
    const repo = match && this.store.repo(`${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`);
    if (!repo) return;
    if (repo.disabled) throw new ApiError(403, 'Repository access blocked');
    if (repo.archived && method !== 'GET')
      throw new ApiError(403, 'Repository was archived so is read-only.');
  }

  private tokenOf(header: string | undefined): RequestLogEntry['auth'] {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    if (match === null) return 'none';
    if (match[1] === this.options.token) return 'token';
    if (this.options.projectToken !== undefined && match[1] === this.options.projectToken)
      return 'project-token';
    return 'other';
  }

  private spend(): void {
    const nowS = Math.floor(this.now() / 1000);
    if (nowS >= this.rate.reset) {
      this.rate.remaining = this.rate.limit;
      this.rate.reset = nowS + HOUR_S;
    }
    if (this.rate.remaining === 0 && this.options.enforceRateLimit) {
      throw new ApiError(
        403,
        `API rate limit exceeded for user ID 1. (But here's the good news: Authenticated requests get a higher rate limit.)`,
      );
    }
    this.rate.remaining = Math.max(0, this.rate.remaining - 1);
  }
}
