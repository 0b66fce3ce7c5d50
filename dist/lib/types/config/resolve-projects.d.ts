/**
 * The second half of checking `project` conditions and actions: against the projects as the forge
 * defines them, read once per run before any item is walked. An unknown project, field or option, or
 * a value of the wrong type for its field, is a problem at the rule's position, and the run makes no
 * writes. Each use gets its project's definition attached, which the engine reads for `@current`.
 */
import type { ProjectLookup } from '../providers/provider.js';
import { type ProjectRef } from '../model/projects.js';
import type { RuleSet } from '../model/rules.js';
import type { ConfigProblem } from './errors.js';
/** Every project the rules name (conditions, actions, commands' actions), each once. */
export declare function projectsNamed(ruleSet: RuleSet): ProjectRef[];
/** Every field name the rules use in project conditions and actions, each once (as first written). */
export declare function projectFieldsNamed(ruleSet: RuleSet): string[];
export interface ResolveOptions {
    /**
     * A project without a lookup is left as written instead of being a problem (policy tests, whose
     * file need not define every project): values compare as written and `@current` cannot be used.
     */
    lenient?: boolean;
    /** Appended to the message about a project without a definition, in lenient mode. */
    undefinedAdvice?: string;
}
/** The rule set with each project use resolved, and every problem found; nothing else changes. */
export declare function resolveProjects(ruleSet: RuleSet, lookups: readonly ProjectLookup[], options?: ResolveOptions): {
    ruleSet: RuleSet;
    problems: ConfigProblem[];
};
