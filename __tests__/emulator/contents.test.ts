/**
 * The emulator's contents API and pull request files against plain fetch, shaped as GitHub documents
 * them (REST "Get repository content", "List pull requests files").
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';

const SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: 'secret' });
  const repo = gh.store.addRepo('octo/files');
  repo.contents.commit(SHA, { '.github/sift.yml': 'version: 1\nrules: []\n', 'README.md': 'héllo' }, 'main');
  repo.addIssue({ number: 1, pull_request: true, pull: { files: ['.github/sift.yml', 'src/a.ts'] } });
});
afterEach(() => gh.close());

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${gh.url}${path}`, { headers: { authorization: 'token secret' } });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('GET /repos/{o}/{r}/contents/{path}', () => {
  it('serves a file at a commit, Base64 in lines of 60, with its git blob sha', async () => {
    const { status, body } = await get(`/repos/octo/files/contents/.github/sift.yml?ref=${SHA}`);
    expect(status).toBe(200);
    const file = body as Record<string, string | number>;
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'sift.yml',
      path: '.github/sift.yml',
      size: 21,
    });
    expect(Buffer.from(String(file.content), 'base64').toString()).toBe('version: 1\nrules: []\n');
    // What `git hash-object` says for that text.
    expect(file.sha).toBe('fc6a0d3494d8618c35d16fc079e05942d043daba');
    expect(String(file.content).endsWith('\n')).toBe(true);
    gh.store.repo('octo/files')!.contents.commit('1'.repeat(40), { 'long.txt': 'x'.repeat(100) });
    const long = await get(`/repos/octo/files/contents/long.txt?ref=${'1'.repeat(40)}`);
    // 100 bytes are 136 Base64 characters: lines of 60, 60 and 16.
    expect(
      String((long.body as { content: string }).content)
        .split('\n')
        .map((l) => l.length),
    ).toEqual([60, 60, 16, 0]);
  });

  it('takes the path with an encoded slash too (as Octokit sends it), and a branch or short sha as ref', async () => {
    const encoded = await get(`/repos/octo/files/contents/.github%2Fsift.yml?ref=main`);
    const short = await get(`/repos/octo/files/contents/README.md?ref=${SHA.slice(0, 7)}`);
    const byDefault = await get(`/repos/octo/files/contents/README.md`);
    expect(encoded.status).toBe(200);
    expect(Buffer.from(String((short.body as { content: string }).content), 'base64').toString()).toBe(
      'héllo',
    );
    expect((short.body as { size: number }).size).toBe(6);
    expect(byDefault.status).toBe(200);
  });

  it('a directory is an array of entries; a missing path or ref is a 404 as GitHub words it', async () => {
    const dir = await get(`/repos/octo/files/contents/.github?ref=${SHA}`);
    expect((dir.body as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['sift.yml', 'file'],
    ]);
    expect(await get(`/repos/octo/files/contents/nope.yml?ref=${SHA}`)).toEqual({
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    });
    const badRef = await get(`/repos/octo/files/contents/README.md?ref=nosuchbranch`);
    expect(badRef.status).toBe(404);
    expect((badRef.body as { message: string }).message).toBe('No commit found for the ref nosuchbranch');
  });
});

describe('GET /repos/{o}/{r}/pulls/{n}/files', () => {
  it('lists the changed paths, with the status and old path of a renamed file', async () => {
    gh.store.repo('octo/files')!.addIssue({
      number: 2,
      pull_request: true,
      pull: {
        files: ['.github/triage.yml', 'src/a.ts'],
        fileChanges: { '.github/triage.yml': { status: 'renamed', previous_filename: '.github/sift.yml' } },
      },
    });
    const { status, body } = await get('/repos/octo/files/pulls/2/files');
    expect(status).toBe(200);
    expect(
      (body as { filename: string; status: string; previous_filename?: string }[]).map((f) => [
        f.filename,
        f.status,
        f.previous_filename,
      ]),
    ).toEqual([
      ['.github/triage.yml', 'renamed', '.github/sift.yml'],
      ['src/a.ts', 'modified', undefined],
    ]);
  });
});
