/**
 * Report metrics against a seeded repository in the GitHub emulator, read through both APIs by the
 * fleet forge (REST: issues?since + timelines; GraphQL: issues(filterBy: { since }) with their
 * timelines), and checked against figures computed by hand below from the seeded timestamps.
 *
 * The clock: T0 = 2026-03-01T12:00:00Z is the start of the 30-day period, NOW = T0 + 720h.
 * Sift runs as `sift-runner` (a person's token), so its comments are no response.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import { createGitHubFleet } from '../../src/providers/github/fleet.js';
import { createGitLabFleet } from '../../src/providers/gitlab/fleet.js';
import { computeMetrics, type Figures } from '../../src/report/metrics.js';
import { publishReports } from '../../src/fleet/reports.js';
import { parseRules } from '../../src/config/index.js';
import type { TriageResult } from '../../src/report/result.js';
import type { ActivityRecord, MetricSpec } from '../../src/model/activity.js';
import { metricsSection } from '../../src/report/metrics-markdown.js';
import { mermaidCharts } from '../helpers/mermaid.js';

const TOKEN = 'metrics-token';
const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-01T12:00:00Z');
const NOW = new Date(T0 + 720 * HOUR);
const PERIOD = 30 * 24 * HOUR;
/** T0 plus `h` hours, as GitHub writes timestamps. */
const at = (h: number) => new Date(T0 + h * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
const labelled = (h: number) => ({ label: 'needs-triage', created_at: at(h), actor: 'maint' });
const unlabelled = (h: number) => ({ ...labelled(h), event: 'unlabeled' as const });

const SPECS: MetricSpec[] = [
  { kind: 'time-to-first-response' },
  { kind: 'time-to-close' },
  { kind: 'time-in-label', label: 'needs-triage' },
];

function seed(gh: GitHubEmulator): void {
  const repo = gh.store.addRepo('acme/app');
  // #1 issue, created +24h. Comments: the author (+25h), a bot (+26h), Sift's own account (+27h):
  // none is a response; bob at +30h is (6h). Closed at +72h (48h). needs-triage +24h..+30h (6h).
  repo.addIssue({
    title: 'Crash on start',
    user: 'alice',
    created_at: at(24),
    comments: [
      { user: 'alice', body: 'more detail', created_at: at(25) },
      { user: 'ci-helper[bot]', body: 'thanks!', created_at: at(26) },
      { user: 'sift-runner', body: 'labelled', created_at: at(27) },
      { user: 'bob', body: 'looking', created_at: at(30) },
    ],
    labelEvents: [labelled(24), unlabelled(30)],
    state: 'closed',
    closed_at: at(72),
  });
  // #2 issue, created +100h, dave answers at +101.5h (1.5h). Open, needs-triage since +100h (running).
  repo.addIssue({
    title: 'Docs typo',
    user: 'carol',
    created_at: at(100),
    comments: [{ user: 'dave', body: 'fixed soon', created_at: at(101.5) }],
    labels: ['needs-triage'],
    labelEvents: [labelled(100)],
  });
  // #3 issue, created +200h, no answer yet (waiting). needs-triage +200h..+210h and +250h..+260h (20h).
  repo.addIssue({
    title: 'Slow search',
    user: 'erin',
    created_at: at(200),
    labelEvents: [labelled(200), unlabelled(210), labelled(250), unlabelled(260)],
  });
  // #4 issue, created before the period (-240h), closed in it at +48h (288h). No first response: it was
  // created before the period.
  repo.addIssue({
    title: 'Old bug',
    user: 'alice',
    created_at: at(-240),
    state: 'closed',
    closed_at: at(48),
  });
  // #5 issue created and closed before the period (-100h, -10h): counts nowhere.
  repo.addIssue({
    title: 'Older bug',
    user: 'alice',
    created_at: at(-100),
    state: 'closed',
    closed_at: at(-10),
  });
  // #6 pull request by frank, created +300h; grace reviews at +304h (4h), heidi comments at +310h;
  // merged (closed) at +320h (20h). needs-triage +300h..+302h (2h).
  repo.addIssue({
    pull_request: true,
    title: 'Faster search',
    user: 'frank',
    created_at: at(300),
    timeline: [{ event: 'reviewed', user: 'grace', state: 'commented', created_at: at(304) }],
    comments: [{ user: 'heidi', body: 'nice', created_at: at(310) }],
    labelEvents: [labelled(300), unlabelled(302)],
    state: 'closed',
    closed_at: at(320),
  });
  // #7 pull request by ivan, created +400h: ivan himself (+401h) and a bot (+402h) are no response;
  // judy at +412h is (12h). Open.
  repo.addIssue({
    pull_request: true,
    title: 'Refactor',
    user: 'ivan',
    created_at: at(400),
    comments: [
      { user: 'ivan', body: 'ready', created_at: at(401) },
      { user: 'ci-helper[bot]', body: 'green', created_at: at(402) },
      { user: 'judy', body: 'on it', created_at: at(412) },
    ],
  });
  // #8 pull request by kim, created +500h, closed at +503h (3h) without any response (waiting).
  repo.addIssue({
    pull_request: true,
    title: 'Oops',
    user: 'kim',
    created_at: at(500),
    state: 'closed',
    closed_at: at(503),
  });
  // #9 issue labelled needs-triage at -500h and untouched since: only the open-and-labelled listing finds
  // it. In the label 1220h so far (720 + 500), running.
  repo.addIssue({
    title: 'Forgotten',
    user: 'mallory',
    created_at: at(-500),
    labels: ['needs-triage'],
    labelEvents: [labelled(-500)],
  });
  // #10 issue labelled -300h..-200h (before the period), commented in it (+10h): listed, not counted.
  repo.addIssue({
    title: 'Old triage',
    user: 'nia',
    created_at: at(-300),
    labelEvents: [labelled(-300), unlabelled(-200)],
    comments: [{ user: 'oscar', body: 'still?', created_at: at(10) }],
  });
  // #11 issue created +600h, bob answers at +610h (10h).
  repo.addIssue({
    title: 'Feature idea',
    user: 'pat',
    created_at: at(600),
    comments: [{ user: 'bob', body: 'maybe', created_at: at(610) }],
  });
}

/** Hours to milliseconds, for the expected figures. */
const h = (hours: number) => Math.round(hours * HOUR);
const fig = (count: number, median: number, p90: number): Figures => ({
  count,
  median: h(median),
  p90: h(p90),
});

/** The figures worked out by hand from the seeds (the same on every forge and API). */
function expectHandFigures(items: ActivityRecord[], self: string | null): void {
  const { metrics, from, to } = computeMetrics(items, SPECS, {
    now: NOW,
    period: PERIOD,
    self,
  });
  expect([from, to]).toEqual([T0, T0 + 720 * HOUR]);
  const [response, close, label] = metrics;

  // Time to first response, items created in the period:
  //   issues #1 6h (30-24), #2 1.5h (101.5-100), #11 10h (610-600); #3 waits.
  //   sorted [1.5, 6, 10]: median = rank 1 = 6h; p90 = rank 0.9*2 = 1.8 -> 6 + 0.8*(10-6) = 9.2h
  //   pull requests #6 4h (304-300, a review), #7 12h (412-400); #8 waits.
  //   sorted [4, 12]: median = rank 0.5 -> 4 + 0.5*8 = 8h; p90 = rank 0.9 -> 4 + 0.9*8 = 11.2h
  expect(response.issue).toEqual(fig(3, 6, 9.2));
  expect(response.pull_request).toEqual(fig(2, 8, 11.2));
  expect(response.waiting).toEqual({ issue: 1, pull_request: 1 });

  // Time to close, items closed in the period: issues #1 48h (72-24), #4 288h (48+240);
  //   [48, 288]: median 48 + 0.5*240 = 168h; p90 48 + 0.9*240 = 264h
  //   pull requests #6 20h (320-300), #8 3h (503-500): [3, 20]: median 11.5h; p90 3 + 0.9*17 = 18.3h
  expect(close.issue).toEqual(fig(2, 168, 264));
  expect(close.pull_request).toEqual(fig(2, 11.5, 18.3));

  // Time in needs-triage, items that carried it in the period: issues #1 6h, #3 20h (10 + 10),
  //   #2 620h (720-100, running), #9 1220h (720+500, running); #10 (before the period) not counted.
  //   [6, 20, 620, 1220]: median = rank 1.5 -> 20 + 0.5*600 = 320h; p90 = rank 2.7 -> 620 + 0.7*600 = 1040h
  //   pull requests #6 2h (302-300): one value, median = p90 = 2h
  expect(label.issue).toEqual(fig(4, 320, 1040));
  expect(label.pull_request).toEqual(fig(1, 2, 2));
  expect(label.slowest.map((m) => [m.item.number, m.value / HOUR, m.running])).toEqual([
    [9, 1220, true],
    [2, 620, true],
    [3, 20, false],
    [1, 6, false],
    [6, 2, false],
  ]);

  // The slowest first responses: #3 waits since +200h (520h so far), #8 since +500h (220h), then
  // #7 12h, #11 10h, #1 6h.
  expect(response.slowest.map((m) => [m.item.number, m.value / HOUR, m.running])).toEqual([
    [3, 520, true],
    [8, 220, true],
    [7, 12, false],
    [11, 10, false],
    [1, 6, false],
  ]);

  // Weekly trend: five weeks back from NOW, starting at T0-120h, +48h, +216h, +384h, +552h; a first
  // response counts in the week it came: #1 (+30h) week 1, #2 (+101.5h) week 2, #6 (+304h) week 3,
  // #7 (+412h) and none else week 4, #11 (+610h) week 5.
  expect(response.trend.map((w) => (w.start - T0) / HOUR)).toEqual([-120, 48, 216, 384, 552]);
  expect(response.trend.map((w) => w.issue.median && w.issue.median / HOUR)).toEqual([
    6,
    1.5,
    null,
    null,
    10,
  ]);
  expect(response.trend.map((w) => w.pull_request.median && w.pull_request.median / HOUR)).toEqual([
    null,
    null,
    4,
    12,
    null,
  ]);
}

let gh: GitHubEmulator;
beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, login: 'sift-runner' });
  seed(gh);
});
afterEach(() => gh.close());

describe.each(['rest', 'graphql'] as const)('metrics read through %s', (api) => {
  async function read(responses = true, labels = ['needs-triage']) {
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api });
    const since = new Date(NOW.getTime() - PERIOD).toISOString();
    return fleet.readActivity('acme/app', { since, responses, labels });
  }

  it('match the figures computed by hand', async () => {
    const activity = await read();
    expect(activity.self).toBe('sift-runner');
    expectHandFigures(activity.items, activity.self);
  });

  it('reads only what the metrics asked for', async () => {
    const before = gh.requests.length;
    const activity = await read(false, []);
    const sent = gh.requests.slice(before);
    // Time to close alone needs no timeline and no idea who Sift is.
    expect(activity.self).toBeNull();
    expect(sent.filter((r) => r.path.includes('/timeline'))).toEqual([]);
    expect(activity.items.every((i) => i.responses.length === 0 && i.labelEvents.length === 0)).toBe(true);
    // Only items updated since the period began: #4 (closed +48h) yes, #5 (closed -10h) and #9 no.
    expect(activity.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 6, 7, 8, 10, 11]);
    const { metrics } = computeMetrics(activity.items, [{ kind: 'time-to-close' }], {
      now: NOW,
      period: PERIOD,
      self: null,
    });
    expect(metrics[0].issue).toEqual(fig(2, 168, 264));
    if (api === 'rest') {
      expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/app/issues']);
    } else {
      expect(gh.graphql.invalid).toEqual([]);
      expect(gh.graphql.unemulated).toEqual([]);
    }
  });

  it('reads each timeline it needs once, and sends only requests GitHub describes', async () => {
    await read();
    if (api === 'rest') {
      const timelines = gh.requests.filter((r) => r.path.includes('/timeline')).map((r) => r.path);
      // Every item listed (ten: since-listing plus #9 from the label listing) for the label's history.
      expect(timelines.length).toBe(10);
      expect(new Set(timelines).size).toBe(10);
      expect(gh.nonconforming).toEqual([]);
    } else {
      expect(gh.graphql.invalid).toEqual([]);
      expect(gh.graphql.unemulated).toEqual([]);
      // issues page, pull requests page, labelled issues, labelled pull requests, viewer
      expect(gh.requests.filter((r) => r.graphql).length).toBe(5);
    }
  });
});

describe('the report body', () => {
  it('shows the hand-computed figures, the waiting items and the slowest, linked', async () => {
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api: 'rest' });
    const activity = await fleet.readActivity('acme/app', {
      since: new Date(NOW.getTime() - PERIOD).toISOString(),
      responses: true,
      labels: ['needs-triage'],
    });
    const result = computeMetrics(activity.items, SPECS, { now: NOW, period: PERIOD, self: activity.self });
    const body = metricsSection(result, '30d');
    expect(body).toContain('Over the last 30d (2026-03-01 to 2026-03-31).');
    // 9.2h = 9h 12m; 11.2h = 11h 12m; 168h = 7d; 264h = 11d; 11.5h; 18.3h = 18h 18m; 320h = 13d 8h; 1040h = 43d 8h
    expect(body).toContain('| Issues | 3 | 6h | 9h 12m |');
    expect(body).toContain('| Pull requests | 2 | 8h | 11h 12m |');
    expect(body).toContain('Still without a response (not in the figures): 1 issue, 1 pull request.');
    expect(body).toContain('| Issues | 2 | 7d | 11d |');
    expect(body).toContain('| Pull requests | 2 | 11h 30m | 18h 18m |');
    expect(body).toContain('| Issues | 4 | 13d 8h | 43d 8h |');
    expect(body).toContain('| Pull requests | 1 | 2h | 2h |');
    // 1220h = 50d 20h; 520h = 21d 16h
    expect(body).toContain(
      '- [#9](https://github.com/acme/app/issues/9) Forgotten: 50d 20h so far (still labelled)',
    );
    expect(body).toContain(
      '- [#3](https://github.com/acme/app/issues/3) Slow search: 21d 16h so far (no response yet)',
    );
    const charts = await mermaidCharts(body);
    expect(charts).toHaveLength(3);
    // Time to first response by week: issues 6, 1.5, -, -, 10 hours; pull requests -, -, 4, 12, - hours.
    expect(charts[0].values).toEqual([6, 1.5, 0, 0, 10]);
    expect(charts[0].line).toEqual([0, 0, 4, 12, 0]);
    expect(charts[0].axisMax).toBe(12);
  });
});

/**
 * The same repository on GitLab, item for item (issues and merge requests number apart there, so the
 * seeds give each its number above): notes instead of comments, grace's review a note, the label
 * history as resource label events, #6 merged (merged_at) and #8 closed.
 */
function seedGitLab(gl: GitLabEmulator): void {
  gl.store.addUser({ username: 'ci-helper', bot: true });
  const project = gl.store.addProject('acme/app');
  const added = (h: number) => ({ label: 'needs-triage', created_at: at(h), user: 'maint' });
  const removed = (h: number) => ({ ...added(h), action: 'remove' as const });
  const note = (author: string, h: number) => ({ author, body: 'note', created_at: at(h) });
  project.addIssue({
    iid: 1,
    title: 'Crash on start',
    author: 'alice',
    created_at: at(24),
    notes: [note('alice', 25), note('ci-helper', 26), note('sift-runner', 27), note('bob', 30)],
    labelEvents: [added(24), removed(30)],
    state: 'closed',
    closed_at: at(72),
  });
  project.addIssue({
    iid: 2,
    title: 'Docs typo',
    author: 'carol',
    created_at: at(100),
    notes: [note('dave', 101.5)],
    labels: ['needs-triage'],
    labelEvents: [added(100)],
  });
  project.addIssue({
    iid: 3,
    title: 'Slow search',
    author: 'erin',
    created_at: at(200),
    labelEvents: [added(200), removed(210), added(250), removed(260)],
  });
  project.addIssue({
    iid: 4,
    title: 'Old bug',
    author: 'alice',
    created_at: at(-240),
    state: 'closed',
    closed_at: at(48),
  });
  project.addIssue({
    iid: 5,
    title: 'Older bug',
    author: 'alice',
    created_at: at(-100),
    state: 'closed',
    closed_at: at(-10),
  });
  project.addMergeRequest({
    iid: 6,
    title: 'Faster search',
    author: 'frank',
    created_at: at(300),
    // A system note (grace approving) is no response; grace's note at +304h is.
    notes: [
      { author: 'grace', body: 'approved this merge request', system: true, created_at: at(303) },
      note('grace', 304),
      note('heidi', 310),
    ],
    labelEvents: [added(300), removed(302)],
    state: 'merged',
    merged_at: at(320),
  });
  project.addMergeRequest({
    iid: 7,
    title: 'Refactor',
    author: 'ivan',
    created_at: at(400),
    notes: [note('ivan', 401), note('ci-helper', 402), note('judy', 412)],
  });
  project.addMergeRequest({
    iid: 8,
    title: 'Oops',
    author: 'kim',
    created_at: at(500),
    state: 'closed',
    closed_at: at(503),
  });
  project.addIssue({
    iid: 9,
    title: 'Forgotten',
    author: 'mallory',
    created_at: at(-500),
    labels: ['needs-triage'],
    labelEvents: [added(-500)],
  });
  project.addIssue({
    iid: 10,
    title: 'Old triage',
    author: 'nia',
    created_at: at(-300),
    labelEvents: [added(-300), removed(-200)],
    notes: [note('oscar', 10)],
  });
  project.addIssue({
    iid: 11,
    title: 'Feature idea',
    author: 'pat',
    created_at: at(600),
    notes: [note('bob', 610)],
  });
}

describe('metrics read through GitLab', () => {
  let gl: GitLabEmulator;
  beforeEach(async () => {
    gl = await startGitLabEmulator({ token: TOKEN, username: 'sift-runner' });
    seedGitLab(gl);
  });
  afterEach(() => gl.close());

  it('match the figures computed by hand', async () => {
    const fleet = createGitLabFleet({ token: TOKEN, baseUrl: gl.url });
    const since = new Date(NOW.getTime() - PERIOD).toISOString();
    const activity = await fleet.readActivity('acme/app', {
      since,
      responses: true,
      labels: ['needs-triage'],
    });
    expect(activity.self).toBe('sift-runner');
    expectHandFigures(activity.items, activity.self);
    const paths = gl.requests.map((r) => r.path.replace('/projects/acme%2Fapp', ''));
    // Listings: updated_after and the labelled open ones, for issues and merge requests.
    expect(paths.filter((p) => p === '/issues' || p === '/merge_requests')).toHaveLength(4);
    // Notes only of the items created in the period: issues 1, 2, 3, 11 and merge requests 6, 7, 8.
    expect(paths.filter((p) => p.endsWith('/notes')).sort()).toEqual([
      '/issues/1/notes',
      '/issues/11/notes',
      '/issues/2/notes',
      '/issues/3/notes',
      '/merge_requests/6/notes',
      '/merge_requests/7/notes',
      '/merge_requests/8/notes',
    ]);
  });

  it('time to close alone reads the two listings and nothing else', async () => {
    const fleet = createGitLabFleet({ token: TOKEN, baseUrl: gl.url });
    const since = new Date(NOW.getTime() - PERIOD).toISOString();
    const activity = await fleet.readActivity('acme/app', { since, responses: false, labels: [] });
    expect(gl.requests.map((r) => r.path.replace('/projects/acme%2Fapp', ''))).toEqual([
      '/issues',
      '/merge_requests',
    ]);
    const { metrics } = computeMetrics(activity.items, [{ kind: 'time-to-close' }], {
      now: NOW,
      period: PERIOD,
      self: null,
    });
    // As on GitHub: issues [48h, 288h], merge requests [3h, 20h] (#6's merged_at counts).
    expect(metrics[0].issue).toEqual(fig(2, 168, 264));
    expect(metrics[0].pull_request).toEqual(fig(2, 11.5, 18.3));
  });
});

describe('publishing reports with metrics', () => {
  const result: TriageResult = {
    repository: 'acme/app',
    rulesFile: '.github/sift.yml',
    dryRun: false,
    ruleIds: ['needs-triage'],
    walked: 0,
    outcomes: [],
    requests: { reads: 0, writes: 0 },
    deferred: { items: 0, rules: {}, writes: 0, runsNeeded: 0 },
    checks: [],
  };
  const reports = parseRules(
    `version: 1
rules:
  - id: needs-triage
    then: [{ label: needs-triage }]
reports:
  - id: speed
    title: How fast we answer
    metrics: [time-to-first-response]
  - id: plain
    title: Triage report
`,
    'sift.yml',
  ).reports!;

  it('a read that fails fails the report that needs it, writes nothing for it, and publishes the others', async () => {
    // The timelines are refused: a token without access to them, as GitHub answers it.
    gh.onRequest = (request) =>
      request.path.endsWith('/timeline')
        ? { status: 403, body: { message: 'Resource not accessible by integration' } }
        : undefined;
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api: 'rest' });
    const published = await publishReports({
      reports,
      result,
      issues: fleet.reportIssues('acme/app'),
      readActivity: (request) => fleet.readActivity('acme/app', request),
      now: NOW,
      writesLeft: 10,
    });
    expect(published.outcomes.map((o) => [o.id, o.status])).toEqual([
      ['speed', 'failed'],
      ['plain', 'created'],
    ]);
    expect(published.outcomes[0].note).toMatch(
      /^could not read the items for the metrics: .*Resource not accessible/,
    );
    const titles = gh.store
      .repo('acme/app')!
      .list({ state: 'all', sort: 'created', labels: ['sift-report'] })
      .map((i) => i.title);
    expect(titles).toEqual(['Triage report']);
  });

  it('metrics come first in the body, before the rules', async () => {
    const fleet = createGitHubFleet({ token: TOKEN, baseUrl: gh.url, api: 'graphql' });
    const published = await publishReports({
      reports,
      result,
      issues: fleet.reportIssues('acme/app'),
      readActivity: (request) => fleet.readActivity('acme/app', request),
      now: NOW,
      writesLeft: 10,
    });
    const body = published.bodies.get('speed')!;
    expect(body.indexOf('### Metrics')).toBeGreaterThan(0);
    expect(body.indexOf('### Metrics')).toBeLessThan(body.indexOf('### `needs-triage`'));
    expect(body).toContain('| Issues | 3 | 6h | 9h 12m |');
    expect(published.bodies.get('plain')).not.toContain('### Metrics');
  });
});
