/**
 * A test's `model:` map: the answers a model would give, by rule id, so policies with `classify` are
 * tested without a model. Checked against the rules file: the rule must exist and ask a question, and
 * a choice must be one of its `into` (or `none`), as a real answer is checked on arrival.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import { isPlainMap } from '../config/raw.js';
import { nearest } from '../config/suggest.js';
import { classifySpecs } from '../config/compile-models.js';
import type { ModelAnswers, SimilarAnswer, SimilarAnswers } from '../model/answers.js';
import type { Item } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';

export function compileModelFixture(
  value: unknown,
  path: DataPath,
  ctx: CompileContext,
  rules: RuleSet,
): ModelAnswers | undefined {
  if (!isPlainMap(value) || !ctx.isSound(path)) return undefined;
  const answers: ModelAnswers = {};
  for (const [ruleId, raw] of Object.entries(value)) {
    const at = [...path, ruleId];
    const rule = rules.rules.find((r) => r.id === ruleId);
    if (rule === undefined) {
      const guess = nearest(
        ruleId,
        rules.rules.map((r) => r.id),
      );
      ctx.report(at, `no rule "${ruleId}" in ${rules.file}${guess ? `; did you mean "${guess}"?` : ''}`);
      continue;
    }
    const spec = classifySpecs([...rule.when, ...(rule.check?.require ?? [])])[0];
    if (spec === undefined) {
      ctx.report(at, `rule "${ruleId}" has no classify condition: it asks no model`);
      continue;
    }
    const answer = raw as { choice?: string; confidence?: number; failed?: true; deferred?: true };
    if (answer.failed) answers[ruleId] = { status: 'failed', reason: 'failed (pinned by the test)' };
    else if (answer.deferred) answers[ruleId] = { status: 'deferred' };
    else {
      const choice = answer.choice ?? 'none';
      if (choice !== 'none' && !spec.into.includes(choice)) {
        ctx.report(
          [...at, 'choice'],
          `"${choice}" is not one of rule "${ruleId}"'s choices (${spec.into.join(', ')}) nor none; ` +
            'a model answer outside `into` counts as none',
        );
        continue;
      }
      answers[ruleId] = {
        status: 'answered',
        choice: choice === 'none' ? null : choice,
        confidence: answer.confidence ?? 0,
        cached: false,
      };
    }
  }
  return answers;
}

/**
 * A test's `similar:` (validated by the schema): the same answer for every `among`, each candidate with
 * an address beside the item's own (`.../issues/12`), as a forge would give it.
 */
export function compileSimilarFixture(value: unknown, item: Item): SimilarAnswers | undefined {
  if (value === undefined) return undefined;
  let answer: SimilarAnswer;
  if (Array.isArray(value)) {
    const candidates = (value as { number: number; score: number }[]).map((c) => ({
      number: c.number,
      score: c.score,
      url: item.url.replace(/\d+$/, String(c.number)),
    }));
    answer = { status: 'answered', candidates, cached: false };
  } else if ((value as { deferred?: true }).deferred) answer = { status: 'deferred' };
  else answer = { status: 'failed', reason: 'failed (pinned by the test)' };
  return { open: answer, closed: answer, all: answer };
}
