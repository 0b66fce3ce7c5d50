/**
 * Attack 9: a `Link` header (or a next-page URL kept in the ETag cache) naming another host. The
 * token goes to the configured API only: a request elsewhere is refused before it leaves.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../../src/providers/github/client.js';

const TOKEN = 'ghs_HostTestToken0123456789abcdefXYZ';

it('follows a Link header to another host without sending it the token: the request is refused', async () => {
  const seen: { host: string; auth?: string }[] = [];
  const other = createServer((req, res) => {
    seen.push({ host: 'other', auth: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  const api = createServer((req, res) => {
    seen.push({ host: 'api', auth: req.headers.authorization });
    res
      .writeHead(200, {
        'content-type': 'application/json',
        link: `<${otherUrl}/repos/o/r/issues?page=2>; rel="next"`,
      })
      .end('[{"number":1}]');
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  try {
    const { octokit } = createClient({ token: TOKEN, baseUrl: apiUrl, retries: 0 });
    await expect(
      octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' }),
    ).rejects.toThrow(`Refused to send the token to ${otherUrl}: it is not the configured API (${apiUrl})`);
    expect(seen).toEqual([{ host: 'api', auth: `token ${TOKEN}` }]);
  } finally {
    api.close();
    other.close();
  }
});
