/**
 * Sift's GitHub client parses each successful answer once (timedFetch parses JSON anyway, to refuse a
 * garbled body) instead of letting Octokit parse it again. What callers get must be what Octokit itself
 * hands on, for every kind of body, over real HTTP on 127.0.0.1; the one difference is integers beyond
 * 2^53, which Octokit turns into BigInt and Sift leaves numbers (GitHub sends none).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/core';
import { createClient } from '../../src/providers/github/client.js';

const TOKEN = 'test-token-not-secret';

/** Path -> [status, content type (none when undefined), body]. */
const ANSWERS: Record<string, [number, string | undefined, string | Buffer]> = {
  '/json': [
    200,
    'application/json; charset=utf-8',
    '{"a":1,"title":"123n","list":[1,"2",null],"x":{"y":true}}',
  ],
  '/json-upper': [200, 'Application/JSON', '{"a":[]}'],
  '/scim': [200, 'application/scim+json', '{"schemas":["x"]}'],
  '/vendor-json': [200, 'application/vnd.github+json', '{"a":1}'],
  '/vendor-json-utf8': [200, 'application/vnd.github+json; charset=utf-8', '{"a":1}'],
  '/empty-json': [200, 'application/json', ''],
  '/text': [200, 'text/plain', 'plain words'],
  '/raw-utf8': [200, 'application/vnd.github.raw; charset="UTF-8"', 'raw file'],
  '/octet-utf8': [200, 'application/octet-stream; charset=utf-8', Buffer.from([0, 1, 2, 255])],
  '/bytes': [200, 'application/zip', Buffer.from([80, 75, 3, 4])],
  '/no-type': [200, undefined, 'untyped'],
  '/no-content': [204, undefined, ''],
  '/big': [200, 'application/json', '{"id":9007199254740993,"small":12}'],
};

describe("the GitHub client's answer bodies", () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const [status, type, body] = ANSWERS[new URL(request.url ?? '/', 'http://x').pathname] ?? [
        404,
        undefined,
        '',
      ];
      response.writeHead(status, type === undefined ? {} : { 'content-type': type });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const paths = Object.keys(ANSWERS).filter((path) => path !== '/big');

  it.each(paths)('%s: what Octokit itself makes of it', async (path) => {
    const sift = createClient({ token: TOKEN, baseUrl, retries: 0 });
    const octokit = new Octokit({ baseUrl, auth: TOKEN });
    const ours = await sift.octokit.request(`GET ${path}`);
    const theirs = await octokit.request(`GET ${path}`);
    expect(ours.status).toBe(theirs.status);
    expect(typeof ours.data).toBe(typeof theirs.data);
    if (theirs.data instanceof ArrayBuffer) {
      expect(ours.data).toBeInstanceOf(ArrayBuffer);
      expect(Buffer.from(ours.data as ArrayBuffer)).toEqual(Buffer.from(theirs.data));
    } else {
      expect(ours.data).toEqual(theirs.data);
    }
  });

  it('parses JSON answers itself: a fresh object each time, integers as numbers', async () => {
    const sift = createClient({ token: TOKEN, baseUrl, retries: 0 });
    const first = await sift.octokit.request('GET /json');
    const second = await sift.octokit.request('GET /json');
    expect(first.data).toEqual({ a: 1, title: '123n', list: [1, '2', null], x: { y: true } });
    expect(second.data).not.toBe(first.data);
    // Octokit's parser would give BigInt here; GitHub's integers are far below 2^53.
    const big = await sift.octokit.request('GET /big');
    expect(big.data).toEqual({ id: 9007199254740992, small: 12 });
    expect(typeof (await new Octokit({ baseUrl }).request('GET /big')).data.id).toBe('bigint');
  });

  it('leaves the body alone for a caller that asks for the stream', async () => {
    const sift = createClient({ token: TOKEN, baseUrl, retries: 0 });
    const { data } = await sift.octokit.request('GET /json', {
      request: { parseSuccessResponseBody: false },
    });
    expect(data).toBeInstanceOf(ReadableStream);
    expect(JSON.parse(await new Response(data as ReadableStream).text())).toEqual({
      a: 1,
      title: '123n',
      list: [1, '2', null],
      x: { y: true },
    });
  });
});
