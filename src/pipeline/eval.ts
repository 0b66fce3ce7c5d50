/**
 * `sift eval` and `mode: eval`: runs one rule's classifier over items whose labels people already set
 * (closed and open, newest first), to measure it before it acts. Reads only; the calls go through the
 * same answerer (and cache) as a run, bounded by the sample.
 */
import type { ClassifySpec, ModelQuestion } from '../model/answers.js';
import type { Item } from '../model/item.js';
import type { Forge } from '../model/item-name.js';
import { classifySpecs } from '../config/compile-models.js';
import type { RuleSet } from '../model/rules.js';
import type { ModelAnswerer } from '../models/answerer.js';
import { scoreClassify, type ClassifyEvaluation, type EvalSample } from '../models/eval.js';
import type { Provider } from '../providers/provider.js';

export const DEFAULT_SAMPLE = 200;

export interface EvalOptions {
  provider: Provider;
  rules: RuleSet;
  ruleId: string;
  sample: number;
  models: ModelAnswerer;
}

export interface EvalResult extends ClassifyEvaluation {
  repository: string;
  /** Whose notation names items (GitLab's merge requests are `!12`); absent: GitHub's. */
  forge?: Forge;
  /** Items walked to find the sample. */
  walked: number;
  /** Labelled items found (the sample is the newest of them). */
  labelled: number;
  /** Calls this evaluation made, and answers it took from the cache. */
  calls: number;
  cached: number;
  /** Open items without any of `into`: at most this many calls a sweep of the rule would make. */
  sweepCalls: number;
}

export async function evaluateRule(options: EvalOptions): Promise<EvalResult> {
  const { provider, rules, ruleId, sample, models } = options;
  const spec = classifySpecOf(rules, ruleId);
  const into = spec.into.map((label) => label.toLowerCase());
  const labelled: { item: Item; truth: string }[] = [];
  let walked = 0;
  let sweepCalls = 0;
  for await (const item of provider.items({ state: 'all' })) {
    walked++;
    if (item.type === 'discussion') continue;
    const truths = spec.into.filter((label, i) => item.labels.some((l) => l.toLowerCase() === into[i]));
    if (truths.length === 0) {
      if (item.state === 'open') sweepCalls++;
      continue;
    }
    // An item people gave two of the choices has no single right answer: left out.
    if (truths.length === 1) labelled.push({ item, truth: truths[0] });
  }
  labelled.sort((a, b) => Date.parse(b.item.createdAt) - Date.parse(a.item.createdAt));
  const question: ModelQuestion = { kind: 'classify', spec };
  const samples: EvalSample[] = [];
  for (const { item, truth } of labelled.slice(0, sample)) {
    const answers = await models.answer(item, [question]);
    samples.push({
      item: { type: item.type, number: item.number, title: item.title, url: item.url },
      truth,
      answer: answers[spec.key],
    });
  }
  const report = models.report();
  return {
    ...scoreClassify(ruleId, spec, samples),
    repository: provider.repository,
    ...(provider.forge === 'gitlab' ? { forge: provider.forge } : {}),
    walked,
    labelled: labelled.length,
    calls: report.calls,
    cached: report.cached,
    sweepCalls,
  };
}

function classifySpecOf(rules: RuleSet, ruleId: string): ClassifySpec {
  const rule = rules.rules.find((r) => r.id === ruleId);
  if (rule === undefined) {
    throw new Error(
      `no rule "${ruleId}" in ${rules.file}; rules: ${rules.rules.map((r) => r.id).join(', ')}`,
    );
  }
  const spec = classifySpecs([...rule.when, ...(rule.check?.require ?? [])])[0];
  if (spec === undefined)
    throw new Error(`rule "${ruleId}" has no classify condition: there is nothing to evaluate`);
  return spec;
}
