/**
 * The second half of checking `project` conditions and actions: against the projects as the forge
 * defines them, read once per run before any item is walked. An unknown project, field or option, or
 * a value of the wrong type for its field, is a problem at the rule's position, and the run makes no
 * writes. Each use gets its project's definition attached, which the engine reads for `@current`.
 */
import type { ProjectLookup } from '../providers/provider.js';
import {
  describeProject,
  findField,
  ITERATION_KEYWORDS,
  projectRefsOf,
  sameProject,
  type ProjectRef,
  type ProjectSchema,
  valueProblem,
} from '../model/projects.js';
import type { ActionSpec, Condition, Rule, RuleSet, SourcePos } from '../model/rules.js';
import type { ConfigProblem } from './errors.js';
import { nearest } from './suggest.js';

/** Every project the rules name (conditions, actions, commands' actions), each once. */
export function projectsNamed(ruleSet: RuleSet): ProjectRef[] {
  const refs: ProjectRef[] = [];
  visit(ruleSet, {
    condition: (c) => (typeof c.value === 'string' ? undefined : void refs.push(c.value.project)),
    action: (a) => void refs.push(a.target.project),
  });
  return projectRefsOf(refs);
}

/** Every field name the rules use in project conditions and actions, each once (as first written). */
export function projectFieldsNamed(ruleSet: RuleSet): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  };
  visit(ruleSet, {
    condition: (c) => (typeof c.value === 'string' ? undefined : c.value.fields.forEach((f) => add(f.name))),
    action: (a) => a.target.fields.forEach((f) => add(f.name)),
  });
  return names;
}

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
export function resolveProjects(
  ruleSet: RuleSet,
  lookups: readonly ProjectLookup[],
  options: ResolveOptions = {},
): { ruleSet: RuleSet; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const at = (pos: SourcePos, message: string) => problems.push({ ...pos, message });
  const find = (ref: ProjectRef) => lookups.find((l) => sameProject(l.ref, ref));

  /** The project's definition, or undefined with the problem said (once per use). */
  function schemaFor(
    ref: ProjectRef,
    pos: SourcePos,
    rule: string,
    values: string[],
  ): ProjectSchema | undefined {
    const lookup = find(ref);
    if (lookup === undefined) {
      if (!options.lenient) at(pos, `rule "${rule}": project ${describeProject(ref)} was not read`);
      else if (values.some((v) => (ITERATION_KEYWORDS as readonly string[]).includes(v)))
        at(
          pos,
          `rule "${rule}": @current and @next need project ${describeProject(ref)}'s iterations${options.undefinedAdvice ?? ''}`,
        );
      return undefined;
    }
    if (lookup.schema === null) {
      at(pos, `rule "${rule}": project ${describeProject(ref)}: ${lookup.problem}`);
      return undefined;
    }
    return lookup.schema;
  }

  function checkField(
    schema: ProjectSchema,
    use: { name: string; pos: SourcePos },
    values: readonly string[],
    rule: string,
  ): void {
    const field = findField(schema, use.name);
    const where = `project ${describeProject(schema)}`;
    if (field === undefined) {
      const usable = schema.fields.filter((f) => f.type !== 'OTHER').map((f) => f.name);
      const guess = nearest(use.name, usable);
      at(
        use.pos,
        `rule "${rule}": ${where} has no field "${use.name}"${guess ? `; did you mean "${guess}"?` : ''} (fields: ${usable.join(', ') || 'none'})`,
      );
      return;
    }
    for (const value of values) {
      const wrong = valueProblem(field, value, nearest);
      if (wrong) at(use.pos, `rule "${rule}": ${where}, field "${field.name}": ${wrong}`);
    }
  }

  const resolved = mapRuleSet(ruleSet, {
    condition: (cond, rule) => {
      if (typeof cond.value === 'string') return cond;
      const values = cond.value.fields.flatMap((f) => f.values);
      const schema = schemaFor(cond.value.project, cond.value.pos, rule, values);
      if (!schema) return cond;
      for (const use of cond.value.fields) checkField(schema, use, use.values, rule);
      return { kind: 'project', value: { ...cond.value, schema } };
    },
    action: (action, rule) => {
      const values = action.target.fields.map((f) => f.value);
      const schema = schemaFor(action.target.project, action.target.pos, rule, values);
      if (!schema) return action;
      for (const use of action.target.fields) checkField(schema, use, [use.value], rule);
      return { kind: 'project', target: { ...action.target, schema } };
    },
  });
  return { ruleSet: resolved, problems };
}

type ProjectCondition = Extract<Condition, { kind: 'project' }>;
type ProjectAction = Extract<ActionSpec, { kind: 'project' }>;

interface Visitor {
  condition: (cond: ProjectCondition, rule: string) => void;
  action: (action: ProjectAction, rule: string) => void;
}

interface Mapper {
  condition: (cond: ProjectCondition, rule: string) => ProjectCondition;
  action: (action: ProjectAction, rule: string) => ProjectAction;
}

function visit(ruleSet: RuleSet, visitor: Visitor): void {
  mapRuleSet(ruleSet, {
    condition: (c, rule) => (visitor.condition(c, rule), c),
    action: (a, rule) => (visitor.action(a, rule), a),
  });
}

/** The rule set with every project condition and action (rules, checks, commands) mapped. */
function mapRuleSet(ruleSet: RuleSet, mapper: Mapper): RuleSet {
  const mapCondition = (cond: Condition, rule: string): Condition => {
    switch (cond.kind) {
      case 'project':
        return mapper.condition(cond, rule);
      case 'all':
      case 'any':
        return { ...cond, value: cond.value.map((c) => mapCondition(c, rule)) };
      case 'not':
        return { ...cond, value: mapCondition(cond.value, rule) };
      default:
        return cond;
    }
  };
  const mapAction = (action: ActionSpec, rule: string): ActionSpec =>
    action.kind === 'project' ? mapper.action(action, rule) : action;
  const rules = ruleSet.rules.map((rule): Rule => ({
    ...rule,
    when: rule.when.map((c) => mapCondition(c, rule.id)),
    then: rule.then.map((a) => mapAction(a, rule.id)),
    ...(rule.check
      ? { check: { ...rule.check, require: rule.check.require.map((c) => mapCondition(c, rule.id)) } }
      : {}),
  }));
  const commands = ruleSet.commands && {
    ...ruleSet.commands,
    commands: ruleSet.commands.commands.map((command) =>
      command.then
        ? { ...command, then: command.then.map((a) => mapAction(a, `/${command.name}`)) }
        : command,
    ),
  };
  return { ...ruleSet, rules, ...(commands ? { commands } : {}) };
}
