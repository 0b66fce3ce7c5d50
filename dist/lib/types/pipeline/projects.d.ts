import type { RuleSet } from '../model/rules.js';
import type { Provider } from '../providers/provider.js';
/**
 * The GitHub projects the rules name, read once before any item is walked (one request for all of
 * them), and the rules checked against them: an unknown project, field or option is a ConfigError at
 * the rule's position, thrown before any write. Rules that name no project cost nothing.
 */
export declare function resolveRunProjects(provider: Provider, rules: RuleSet): Promise<RuleSet>;
