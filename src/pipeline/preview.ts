/**
 * The rules preview: a dry run of two rule sets (a pull request's base and head rules files) over the
 * repository in one walk. Each item is listed and its facts read once, and both plans come from that
 * same item, so the two sides differ only by their rules. Reads only: nothing here writes.
 */
import { resolveRunProjects } from './projects.js';
import { factsNeeded, planItem, ruleRunsOn, rulesFor, type CompiledRules } from '../engine/index.js';
import { preparePlan, type PreparedPlan } from '../executor/index.js';
import type { Item } from '../model/item.js';
import type { ItemRef } from '../model/plan.js';
import { vetoedRules, type RuleSet } from '../model/rules.js';
import { RateLimitStop, type ItemQuery, type OwnComment, type Provider } from '../providers/provider.js';
import { readAhead } from './read-ahead.js';
import { recentSinceOf, scopeOf } from './scope.js';
import { pendingQuestions } from '../engine/questions.js';
import { FactCache } from './triage.js';

export interface PreviewOptions {
  provider: Provider;
  /** The base branch's rules; null when it has no rules file (the pull request adds it). */
  before: RuleSet | null;
  /** The pull request's rules; null when it deletes the rules file. */
  after: RuleSet | null;
  /** The instant both plans are computed at. */
  now: Date;
}

/** What one rule id does on each side. A rule only in one file has 0 on the other. */
export interface RuleDelta {
  rule: string;
  /** Items the base rules change with this rule. */
  before: number;
  after: number;
  /** Items the rule starts changing with the pull request (walk order). */
  added: ItemRef[];
  /** Items it stops changing. */
  removed: ItemRef[];
  inBefore: boolean;
  inAfter: boolean;
  /** The rule answers events only (`on` without schedule): a sweep, and so this preview, never runs it. */
  eventsOnly: boolean;
}

export interface PreviewResult {
  repository: string;
  walked: number;
  rules: RuleDelta[];
  /** Items whose facts could not be read: neither plan counts them. */
  failures: { item: ItemRef; error: string }[];
  /** The walk stopped early (a rate limit): the counts cover the items walked. */
  stop?: string;
  requests: { reads: number; writes: number };
}

interface Side {
  compiled: CompiledRules;
}

export async function previewRules(options: PreviewOptions): Promise<PreviewResult> {
  const { provider, now } = options;
  // Projects resolved as a run resolves them (each side against the same projects).
  const sets = [
    options.before && (await resolveRunProjects(provider, options.before)),
    options.after && (await resolveRunProjects(provider, options.after)),
  ];
  const sides = sets.map((set): Side | null => (set ? { compiled: rulesFor(set, 'sweep') } : null));
  const rules = ruleDeltas(options.before, options.after);
  const byId = new Map(rules.map((r) => [r.rule, r]));
  const result: PreviewResult = {
    repository: provider.repository,
    walked: 0,
    rules,
    failures: [],
    requests: { reads: 0, writes: 0 },
  };
  const present = sets.filter((s): s is RuleSet => s !== null);
  if (present.length > 0) {
    try {
      for await (const item of readAhead(provider.items(queryOf(present, sides, now)), 100)) {
        result.walked++;
        let changed: Set<string>[];
        try {
          changed = await changedBySide(provider, item, sides, now);
        } catch (error) {
          if (error instanceof RateLimitStop) throw error;
          result.failures.push({
            item: refOf(item),
            error: error instanceof Error ? error.message : String(error),
          });
          continue;
        }
        const [before, after] = changed;
        for (const id of new Set([...before, ...after])) {
          const delta = byId.get(id);
          if (!delta) continue;
          if (before.has(id)) delta.before++;
          if (after.has(id)) delta.after++;
          if (after.has(id) && !before.has(id)) delta.added.push(refOf(item));
          if (before.has(id) && !after.has(id)) delta.removed.push(refOf(item));
        }
      }
    } catch (error) {
      if (!(error instanceof RateLimitStop)) throw error;
      result.stop = error.message;
    }
  }
  result.requests = provider.requestCounts();
  return result;
}

/** For each side, the ids of the rules that would really change the item (a comment already there does not). */
async function changedBySide(
  provider: Provider,
  item: Item,
  sides: (Side | null)[],
  now: Date,
): Promise<Set<string>[]> {
  // One cache for both sides: a fact either side asks for is read once, and so is a comment lookup
  // both sides make (the same rule's comment in both files).
  // No model is asked: the pull request's rules file is not trusted to name an endpoint for the
  // workflow's token. Each side's questions get no answer, so its classify rules do not fire.
  const facts = new FactCache(provider, item, {
    pending: (f) => sides.flatMap((side) => (side ? pendingQuestions(item, f, side.compiled, now) : [])),
    vetoed: [...new Set(sides.flatMap((side) => (side ? vetoedRules(side.compiled.source.rules) : [])))],
  });
  const lookups = withCommentMemo(provider);
  const out: Set<string>[] = [];
  for (const side of sides) {
    if (!side) {
      out.push(new Set());
      continue;
    }
    const plan = await facts.settle((f) => planItem(item, f, side.compiled, now));
    out.push(plan ? effectiveRules(await preparePlan(lookups, plan)) : new Set());
  }
  return out;
}

/** The provider, with `findComment` answered once per marker and cycle (for one item's two plans). */
function withCommentMemo(provider: Provider): Provider {
  const memo = new Map<string, Promise<OwnComment | null>>();
  const findComment: Provider['findComment'] = (key, marker, since) => {
    const id = `${key.type}#${key.number}\0${marker}\0${since ?? ''}`;
    let found = memo.get(id);
    if (!found) memo.set(id, (found = provider.findComment(key, marker, since)));
    return found;
  };
  return new Proxy(provider, {
    get(target, name) {
      if (name === 'findComment') return findComment;
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function effectiveRules(prepared: PreparedPlan): Set<string> {
  const ids = new Set<string>();
  for (const rule of prepared.plan.rules) {
    const real = rule.changes.some(
      (change) => change.kind !== 'comment' || prepared.comments.get(change)?.kind !== 'unchanged',
    );
    if (real) ids.add(rule.rule);
  }
  return ids;
}

/** The head's rules in file order, then those only the base has. */
function ruleDeltas(before: RuleSet | null, after: RuleSet | null): RuleDelta[] {
  const all = [...(after?.rules ?? []), ...(before?.rules ?? [])];
  return [...new Set(all.map((r) => r.id))].map((rule) => {
    const inBefore = before?.rules.some((r) => r.id === rule) ?? false;
    const inAfter = after?.rules.some((r) => r.id === rule) ?? false;
    const versions = all.filter((r) => r.id === rule);
    return {
      rule,
      before: 0,
      after: 0,
      added: [],
      removed: [],
      inBefore,
      inAfter,
      eventsOnly: versions.every((r) => !ruleRunsOn(r, 'sweep')),
    };
  });
}

/** One listing that covers both rule sets: the wider scope, every fact either may need. */
function queryOf(sets: RuleSet[], sides: (Side | null)[], now: Date): ItemQuery {
  const compiled = sides.filter((s): s is Side => s !== null).map((s) => s.compiled);
  const since = compiled
    .map((c) => recentSinceOf(c, now).recentSince)
    .filter((s): s is string => s !== undefined)
    .sort()[0];
  return {
    ...scopeOf({ ...sets[0], rules: sets.flatMap((s) => s.rules) }),
    prefetch: [...new Set(compiled.flatMap((c) => factsNeeded(c)))].sort(),
    ...(since ? { recentSince: since } : {}),
    commentMarkers: sets.some((s) => s.rules.some((r) => r.then.some((a) => a.kind === 'comment'))),
  };
}

function refOf(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}
