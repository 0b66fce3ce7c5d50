import { checkCapabilities, ConfigError, loadRules } from '../config/index.js';
import type { RuleSet } from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';

/**
 * Fails the run before its first request when a rule asks for something the provider cannot do,
 * instead of halfway through it.
 */
export function assertSupported(rules: RuleSet, capabilities: Capabilities): void {
  const problems = checkCapabilities(rules, capabilities);
  if (problems.length > 0) throw new ConfigError(problems);
}

/** Loads the rules file and checks it against what the provider can do. */
export async function loadCheckedRules(path: string, capabilities: Capabilities): Promise<RuleSet> {
  const rules = await loadRules(path);
  assertSupported(rules, capabilities);
  return rules;
}

/** The rules with their `on` lists dropped: a backfill runs event rules over every existing item once. */
export function forBackfill(rules: RuleSet): RuleSet {
  return { ...rules, rules: rules.rules.map((rule) => ({ ...rule, on: undefined })) };
}
