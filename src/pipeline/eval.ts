/**
 * `sift eval` and `mode: eval`: runs one rule's classifier over items whose labels people already set
 * (closed and open, newest first), to measure it before it acts. Reads only; the calls go through the
 * same answerer (and cache) as a run, bounded by the sample.
 */
import type { ClassifySpec, ModelQuestion, SimilarAnswer, SimilarSpec } from '../model/answers.js';
import type { ItemRef } from '../model/plan.js';
import { similarHolds } from '../engine/model-tests.js';
import { UNKNOWN } from '../engine/truth.js';
import type { Item } from '../model/item.js';
import type { Forge } from '../model/item-name.js';
import { classifySpecs } from '../config/compile-models.js';
import { similarSpecs, type RuleSet } from '../model/rules.js';
import type { ModelAnswerer, SimilarQuestion } from '../models/answerer.js';
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

/**
 * What `sift eval` measured for a rule with `similar`: of the items people closed as duplicates, how
 * many the rule would have flagged (caught), and of the other items how many it would have flagged all
 * the same (false matches). Candidates are every item of the same type opened before each one, open or
 * closed now (what was open back then is not known).
 */
export interface SimilarEvalResult {
  kind: 'similar';
  rule: string;
  repository: string;
  forge?: Forge;
  min: number;
  walked: number;
  /** Items evaluated: the newest `sample` issues and pull requests. */
  evaluated: number;
  /**
   * Of those, the items people closed as duplicates: closed with the forge's close reason `duplicate`
   * (`closedAs`), or closed with the label `duplicate` (see `duplicateBy`).
   */
  duplicates: number;
  /** How the duplicates were told: by their close reason (whatever their labels), or by the label alone. */
  duplicatesBy: { closedAs: number; label: number };
  caught: number;
  /** Evaluated items that are not duplicates, and how many of them the rule would have flagged. */
  others: number;
  falseMatches: number;
  /** Items whose similar items could not be computed (not scored). */
  failed: number;
  calls: number;
  embedded: number;
  cachedEmbeddings: number;
  samples: { item: ItemRef; duplicate: DuplicateBy | null; answer: SimilarAnswer }[];
}

/** The label people give an item they close as a duplicate (GitHub's and GitLab's default label). */
export const DUPLICATE_LABEL = 'duplicate';

export type DuplicateBy = 'closedAs' | 'label';

/**
 * Whether people closed the item as a duplicate, and how that is known: the forge's close reason
 * (GitHub's "Close as duplicate", GitLab's `/duplicate`), else the label `duplicate` on a closed item
 * (how projects marked duplicates before forges recorded the reason). null: not a people's duplicate.
 */
export function duplicateBy(item: Item): DuplicateBy | null {
  if (item.state !== 'closed') return null;
  if (item.closedAs === 'duplicate') return 'closedAs';
  return item.labels.some((l) => l.toLowerCase() === DUPLICATE_LABEL) ? 'label' : null;
}

export async function evaluateRule(options: EvalOptions): Promise<EvalResult | SimilarEvalResult> {
  const { provider, rules, ruleId, sample, models } = options;
  const similar = similarSpecOf(rules, ruleId);
  if (similar !== undefined) return evaluateSimilar(options, similar);
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

async function evaluateSimilar(options: EvalOptions, spec: SimilarSpec): Promise<SimilarEvalResult> {
  const { provider, ruleId, sample, models } = options;
  const items: Item[] = [];
  let walked = 0;
  for await (const item of provider.items({ state: 'all' })) {
    walked++;
    if (item.type !== 'discussion') items.push(item);
  }
  items.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  // The walk's items are the candidates too: no second listing.
  const list = async function* () {
    yield* items;
  };
  const question: SimilarQuestion = { kind: 'similar', spec: { ...spec, among: 'all' } };
  const bounds = { all: { min: spec.min, limit: spec.limit } };
  const samples: SimilarEvalResult['samples'] = [];
  const by = { closedAs: 0, label: 0 };
  let caught = 0;
  let others = 0;
  let falseMatches = 0;
  let failed = 0;
  for (const item of items.slice(0, sample)) {
    const answer = (await models.similar(item, [question], list, bounds)).all!;
    const duplicate = duplicateBy(item);
    samples.push({
      item: { type: item.type, number: item.number, title: item.title, url: item.url },
      duplicate,
      answer,
    });
    const flagged = similarHolds(spec, answer);
    if (flagged === UNKNOWN) {
      failed++;
      continue;
    }
    if (duplicate !== null) {
      by[duplicate]++;
      if (flagged) caught++;
    } else {
      others++;
      if (flagged) falseMatches++;
    }
  }
  const report = models.report();
  return {
    kind: 'similar',
    rule: ruleId,
    repository: provider.repository,
    ...(provider.forge === 'gitlab' ? { forge: provider.forge } : {}),
    min: spec.min,
    walked,
    evaluated: samples.length,
    duplicates: by.closedAs + by.label,
    duplicatesBy: by,
    caught,
    others,
    falseMatches,
    failed,
    calls: report.calls,
    embedded: report.embeddings?.embedded ?? 0,
    cachedEmbeddings: report.embeddings?.cached ?? 0,
    samples,
  };
}

function similarSpecOf(rules: RuleSet, ruleId: string): SimilarSpec | undefined {
  const rule = rules.rules.find((r) => r.id === ruleId);
  if (rule === undefined) return undefined;
  const conditions = [...rule.when, ...(rule.check?.require ?? [])];
  return classifySpecs(conditions).length > 0 ? undefined : similarSpecs(conditions)[0];
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
    throw new Error(`rule "${ruleId}" has no classify or similar condition: there is nothing to evaluate`);
  return spec;
}
