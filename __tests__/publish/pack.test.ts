/**
 * The npm package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty project
 * with no registry (offline, the registry pointed at a closed loopback port, an empty npm cache), then
 * the installed `sift` binary (directly and through `npx`), a dry run of it against the GitHub emulator,
 * the library imported by name at run time, and a TypeScript file that imports `triage` from the
 * installed package and type-checks (and a wrong one that does not).
 *
 * The package is packed from a copy of the repository's published files (package.json `files`), with
 * dist/ from SIFT_DIST_DIR when set (a scratch bundle: build its declarations with
 * `npx tsc -p tsconfig.lib.json --declarationDir $SIFT_DIST_DIR/lib/types`), else the committed dist/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  dependencies?: Record<string, string>;
};
const DIST = resolve(process.env.SIFT_DIST_DIR ?? 'dist');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const TOKEN = 'pack-token-0123456789';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; asynchronous, because the emulator answers from this process. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...npmEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

let root: string;
let npmEnv: Record<string, string>;
let project: string;
let tarballFiles: string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sift-pack-'));
  npmEnv = {
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: root,
    // Nothing may come from a registry: an empty cache, offline, and a registry nobody listens on.
    npm_config_cache: join(root, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };

  const stage = join(root, 'stage');
  mkdirSync(stage);
  cpSync('package.json', join(stage, 'package.json'));
  for (const entry of PACKAGE.files) {
    if (entry === 'dist') cpSync(DIST, join(stage, 'dist'), { recursive: true });
    else if (existsSync(entry)) cpSync(entry, join(stage, entry), { recursive: true });
  }
  cpSync('LICENSE', join(stage, 'LICENSE'));
  const pack = await run('npm', ['pack', '--json', '--pack-destination', root], stage);
  expect(pack.stderr).not.toMatch(/ERR!/);
  expect(pack.code).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed.files.map((file) => file.path);

  project = join(root, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-sift', private: true, type: 'module' }),
  );
  const install = await run('npm', ['install', '--no-save', join(root, packed.filename)], project);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the bundles, the declarations, the Action and the schemas, and no sources', () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'LICENSE',
        'README.md',
        'docs/rules.md',
        'docs/cli.md',
        'action.yml',
        'bin/sift.js',
        'dist/index.js',
        'dist/cli/index.js',
        'dist/lib/index.js',
        'dist/lib/types/lib.d.ts',
        'schema/sift.schema.json',
        'schema/sift-test.schema.json',
      ]),
    );
    expect(tarballFiles.filter((path) => /^(src|__tests__|bench|demo)\//.test(path))).toEqual([]);
  });

  it('needs nothing from a registry: its code is bundled, so it declares no dependencies', () => {
    expect(PACKAGE.dependencies ?? {}).toEqual({});
    expect(existsSync(join(project, 'node_modules', PACKAGE.name, 'package.json'))).toBe(true);
  });
});

describe('the installed binary', () => {
  it('prints its version, directly and through npx', async () => {
    const direct = await run(join(project, 'node_modules/.bin/sift'), ['--version'], project);
    expect([direct.code, direct.stdout.trim()]).toEqual([0, PACKAGE.version]);
    const npx = await run('npx', ['--no-install', 'sift', '--version'], project);
    expect(npx.stderr).toBe('');
    expect([npx.code, npx.stdout.trim()]).toEqual([0, PACKAGE.version]);
  });

  it('sift try runs your rules on its sample repository: no token, no network, nothing but the package', async () => {
    writeFileSync(
      join(project, 'try.yml'),
      'version: 1\nrules:\n  - id: crashes\n    when: { title: "/crash/i" }\n    then:\n      - label: bug\n',
    );
    const tried = await run('npx', ['--no-install', 'sift', 'try', '--rules', 'try.yml'], project);
    expect(tried.stderr).toBe('');
    expect(tried.code).toBe(0);
    expect(tried.stdout).toContain('#1 [crashes] label bug  https://github.com/sift-try/demo/issues/1');
    expect(tried.stdout).toMatch(/^sift-try\/demo: walked 60 items, would change \d+, failed 0 /m);
  });

  describe('against the GitHub emulator', () => {
    let gh: GitHubEmulator;
    beforeEach(async () => {
      gh = await startGitHubEmulator({ token: TOKEN });
      const repo = gh.store.addRepo('octo/packed');
      repo.addIssue({ title: 'Crash when saving', user: 'alice' });
      repo.addIssue({ title: 'Docs typo', user: 'bob' });
      writeFileSync(
        join(project, 'sift.yml'),
        'version: 1\nrules:\n  - id: crashes\n    when: { title: "/crash/i" }\n    then:\n      - label: bug\n',
      );
    });
    afterEach(() => gh.close());

    it('a dry run through npx plans the crash report for a label and changes nothing', async () => {
      const args = [
        'sift',
        '--repo',
        'octo/packed',
        '--rules',
        'sift.yml',
        '--dry-run',
        '--json',
        '--api-url',
        gh.url,
      ];
      const dry = await run('npx', ['--no-install', ...args], project, { GITHUB_TOKEN: TOKEN });
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(0);
      const plan = JSON.parse(dry.stdout) as {
        number: number;
        rules: { rule: string; actions: unknown[] }[];
      }[];
      expect(plan.map((item) => [item.number, item.rules.map((rule) => [rule.rule, rule.actions])])).toEqual([
        [1, [['crashes', [{ kind: 'label', labels: ['bug'], status: 'dry-run' }]]]],
      ]);
      expect(gh.requests.length).toBeGreaterThan(0);
      expect(gh.writes()).toEqual([]);
    });
  });
});

describe('the installed library', () => {
  it("imports by the package's name and triages", async () => {
    writeFileSync(
      join(project, 'run.mjs'),
      `import { triage, parseRules, MemoryProvider, memoryItem, VERSION } from 'sift-triage';
const now = new Date('2026-06-01T00:00:00Z');
const provider = new MemoryProvider([memoryItem({ number: 1, title: 'Crash on save' }), memoryItem({ number: 2, title: 'Typo' })], { now: () => now });
const rules = parseRules('version: 1\\nrules:\\n  - id: bugs\\n    when: { title: "/crash/i" }\\n    then:\\n      - label: bug\\n', 'sift.yml');
const result = await triage({ provider, rules, now, dryRun: false });
console.log(JSON.stringify({ version: VERSION, walked: result.walked, labels: [provider.get(1).labels, provider.get(2).labels] }));
`,
    );
    const result = await run(process.execPath, ['run.mjs'], project);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ version: PACKAGE.version, walked: 2, labels: [['bug'], []] });
  });

  const TSCONFIG = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      // The package's declarations are checked too, and need no @types of their own.
      skipLibCheck: false,
      types: [],
    },
  };
  const typeCheck = (source: string) => {
    writeFileSync(join(project, 'use.ts'), source);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, files: ['use.ts'] }));
    return run(process.execPath, [TSC, '-p', '.'], project);
  };

  it('type-checks a TypeScript file that imports triage from the package', async () => {
    const check =
      await typeCheck(`import { triage, parseRules, MemoryProvider, memoryItem, type TriageResult } from 'sift-triage';

export async function labelCrashes(text: string): Promise<number> {
  const provider = new MemoryProvider([memoryItem({ number: 1, title: 'Crash on save' })]);
  const result: TriageResult = await triage({ provider, rules: parseRules(text, 'sift.yml'), now: new Date(), dryRun: true });
  return result.walked;
}
`);
    expect(check.stdout + check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('and the types are real: a wrong call does not type-check', async () => {
    const check = await typeCheck(`import { triage } from 'sift-triage';

export const wrong = triage({ provider: 'octo/repo', rules: [], now: '2026-01-01', dryRun: 'yes' });
`);
    expect(check.code).not.toBe(0);
    expect(check.stdout).toMatch(
      /use\.ts\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'Provider'/,
    );
  });
});
