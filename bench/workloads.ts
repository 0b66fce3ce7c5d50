/**
 * The benchmark's workloads: seeded repositories dated relative to `now`, and their rules files.
 * The realistic mix is the one actions/stale was measured on (see the performance notes): 90% fresh,
 * 8% already stale and waiting, 1% to mark stale, 1% to close.
 */
import type { IssueSeed } from '../src/emulator/github/records.js';
import type { RepoStore } from '../src/emulator/github/store.js';
import { lifelikeRepository, type Mix } from '../src/emulator/samples/lifelike/repository.js';
import { loadIntoGitHub, README_WARNINGS } from '../src/emulator/samples/lifelike/seed.js';

const DAY = 86_400_000;
export const MARK_STALE_MARKER = '<!-- sift:rule=mark-stale -->';
export const STALE_COMMENT =
  'This issue is stale because it has been open 60 days with no activity. It will close in 7 days.';

/** actions/stale's defaults as Sift rules: mark after 60 days inactive with a comment, close 7 days later. */
export const STALE_RULES = `version: 1
rules:
  - id: mark-stale
    when:
      type: issue
      state: open
      labels: { none: [stale] }
      inactive: 60d
    then:
      - label: stale
      - comment: '${STALE_COMMENT}'
  - id: close-stale
    when:
      type: issue
      state: open
      labels: { all: [stale] }
      labeled: { stale: 7d }
    then:
      - close: not_planned
`;

/** A listing whose rules match nothing: what walking costs, and nothing else. */
export const NOTHING_RULES = `version: 1
rules:
  - id: never
    when:
      state: open
      labels: { all: [label-nobody-has] }
    then:
      - label: seen
`;

export type Slot = 'fresh' | 'waiting' | 'mark' | 'close';

/** Which part of the mix item `i` belongs to: per 100 items, 90 fresh, 8 waiting, 1 to mark, 1 to close. */
export function slotOf(i: number): Slot {
  const k = i % 100;
  if (k < 90) return 'fresh';
  if (k < 98) return 'waiting';
  return k === 98 ? 'mark' : 'close';
}

export function realisticSeed(i: number, now: Date): IssueSeed {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const user = `user${i % 37}`;
  const title = `Issue ${i + 1}`;
  switch (slotOf(i)) {
    case 'fresh': {
      // Opened within the span, with a human comment since: active by every measure.
      const created = 5 + (i % 50);
      const touched = 1 + (i % 4);
      return {
        title,
        user,
        created_at: ago(created),
        updated_at: ago(touched),
        comments: [{ body: 'Any news on this?', user: `user${(i + 5) % 37}`, created_at: ago(touched) }],
      };
    }
    case 'waiting': {
      // Marked stale (label and comment by the bot) 1 to 6 days ago: waits, nothing to do.
      const marked = 1 + (i % 6);
      return {
        title,
        user,
        created_at: ago(300),
        updated_at: ago(marked),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: ago(marked), actor: 'github-actions[bot]' }],
        comments: [
          {
            body: `${STALE_COMMENT}\n\n${MARK_STALE_MARKER}`,
            user: 'github-actions[bot]',
            created_at: ago(marked),
          },
        ],
      };
    }
    case 'mark':
      // Quiet for more than 60 days: to be marked stale.
      return { title, user, created_at: ago(200), updated_at: ago(61 + (i % 90)) };
    case 'close': {
      // Marked stale more than 7 days ago, nobody answered: to be closed.
      const marked = 8 + (i % 20);
      return {
        title,
        user,
        created_at: ago(300),
        updated_at: ago(marked),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: ago(marked), actor: 'github-actions[bot]' }],
        comments: [
          {
            body: `${STALE_COMMENT}\n\n${MARK_STALE_MARKER}`,
            user: 'github-actions[bot]',
            created_at: ago(marked),
          },
        ],
      };
    }
  }
}

export function seedRealistic(repo: RepoStore, count: number, now: Date): void {
  for (let i = 0; i < count; i++) repo.addIssue(realisticSeed(i, now));
}

/** Plain open issues, half of them labelled, none with what the rules look for. */
export function seedListing(repo: RepoStore, count: number, now: Date): void {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  for (let i = 0; i < count; i++) {
    repo.addIssue({
      title: `Issue ${i + 1}`,
      user: `user${i % 37}`,
      created_at: ago(400 - (i % 300)),
      updated_at: ago(1 + (i % 200)),
      labels: i % 2 === 0 ? ['bug'] : [],
    });
  }
}

/**
 * The lifelike repository (src/emulator/samples/lifelike) at `size` items: people, bots, description edits,
 * earlier warnings, transferred labels, Dependabot pull requests, dated relative to `now`.
 */
export function seedLifelike(repo: RepoStore, size: number, now: Date, mix: Mix = 'coverage'): void {
  loadIntoGitHub(repo, lifelikeRepository(size, mix), { now: now.getTime(), warnings: README_WARNINGS });
}
