/**
 * The rules file's model parts: the `models:` section, `classify` conditions, and the checks that tie
 * them together (a rule's question is keyed by its id; `{{classified}}` needs a `classify` in its rule).
 */
import { MODEL_DEFAULTS, type ClassifySpec, type ModelSettings, type SimilarSpec } from '../model/answers.js';
import { similarSpecs, type ActionSpec, type Condition, type Rule } from '../model/rules.js';
import { placeholdersIn } from '../model/template.js';
import { checkApiUrl } from '../providers/api-url.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { isPlainMap, type RawClassify, type RawModels, type RawSimilar } from './raw.js';

const DEFAULT_MIN_CONFIDENCE = 0.8;

/** The `models:` section with its defaults, or undefined when absent (or broken, already reported). */
export function compileModels(
  value: unknown,
  path: DataPath,
  ctx: CompileContext,
): ModelSettings | undefined {
  if (!isPlainMap(value) || !ctx.isSound(path)) return undefined;
  const raw = value as RawModels;
  // The schema's pattern wants http(s)://; what follows must be an address a request can go to too.
  if (raw.endpoint !== undefined && raw.endpoint !== 'github') {
    try {
      checkApiUrl(raw.endpoint, '"endpoint"', 'https://api.openai.com/v1');
    } catch (error) {
      ctx.report([...path, 'endpoint'], (error as Error).message);
    }
  }
  return {
    endpoint: raw.endpoint ?? MODEL_DEFAULTS.endpoint,
    model: raw.model ?? MODEL_DEFAULTS.model,
    embeddingModel: raw['embedding-model'] ?? MODEL_DEFAULTS.embeddingModel,
    maxCalls: raw['max-calls'] ?? MODEL_DEFAULTS.maxCalls,
    maxInputTokens: raw['max-input-tokens'] ?? MODEL_DEFAULTS.maxInputTokens,
    timeoutMs: raw.timeout !== undefined ? raw.timeout * 1000 : MODEL_DEFAULTS.timeoutMs,
  };
}

/** A sound `classify:` map; its key (the rule's id) is set by `checkModelRule`. */
export function compileClassify(raw: RawClassify, path: DataPath, ctx: CompileContext): Condition {
  const spec: ClassifySpec = {
    key: '',
    into: [...raw.into],
    guide: raw.guide ?? '',
    minConfidence: raw['min-confidence'] ?? DEFAULT_MIN_CONFIDENCE,
  };
  if (raw['max-confidence'] !== undefined) spec.maxConfidence = raw['max-confidence'];
  raw.into.forEach((choice, index) => {
    if (choice.trim().toLowerCase() === 'none') {
      ctx.report(
        [...path, 'into', index],
        '"none" is the model\'s answer when no choice fits; it cannot be a choice',
      );
    }
  });
  if (spec.maxConfidence !== undefined && spec.maxConfidence <= spec.minConfidence) {
    ctx.report(
      path,
      `"classify" can never hold: max-confidence ${spec.maxConfidence} must be above min-confidence ${spec.minConfidence}`,
    );
  }
  return { kind: 'classify', value: spec };
}

const SIMILAR_DEFAULTS = { min: 0.9, among: 'open', limit: 3 } as const;

/** A sound `similar:` map with its defaults; its key (the rule's id) is set by `checkModelRule`. */
export function compileSimilar(raw: RawSimilar): Condition {
  const spec: SimilarSpec = {
    key: '',
    min: raw.min ?? SIMILAR_DEFAULTS.min,
    among: raw.among ?? SIMILAR_DEFAULTS.among,
    limit: raw.limit ?? SIMILAR_DEFAULTS.limit,
  };
  return { kind: 'similar', value: spec };
}

/**
 * Keys the rule's `classify` to its id and checks how the rule uses models: one question per rule
 * (fixtures and the cache pin answers by rule id), a `models:` section to ask, and `{{classified}}` only
 * where a `classify` gives it a value, and as a whole label, so a label is always one of `into`.
 */
export function checkModelRule(rule: Rule, hasModels: boolean, ctx: CompileContext): void {
  const specs = classifySpecs([...rule.when, ...(rule.check?.require ?? [])]);
  for (const spec of specs) spec.key = rule.id;
  const similar = similarSpecs([...rule.when, ...(rule.check?.require ?? [])]);
  for (const spec of similar) spec.key = rule.id;
  if (similar.length > 0 && !hasModels) {
    ctx.reportAt(
      rule.pos,
      `rule "${rule.id}" uses "similar" but the file has no "models:" section; add \`models: { endpoint: github }\` (embeddings: openai/text-embedding-3-small)`,
    );
  }
  for (const problem of similarPlaceholderProblems(rule.then, similarSpecs(rule.when).length > 0)) {
    ctx.reportAt(rule.pos, `rule "${rule.id}": ${problem}`);
  }
  if (specs.length > 1) {
    ctx.reportAt(
      rule.pos,
      `rule "${rule.id}" has ${specs.length} classify conditions; a rule asks one question`,
    );
  }
  if (specs.length > 0 && !hasModels) {
    ctx.reportAt(
      rule.pos,
      `rule "${rule.id}" uses "classify" but the file has no "models:" section; add \`models: { model: openai/gpt-4.1-mini }\``,
    );
  }
  for (const problem of placeholderProblems(rule.then, specs.length > 0)) {
    ctx.reportAt(rule.pos, `rule "${rule.id}": ${problem}`);
  }
}

function placeholderProblems(then: readonly ActionSpec[], classifies: boolean): string[] {
  const problems: string[] = [];
  const need = (where: string) =>
    problems.push(
      `${where} uses {{classified}} or {{confidence}}, which need a "classify" condition in the rule`,
    );
  for (const action of then) {
    if (action.kind === 'label' || action.kind === 'unlabel') {
      for (const label of action.labels) {
        const names = placeholdersIn(label).map((u) => u.name);
        if (!names.some((n) => n === 'classified' || n === 'confidence')) continue;
        if (action.kind === 'unlabel' || label !== '{{classified}}') {
          problems.push(
            `"${action.kind}: ${label}": a model's choice is a label only as the whole value "{{classified}}" of "label"`,
          );
        } else if (!classifies) need('"label"');
      }
    } else if (action.kind === 'issue-type' && action.name !== null && action.name.includes('{{')) {
      if (action.name !== '{{classified}}')
        problems.push(`"issue-type: ${action.name}": only "{{classified}}" is allowed`);
      else if (!classifies) need('"issue-type"');
    } else if (action.kind === 'comment' && !classifies) {
      if (placeholdersIn(action.template).some((u) => u.name === 'classified' || u.name === 'confidence')) {
        need('the comment');
      }
    }
  }
  return problems;
}

/** Every `classify` in these conditions, in file order (a valid rule has at most one). */
export function classifySpecs(conditions: readonly Condition[], out: ClassifySpec[] = []): ClassifySpec[] {
  for (const c of conditions) {
    if (c.kind === 'classify') out.push(c.value);
    else if (c.kind === 'all' || c.kind === 'any') classifySpecs(c.value, out);
    else if (c.kind === 'not') classifySpecs([c.value], out);
  }
  return out;
}

/** `{{similar}}` and `{{similar_top}}` need a `similar` condition in the rule's `when`. */
function similarPlaceholderProblems(then: readonly ActionSpec[], hasSimilar: boolean): string[] {
  if (hasSimilar) return [];
  const problems: string[] = [];
  for (const action of then) {
    const texts =
      action.kind === 'comment' ? [action.template] : action.kind === 'label' ? action.labels : [];
    for (const text of texts) {
      if (placeholdersIn(text).some((u) => u.name === 'similar' || u.name === 'similar_top')) {
        problems.push(
          `"${action.kind}" uses {{similar}} or {{similar_top}}, which need a "similar" condition in the rule's "when"`,
        );
      }
    }
  }
  return problems;
}
