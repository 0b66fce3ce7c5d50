/**
 * src/bundle/undici stands for undici in the bundles: undici is loaded by the first `fetch` through it,
 * not when a module that imports it loads, and a `ProxyAgent` made before then is the real one by the
 * time it carries a request (docs/performance.md, "Start-up"). Node loads the stand-in here as the
 * bundle does, a CommonJS module; the server and the proxy are real, on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startProxy, type TunnellingProxy } from '../helpers/proxy.js';

const requireHere = createRequire(resolve('src/bundle/undici/index.cjs'));
const undiciPath = requireHere.resolve('undici/index.js');

interface StandIn {
  ProxyAgent: new (options: { uri: string }) => { options: unknown };
  fetch: (input: string, init?: { dispatcher?: unknown }) => Promise<Response>;
}

let server: Server;
let port: number;
let proxy: TunnellingProxy;
beforeAll(async () => {
  server = createServer((request, response) => response.end(`answered ${request.url}`));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  proxy = await startProxy(port);
});
afterAll(async () => {
  await proxy.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

it('loads undici at the first fetch, and a ProxyAgent made before it carries requests through the proxy', async () => {
  expect(requireHere.cache[undiciPath]).toBeUndefined();
  const standIn = requireHere('./index.cjs') as StandIn;
  // Made as @actions/http-client makes it, with a proxy configured: still nothing loaded.
  const agent = new standIn.ProxyAgent({ uri: proxy.url });
  expect(agent.options).toEqual({ uri: proxy.url });
  expect(requireHere.cache[undiciPath]).toBeUndefined();

  const direct = await standIn.fetch(`http://127.0.0.1:${port}/direct`);
  expect(await direct.text()).toBe('answered /direct');
  expect(requireHere.cache[undiciPath]).toBeDefined();
  expect(proxy.tunnels).toEqual([]);

  // A host that resolves nowhere: only the proxy (on loopback) is connected to, and it tunnels to the server.
  const proxied = await standIn.fetch('http://api.example.test/through', { dispatcher: agent });
  expect(await proxied.text()).toBe('answered /through');
  expect(proxy.tunnels).toEqual(['api.example.test:80']);
  expect(proxy.refused).toEqual([]);
});
