import { ConfigError } from '../config/errors.js';
import { projectFieldsNamed, projectsNamed, resolveProjects } from '../config/resolve-projects.js';
import type { RuleSet } from '../model/rules.js';
import type { Provider } from '../providers/provider.js';

/**
 * The GitHub projects the rules name, read once before any item is walked (one request for all of
 * them), and the rules checked against them: an unknown project, field or option is a ConfigError at
 * the rule's position, thrown before any write. Rules that name no project cost nothing.
 */
export async function resolveRunProjects(provider: Provider, rules: RuleSet): Promise<RuleSet> {
  const refs = projectsNamed(rules);
  if (refs.length === 0) return rules;
  if (!provider.projectSchemas) {
    throw new Error(`the ${provider.capabilities.name} provider cannot read GitHub projects`);
  }
  const lookups = await provider.projectSchemas(refs, projectFieldsNamed(rules));
  const { ruleSet, problems } = resolveProjects(rules, lookups);
  if (problems.length > 0) throw new ConfigError(problems);
  return ruleSet;
}
