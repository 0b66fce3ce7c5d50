/**
 * Globs come from a rules file (in a preview: a pull request's) and run on names anyone writes: a
 * login, a label in a tests file, a branch. They match in linear time: the patterns below made the
 * backtracking regexes they once compiled to run for minutes.
 */
import { branchMatcher, globMatcher, pathMatcher } from '../../src/engine/matchers.js';
import { globMatcher as repositoryGlob } from '../../src/fleet/globs.js';

const EVIL_NAME_GLOB = `${'*a'.repeat(14)}*b`;
const LONG_LABEL = 'a'.repeat(60);
const LONG_LOGIN = 'a'.repeat(39);

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('globs in linear time', () => {
  it.each([
    ['label', () => globMatcher([EVIL_NAME_GLOB]).test(LONG_LABEL)],
    ['login', () => globMatcher([EVIL_NAME_GLOB]).test(LONG_LOGIN)],
    ['branch', () => branchMatcher([EVIL_NAME_GLOB]).test(`${'a/'.repeat(120)}x`)],
    [
      'path',
      () => pathMatcher([`${'*a'.repeat(14)}*b`, `**/${'*a'.repeat(14)}*b`]).test(`${'a'.repeat(4000)}`),
    ],
    ['path with **', () => pathMatcher([`${'**/a'.repeat(14)}/**/b`]).test(`${'a/'.repeat(2000)}c`)],
    ['repository', () => repositoryGlob(`${'*a'.repeat(14)}*b`)(`acme/${'a'.repeat(100)}`)],
  ])('a 14-star %s glob against a long name answers at once, and says no', (_what, run) => {
    let answer = true;
    expect(timed(() => (answer = run()))).toBeLessThan(500);
    expect(answer).toBe(false);
  });
});

describe('the glob languages', () => {
  it('names: * crosses /, ? does not, {a,b}, every other character literal, case-insensitive', () => {
    const m = globMatcher(['needs-*', 'area/?', '{bug,defect} (confirmed)', 'dependabot[bot]', '$$$', '{x}']);
    for (const yes of [
      'needs-',
      'NEEDS-info/author',
      'area/x',
      'Bug (confirmed)',
      'defect (confirmed)',
      'dependabot[bot]',
      '$$$',
      '{x}',
    ]) {
      expect([yes, m.test(yes)]).toEqual([yes, true]);
    }
    for (const no of ['need-info', 'area/xy', 'area//', 'bug confirmed', 'dependabotb', '$', 'x']) {
      expect([no, m.test(no)]).toEqual([no, false]);
    }
  });

  it('a glob matches itself even where it uses glob syntax', () => {
    expect(globMatcher(['*']).test('*')).toBe(true);
    expect(globMatcher(['a?']).test('a?')).toBe(true);
  });

  it('branches are case-sensitive', () => {
    expect(branchMatcher(['release/*']).test('release/1.x/rc')).toBe(true);
    expect(branchMatcher(['release/*']).test('Release/1.x')).toBe(false);
  });

  it('paths: * within a directory, ** across, classes, braces, escapes', () => {
    const cases: [string, string, boolean][] = [
      ['docs/**', 'docs', true],
      ['docs/**', 'docs/a/b.md', true],
      ['docs/**', 'docsx/a', false],
      ['**/*.md', 'README.md', true],
      ['**/*.md', 'a/b/c.md', true],
      ['*.md', 'a/b.md', false],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true],
      ['a/**/b', 'a/xb', false],
      ['src/{a,b}/*.ts', 'src/b/x.ts', true],
      ['src/{a,b}/*.ts', 'src/c/x.ts', false],
      ['[ab].md', 'a.md', true],
      ['[!ab].md', 'c.md', true],
      ['[!ab].md', 'a.md', false],
      ['\\*.md', '*.md', true],
      ['\\*.md', 'x.md', false],
      ['.github/**', '.github/workflows/ci.yml', true],
      ['Docs/**', 'docs/x', false],
    ];
    for (const [glob, path, expected] of cases) {
      expect([glob, path, pathMatcher([glob]).test(path)]).toEqual([glob, path, expected]);
    }
  });

  it('repositories: * within a name, ** across groups', () => {
    expect(repositoryGlob('web-*')('acme/web-app')).toBe(true);
    expect(repositoryGlob('acme/*')('acme/sub/x')).toBe(false);
    expect(repositoryGlob('acme/**')('acme/sub/x')).toBe(true);
  });
});
