import { checkCapabilities, ConfigError, loadRules } from '../config/index.js';
import type { RuleSet } from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';

/**
 * Loads the rules file and checks it against what the provider can do, so that a rule the forge cannot
 * carry out fails the run before its first request instead of halfway through it.
 */
export async function loadCheckedRules(path: string, capabilities: Capabilities): Promise<RuleSet> {
  const rules = await loadRules(path);
  const problems = checkCapabilities(rules, capabilities);
  if (problems.length > 0) throw new ConfigError(problems);
  return rules;
}
