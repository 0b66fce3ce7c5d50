/**
 * The preview comment: what a reviewer reads on the pull request.
 */
import type { ItemRef } from '../../src/model/plan.js';
import type { PreviewResult, RuleDelta } from '../../src/pipeline/preview.js';
import {
  COMMENT_LIMIT,
  PREVIEW_MARKER,
  previewEntries,
  renderPreview,
  type PreviewReport,
} from '../../src/report/preview.js';

const item = (n: number): ItemRef => ({
  type: 'issue',
  number: n,
  title: `Item "${n}"`,
  url: `https://github.com/o/r/issues/${n}`,
});
const delta = (rule: string, added: number, removed = 0, extra: Partial<RuleDelta> = {}): RuleDelta => ({
  rule,
  before: removed,
  after: added,
  added: Array.from({ length: added }, (_, i) => item(i + 1)),
  removed: Array.from({ length: removed }, (_, i) => item(1000 + i)),
  inBefore: true,
  inAfter: true,
  eventsOnly: false,
  ...extra,
});
const report = (rules: RuleDelta[]): PreviewReport => {
  const result: PreviewResult = {
    repository: 'o/r',
    walked: 3000,
    rules,
    failures: [],
    requests: { reads: 1, writes: 0 },
  };
  return {
    rulesPath: '.github/sift.yml',
    baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    baseMissing: false,
    headMissing: false,
    problems: [],
    result,
    notes: [],
  };
};

describe('the preview comment', () => {
  it('links the first 20 items per rule and direction, then counts the rest', () => {
    const body = renderPreview(report([delta('mark-stale', 25, 1)]));
    const line = body.split('\n').find((l) => l.startsWith('- `mark-stale` starts changing'))!;
    expect(line.match(/\[#\d+\]/g)).toHaveLength(20);
    expect(line).toMatch(
      /^- `mark-stale` starts changing \(25\): \[#1\]\(https:\/\/github\.com\/o\/r\/issues\/1 "Item 1"\), /,
    );
    expect(line.endsWith(' and 5 more')).toBe(true);
    expect(body).toContain('| `mark-stale` | 1 | 25 | 25 | 1 |');
    expect(body.trimEnd().endsWith(PREVIEW_MARKER)).toBe(true);
  });

  it('stays under GitHub comment limit when many rules change many items: fewer links, every count', () => {
    const rules = Array.from({ length: 60 }, (_, i) => delta(`rule-${i}`, 40, 40));
    const body = renderPreview(report(rules));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('| `rule-59` | 40 | 40 | 40 | 40 |');
    expect(body).toContain('- `rule-59` stops changing (40)');
  });

  it('the output lists every number, uncut', () => {
    expect(previewEntries(report([delta('a', 25)]).result)).toEqual([
      { rule: 'a', before: 0, after: 25, added: Array.from({ length: 25 }, (_, i) => i + 1), removed: [] },
    ]);
  });
});
