/**
 * A bad API address through the bundles, as the runner and a shell start them. GITHUB_API_URL matters
 * more than the other settings: @actions/github reads it the moment it is imported, so the entry points
 * check it before loading anything else (a bad one used to print Node's "Invalid URL" stack).
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode } from '../helpers/run-action.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'ghp_api_url_e2e_0123456789';
const RULES = `version: 1
rules:
  - id: tag
    when: { type: issue }
    then:
      - label: seen
`;

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  gh.store.addRepo('octo/app').addIssue({ title: 'One', user: 'alice' });
});
afterAll(() => closeConforming(gh));

describe('the bundled CLI', () => {
  it('GITHUB_API_URL=notaurl: one line, exit 2, no stack', async () => {
    const run = await spawnNode(
      [CLI_ENTRY, '--repo', 'octo/app', '--dry-run'],
      { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'notaurl' },
      process.cwd(),
    );
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sift: GITHUB_API_URL must be an http(s) base URL such as https://ghe.example.com/api/v3, ' +
        'not "notaurl" (no http:// or https://)\n',
    });
  });
});

describe('the bundled Action', () => {
  const base = () => ({
    inputs: { token: TOKEN, rules: '.github/sift.yml', 'dry-run': 'true' },
    files: { '.github/sift.yml': RULES },
  });

  it('fails the step on a bad GITHUB_API_URL, naming it', async () => {
    const run = await runAction({
      ...base(),
      env: { GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: 'notaurl' },
    });
    removeWorkspace(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '::error::GITHUB_API_URL must be an http(s) base URL such as https://ghe.example.com/api/v3, ' +
        'not "notaurl" (no http:// or https://). Nothing was sent.\n',
    );
    expect(run.stderr).toBe('');
  });

  it.each([
    ['GITHUB_GRAPHQL_URL', { GITHUB_GRAPHQL_URL: 'graphql' }, {}],
    ['Input `models-url`', {}, { 'models-url': 'localhost:11434/v1' }],
  ])('%s: fails before any request to the (good) API address', async (name, env, inputs) => {
    const before = gh.requests.length;
    const run = await runAction({
      ...base(),
      inputs: { ...base().inputs, ...inputs },
      env: { GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: gh.url, ...env },
    });
    removeWorkspace(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${name} must be an http(s) base URL`);
    expect(gh.requests.length).toBe(before);
  });
});
