/**
 * A real HTTP proxy on 127.0.0.1 for tests: it tunnels `CONNECT host:port` (what undici's ProxyAgent
 * sends) to one local port, whatever host was asked for, and records the targets. Nothing it carries
 * leaves loopback.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface TunnellingProxy {
  url: string;
  /** The `CONNECT` targets, in order. */
  tunnels: string[];
  /** Requests that were not `CONNECT` (a forward-proxy request): answered 502. */
  refused: string[];
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<TunnellingProxy> {
  const tunnels: string[] = [];
  const refused: string[] = [];
  const server: Server = createServer((request, response) => {
    refused.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '');
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    refused,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
