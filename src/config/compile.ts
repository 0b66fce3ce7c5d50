import { selectsDiscussions, vetoTargets, type Rule, type RuleSet } from '../model/rules.js';
import { compileActions } from './compile-actions.js';
import { compileActivity } from './compile-activity.js';
import { compileCommands } from './compile-commands.js';
import { compileConditionMap } from './compile-conditions.js';
import { compileEvents } from './compile-events.js';
import { checkModelRule, compileModels } from './compile-models.js';
import { compileReports } from './compile-reports.js';
import { checkDiscussionFit } from './discussion-rules.js';
import { findConflicts } from './conflicts.js';
import { scopeProblems } from './item-scope.js';
import { CompileContext } from './context.js';
import type { ConfigProblem } from './errors.js';
import type { SourceLocator } from './positions.js';
import { isPlainMap } from './raw.js';
import type { ShapeProblem } from './validate.js';
import { nearest } from './suggest.js';

export interface CompileResult {
  ruleSet: RuleSet;
  /** Problems beyond the schema's: regexes, placeholders, duplicate ids, conflicting actions. */
  problems: ConfigProblem[];
}

/**
 * Turns validated data into a RuleSet. Parts the validator rejected are skipped, the rest is still
 * compiled so its problems are reported in the same run; the RuleSet is only usable when no problem
 * was found anywhere.
 */
export function compileRuleSet(
  data: unknown,
  shapeProblems: readonly ShapeProblem[],
  locator: SourceLocator,
): CompileResult {
  const ctx = new CompileContext(locator, shapeProblems);
  const rawRules = isPlainMap(data) && Array.isArray(data.rules) ? (data.rules as unknown[]) : [];
  const models = compileModels(isPlainMap(data) ? data.models : undefined, ['models'], ctx);
  const firstIdLine = new Map<string, number>();
  const rules: Rule[] = [];

  rawRules.forEach((raw, index) => {
    const path = ['rules', index];
    if (!isPlainMap(raw)) return;
    const pos = locator.valuePos(path);

    const idPath = [...path, 'id'];
    const id = ctx.isSound(idPath) && typeof raw.id === 'string' ? raw.id : undefined;
    if (id !== undefined) {
      const idLine = locator.valuePos(idPath).line;
      const earlier = firstIdLine.get(id);
      if (earlier === undefined) firstIdLine.set(id, idLine);
      else ctx.report(idPath, `duplicate rule id "${id}": the rule at line ${earlier} already uses it`);
    }

    const when = compileConditionMap(raw.when, [...path, 'when'], ctx);
    // Without a state condition a rule would also walk every closed item: rarely meant, and slow.
    const implicitOpen = !isPlainMap(raw.when) || !('state' in raw.when);
    if (implicitOpen) when.push({ kind: 'state', value: 'open' });

    const discussions = selectsDiscussions({ when });
    if (id !== undefined) checkDiscussionFit(raw, path, id, discussions, ctx);

    const thenPath = [...path, 'then'];
    const then = compileActions(raw.then, thenPath, ctx, discussions);
    if (id !== undefined && ctx.isSound(thenPath)) {
      const conflicts = findConflicts(id, then);
      for (const conflict of conflicts) ctx.reportAt(pos, conflict);
      for (const problem of scopeProblems(id, when, then)) ctx.reportAt(pos, problem);
      // A rule that reopens but only sees open items would silently never fire.
      if (implicitOpen && conflicts.length === 0 && then.some((action) => action.kind === 'reopen')) {
        ctx.reportAt(
          pos,
          `rule "${id}" reopens items but only looks at open ones; add \`state: closed\` to its \`when\``,
        );
      }
    }

    const rule: Rule = { id: id ?? '', when, then, pos };
    if (typeof raw.description === 'string') rule.description = raw.description;
    const on = compileEvents(raw.on, [...path, 'on'], ctx);
    if (on !== undefined) rule.on = on;
    // Compiled even when broken elsewhere, so problems in `require` are reported in the same run.
    if (isPlainMap(raw.check)) {
      const { message, require } = raw.check;
      rule.check = {
        message: typeof message === 'string' ? message : '',
        require: compileConditionMap(require, [...path, 'check', 'require'], ctx),
      };
    }
    checkModelRule(rule, models !== undefined, ctx);
    rules.push(rule);
  });

  checkVetoes(rules, ctx);
  const activity = compileActivity(isPlainMap(data) ? data.activity : undefined, ['activity'], ctx);
  const reports = compileReports(isPlainMap(data) ? data.reports : undefined, ['reports'], rules, ctx);
  const commands = isPlainMap(data)
    ? compileCommands(data.commands, data['commands-since'], ['commands'], ctx)
    : undefined;
  const ruleSet: RuleSet = {
    file: locator.file,
    rules,
    activity,
    ...(reports.length > 0 ? { reports } : {}),
    ...(commands ? { commands } : {}),
    ...(models ? { models } : {}),
  };
  return { ruleSet, problems: ctx.problems };
}

/**
 * `vetoed: RULE` names a rule of this file that comments: a veto is a thumbs-down on, or a reply after,
 * that rule's comment, so a rule without one could never be vetoed.
 */
function checkVetoes(rules: readonly Rule[], ctx: CompileContext): void {
  for (const rule of rules) {
    for (const target of vetoTargets([...rule.when, ...(rule.check?.require ?? [])])) {
      const named = rules.find((r) => r.id === target);
      if (named === undefined) {
        const guess = nearest(
          target,
          rules.map((r) => r.id),
        );
        ctx.reportAt(
          rule.pos,
          `rule "${rule.id}": "vetoed: ${target}" names no rule of this file${guess ? `; did you mean "${guess}"?` : ''}`,
        );
      } else if (!named.then.some((a) => a.kind === 'comment')) {
        ctx.reportAt(
          rule.pos,
          `rule "${rule.id}": "vetoed: ${target}" names a rule that posts no comment, so nothing of it can be vetoed; give "${target}" a comment`,
        );
      }
    }
  }
}
