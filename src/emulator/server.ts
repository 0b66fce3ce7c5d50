/**
 * The HTTP core both emulators (GitHub, GitLab) run on: a node:http server on 127.0.0.1 with an
 * ephemeral port, and one pipeline every request goes through, in this order: read the body (and
 * parse it as JSON), log it, wait the latency, let the test's hook answer instead (a fault), or else
 * answer through the forge's route table; then write the answer as JSON. What differs between the
 * forges (the log entry, auth, rate limits, error bodies, headers, routes) is the route table's.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ApiResponse {
  status: number;
  /** Serialised as JSON; absent for 204. */
  body?: unknown;
  /** `JSON.stringify(body)` when it was already made (an ETag is a hash of it): sent as it is. */
  json?: string;
  headers?: Record<string, string>;
}

/** The body as JSON; an empty body is `undefined`, and one that does not parse is `ok: false`. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export interface IncomingRequest {
  method: string;
  /** The request target's path as sent, still percent-encoded (GitLab's `group%2Fproject` needs it). */
  rawPath: string;
  /** The request target on the server's origin: `pathname` decoded, `searchParams`. */
  url: URL;
  raw: string;
  parsed: ParsedBody;
  headers: IncomingHttpHeaders;
}

/**
 * What a test's hook may answer instead of the route table: a response; `'destroy'`, a dropped
 * connection; or `'malformed-json'`, the request takes effect but its answer's JSON is cut off half-way
 * (a garbled body, as from a broken proxy).
 */
export type Fault = ApiResponse | 'destroy' | 'malformed-json';

/** What one forge's emulator brings to the core. */
export interface RouteTable<Entry extends LogEntry> {
  /** The log entry of a request; the core fills in `body` (of writes) and `status`. */
  entry(request: IncomingRequest): Entry;
  /** Delay before answering, in ms; asked per request, as tests change it while running. */
  latencyMs(): number;
  /** The test's hook, called after the request is logged (and after the latency), with its index. */
  fault(entry: Entry, index: number): Fault | undefined | Promise<Fault | undefined>;
  /** The forge's answer, its own errors already turned into its error bodies. */
  answer(request: IncomingRequest, entry: Entry): ApiResponse | Promise<ApiResponse>;
  /** Headers every answer carries (GitHub's rate-limit figures), read as it is written. */
  headers?(): Record<string, string>;
  /** `content-type` of JSON answers. */
  contentType: string;
  /** Body of the 500 sent when answering threw. */
  crashBody: unknown;
}

export interface LogEntry {
  method: string;
  /** 0 while in flight, or when a fault dropped the connection. */
  status: number;
  /** Parsed JSON body of writes (the raw text when it does not parse). */
  body?: unknown;
}

export class EmulatorServer<Entry extends LogEntry> {
  /** Every request, in arrival order. */
  readonly requests: Entry[] = [];
  /** Handler crashes (answered 500); a test can assert this stays empty. */
  readonly serverErrors: Error[] = [];
  private readonly server: Server;

  constructor(private readonly table: RouteTable<Entry>) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.crash(res, error));
    });
  }

  /** Starts listening on an ephemeral loopback port; returns the origin, `http://127.0.0.1:PORT`. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    // Clients keep connections alive; drop them, or close() waits for their idle timeout.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const request: IncomingRequest = {
      method: req.method ?? 'GET',
      rawPath: (req.url ?? '/').split('?')[0],
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      raw,
      parsed: parseJson(raw),
      headers: req.headers,
    };
    const entry = this.table.entry(request);
    if (request.method !== 'GET' && raw !== '') entry.body = request.parsed.ok ? request.parsed.value : raw;
    const index = this.requests.push(entry) - 1;

    const latencyMs = this.table.latencyMs();
    if (latencyMs > 0) await sleep(latencyMs);
    const fault = await this.table.fault(entry, index);
    if (fault === 'destroy') {
      req.socket.destroy();
      return;
    }
    const response =
      fault === undefined || fault === 'malformed-json' ? await this.table.answer(request, entry) : fault;
    entry.status = response.status;
    this.send(res, response, fault === 'malformed-json');
  }

  private send(res: ServerResponse, response: ApiResponse, malformed = false): void {
    const headers = { ...this.table.headers?.(), ...response.headers };
    if (!malformed && (response.status === 204 || response.body === undefined)) {
      res.writeHead(response.status, headers).end();
      return;
    }
    const full = response.json ?? JSON.stringify(response.body ?? {});
    const text = malformed ? full.slice(0, Math.ceil(full.length / 2)) : full;
    res
      .writeHead(malformed && response.status === 204 ? 200 : response.status, {
        'content-type': this.table.contentType,
        'content-length': String(Buffer.byteLength(text)),
        ...headers,
      })
      .end(text);
  }

  private crash(res: ServerResponse, error: unknown): void {
    this.serverErrors.push(error instanceof Error ? error : new Error(String(error)));
    if (!res.headersSent) this.send(res, { status: 500, body: this.table.crashBody });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): ParsedBody {
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}
