/**
 * The runner's proxy settings through the bundled Action. Behind a proxy (`https_proxy`, `http_proxy`,
 * `no_proxy`, as @actions/http-client reads them) every request to the API goes through the proxy; with
 * none, Sift uses Node's own fetch and the bundle never loads undici (src/bundle/undici/index.cjs).
 *
 * The proxy is a real one on 127.0.0.1 that tunnels `CONNECT host:port` (what undici's ProxyAgent
 * sends) to the emulator, whatever host was asked for. The API's address is `http://api.github.test`
 * (a reserved name that resolves nowhere): Sift connects only to the proxy, which is on loopback, and
 * a loopback API address would never be proxied (@actions/http-client bypasses loopback). Nothing
 * leaves 127.0.0.1.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { closeConforming } from '../helpers/conforming.js';
import { startProxy, type TunnellingProxy } from '../helpers/proxy.js';
import { removeWorkspace, runAction } from '../helpers/run-action.js';

const TOKEN = 'ghp_proxy_e2e_0123456789';
const REPOSITORY = 'octo/proxied';
const API = 'http://api.github.test';
const RULES = `version: 1
rules:
  - id: tag
    when: { type: issue, state: open }
    then:
      - label: seen
`;

let gh: GitHubEmulator;
let proxy: TunnellingProxy;
beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo(REPOSITORY);
  repo.addIssue({ title: 'One', user: 'alice' });
  repo.addIssue({ title: 'Two', user: 'bob' });
  proxy = await startProxy(Number(new URL(gh.url).port));
});
afterEach(async () => {
  await proxy.close();
  await closeConforming(gh);
});

const labelled = () => gh.store.repo(REPOSITORY)!.issues.filter((i) => i.labels.includes('seen')).length;

describe.each(['rest', 'graphql'])('the bundled Action, api: %s', (api) => {
  it('sends every request through the proxy the runner configures', async () => {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api },
      env: {
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_API_URL: API,
        GITHUB_GRAPHQL_URL: `${API}/graphql`,
        http_proxy: proxy.url,
        // Another host's exception leaves the API's address proxied.
        no_proxy: 'example.com',
      },
      files: { '.github/sift.yml': RULES },
    });
    removeWorkspace(run);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(labelled()).toBe(2);
    expect(proxy.refused).toEqual([]);
    // One tunnel or more (undici keeps connections alive), all to the API's host: every request the
    // emulator saw came through them.
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set(['api.github.test:80']));
    expect(gh.requests.length).toBeGreaterThan(2);
  });

  it('goes direct to a loopback API address, as @actions/http-client decides', async () => {
    const run = await runAction({
      inputs: { token: TOKEN, rules: '.github/sift.yml', api },
      env: {
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_API_URL: gh.url,
        http_proxy: proxy.url,
        HTTPS_PROXY: proxy.url,
      },
      files: { '.github/sift.yml': RULES },
    });
    removeWorkspace(run);
    expect(run.code).toBe(0);
    expect(labelled()).toBe(2);
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.refused).toEqual([]);
  });
});
