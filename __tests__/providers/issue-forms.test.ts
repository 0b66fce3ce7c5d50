/**
 * Issue forms through both GitHub providers, against the emulator over HTTP on 127.0.0.1: the forms
 * are read once a run through the contents API (.github/ISSUE_TEMPLATE on the default branch), and
 * each issue's body, written the way GitHub writes a submitted form, is parsed into its answers.
 */
import { readFileSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { parseFormTemplate, parseIssueForm } from '../../src/providers/github/issue-forms.js';
import type { ItemKey, Provider } from '../../src/providers/provider.js';
import type { Item } from '../../src/model/item.js';

const TOKEN = 'ghs_TopSecretToken123';
const FIXTURES = '__tests__/fixtures/issue-forms';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const issue = (number: number): ItemKey => ({ type: 'issue', number });

const INCOMPLETE = {
  template: 'bug_report.yml',
  fields: {
    version: '',
    area: 'Sync',
    os: ['Linux', 'macOS'],
    repro: '1. Go offline\n2. Save a note',
    logs: '',
    terms: ["I agree to follow this project's Code of Conduct"],
  },
  labels: {
    version: 'Version',
    area: 'Area',
    os: 'Operating systems',
    repro: 'Steps to reproduce',
    logs: 'Relevant log output',
    terms: 'Code of Conduct',
  },
};

/** Seeds the forms on the default branch, as a repository holds them. */
export function seedForms(repo: RepoStore): void {
  repo.contents.commit(
    'a'.repeat(40),
    {
      '.github/ISSUE_TEMPLATE/bug_report.yml': fixture('bug_report.yml'),
      '.github/ISSUE_TEMPLATE/feature_request.yml': fixture('feature_request.yml'),
      '.github/ISSUE_TEMPLATE/config.yml': fixture('config.yml'),
      'README.md': '# demo\n',
    },
    repo.defaultBranch,
  );
}

describe('parsing', () => {
  const forms = ['bug_report.yml', 'feature_request.yml'].map((f) => parseFormTemplate(f, fixture(f))!);

  test('a form file: its fields, markdown left out; config.yml is no form', () => {
    expect(forms[0].fields.map((f) => [f.id, f.type, f.label])).toEqual([
      ['version', 'input', 'Version'],
      ['area', 'dropdown', 'Area'],
      ['os', 'dropdown', 'Operating systems'],
      ['repro', 'textarea', 'Steps to reproduce'],
      ['logs', 'textarea', 'Relevant log output'],
      ['terms', 'checkboxes', 'Code of Conduct'],
    ]);
    expect(parseFormTemplate('config.yml', fixture('config.yml'))).toBeNull();
    expect(parseFormTemplate('broken.yml', 'body: [')).toBeNull();
  });

  test('no response, a multiple dropdown, checked boxes', () => {
    expect(parseIssueForm(fixture('bug-incomplete.md'), forms)).toEqual(INCOMPLETE);
  });

  test('a rendered textarea loses its fence; an unanswered multiple dropdown is empty', () => {
    const form = parseIssueForm(fixture('bug-complete.md'), forms);
    expect(form?.fields).toMatchObject({
      version: 'v1.9.0',
      logs: 'E: disk full',
      os: [],
      repro: 'Save twice.',
    });
    expect(form?.fields.terms).toHaveLength(2);
  });

  test('the form is told by its headings; a free-form body or a rewritten one is none', () => {
    expect(parseIssueForm(fixture('feature.md'), forms)?.template).toBe('feature_request.yml');
    expect(parseIssueForm('It crashes when I save.', forms)).toBeNull();
    const withoutLogs = fixture('bug-incomplete.md').replace('### Relevant log output', '### Logs');
    expect(parseIssueForm(withoutLogs, forms)).toBeNull();
    // Windows line ends, as a body edited in some browsers has.
    expect(parseIssueForm(fixture('bug-incomplete.md').replace(/\n/g, '\r\n'), forms)).toEqual(INCOMPLETE);
  });
});

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  repo = gh.store.addRepo('octo/demo');
  seedForms(repo);
  repo.addIssue({ title: 'Crash offline', body: fixture('bug-incomplete.md') }); // 1
  repo.addIssue({ title: 'Dark mode', body: fixture('feature.md') }); // 2
  repo.addIssue({ title: 'Free text', body: 'It crashes.' }); // 3
  repo.addIssue({ title: 'A pull request', pull_request: true, body: fixture('feature.md') }); // 4
});
afterEach(async () => {
  await gh.close();
  expect(gh.graphql.invalid).toEqual([]);
  expect(gh.serverErrors).toEqual([]);
});

const PROVIDERS: [string, () => Provider][] = [
  ['github-rest', () => createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url })],
  [
    'github-graphql',
    () => createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/demo', graphqlUrl: gh.graphqlUrl }),
  ],
];

const contentReads = () =>
  gh.requests.filter((r) => r.path.includes('/contents/')).map((r) => ({ path: decodeURIComponent(r.path) }));

describe.each(PROVIDERS)('%s', (_name, make) => {
  test('the listing carries each issue’s answers; the forms are read once (the folder and two forms)', async () => {
    const items: Item[] = [];
    for await (const item of make().items({ state: 'all', prefetch: ['form'] })) items.push(item);
    expect(items.map((i) => i.prefetched?.form?.template ?? i.prefetched?.form)).toEqual([
      'bug_report.yml',
      'feature_request.yml',
      null,
      null,
    ]);
    expect(items[0].prefetched?.form).toEqual(INCOMPLETE);
    expect(contentReads().map((r) => r.path)).toEqual([
      '/repos/octo/demo/contents/.github/ISSUE_TEMPLATE',
      '/repos/octo/demo/contents/.github/ISSUE_TEMPLATE/bug_report.yml',
      '/repos/octo/demo/contents/.github/ISSUE_TEMPLATE/feature_request.yml',
    ]);
  });

  test('facts() reads the body of an issue known by number; a pull request costs nothing', async () => {
    const provider = make();
    expect(await provider.facts(issue(1), ['form'])).toEqual({ form: INCOMPLETE });
    expect(await provider.facts(issue(3), ['form'])).toEqual({ form: null });
    const before = gh.requests.length;
    expect(await provider.facts({ type: 'pull_request', number: 4 }, ['form'])).toEqual({ form: null });
    expect(gh.requests.length).toBe(before);
    expect(contentReads()).toHaveLength(3);
  });

  test('a repository without forms: every issue is written from none', async () => {
    const other = gh.store.addRepo('octo/plain');
    other.addIssue({ body: fixture('bug-incomplete.md') });
    const provider =
      _name === 'github-rest'
        ? createGitHubRestProvider({ token: TOKEN, repository: 'octo/plain', baseUrl: gh.url })
        : createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/plain', graphqlUrl: gh.graphqlUrl });
    expect(await provider.facts(issue(1), ['form'])).toEqual({ form: null });
  });
});
