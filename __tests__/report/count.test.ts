import { count } from '../../src/report/count.js';
import { renderText } from '../../src/report/text.js';
import type { TriageResult } from '../../src/report/result.js';

describe('counts in words', () => {
  it('say one item, two items, no items', () => {
    expect([count(1, 'item'), count(2, 'item'), count(0, 'item'), count(1, 'test')]).toEqual([
      '1 item',
      '2 items',
      '0 items',
      '1 test',
    ]);
  });

  it("are what the terminal report prints: 'walked 1 item'", () => {
    const result = {
      repository: 'octo/one',
      dryRun: true,
      walked: 1,
      outcomes: [],
      ruleIds: [],
      requests: { reads: 1, writes: 0 },
      deferred: { items: 0, rules: {}, writes: 0, runsNeeded: 0 },
    } as unknown as TriageResult;
    expect(renderText(result)).toContain('octo/one: walked 1 item, would change 0');
  });
});
