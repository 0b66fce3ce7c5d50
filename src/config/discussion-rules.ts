import {
  DISCUSSION_CLOSE_REASONS,
  ISSUE_CLOSE_REASONS,
  type DiscussionCloseReason,
  type IssueCloseReason,
} from '../model/item.js';
import { PULL_STATE_CONDITIONS } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { isPlainMap } from './raw.js';

/**
 * What a rule about discussions (`type: discussion` at the top of its `when`) cannot use, and what only
 * such a rule can, checked on the rules file as written so each problem points at the key to edit.
 * A rule is about discussions or about issues and pull requests, never both: their fields, actions and
 * close reasons differ, and a rules file written for issues must never start acting on discussions.
 */
const NOT_FOR_DISCUSSIONS: Record<string, string> = {
  draft: 'discussions are never drafts',
  assignees: 'discussions have no assignees',
  milestone: 'discussions have no milestone',
  'active-after-label':
    'GitHub keeps no label history for discussions, so no activity can be dated after a label; use `not: { inactive: ... }` to see that someone was active recently',
  files: 'discussions have no changed files',
  base: 'discussions have no branches',
  head: 'discussions have no branches',
  linked: 'discussions have no linked pull requests',
  'issue-type': 'discussions have no issue type',
  'sub-issues': 'discussions have no sub-issues',
  parent: 'discussions have no parent issue',
  form: 'discussions are not written from issue forms',
  project: 'GitHub projects hold issues and pull requests, not discussions',
  'review-decision': 'only pull requests are reviewed',
  mergeable: 'only pull requests merge',
  checks: 'only pull requests have checks',
  size: 'only pull requests have a size in lines and files',
  'requested-reviewers': 'only pull requests have reviewers',
  'waiting-on': 'only pull requests wait on their author or reviewers',
};

/**
 * Conditions on a pull request's state: on a rule that selects issues (`type: issue` at the top of
 * its `when`) they can never hold (or, under `not`, always hold), which is a mistake in the file.
 */
const PULL_ONLY: readonly string[] = PULL_STATE_CONDITIONS;

const ACTIONS_NOT_FOR_DISCUSSIONS: Record<string, string> = {
  assign: 'discussions have no assignees',
  unassign: 'discussions have no assignees',
  milestone: 'discussions have no milestone',
  'request-review': 'only pull requests have reviewers',
  'issue-type': 'discussions have no issue type',
  'inherit-labels': 'discussions have no parent issue',
  project: 'GitHub projects hold issues and pull requests, not discussions',
};

/** Conditions only a discussion has. */
const DISCUSSION_ONLY = ['category', 'answered'];

/**
 * Reports, for the rule at `path` (`discussions`: it is about discussions), every condition and
 * action that does not fit the items it selects, and a `type: discussion` anywhere but at the top.
 */
export function checkDiscussionFit(
  raw: Record<string, unknown>,
  path: DataPath,
  id: string,
  discussions: boolean,
  ctx: CompileContext,
): void {
  const rule = `rule "${id}"`;
  const about = `${rule} is about discussions (type: discussion)`;
  const issuesOnly = isPlainMap(raw.when) && raw.when.type === 'issue';
  const visit = (map: unknown, mapPath: DataPath, top: boolean): void => {
    if (!isPlainMap(map)) return;
    for (const [key, value] of Object.entries(map)) {
      const keyPath = [...mapPath, key];
      const at = ctx.locator.keyPos(keyPath);
      if (key === 'any' || key === 'all') {
        if (Array.isArray(value)) value.forEach((child, i) => visit(child, [...keyPath, i], false));
      } else if (key === 'not') {
        visit(value, keyPath, false);
      } else if (key === 'type' && value === 'discussion' && !top) {
        ctx.reportAt(
          at,
          `${rule}: \`type: discussion\` selects discussions only at the top level of \`when\`; a rule is about discussions or about issues and pull requests, not both`,
        );
      } else if (discussions && key in NOT_FOR_DISCUSSIONS) {
        ctx.reportAt(at, `${about} and uses the condition "${key}": ${NOT_FOR_DISCUSSIONS[key]}`);
      } else if (issuesOnly && PULL_ONLY.includes(key)) {
        ctx.reportAt(
          at,
          `${rule} selects issues (type: issue) and uses the condition "${key}", which only pull requests have; use \`type: pull_request\` or remove "${key}"`,
        );
      } else if (!discussions && DISCUSSION_ONLY.includes(key)) {
        ctx.reportAt(
          at,
          `${rule} uses the condition "${key}", which only discussions have; add \`type: discussion\` to the rule's \`when\``,
        );
      }
    }
  };
  visit(raw.when, [...path, 'when'], true);
  if (isPlainMap(raw.check)) visit(raw.check.require, [...path, 'check', 'require'], false);

  if (!Array.isArray(raw.then)) return;
  raw.then.forEach((action, index) => {
    if (!isPlainMap(action)) return;
    const actionPath = [...path, 'then', index];
    for (const [key, value] of Object.entries(action)) {
      const at = ctx.locator.keyPos([...actionPath, key]);
      if (discussions && key in ACTIONS_NOT_FOR_DISCUSSIONS) {
        ctx.reportAt(at, `${about} and uses the action "${key}": ${ACTIONS_NOT_FOR_DISCUSSIONS[key]}`);
      } else if (key === 'close' && typeof value === 'string') {
        checkCloseReason(value, discussions, ctx, ctx.locator.valuePos([...actionPath, key]), rule);
      }
    }
  });
}

function checkCloseReason(
  reason: string,
  discussions: boolean,
  ctx: CompileContext,
  at: { file: string; line: number; col: number },
  rule: string,
): void {
  if (discussions && (ISSUE_CLOSE_REASONS as readonly string[]).includes(reason)) {
    ctx.reportAt(
      at,
      `${rule} closes discussions as "${reason as IssueCloseReason}", an issue's close reason; close a discussion as ${DISCUSSION_CLOSE_REASONS.join(', ')} (or true: resolved)`,
    );
  } else if (!discussions && (DISCUSSION_CLOSE_REASONS as readonly string[]).includes(reason)) {
    ctx.reportAt(
      at,
      `${rule} closes as "${reason as DiscussionCloseReason}", a discussion's close reason; close issues and pull requests as ${ISSUE_CLOSE_REASONS.join(' or ')}, or add \`type: discussion\` to a rule about discussions`,
    );
  }
}
