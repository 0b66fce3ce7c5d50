/** The lifelike repository's own properties (no Sift here): sizes, proportions, determinism, seeding. */
import { GitHubStore } from '../../src/emulator/github/store.js';
import { GitLabStore } from '../../src/emulator/gitlab/store.js';
import {
  BASE_SIZE,
  forApi,
  lifelikeRepository,
  type Api,
} from '../../src/emulator/samples/lifelike/repository.js';
import {
  EXAMPLE_WARNINGS,
  README_WARNINGS,
  loadIntoGitHub,
  loadIntoGitLab,
  marker,
} from '../../src/emulator/samples/lifelike/seed.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const APIS: Api[] = ['rest', 'graphql', 'gitlab'];

describe('the lifelike repository', () => {
  it('is about 110 items, and 1,000 in the same proportions, the same every time', () => {
    const base = lifelikeRepository();
    expect(base.length).toBeGreaterThanOrEqual(60);
    expect(base.length).toBeLessThanOrEqual(120);
    const big = lifelikeRepository(1000);
    expect(Math.abs(big.length - 1000)).toBeLessThan(20);
    expect(lifelikeRepository(1000)).toEqual(big);
    expect(new Set(big.map((i) => i.key)).size).toBe(big.length);
    const share = (items: typeof base, name: string) =>
      items.filter((i) => i.archetype === name).length / items.length;
    for (const name of new Set(base.map((i) => i.archetype))) {
      expect(Math.abs(share(big, name) - share(base, name))).toBeLessThan(0.02);
    }
    expect(BASE_SIZE).toBe(base.length);
  });

  it('has fewer than half its open items due under either rules file, on every API', () => {
    for (const size of [undefined, 1000]) {
      const open = lifelikeRepository(size).filter((i) => (i.state ?? 'open') === 'open');
      for (const api of APIS) {
        for (const rules of ['readme', 'example'] as const) {
          const due = open.filter((i) => {
            const o = forApi(i.expect[rules], api);
            return o.mark || o.close || o.unstale;
          });
          expect(due.length / open.length).toBeLessThan(0.5);
          expect(due.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('in the real-world mix: 90% active or exempt, 8% warned and waiting, 1% to mark, 1% to close', () => {
    for (const size of [1000, 10_000]) {
      const items = lifelikeRepository(size, 'real-world');
      expect(Math.abs(items.length - size)).toBeLessThan(size / 50);
      expect(new Set(items.map((i) => i.archetype))).toEqual(
        new Set(lifelikeRepository().map((i) => i.archetype)),
      );
      const open = items.filter((i) => (i.state ?? 'open') === 'open');
      for (const api of APIS) {
        const share = (
          test: (o: ReturnType<typeof forApi<object>> & { mark?: boolean; close?: boolean }) => boolean,
        ) => open.filter((i) => test(forApi(i.expect.readme, api))).length / open.length;
        expect(share((o) => !!o.mark)).toBeCloseTo(0.01, 2);
        expect(share((o) => !!o.close)).toBeCloseTo(0.01, 2);
      }
      // Saw a person within the rules' 60 days, by each item's hand-written expectation.
      const active = open.filter((i) => forApi(i.expect.inactiveDays, 'graphql') < 60).length / open.length;
      expect(active).toBeGreaterThan(0.8);
    }
  });

  it('loads into both emulator stores as described', () => {
    const items = lifelikeRepository();
    const repo = new GitHubStore(() => new Date(NOW)).addRepo('acme/widgets');
    const gh = loadIntoGitHub(repo, items, { now: NOW, warnings: README_WARNINGS });
    const gitlab = new GitLabStore(() => new Date(NOW));
    const project = gitlab.addProject('acme/widgets');
    const gl = loadIntoGitLab(gitlab, project, items, { now: NOW, warnings: EXAMPLE_WARNINGS });
    expect(gh.size).toBe(items.length);
    expect(gl.size).toBe(items.length);

    const transferred = items.find((i) => i.archetype === 'transferred-stale')!;
    expect(gh.get(transferred.key)!.events.filter((e) => e.label?.name === 'stale')).toEqual([]);
    expect(gl.get(transferred.key)!.labelEvents.filter((e) => e.label.name === 'stale')).toEqual([]);

    const warned = items.find((i) => i.archetype === 'warned-due')!;
    const warning = gh.get(warned.key)!.commentList.find((c) => c.user.login === 'github-actions[bot]')!;
    expect(warning.body.endsWith(marker('mark-stale'))).toBe(true);
    expect(warning.user.type).toBe('Bot');
    const note = gl.get(warned.key)!.notes.find((n) => n.body.includes('<!-- sift:rule='))!;
    expect(note.body.endsWith(marker('mark-stale-issues'))).toBe(true);
    expect(note.author.bot).toBe(true);

    const edited = items.find((i) => i.archetype === 'description-edited')!;
    const record = gh.get(edited.key)!;
    expect(record.edits).toHaveLength(1);
    expect(record.updated_at).toBe(record.edits[0].at);
    expect(
      gl
        .get(edited.key)!
        .notes.filter((n) => n.system)
        .map((n) => n.body),
    ).toEqual(['changed the description']);

    const dependabot = items.find((i) => i.archetype === 'dependabot-yesterday')!;
    expect(gh.get(dependabot.key)!.user).toEqual({ login: 'dependabot[bot]', type: 'Bot' });
    expect(gl.get(dependabot.key)!.author.bot).toBe(true);
  });
});
