/**
 * A GitLab REST API v4 emulator: a real HTTP server on 127.0.0.1 over an in-memory store, for unit
 * tests, the provider conformance suite, demos (plain Node/tsx, no jest APIs here) and benchmarks.
 *
 *   const gl = await startGitLabEmulator({ token: 'glpat-secret' });
 *   const project = gl.store.addProject('group/sub/app');
 *   project.addIssue({ title: 'Crash on start', labels: ['bug'], created_at: '2026-01-01T00:00:00Z' });
 *   ... point the client at gl.url (`http://127.0.0.1:PORT/api/v4`) ...
 *   await gl.close();
 *
 * Every request passes through the emulators' server core (../server.ts): log, latency, `onRequest`
 * hook (fault injection); then through GitLab's side here: auth, read-only check, notes rate limit,
 * route. Endpoints are listed in routes.ts.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { EmulatorServer, type IncomingRequest, type RouteTable } from '../server.js';
import { graphqlAnswer } from './graphql.js';
import { ApiError, type ApiResponse } from './http.js';
import { route } from './routes.js';
import { Serializer } from './serialize.js';
import { ACCESS_TOKEN_BOT, GitLabStore } from './store.js';

export { GitLabStore, ProjectStore, userNotesCount } from './store.js';
export { childrenOf, parentOf, setParent, type WorkItemRef } from './hierarchy.js';
export type * from './records.js';

export interface GitLabEmulatorOptions {
  /** Delay before each response, in ms; changeable later through `emulator.latencyMs`. */
  latencyMs?: number;
  /**
   * When set, every request needs it as `PRIVATE-TOKEN: <token>`, `JOB-TOKEN: <token>` or
   * `Authorization: Bearer <token>`; else 401.
   */
  token?: string;
  /** Username of the token's user: author of notes and actor of events. Default `sift-bot`. */
  username?: string;
  /** Clock for timestamps of writes, seeds without dates and the notes rate limit. Default: real time. */
  now?: () => Date;
  onRequest?: RequestHook;
  /** Answer every write with 403 Forbidden, like a token with only `read_api`. */
  readOnly?: boolean;
  /** Answer note creation with 429 and Retry-After past this many per minute. Default: no limit. */
  notesPerMinute?: number;
  /** Project issues honour `pagination=keyset` (GitLab 18.3+). Default true; false: offset pages only. */
  keysetIssues?: boolean;
  /** Offset pages omit x-total, x-total-pages and rel="last" above this many entries. Default 10,000. */
  countLimit?: number;
  /** Web root for `web_url`s. Default `https://gitlab.example.com`. */
  webUrl?: string;
}

export interface RequestLogEntry {
  method: string;
  /** Path below `/api/v4`, as sent (still percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** 0 while in flight, or when a fault dropped the connection. */
  status: number;
  /** Parsed JSON body of writes. */
  body?: unknown;
  /** Which header carried the token, if any. */
  auth?: 'private-token' | 'job-token' | 'bearer';
}

/** What a hook can do instead of the normal answer. */
export type Fault = { status: number; body?: unknown; headers?: Record<string, string> } | 'destroy';

/**
 * Called for every request after it is logged (and after latency), with its index in `requests`.
 * Return undefined to answer normally, or a Fault. May be async (to add a delay, or wait on a test).
 */
export type RequestHook = (
  request: RequestLogEntry,
  index: number,
) => Fault | undefined | Promise<Fault | undefined>;

export interface GitLabEmulator {
  /** API root to give clients: `http://127.0.0.1:PORT/api/v4`. */
  readonly url: string;
  readonly store: GitLabStore;
  /** Every request, in arrival order. */
  readonly requests: RequestLogEntry[];
  /** Handler crashes (answered 500); a test can assert this stays empty. */
  readonly serverErrors: Error[];
  /** The non-GET requests, GraphQL queries (`POST /api/graphql`, reads) left out. */
  writes(): RequestLogEntry[];
  latencyMs: number;
  onRequest: RequestHook | undefined;
  readOnly: boolean;
  notesPerMinute: number | undefined;
  close(): Promise<void>;
}

export async function startGitLabEmulator(options: GitLabEmulatorOptions = {}): Promise<GitLabEmulator> {
  const emulator = new Emulator(options);
  await emulator.listen();
  return emulator;
}

const PREFIX = '/api/v4';
/** GitLab's GraphQL endpoint, beside (not below) the REST root; queries only here (graphql.ts). */
const GRAPHQL = '/api/graphql';
const MINUTE_MS = 60_000;
const NOTE_PATH = /^\/projects\/[^/]+\/(?:issues|merge_requests)\/\d+\/notes$/;

class Emulator implements GitLabEmulator {
  readonly store: GitLabStore;
  latencyMs: number;
  onRequest: RequestHook | undefined;
  readOnly: boolean;
  notesPerMinute: number | undefined;
  private readonly server: EmulatorServer<RequestLogEntry>;
  private readonly username: string;
  private readonly now: () => number;
  /** When each accepted note creation happened, for the sliding one-minute window. */
  private readonly noteTimes: number[] = [];
  private apiUrl = '';
  private json: Serializer;

  constructor(private readonly options: GitLabEmulatorOptions) {
    const now = options.now ?? (() => new Date());
    this.now = () => now().getTime();
    const webUrl = (options.webUrl ?? 'https://gitlab.example.com').replace(/\/+$/, '');
    this.store = new GitLabStore(now, webUrl);
    this.json = new Serializer(webUrl, () => this.apiUrl);
    this.latencyMs = options.latencyMs ?? 0;
    this.onRequest = options.onRequest;
    this.readOnly = options.readOnly ?? false;
    this.notesPerMinute = options.notesPerMinute;
    this.username = options.username ?? 'sift-bot';
    // The default actor stands for a project access token's user, which GitLab marks as a bot.
    if (!this.store.user(this.username))
      this.store.addUser({
        username: this.username,
        bot: options.username === undefined || ACCESS_TOKEN_BOT.test(this.username),
      });
    this.server = new EmulatorServer(this.routeTable());
  }

  get url(): string {
    return this.apiUrl;
  }

  get requests(): RequestLogEntry[] {
    return this.server.requests;
  }

  get serverErrors(): Error[] {
    return this.server.serverErrors;
  }

  writes(): RequestLogEntry[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== GRAPHQL);
  }

  async listen(): Promise<void> {
    this.apiUrl = `${await this.server.listen()}${PREFIX}`;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  /** GitLab's side of the pipeline the server core runs every request through (see ../server.ts). */
  private routeTable(): RouteTable<RequestLogEntry> {
    return {
      entry: (request) => this.entry(request),
      latencyMs: () => this.latencyMs,
      fault: (entry, index) => this.onRequest?.(entry, index),
      answer: (request, entry) => this.answer(request, entry),
      contentType: 'application/json',
      crashBody: { message: '500 Internal Server Error' },
    };
  }

  /** The log entry: the path below `/api/v4` as sent (`%2F` in a project path still encoded). */
  private entry({ method, rawPath, url, headers }: IncomingRequest): RequestLogEntry {
    const credentials = credentialsOf(headers);
    return {
      method,
      path: rawPath.startsWith(`${PREFIX}/`) ? rawPath.slice(PREFIX.length) : rawPath,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      ...(credentials ? { auth: credentials.kind } : {}),
    };
  }

  /** Auth, read-only check, notes rate limit, route; GitLab's error bodies for its errors. */
  private answer(
    { method, rawPath, url, parsed, headers }: IncomingRequest,
    entry: RequestLogEntry,
  ): ApiResponse {
    if (rawPath === GRAPHQL && method === 'POST') return this.graphql(headers, parsed);
    try {
      if (!rawPath.startsWith(`${PREFIX}/`)) throw new ApiError(404, '404 Not found');
      if (this.options.token !== undefined && credentialsOf(headers)?.token !== this.options.token) {
        throw new ApiError(401, '401 Unauthorized');
      }
      if (!parsed.ok) throw new ApiError(400, 'The request body is not valid JSON', 'error');
      if (this.readOnly && method !== 'GET') throw new ApiError(403, '403 Forbidden');
      return (
        this.limitNotes(method, entry.path) ?? this.route(method, entry.path, url.searchParams, parsed.value)
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return error.toResponse();
    }
  }

  /**
   * A GraphQL query: the same tokens as REST; a wrong one is 401 with GitLab's GraphQL error body. Only
   * queries are served (no mutations), so a read-only emulator answers them too.
   */
  private graphql(headers: IncomingHttpHeaders, parsed: IncomingRequest['parsed']): ApiResponse {
    if (this.options.token !== undefined && credentialsOf(headers)?.token !== this.options.token) {
      return { status: 401, body: { errors: [{ message: 'Invalid token' }] } };
    }
    if (!parsed.ok) return { status: 400, body: { errors: [{ message: 'Invalid JSON' }] } };
    return graphqlAnswer(parsed.value, { store: this.store, json: this.json });
  }

  private route(method: string, path: string, query: URLSearchParams, body: unknown): ApiResponse {
    return route(method, {
      store: this.store,
      json: this.json,
      actor: this.username,
      apiUrl: this.apiUrl,
      path,
      query,
      body,
      countLimit: this.options.countLimit ?? 10_000,
      keysetIssues: this.options.keysetIssues ?? true,
    });
  }

  /** GitLab's notes_create limit: 429 with Retry-After once the window is full. */
  private limitNotes(method: string, path: string): ApiResponse | undefined {
    if (method !== 'POST' || !NOTE_PATH.test(path) || this.notesPerMinute === undefined) return undefined;
    const now = this.now();
    while (this.noteTimes.length > 0 && this.noteTimes[0] <= now - MINUTE_MS) this.noteTimes.shift();
    if (this.noteTimes.length < this.notesPerMinute) {
      this.noteTimes.push(now);
      return undefined;
    }
    const waitS = Math.max(1, Math.ceil((this.noteTimes[0] + MINUTE_MS - now) / 1000));
    return {
      status: 429,
      body: { message: { error: 'This endpoint has been requested too many times. Try again later.' } },
      headers: {
        'retry-after': String(waitS),
        'ratelimit-limit': String(this.notesPerMinute),
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(Math.ceil(now / 1000) + waitS),
      },
    };
  }
}

function credentialsOf(
  headers: IncomingHttpHeaders,
): { kind: NonNullable<RequestLogEntry['auth']>; token: string } | undefined {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const privateToken = header('private-token');
  if (privateToken !== undefined) return { kind: 'private-token', token: privateToken };
  const jobToken = header('job-token');
  if (jobToken !== undefined) return { kind: 'job-token', token: jobToken };
  const bearer = /^bearer\s+(\S+)$/i.exec(header('authorization') ?? '');
  return bearer ? { kind: 'bearer', token: bearer[1] } : undefined;
}
