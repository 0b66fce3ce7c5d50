/**
 * A sample repository for the demo and the end-to-end tests: a deterministic mix of fresh, idle,
 * stale-and-waiting and stale-and-due issues, plus pull requests, dated relative to `now`.
 */
import type { IssueSeed } from '../github/records.js';
import type { RepoStore } from '../github/store.js';

const DAY = 86_400_000;

const ISSUE_TITLES = [
  'Crash when the config file is empty',
  'Add a dark theme to the settings page',
  'Docs: the install section is out of date',
  'Uploads of files over 2 GB are slow',
  'Support for ARM64 builds',
  'Message is unclear when the token expires',
  'Feature request: export to CSV',
  'Sidebar is broken on small screens',
  'Question: how do I configure a proxy?',
  'Improve startup time',
];
const PR_TITLES = [
  'Fix typo in README',
  'WIP: rewrite the scheduler',
  'Bump yaml from 2.8.0 to 2.9.1',
  'Add retries to the uploader',
  '[WIP] New settings page',
];
const AUTHORS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
const AREAS = ['area/ui', 'area/api', 'area/docs'];

export interface SampleOptions {
  now: Date;
  /** Number of items; the mix repeats every 20 items. */
  count: number;
}

export function sampleSeeds({ now, count }: SampleOptions): IssueSeed[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const seeds: IssueSeed[] = [];
  for (let i = 0; i < count; i++) {
    const slot = i % 20;
    const user = AUTHORS[i % AUTHORS.length];
    const title = ISSUE_TITLES[i % ISSUE_TITLES.length];
    if (slot < 12) {
      // Fresh issues: recent activity, some triaged into an area.
      const created = 2 + ((i * 7) % 40);
      seeds.push({
        title,
        user,
        created_at: ago(created),
        updated_at: ago(1 + (i % Math.max(1, Math.min(created - 1, 30)))),
        labels: slot % 3 === 0 ? [AREAS[i % AREAS.length]] : [],
      });
    } else if (slot < 14) {
      // Idle for more than 60 days: to be marked stale.
      seeds.push({
        title,
        user,
        created_at: ago(200 + i),
        updated_at: ago(61 + (i % 100)),
        labels: ['area/api'],
      });
    } else if (slot === 14) {
      // Idle but pinned: exempt.
      seeds.push({ title, user, created_at: ago(400), updated_at: ago(300), labels: ['pinned'] });
    } else if (slot === 15) {
      // Marked stale more than 7 days ago: to be closed.
      const marked = 8 + (i % 20);
      seeds.push({
        title,
        user,
        created_at: ago(300),
        updated_at: ago(marked),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: ago(marked), actor: 'sift[bot]' }],
      });
    } else if (slot === 16) {
      // Marked stale recently: waiting.
      const marked = 1 + (i % 6);
      seeds.push({
        title,
        user,
        created_at: ago(300),
        updated_at: ago(marked),
        labels: ['stale'],
        labelEvents: [{ label: 'stale', created_at: ago(marked), actor: 'sift[bot]' }],
      });
    } else {
      // Pull requests: drafts, WIP titles, ordinary ones.
      seeds.push({
        pull_request: true,
        draft: slot === 17,
        title: PR_TITLES[i % PR_TITLES.length],
        user,
        created_at: ago(3 + (i % 10)),
        updated_at: ago(1 + (i % 3)),
      });
    }
  }
  return seeds;
}

export function seedSampleRepo(repo: RepoStore, options: SampleOptions): void {
  for (const seed of sampleSeeds(options)) repo.addIssue(seed);
}
