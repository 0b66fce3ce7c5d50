import type { RepositoryEntry } from '../../src/fleet/forge.js';
import { globMatcher } from '../../src/fleet/globs.js';
import { parseRepositoryList } from '../../src/fleet/repositories.js';
import { matrixJson, selectRepositories, splitShards } from '../../src/fleet/shards.js';

const repo = (
  fullName: string,
  openItems: number,
  flags: Partial<RepositoryEntry> = {},
): RepositoryEntry => ({
  fullName,
  openItems,
  archived: false,
  disabled: false,
  fork: false,
  ...flags,
});

describe('choosing the repositories to sweep', () => {
  const listed = [
    repo('acme/api', 10),
    repo('acme/web', 4),
    repo('acme/attic', 2, { archived: true }),
    repo('acme/gone', 0, { disabled: true }),
    repo('acme/api-fork', 1, { fork: true }),
    repo('acme/site-archive', 0),
  ];

  it('skips archived, disabled and forks, and says why', () => {
    const { selected, skipped } = selectRepositories(listed, {
      includeForks: false,
      include: [],
      exclude: [],
    });
    expect(selected.map((r) => r.fullName)).toEqual(['acme/api', 'acme/web', 'acme/site-archive']);
    expect(skipped).toEqual([
      { fullName: 'acme/attic', reason: 'archived' },
      { fullName: 'acme/gone', reason: 'disabled' },
      { fullName: 'acme/api-fork', reason: 'fork' },
    ]);
  });

  it('takes forks when asked, and filters by include and exclude globs', () => {
    const { selected, skipped } = selectRepositories(listed, {
      includeForks: true,
      include: ['api*', 'acme/site-*'],
      exclude: ['*-archive'],
    });
    expect(selected.map((r) => r.fullName)).toEqual(['acme/api', 'acme/api-fork']);
    expect(skipped.find((s) => s.fullName === 'acme/web')?.reason).toBe('not included');
    expect(skipped.find((s) => s.fullName === 'acme/site-archive')?.reason).toBe('excluded');
  });
});

describe('globs', () => {
  it('match a name without a slash, the full name with one; ** crosses slashes; case-insensitive', () => {
    expect(globMatcher('web-*')('acme/Web-App')).toBe(true);
    expect(globMatcher('web-*')('acme/api')).toBe(false);
    expect(globMatcher('acme/*')('acme/x')).toBe(true);
    expect(globMatcher('acme/*')('other/x')).toBe(false);
    expect(globMatcher('group/*')('group/sub/x')).toBe(false);
    expect(globMatcher('group/**')('group/sub/x')).toBe(true);
    expect(globMatcher('a?c')('org/abc')).toBe(true);
    expect(globMatcher('a.c')('org/abc')).toBe(false);
  });
});

describe('splitting into shards', () => {
  it('puts every repository in exactly one shard, never more shards than repositories', () => {
    const entries = Array.from({ length: 7 }, (_, i) => repo(`o/r${i}`, i * 3));
    const plan = splitShards(entries, 20);
    expect(plan.shards).toHaveLength(7);
    const all = plan.shards.flatMap((s) => s.repositories.split(' '));
    expect(all.sort()).toEqual(entries.map((e) => e.fullName).sort());
  });

  it('balances by open items: no shard exceeds the lightest by more than the largest repository', () => {
    // Weights 1..40: a sum of 820 over 6 shards, about 137 each.
    const entries = Array.from({ length: 40 }, (_, i) => repo(`o/r${String(i).padStart(2, '0')}`, i + 1));
    const plan = splitShards(entries, 6);
    expect(plan.openItems.reduce((a, b) => a + b, 0)).toBe(820);
    expect(Math.max(...plan.openItems) - Math.min(...plan.openItems)).toBeLessThanOrEqual(40);
    // Longest-processing-time-first is within 4/3 of the best split; the best is at least 820/6.
    expect(Math.max(...plan.openItems)).toBeLessThanOrEqual(Math.ceil((4 / 3) * (820 / 6)));
  });

  it('weighs an empty repository as 1, so empty ones spread out too', () => {
    const plan = splitShards([repo('o/a', 0), repo('o/b', 0), repo('o/c', 0), repo('o/d', 0)], 2);
    expect(plan.shards.map((s) => s.repositories)).toEqual(['o/a o/c', 'o/b o/d']);
  });

  it('is the matrix GitHub expects, and refuses a shard count outside 1..256', () => {
    const plan = splitShards([repo('o/a', 1)], 3);
    expect(JSON.parse(matrixJson(plan))).toEqual({ include: [{ shard: '1', repositories: 'o/a' }] });
    expect(() => splitShards([], 0)).toThrow(/1 to 256/);
    expect(() => splitShards([], 257)).toThrow(/1 to 256/);
    expect(splitShards([], 5).shards).toEqual([]);
  });
});

describe('the repository input', () => {
  it('takes spaces, commas and new lines; names once each, case-insensitively', () => {
    expect(parseRepositoryList('acme/a, acme/b\nacme/c  Acme/A')).toEqual(['acme/a', 'acme/b', 'acme/c']);
  });
  it('names the entry that is not a repository', () => {
    expect(() => parseRepositoryList('acme/a acme')).toThrow(/"acme" is not a repository name/);
    expect(parseRepositoryList('group/sub/app', 'gitlab')).toEqual(['group/sub/app']);
    expect(() => parseRepositoryList('group/sub/app')).toThrow(/owner\/name/);
  });
});
