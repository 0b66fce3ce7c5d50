/**
 * Contract test against responses recorded from the real api.github.com (@octokit/fixtures scenario
 * `paginate-issues`: 13 issues, 5 pages of 3, real Link headers). A tiny server on 127.0.0.1 replays
 * each recorded response for its recorded path, with the Link URLs pointed at itself.
 *
 * Matching is lenient on purpose: the recording asked for `?per_page=3` only, while the provider also
 * sends state/sort/direction. A request matches a recording by path, page and per_page; the other
 * parameters are ignored. The later pages are requested by following the replayed Link headers, so
 * they hit the recorded URLs exactly (GitHub's own `/repositories/1000/issues?...` form).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';

interface RecordedExchange {
  method: string;
  path: string;
  status: number;
  response: { number: number; title: string }[];
  headers: Record<string, string | number>;
}

const fixturePath = createRequire(import.meta.url).resolve(
  '@octokit/fixtures/scenarios/api.github.com/paginate-issues/normalized-fixture.json',
);
const recorded = JSON.parse(readFileSync(fixturePath, 'utf8')) as RecordedExchange[];

function key(path: string): string {
  const url = new URL(path, 'http://x');
  return `${url.pathname}|page=${url.searchParams.get('page') ?? '1'}|per_page=${url.searchParams.get('per_page') ?? ''}`;
}

describe('GitHub REST provider on recorded GitHub responses', () => {
  let server: Server;
  let origin: string;
  const served: string[] = [];
  const unmatched: string[] = [];

  beforeAll(async () => {
    const byKey = new Map(recorded.map((r) => [key(r.path), r]));
    server = createServer((req, res) => {
      const exchange = req.method === 'GET' ? byKey.get(key(req.url ?? '/')) : undefined;
      if (!exchange) {
        unmatched.push(`${req.method} ${req.url}`);
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
        return;
      }
      served.push(exchange.path);
      const body = JSON.stringify(exchange.response);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(exchange.headers)) {
        // Length and connection handling belong to this server, not to the recording.
        if (['content-length', 'connection', 'transfer-encoding'].includes(name)) continue;
        headers[name] = String(value).replaceAll('https://api.github.com', origin);
      }
      res
        .writeHead(exchange.status, { ...headers, 'content-length': String(Buffer.byteLength(body)) })
        .end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('yields every recorded issue once, in the recorded order, following real Link headers', async () => {
    const provider = createGitHubRestProvider({
      token: '0000000000000000000000000000000000000001',
      repository: 'octokit-fixture-org/paginate-issues',
      baseUrl: origin,
      perPage: 3,
    });
    const items = [];
    for await (const item of provider.items({ state: 'open' })) items.push(item);

    const expected = recorded.flatMap((r) => r.response);
    expect(expected).toHaveLength(13);
    expect(items.map((i) => [i.number, i.title])).toEqual(expected.map((i) => [i.number, i.title]));
    expect(items[0]).toMatchObject({
      type: 'issue',
      state: 'open',
      body: '',
      author: 'octokit-fixture-user-a',
      authorAssociation: 'MEMBER',
      comments: 42,
      createdAt: '2017-10-10T16:00:00Z',
      url: 'https://github.com/octokit-fixture-org/paginate-issues/issues/13',
    });
    expect(unmatched).toEqual([]);
    expect(served).toEqual(recorded.map((r) => r.path));
    expect(provider.requestCounts()).toEqual({ reads: 5, writes: 0 });
  });
});
