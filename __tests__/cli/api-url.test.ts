/**
 * API addresses are checked before any request: a mistyped `--api-url` (or GITHUB_API_URL, CI_API_V4_URL,
 * SIFT_MODELS_URL, a rules file's models endpoint) is one line that names the setting and shows a good
 * value, exit 2, and the emulator standing at the address's host hears nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { ApiUrlError, checkApiUrl, runnerApiUrlProblem } from '../../src/providers/api-url.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { ModelClient } from '../../src/models/client.js';

const TOKEN = 'ghp_api_url_test_0123456789';
const RULES = `version: 1
rules:
  - id: tag
    when: { type: issue }
    then:
      - label: seen
`;

async function sift(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await main(argv, env, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('checkApiUrl', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['  https://gitlab.example.com/api/v4  ', 'https://gitlab.example.com/api/v4'],
  ])('accepts %j as %j', (value, expected) => {
    expect(checkApiUrl(value, '--api-url', 'https://x.example')).toBe(expected);
  });

  it.each([
    ['notaurl', 'no http:// or https://'],
    ['api.github.com', 'no http:// or https://'],
    ['', 'it is empty'],
    ['ftp://files.example.com', 'ftp: is not http: or https:'],
    ['http://', 'not a URL'],
    ['https://host.example/api?token=1', 'a base URL has no ?query or #fragment'],
    ['https://host.example/api#top', 'a base URL has no ?query or #fragment'],
    [
      'https://me:secret@host.example/api',
      'a user name or password in it would go with every request: give the key as the token',
    ],
  ])('refuses %j: %s', (value, problem) => {
    let error: unknown;
    try {
      checkApiUrl(value, '--api-url', 'https://ghe.example.com/api/v3');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiUrlError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^--api-url must be an http\(s\) base URL such as https:\/\/ghe\.example\.com\/api\/v3, not "/,
    );
    expect(message.endsWith(`(${problem})`)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('does not repeat a password or a query in its message', () => {
    expect(() => checkApiUrl('https://me:sk-123@host.example/v1?key=sk-456', 'x', 'y')).toThrow(
      'not "https://***@host.example/v1?***"',
    );
  });

  it('says when the runner variable @actions/github reads on import is bad', () => {
    expect(runnerApiUrlProblem({})).toBeUndefined();
    expect(runnerApiUrlProblem({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' })).toBeUndefined();
    expect(runnerApiUrlProblem({ GITHUB_API_URL: 'ghe.example.com' })).toMatch(/^GITHUB_API_URL must be/);
  });

  it('guards the library too: providers and the model client refuse a bad base URL when built', () => {
    expect(() => createGitHubRestProvider({ token: 't', repository: 'o/r', baseUrl: 'notaurl' })).toThrow(
      /^The GitHub API baseUrl must be an http\(s\) base URL/,
    );
    expect(() => createGitLabProvider({ token: 't', project: 'g/p', baseUrl: 'gitlab.com' })).toThrow(
      /^The GitLab API baseUrl must be an http\(s\) base URL/,
    );
    expect(() => new ModelClient({ baseUrl: 'ftp://x' })).toThrow(/^The models baseUrl must be/);
  });
});

describe('the CLI checks addresses before any request', () => {
  let gh: GitHubEmulator;
  let gl: GitLabEmulator;
  let dir: string;
  let rules: string;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    gh.store.addRepo('octo/app').addIssue({ title: 'One', user: 'alice' });
    gl = await startGitLabEmulator({ token: TOKEN });
    gl.store.addProject('group/app');
    dir = mkdtempSync(join(tmpdir(), 'sift-api-url-'));
    rules = join(dir, 'sift.yml');
    writeFileSync(rules, RULES);
  });
  afterAll(async () => {
    await Promise.all([gh.close(), gl.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const oneLine = (err: string) => expect(err.split('\n').filter(Boolean)).toHaveLength(1);

  it('--api-url notaurl: one line naming --api-url, exit 2', async () => {
    const run = await sift(['--repo', 'octo/app', '--rules', rules, '--api-url', 'notaurl'], {
      GITHUB_TOKEN: TOKEN,
    });
    expect(run).toEqual({
      code: 2,
      out: '',
      err:
        'sift: --api-url must be an http(s) base URL such as https://ghe.example.com/api/v3, ' +
        'not "notaurl" (no http:// or https://)\n',
    });
  });

  it.each([
    ['with a query', (url: string) => `${url}/?page=2`],
    ['with a password', (url: string) => url.replace('http://', 'http://me:pw@')],
  ])('an address of the live emulator %s gets no request', async (_what, bad) => {
    const before = gh.requests.length;
    for (const api of ['rest', 'graphql']) {
      const run = await sift(
        ['--repo', 'octo/app', '--rules', rules, '--api', api, '--api-url', bad(gh.url), '--dry-run'],
        { GITHUB_TOKEN: TOKEN },
      );
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^sift: --api-url must be an http\(s\) base URL/);
      oneLine(run.err);
    }
    expect(gh.requests.length).toBe(before);
    // The same address without the mistake is served (the check refuses the mistake, not the host).
    const good = await sift(
      ['--repo', 'octo/app', '--rules', rules, '--api-url', `${gh.url}/`, '--dry-run'],
      {
        GITHUB_TOKEN: TOKEN,
      },
    );
    expect(good.code).toBe(0);
    expect(gh.requests.length).toBeGreaterThan(before);
  });

  it('GITHUB_API_URL is named when it is where the address came from', async () => {
    const run = await sift(['--repo', 'octo/app', '--rules', rules], {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: 'api.github.com',
    });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^sift: GITHUB_API_URL must be an http\(s\) base URL .* not "api\.github\.com"/);
  });

  it('GitLab: --api-url and CI_API_V4_URL, before any request', async () => {
    const before = gl.requests.length;
    const flag = await sift(
      ['--provider', 'gitlab', '--project', 'group/app', '--rules', rules, '--api-url', `${gl.url}?x`],
      { GITLAB_TOKEN: TOKEN },
    );
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(
      /^sift: --api-url must be an http\(s\) base URL such as https:\/\/gitlab\.example\.com\/api\/v4, not /,
    );
    oneLine(flag.err);
    const ci = await sift(['--provider', 'gitlab', '--project', 'group/app', '--rules', rules], {
      CI_JOB_TOKEN: TOKEN,
      CI_API_V4_URL: 'gitlab.example.com/api/v4',
    });
    expect(ci.code).toBe(2);
    expect(ci.err).toMatch(/^sift: CI_API_V4_URL must be an http\(s\) base URL/);
    expect(gl.requests.length).toBe(before);
  });

  it('sift shards --api-url and SIFT_MODELS_URL are checked the same way', async () => {
    const shards = await sift(['shards', '--org', 'octo', '--api-url', 'notaurl'], { GITHUB_TOKEN: TOKEN });
    expect(shards.code).toBe(2);
    expect(shards.err).toMatch(/^sift: --api-url must be/);
    const models = await sift(['--repo', 'octo/app', '--rules', rules, '--api-url', gh.url], {
      GITHUB_TOKEN: TOKEN,
      SIFT_MODELS_URL: 'localhost:11434/v1',
    });
    expect(models.code).toBe(2);
    expect(models.err).toBe(
      'sift: SIFT_MODELS_URL must be an http(s) base URL such as https://api.openai.com/v1, ' +
        'not "localhost:11434/v1" (no http:// or https://)\n',
    );
  });

  it('sift validate checks --api-url too, with no token', async () => {
    const run = await sift(['validate', '--rules', rules, '--api-url', 'notaurl']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^sift: --api-url must be/);
  });
});
