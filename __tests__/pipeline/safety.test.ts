/**
 * The write budget, the circuit breaker, comment pacing and rate-limit stops, through the real
 * pipeline over the in-memory provider, and what the summary says about each.
 */
import { parseRules } from '../../src/config/index.js';
import type { Clock } from '../../src/executor/index.js';
import { parseLimits } from '../../src/pipeline/safety.js';
import { triage } from '../../src/pipeline/triage.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { RateLimitStop } from '../../src/providers/provider.js';
import { renderSummary, renderText, stopLine } from '../../src/report/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const LABEL_AND_COMMENT = parseRules(
  `version: 1
rules:
  - id: triage
    when: { labels: { none: [triaged] } }
    then:
      - label: triaged
      - comment: "Thanks, @{{author}}!"
`,
  'sift.yml',
);

function repo(count: number, options: ConstructorParameters<typeof MemoryProvider>[1] = {}): MemoryProvider {
  const items = Array.from({ length: count }, (_, i) => memoryItem({ number: i + 1 }));
  return new MemoryProvider(items, { now: () => NOW, ...options });
}

/** A clock that only moves when the pacer sleeps, so pacing is checked without waiting. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const base = { now: NOW, dryRun: false, commentsPerMinute: 0, maxChangeRatio: 1 };

describe('the write budget', () => {
  it('stops writing when it runs out, never leaves an item half-done, and reports the backlog', async () => {
    const provider = repo(10);
    const result = await triage({ ...base, provider, rules: LABEL_AND_COMMENT, maxOperations: 7 });

    // Each item costs 2 writes: 3 items fit in 7, the 4th would need 8.
    expect(provider.requestCounts().writes).toBe(6);
    expect(provider.all().map((i) => i.labels.length)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(provider.all().map((i) => i.commentList.length)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.walked).toBe(10);
    expect(result.deferred).toEqual({ items: 7, rules: { triage: 7 }, writes: 14, runsNeeded: 2 });
    expect(result.stop?.reason).toBe('budget');

    const summary = renderSummary(result);
    expect(summary.indexOf('the write budget ran out')).toBeLessThan(summary.indexOf('| Repository |'));
    expect(summary).toContain('### Deferred to later runs');
    expect(summary).toContain(
      '7 items still need changes (up to 14 write requests; about 2 more runs at this budget).',
    );
    expect(summary).toContain('label triaged (deferred); comment (deferred)');
  });

  it('reruns finish the backlog without repeating anything', async () => {
    const provider = repo(10);
    for (let run = 0; run < 4; run++) {
      await triage({ ...base, provider, rules: LABEL_AND_COMMENT, maxOperations: 7 });
    }
    expect(provider.all().every((i) => i.labels.length === 1 && i.commentList.length === 1)).toBe(true);
    expect(provider.requestCounts().writes).toBe(20);
  });

  it('a dry run defers exactly the items a real run defers', async () => {
    const dry = await triage({
      ...base,
      provider: repo(10),
      rules: LABEL_AND_COMMENT,
      maxOperations: 7,
      dryRun: true,
    });
    const real = await triage({ ...base, provider: repo(10), rules: LABEL_AND_COMMENT, maxOperations: 7 });
    expect(dry.deferred).toEqual(real.deferred);
  });
});

describe('the circuit breaker', () => {
  it('changes nothing when a run would change too large a share of the items, and shows the plan', async () => {
    const provider = repo(30);
    const result = await triage({
      ...base,
      provider,
      rules: LABEL_AND_COMMENT,
      maxOperations: 1000,
      maxChangeRatio: 0.5,
    });
    expect(provider.requestCounts().writes).toBe(0);
    expect(provider.all().every((i) => i.labels.length === 0)).toBe(true);
    expect(result.stop?.reason).toBe('circuit-breaker');
    expect(result.stop?.message).toBe(
      'Stopped by the circuit breaker: this run would change 30 of the 30 items walked (100%), more than ' +
        'max-change-ratio 0.5 allows. To accept it, run once with max-change-ratio: 1.',
    );
    const summary = renderSummary(result);
    expect(summary).toContain('Nothing was changed: the circuit breaker stopped this run.');
    expect(summary).toContain('### Planned changes');
    expect(summary).toContain('label triaged (blocked); comment (blocked)');
    // The tables count what the run planned, labelled as planned, never "changed 0".
    expect(summary).toContain('| Rule | Items planned to change |');
    expect(summary).toContain('| `triage` | 30 |');
    expect(summary).not.toMatch(/Items changed/);
  });

  it('a dry run it stops shows the plan per rule and one line naming the input to change', async () => {
    // 60 open items: 25 bugs and 12 questions need a change (37, 62%), 23 are triaged already.
    const rules = parseRules(
      `version: 1
rules:
  - id: label-bugs
    when: { title: "^bug", labels: { none: [triaged] } }
    then:
      - label: [bug, triaged]
  - id: answer-questions
    when: { title: "^question", labels: { none: [triaged] } }
    then:
      - comment: "Please ask in Discussions."
      - close: not_planned
`,
      'sift.yml',
    );
    const items = Array.from({ length: 60 }, (_, i) =>
      memoryItem({
        number: i + 1,
        title: i < 25 ? `bug ${i}` : i < 37 ? `question ${i}` : `idea ${i}`,
        labels: i < 37 ? [] : ['triaged'],
      }),
    );
    const provider = new MemoryProvider(items, { now: () => NOW });
    const result = await triage({
      ...base,
      provider,
      rules,
      dryRun: true,
      maxOperations: 1000,
      maxChangeRatio: 0.5,
    });
    expect(provider.requestCounts().writes).toBe(0);
    expect(result.stop?.reason).toBe('circuit-breaker');
    const line =
      'Stopped by the circuit breaker: this run would change 37 of the 60 items walked (62%), more than ' +
      'max-change-ratio 0.5 allows. To accept it, run once with';

    const text = renderText(result);
    expect(text).toContain(
      'memory/repo: walked 60 items, planned to change 37, failed 0 (nothing was changed);',
    );
    expect(text).toContain('\n  label-bugs: 25\n  answer-questions: 12\n');
    expect(text).toMatch(/^#1 \[label-bugs\] label bug, triaged \(blocked\) /m);
    expect(text).toMatch(
      /^#26 \[answer-questions\] comment \(blocked\); close \(not planned\) \(blocked\) /m,
    );
    expect(text).not.toMatch(/^#38 /m);
    // The terminal report is the CLI's: it names the CLI's flag, once.
    expect(text.split(line).length - 1).toBe(1);
    expect(text).toContain(`${line} --max-change-ratio 1.`);
    expect(stopLine(result.stop!)).toBe(`${line} --max-change-ratio 1.`);
    expect(text).not.toMatch(/would change 0/);

    const summary = renderSummary(result);
    expect(summary).toContain(`> ${line} max-change-ratio: 1.`);
    expect(summary).toContain('a real run would stop the same way');
    expect(summary).not.toContain('The tables show what a real run would do');
    expect(summary).toMatch(/\| Items walked \| Items planned to change \|/);
    expect(summary).toMatch(/\| yes \| 60 \| 37 \| 0 \|/);
    expect(summary).toContain('| `label-bugs` | 25 |');
    expect(summary).toContain('| `answer-questions` | 12 |');
    expect(summary).toMatch(
      /\| \[#26\]\([^)]*\) \| question 25 \| `answer-questions` \| comment \(blocked\); close \(not planned\) \(blocked\) \|/,
    );
    expect(summary).not.toMatch(/would change 0|Items would change/);
  });

  it('lets a run through when the share is below the ratio, or when few items change', async () => {
    const half = repo(30);
    half.all().forEach((item) => item.number > 15 && half.get(item.number)!.labels.push('triaged'));
    const quiet = await triage({
      ...base,
      provider: half,
      rules: LABEL_AND_COMMENT,
      maxOperations: 1000,
      maxChangeRatio: 0.5,
    });
    expect(quiet.stop).toBeUndefined();
    expect(half.requestCounts().writes).toBe(30);

    const small = repo(9);
    const few = await triage({
      ...base,
      provider: small,
      rules: LABEL_AND_COMMENT,
      maxOperations: 1000,
      maxChangeRatio: 0.1,
    });
    expect(few.stop).toBeUndefined();
    expect(small.all().every((i) => i.labels.length === 1)).toBe(true);
  });

  it('does not count comments that are already in place', async () => {
    const provider = repo(20);
    await triage({ ...base, provider, rules: LABEL_AND_COMMENT, maxOperations: 1000 });
    const commentOnly = parseRules(
      'version: 1\nrules:\n  - id: triage\n    when: { type: issue }\n    then:\n      - comment: "Thanks, @{{author}}!"\n',
      'sift.yml',
    );
    const rerun = await triage({
      ...base,
      provider,
      rules: commentOnly,
      maxOperations: 1000,
      maxChangeRatio: 0.5,
    });
    expect(rerun.stop).toBeUndefined();
    expect(rerun.outcomes.every((o) => o.rules[0].changes[0].status === 'unchanged')).toBe(true);
  });
});

describe('comment pacing', () => {
  it('keeps comments within the per-minute limit', async () => {
    const clock = fakeClock();
    const provider = repo(7);
    await triage({
      ...base,
      provider,
      rules: LABEL_AND_COMMENT,
      maxOperations: 1000,
      commentsPerMinute: 3,
      clock,
    });
    // 7 comments at 3 a minute: the 4th and 7th wait for the window to move.
    expect(clock.sleeps).toEqual([60_000, 60_000]);
    expect(provider.all().every((i) => i.commentList.length === 1)).toBe(true);
  });
});

describe('rate-limit stops', () => {
  it('stops writing when the forge says its limit ran out, and defers the rest', async () => {
    const resetAt = new Date('2026-06-01T01:00:00Z');
    const provider = repo(5, {
      beforeWrite: (_key, n) => {
        if (n === 5) throw new RateLimitStop('GitHub API rate limit exhausted (0 of 1000 left)', resetAt);
      },
    });
    const result = await triage({ ...base, provider, rules: LABEL_AND_COMMENT, maxOperations: 1000 });
    expect(result.stop).toEqual({
      reason: 'rate-limit',
      message: 'GitHub API rate limit exhausted (0 of 1000 left)',
      resetAt: '2026-06-01T01:00:00.000Z',
    });
    expect(provider.all().map((i) => i.labels.length)).toEqual([1, 1, 0, 0, 0]);
    // #3 was cut off at its first write: it waits for the next run, with #4 and #5, and is no failure.
    expect(result.deferred.items).toBe(3);
    expect(result.outcomes.filter((o) => o.error)).toEqual([]);
    const summary = renderSummary(result);
    expect(summary).toContain('Not everything was done: the API rate limit ran out.');
    expect(summary).toContain('The limit resets at 2026-06-01T01:00:00.000Z.');
  });
});

describe('limits from text', () => {
  it('uses the defaults for blanks and rejects values that would silently lift a limit', () => {
    expect(parseLimits({})).toEqual({ maxOperations: 200, maxChangeRatio: 0.5, commentsPerMinute: 80 });
    expect(parseLimits({ maxOperations: ' 50 ', maxChangeRatio: '1' })).toMatchObject({
      maxOperations: 50,
      maxChangeRatio: 1,
    });
    expect(() => parseLimits({ maxOperations: '20O' })).toThrow(
      '`max-operations` must be a whole number 0 or more, not "20O".',
    );
    expect(() => parseLimits({ maxChangeRatio: '50%' })).toThrow(
      '`max-change-ratio` must be a number between 0 and 1, not "50%".',
    );
  });
});
