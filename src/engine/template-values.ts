import type { Placeholder } from '../model/template.js';
import { lastActivityAt } from './activity.js';
import { wholeDays } from './format.js';
import type { SimilarSpec } from '../model/answers.js';
import { classifiedOf, similarValues } from './model-tests.js';
import type { Projection } from './projection.js';
import { parentValue, subIssuesValue } from './structure.js';

/**
 * The values `{{placeholders}}` expand to in a rule's comment. They describe the projected item (what
 * earlier actions and rules in this run leave), since that is the state the comment will sit next to.
 * They are raw here; renderTemplate quotes every one but `author` so none can mention anyone.
 */
export function templateValues(
  p: Projection,
  ruleId: string,
  commenter = '',
  similar?: SimilarSpec,
): Record<Placeholder, string> {
  const item = p.item;
  return {
    author: item.author,
    number: String(item.number),
    title: item.title,
    type: item.type === 'pull_request' ? 'pull request' : item.type,
    url: item.url,
    labels: p.labels.join(', '),
    assignees: p.assignees.join(', '),
    milestone: p.milestone ?? '',
    state: p.state,
    rule: ruleId,
    inactive_days: String(wholeDays(p.now - lastActivityAt(p))),
    age_days: String(wholeDays(p.now - p.createdAt)),
    comments: String(item.comments),
    commenter,
    parent: parentValue(p),
    sub_issues: subIssuesValue(p),
    ...classifiedOf(p, ruleId),
    ...similarValues(p, similar),
  };
}
