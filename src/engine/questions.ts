/**
 * Which model questions decide an item now. The pipeline asks this when the engine needs the fact
 * `answers`, so only the questions of rules that are reached, and whose other conditions do not
 * already decide them, cost a call: a rule whose `labels: { none: ['kind/*'] }` is false asks nothing.
 * Pure, like the rest of the engine: it walks the rules as `planItem` does.
 */
import type { ModelQuestion } from '../model/answers.js';
import type { Item, ItemFacts } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import { resolveRules, ruleSeesItem, type CompiledRules } from './compile.js';
import type { CompiledCondition } from './conditions.js';
import { answerOf, similarOf } from './model-tests.js';
import { advance } from './plan.js';
import { createProjection, type Projection } from './projection.js';
import { UNKNOWN } from './truth.js';

export function pendingQuestions(
  item: Item,
  facts: ItemFacts,
  rules: RuleSet | CompiledRules,
  now: Date,
): ModelQuestion[] {
  const compiled = resolveRules(rules);
  const p = createProjection(item, facts, now.getTime(), compiled.clock);
  for (const rule of compiled.rules) {
    const step = advance(rule, p);
    if (step === null || !('facts' in step)) continue;
    if (!step.facts.includes('answers') && !step.facts.includes('similar')) return [];
    return unanswered(rule.fires, p);
  }
  // The walk decided without them; a check's `require` may still need one (evaluateChecks).
  const fresh = createProjection(item, facts, now.getTime(), compiled.clock);
  for (const rule of compiled.rules) {
    if (rule.require === null || !ruleSeesItem(rule, item)) continue;
    const questions = [...unanswered(rule.when, fresh), ...unanswered(rule.require, fresh)];
    if (questions.length > 0) return questions;
  }
  return [];
}

/** The unanswered questions among the conditions that keep `cond` unknown. */
function unanswered(cond: CompiledCondition, p: Projection, out: ModelQuestion[] = []): ModelQuestion[] {
  if (cond.test(p) !== UNKNOWN) return out;
  const source = cond.source;
  if (source.kind === 'classify') {
    if (answerOf(p, source.value.key) === undefined) out.push({ kind: 'classify', spec: source.value });
    return out;
  }
  if (source.kind === 'similar') {
    if (similarOf(p, source.value.among) === undefined) out.push({ kind: 'similar', spec: source.value });
    return out;
  }
  for (const child of cond.children) unanswered(child, p, out);
  return out;
}
