/**
 * In-process rule evaluation: item-rule evaluations a second with the engine's `planItem`, over items
 * held in memory (no provider, no I/O), for rules without and with regular expressions.
 */
import { parseRules } from '../src/config/index.js';
import { compileRules, planItem } from '../src/engine/index.js';
import type { Item } from '../src/model/item.js';

const DAY = 86_400_000;

/** Five rules on the listing's own fields (no facts needed), none of which needs a regex. */
export const PLAIN_RULES = `version: 1
rules:
${[0, 1, 2, 3, 4]
  .map(
    (k) => `  - id: plain-${k}
    when:
      type: issue
      state: open
      labels: { any: [area-${k}], none: [wontfix, pinned] }
      author-association: [member, owner]
      created: { older-than: ${k + 1}w }
      comments: { max: ${k + 3} }
    then:
      - label: triaged-${k}`,
  )
  .join('\n')}
`;

/** The same five rules with a title and a body regex each. */
export const REGEX_RULES = `version: 1
rules:
${[0, 1, 2, 3, 4]
  .map(
    (k) => `  - id: regex-${k}
    when:
      type: issue
      state: open
      labels: { none: [wontfix] }
      title: '/^(bug|crash|error)\\b.*\\b(area-${k}|module ${k})/i'
      body: '/steps to reproduce[\\s\\S]*version \\d+\\.\\d+/i'
    then:
      - label: triaged-${k}`,
  )
  .join('\n')}
`;

function items(count: number, now: Date): Item[] {
  const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  return Array.from({ length: count }, (_, i): Item => ({
    type: 'issue',
    number: i + 1,
    title: i % 3 === 0 ? `Bug: crash in area-${i % 5} when saving` : `Feature request number ${i}`,
    body: i % 2 === 0 ? 'Steps to reproduce: open it.\nVersion 1.2' : 'It would be nice to have this.',
    state: 'open',
    draft: false,
    locked: false,
    author: `user${i % 17}`,
    authorAssociation: i % 4 === 0 ? 'MEMBER' : 'NONE',
    labels: i % 2 === 0 ? [`area-${i % 5}`] : ['bug'],
    assignees: [],
    milestone: null,
    comments: i % 9,
    reactions: { total: 0, thumbsUp: 0 },
    createdAt: at(10 + (i % 90)),
    updatedAt: at(1 + (i % 9)),
    closedAt: null,
    closedAs: null,
    url: `https://github.com/o/r/issues/${i + 1}`,
  }));
}

/** Evaluations (items x rules) a second, best of a few rounds of at least `minMs` each. */
export function evaluationsPerSecond(rulesText: string, minMs = 500): number {
  const now = new Date();
  const ruleSet = parseRules(rulesText, 'bench.yml');
  const compiled = compileRules(ruleSet);
  const sample = items(10_000, now);
  let best = 0;
  for (let round = 0; round < 4; round++) {
    let evaluations = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < minMs) {
      for (const item of sample) planItem(item, {}, compiled, now);
      evaluations += sample.length * ruleSet.rules.length;
      elapsed = performance.now() - started;
    }
    best = Math.max(best, (evaluations / elapsed) * 1000);
  }
  return best;
}
