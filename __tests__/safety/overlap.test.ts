/**
 * Two overlapping runs (a schedule that fires while the last run is still going): both find no comment,
 * both post one; each looks again after posting and the younger comment is removed, so exactly one
 * stays. Real HTTP to the emulator, real REST provider, real pipeline.
 */
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';
import { startGitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator } from '../../src/emulator/gitlab/index.js';

const TOKEN = 'overlap-token-0123456789';
const NOW = new Date();
/**
 * When the issues were opened: before the runs, as on a real forge.
 */
const OPENED = new Date(NOW.getTime() - 3_600_000).toISOString();
const RULES = parseRules(
  `version: 1
rules:
  - id: ask-for-logs
    when: { labels: { any: [needs-logs] } }
    then:
      - comment: "@{{author}}, could you attach the logs?"
      - label: asked
`,
  'sift.yml',
);

describe('overlapping runs', () => {
  it('leave exactly one comment per item on GitHub', async () => {
    const gh = await startGitHubEmulator({ token: TOKEN, latencyMs: 5 });
    try {
      const repo = gh.store.addRepo('octo/overlap');
      for (let n = 1; n <= 12; n++)
        repo.addIssue({ title: `crash ${n}`, labels: ['needs-logs'], created_at: OPENED });
      const run = () =>
        triage({
          provider: createGitHubRestProvider({ token: TOKEN, repository: 'octo/overlap', baseUrl: gh.url }),
          rules: RULES,
          now: NOW,
          dryRun: false,
          maxChangeRatio: 1,
          commentsPerMinute: 0,
        });
      const [first, second] = await Promise.all([run(), run()]);

      for (const issue of repo.issues) {
        expect(issue.commentList.map((c) => c.body)).toEqual([
          expect.stringMatching(/^@octocat, could you attach the logs\?/),
        ]);
        expect(issue.labels.sort()).toEqual(['asked', 'needs-logs']);
      }
      // The race really happened: both runs posted, and the duplicates were taken back.
      const posts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).length;
      const deletes = gh.requests.filter(
        (r) => r.method === 'DELETE' && r.path.includes('/issues/comments/'),
      ).length;
      expect(posts).toBeGreaterThan(12);
      expect(posts - deletes).toBe(12);
      const notes = [...first.outcomes, ...second.outcomes].flatMap((o) =>
        o.rules[0].changes.map((c) => c.note),
      );
      expect(notes.filter((n) => n === 'another run posted it first; removed the duplicate')).toHaveLength(
        deletes,
      );
      expect([first, second].every((r) => r.outcomes.every((o) => o.error === undefined))).toBe(true);
      // Each run's look before posting came from the listing (the items had no comment at all), and
      // its look after posting from one read of the repository's new comments for all 12 items.
      const reads = (path: RegExp) =>
        gh.requests.filter((r) => r.method === 'GET' && path.test(r.path)).length;
      expect(reads(/^\/repos\/octo\/overlap\/issues\/\d+\/comments$/)).toBe(0);
      expect(reads(/^\/repos\/octo\/overlap\/issues\/comments$/)).toBe(2);
    } finally {
      await gh.close();
    }
  });

  it('leave exactly one comment per item through GitHub GraphQL (batched mutations)', async () => {
    const gh = await startGitHubEmulator({ token: TOKEN, latencyMs: 5 });
    try {
      const repo = gh.store.addRepo('octo/overlap');
      for (let n = 1; n <= 12; n++)
        repo.addIssue({ title: `crash ${n}`, labels: ['needs-logs'], created_at: OPENED });
      const run = () =>
        triage({
          provider: createGitHubGraphqlProvider({
            token: TOKEN,
            repository: 'octo/overlap',
            baseUrl: gh.url,
          }),
          rules: RULES,
          now: NOW,
          dryRun: false,
          maxChangeRatio: 1,
          commentsPerMinute: 0,
        });
      const results = await Promise.all([run(), run()]);
      for (const issue of repo.issues) {
        expect(issue.commentList.map((c) => c.body)).toEqual([
          expect.stringMatching(/^@octocat, could you attach the logs\?/),
        ]);
        expect(issue.labels.sort()).toEqual(['asked', 'needs-logs']);
      }
      const deletes = gh.requests.filter((r) => r.graphql?.operationName === 'SiftDeleteComment').length;
      expect(deletes).toBeGreaterThan(0);
      expect(gh.graphql.invalid).toEqual([]);
      expect(results.every((r) => r.outcomes.every((o) => o.error === undefined))).toBe(true);
    } finally {
      await gh.close();
    }
  });

  it('leave exactly one note per item on GitLab', async () => {
    const gl = await startGitLabEmulator({ token: TOKEN, latencyMs: 5 });
    try {
      const project = gl.store.addProject('group/overlap');
      gl.store.addUser({ username: 'alice' });
      for (let n = 1; n <= 8; n++)
        project.addIssue({ title: `crash ${n}`, labels: ['needs-logs'], author: 'alice' });
      const run = () =>
        triage({
          provider: createGitLabProvider({
            token: TOKEN,
            project: 'group/overlap',
            baseUrl: gl.url,
            notesPerMinute: Infinity,
          }),
          rules: RULES,
          now: NOW,
          dryRun: false,
          maxChangeRatio: 1,
          commentsPerMinute: 0,
        });
      await Promise.all([run(), run()]);
      for (const issue of project.issues) {
        expect(issue.notes.filter((n) => !n.system).map((n) => n.body)).toEqual([
          expect.stringMatching(/^@alice, could you attach the logs\?/),
        ]);
      }
      expect(gl.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThan(0);
    } finally {
      await gl.close();
    }
  });

  it('a run that posts alone keeps its comment and spends one read to check', async () => {
    const provider = new MemoryProvider([memoryItem({ number: 1, labels: ['needs-logs'] })], {
      now: () => NOW,
    });
    await triage({ provider, rules: RULES, now: NOW, dryRun: false });
    expect(provider.get(1)!.commentList).toHaveLength(1);
    // One listing page, the look for an earlier comment, and the look after posting; two writes. The
    // item has no comment, so the comment's cycle (from the last human activity) needs no timeline.
    expect(provider.requestCounts()).toEqual({ reads: 3, writes: 2 });
  });
});
