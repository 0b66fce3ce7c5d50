/**
 * `npm run demo` (demo/run.ts through tsx, the bundled Action inside): it takes --rules and --dry-run,
 * refuses anything else before it starts, and counts requests as the job summary does.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

function demo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), ['demo/run.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run demo', () => {
  it('refuses a mistyped flag with the flag meant, before running anything: a typo is never a real run', async () => {
    const run = await demo(['--dryrun']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'npm run demo: unknown option --dryrun; did you mean --dry-run?\nUsage: npm run demo [-- --rules file] [-- --dry-run]\n',
    );
  });

  it("runs the rules --rules names, and its request count is the summary's", async () => {
    const run = await demo(['--rules', 'examples/stale.yml', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Rules: examples/stale.yml. Ran dist/index.js as the Actions runner does (dry run).',
    );
    const summaryCount = /\| `\.github\/sift\.yml` \| yes \| 60 \| \d+ \| 0 \| (\d+) \(/.exec(
      run.stdout,
    )?.[1];
    const emulatorCount =
      /The emulator saw (\d+) requests? \(0 writes\), as the summary counts them, and 1 free GET \/rate_limit/.exec(
        run.stdout,
      )?.[1];
    expect(summaryCount).toBeDefined();
    expect(emulatorCount).toBe(summaryCount);
  });
});
