/**
 * `sift --help` has one text (USAGE in src/cli/args.ts); docs/cli.md shows it
 * verbatim, so the two cannot drift apart again (they once disagreed about `--api`).
 */
import { readFileSync } from 'node:fs';
import { OPTIONS, USAGE, parseCli } from '../../src/cli/args.js';
import { GITHUB_APIS } from '../../src/providers/registry.js';

describe('sift --help', () => {
  it("is docs/cli.md's help block, word for word", () => {
    const page = readFileSync('docs/cli.md', 'utf8');
    const block = /```\n\$ sift --help\n([\s\S]*?)\n```/.exec(page)?.[1];
    // When this fails: paste the output of `sift --help` (npx tsx src/cli/index.ts --help) into docs/cli.md.
    expect(block).toBe(USAGE);
  });

  it('names every GitHub API and the default the parser applies', () => {
    expect(USAGE).toContain(`--api ${GITHUB_APIS.join('|')}  GitHub API to use (default ${GITHUB_APIS[0]})`);
    const command = parseCli(['--repo', 'octo/repo'], { GITHUB_TOKEN: 't' });
    expect(command.kind === 'run' && command.options.provider).toMatchObject({ api: GITHUB_APIS[0] });
    expect(GITHUB_APIS[0]).toBe('graphql');
  });

  it('lists every option the parser accepts', () => {
    const declared = Object.keys(OPTIONS);
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((option) => !USAGE.includes(`--${option}`))).toEqual([]);
  });
});
