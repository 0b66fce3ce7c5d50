/**
 * Values a user controls cannot mention anyone, nor run a GitLab quick action, from Sift's comment
 * (issue 9, point 5); `{{author}}` stays a login the template can mention.
 */
import { planItem } from '../../src/engine/index.js';
import type { Item } from '../../src/model/item.js';
import {
  PLACEHOLDERS,
  quoteValue,
  renderTemplate,
  UNQUOTED,
  type Placeholder,
} from '../../src/model/template.js';
import { NOW, makeItem, rule, ruleSet } from './fixtures.js';

const Z = '\u200B';

function commentBody(template: string, item: Item): string {
  // A comment's text needs the item's exact last activity: an empty timeline says "none but its creation".
  const rules = ruleSet(rule('nudge', [], [{ kind: 'comment', template }]));
  const evaluation = planItem(item, { timeline: [], labelAppliedAt: {} }, rules, NOW);
  if (evaluation.kind !== 'plan' || evaluation.plan === null)
    throw new Error(`no plan: ${JSON.stringify(evaluation)}`);
  const change = evaluation.plan.rules[0].changes.at(-1);
  if (change?.kind !== 'comment') throw new Error('no comment');
  return change.body;
}

/** Every mention GitHub or GitLab would notify, as `@name` or `@org/team`, in a rendered comment. */
function mentions(text: string): string[] {
  return [...text.matchAll(/(?<![\w`])@([A-Za-z0-9_][\w.-]*(?:\/[\w.-]+)?)/g)].map((m) => m[1]);
}

/** Lines GitLab would run as quick actions. */
function quickActions(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*\//.test(line));
}

describe('quoting user-controlled values in comments', () => {
  test('a title cannot mention a team, and the author stays a mention', () => {
    const body = commentBody(
      '@{{author}}: "{{title}}" is stale.',
      makeItem({ title: 'Crash @acme/core sees' }),
    );
    expect(body).toBe(`@octocat: "Crash @${Z}acme/core sees" is stale.`);
    expect(mentions(body)).toEqual(['octocat']);
  });

  test('a title cannot ping everyone on GitLab', () => {
    const body = commentBody('Re: {{title}}', makeItem({ title: 'ping @all and @here now' }));
    expect(body).toBe(`Re: ping @${Z}all and @${Z}here now`);
    expect(mentions(body)).toEqual([]);
  });

  test('labels, assignees and milestone are quoted too', () => {
    const item = makeItem({ labels: ['@here', 'bug'], assignees: ['alice'], milestone: '@bob-v2' });
    const body = commentBody('{{labels}} / {{milestone}} / {{assignees}}', item);
    expect(body).toBe(`@${Z}here, bug / @${Z}bob-v2 / alice`);
    expect(mentions(body)).toEqual([]);
  });

  test('a value that would start a line with "/" cannot be a GitLab quick action', () => {
    const item = makeItem({ title: '/close', milestone: '  /label ~spam' });
    const body = commentBody('{{title}}\nMilestone:\n{{milestone}}\nTitle again: {{title}}', item);
    expect(body).toBe(`${Z}/close\nMilestone:\n  ${Z}/label ~spam\nTitle again: /close`);
    expect(quickActions(body)).toEqual([]);
  });

  test('an "@" that cannot start a mention, and text without "@" or "/", are left alone', () => {
    expect(quoteValue('a @ b, 50% off @ noon, x/y', false)).toBe('a @ b, 50% off @ noon, x/y');
    expect(quoteValue('Crash when saving', true)).toBe('Crash when saving');
  });

  test('a line break inside a value does not let a "/" start a line either', () => {
    expect(quoteValue('one\n/close\n @two', false)).toBe(`one\n${Z}/close\n @${Z}two`);
  });

  test("the template text itself is not changed: its mentions and commands are the maintainer's", () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `@${p}`])) as Record<Placeholder, string>;
    expect(renderTemplate('/cc @acme/triage {{author}} {{title}}', values)).toBe(
      `/cc @acme/triage @author @${Z}title`,
    );
  });

  test('every placeholder but author is quoted', () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `@${p}`])) as Record<Placeholder, string>;
    for (const name of PLACEHOLDERS) {
      const rendered = renderTemplate(`x {{${name}}}`, values);
      // Who wrote the item and who asked (a command's commenter) are there to be mentioned.
      expect(rendered).toBe(UNQUOTED.has(name) ? `x @${name}` : `x @${Z}${name}`);
    }
  });
});
