import type {
  ActorGroup,
  AgeBounds,
  Bounds,
  Condition,
  LabelSet,
  ReviewDecision,
  SubIssueBounds,
} from '../model/rules.js';
import type { CompileContext } from './context.js';
import { compileDuration } from './duration.js';
import { compileInstant } from './instant.js';
import type { DataPath } from './positions.js';
import {
  isPlainMap,
  toList,
  type RawActorGroup,
  type RawAgeBounds,
  type RawConditions,
  type RawCount,
  type RawLabelSet,
} from './raw.js';
import { compileClassify, compileSimilar } from './compile-models.js';
import { compileForm } from './compile-form.js';
import { compileProjectCondition } from './compile-project.js';
import { compileRegex } from './regex.js';

/** Compiles a `when`-style map to its conditions, one per key, in the order written. */
export function compileConditionMap(value: unknown, path: DataPath, ctx: CompileContext): Condition[] {
  if (!isPlainMap(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const condition = compileCondition(key as keyof RawConditions, child, [...path, key], ctx);
    return condition ? [condition] : [];
  });
}

/** A condition map nested in any/all/not: one condition, or an `all` when it holds several. */
function compileConditionGroup(value: unknown, path: DataPath, ctx: CompileContext): Condition {
  const conditions = compileConditionMap(value, path, ctx);
  return conditions.length === 1 ? conditions[0] : { kind: 'all', value: conditions };
}

function compileConditionList(value: unknown, path: DataPath, ctx: CompileContext): Condition[] {
  if (!Array.isArray(value)) return [];
  return value.map((item, index) => compileConditionGroup(item, [...path, index], ctx));
}

function compileCondition(
  key: keyof RawConditions,
  value: unknown,
  path: DataPath,
  ctx: CompileContext,
): Condition | undefined {
  // Combinators are descended into even when broken further down, so sound siblings still get checked.
  if (key === 'any' || key === 'all') return { kind: key, value: compileConditionList(value, path, ctx) };
  if (key === 'not') return { kind: 'not', value: compileConditionGroup(value, path, ctx) };
  if (!ctx.isSound(path)) return undefined;

  // Sound: the value has the shape RawConditions documents for this key.
  const raw = { [key]: value } as Required<RawConditions>;
  switch (key) {
    case 'type':
      return { kind: 'type', value: raw.type };
    case 'state':
      return { kind: 'state', value: raw.state };
    case 'draft':
      return { kind: 'draft', value: raw.draft };
    case 'locked':
      return { kind: 'locked', value: raw.locked };
    case 'labels':
      return { kind: 'labels', value: compileLabelSet(raw.labels) };
    case 'title':
    case 'body': {
      const regex = compileRegex(raw[key], path, ctx);
      return regex ? { kind: key, value: regex } : undefined;
    }
    case 'author':
      return { kind: 'author', value: toList(raw.author) };
    case 'author-association':
      return {
        kind: 'author-association',
        value: toList(raw['author-association']).map((a) => a.toUpperCase()),
      };
    case 'assignees': {
      const assignees = raw.assignees;
      return {
        kind: 'assignees',
        value: assignees === 'none' || assignees === 'any' ? assignees : toList(assignees),
      };
    }
    case 'milestone':
      return { kind: 'milestone', value: raw.milestone };
    case 'created':
    case 'updated':
      return { kind: key, value: compileAgeBounds(raw[key], path, ctx) };
    case 'inactive': {
      const inactive = raw.inactive;
      if (typeof inactive === 'string')
        return { kind: 'inactive', value: compileDuration(inactive, path, ctx) };
      const span = compileDuration(inactive.for, [...path, 'for'], ctx);
      return { kind: 'inactive', value: span, ...byOf(inactive.by) };
    }
    case 'labeled': {
      const entries = Object.entries(raw.labeled).map(([label, duration]) => [
        label,
        compileDuration(duration, [...path, label], ctx),
      ]);
      return { kind: 'labeled', value: Object.fromEntries(entries) as Record<string, number> };
    }
    case 'comments':
    case 'human-comments':
    case 'reactions':
    case 'thumbs-up':
      return { kind: key, value: compileCount(raw[key], key, path, ctx) };
    case 'files':
      return { kind: 'files', value: compileLabelSet(raw.files) };
    case 'base':
    case 'head':
      return { kind: key, value: toList(raw[key]) };
    case 'linked':
      return { kind: 'linked', value: raw.linked };
    case 'issue-type': {
      const types = raw['issue-type'];
      return { kind: 'issue-type', value: types === 'none' || types === 'any' ? types : toList(types) };
    }
    case 'sub-issues': {
      const bounds: SubIssueBounds = {};
      for (const part of ['total', 'open'] as const) {
        const count = raw['sub-issues'][part];
        if (count !== undefined) bounds[part] = compileCount(count, part, [...path, part], ctx);
      }
      return { kind: 'sub-issues', value: bounds };
    }
    case 'parent':
      return { kind: 'parent', value: raw.parent };
    case 'form':
      return { kind: 'form', value: compileForm(raw.form, path, ctx) };
    case 'project':
      return { kind: 'project', value: compileProjectCondition(raw.project, path, ctx) };
    case 'active-after-label': {
      const after = raw['active-after-label'];
      if (typeof after === 'string') return { kind: 'active-after-label', value: after };
      return { kind: 'active-after-label', value: after.label, ...byOf(after.by) };
    }
    case 'review-decision':
      return { kind: 'review-decision', value: toList(raw['review-decision']) as ReviewDecision[] };
    case 'mergeable':
      return { kind: 'mergeable', value: raw.mergeable };
    case 'checks': {
      const checks = raw.checks;
      return {
        kind: 'checks',
        value: typeof checks === 'string' ? checks : { failing: toList(checks.failing) },
      };
    }
    case 'size': {
      const size = raw.size;
      const value: { lines?: Bounds; files?: Bounds } = {};
      if (size.lines !== undefined) value.lines = compileCount(size.lines, 'lines', [...path, 'lines'], ctx);
      if (size.files !== undefined) value.files = compileCount(size.files, 'files', [...path, 'files'], ctx);
      return { kind: 'size', value };
    }
    case 'requested-reviewers': {
      const reviewers = raw['requested-reviewers'];
      return {
        kind: 'requested-reviewers',
        value: reviewers === 'none' || reviewers === 'any' ? reviewers : toList(reviewers),
      };
    }
    case 'waiting-on':
      return { kind: 'waiting-on', value: raw['waiting-on'] };
    case 'category':
      return { kind: 'category', value: toList(raw.category) };
    case 'answered':
      return { kind: 'answered', value: raw.answered };
    case 'classify':
      return compileClassify(raw.classify, path, ctx);
    case 'similar':
      return compileSimilar(raw.similar);
    case 'vetoed':
      return { kind: 'vetoed', value: raw.vetoed };
    default:
      // Unknown keys were reported by the validator.
      return undefined;
  }
}

/** `by: anyone` (or none) is the clock as it always was: no filter on the condition. */
function byOf(by: RawActorGroup | undefined): { by?: ActorGroup } {
  return by === undefined || by === 'anyone' ? {} : { by };
}

function compileLabelSet(raw: RawLabelSet): LabelSet {
  const set: LabelSet = {};
  if (raw.any !== undefined) set.any = toList(raw.any);
  if (raw.all !== undefined) set.all = toList(raw.all);
  if (raw.none !== undefined) set.none = toList(raw.none);
  return set;
}

function compileAgeBounds(raw: RawAgeBounds, path: DataPath, ctx: CompileContext): AgeBounds {
  const bounds: AgeBounds = {};
  const olderThan = raw['older-than'];
  const newerThan = raw['newer-than'];
  if (olderThan !== undefined) bounds.olderThan = compileDuration(olderThan, [...path, 'older-than'], ctx);
  if (newerThan !== undefined) bounds.newerThan = compileDuration(newerThan, [...path, 'newer-than'], ctx);
  if (
    bounds.olderThan !== undefined &&
    bounds.newerThan !== undefined &&
    bounds.olderThan >= bounds.newerThan
  ) {
    ctx.report(
      path,
      `"${String(path[path.length - 1])}" can never hold: older-than ${olderThan} must be shorter than newer-than ${newerThan}`,
    );
  }
  // Fixed dates (actions/stale's start-date): `after` is inclusive, `before` exclusive.
  const { after, before } = raw;
  if (after !== undefined) bounds.after = compileInstant(after, [...path, 'after'], ctx);
  if (before !== undefined) bounds.before = compileInstant(before, [...path, 'before'], ctx);
  if (bounds.after !== undefined && bounds.before !== undefined && bounds.after >= bounds.before) {
    ctx.report(
      path,
      `"${String(path[path.length - 1])}" can never hold: after ${after} must be earlier than before ${before}`,
    );
  }
  return bounds;
}

/** `3` (exactly) or `{ min, max }`, for comments, human comments and reaction counts. */
function compileCount(raw: RawCount, key: string, path: DataPath, ctx: CompileContext): Bounds {
  if (typeof raw === 'number') return { min: raw, max: raw };
  const bounds: Bounds = {};
  if (raw.min !== undefined) bounds.min = raw.min;
  if (raw.max !== undefined) bounds.max = raw.max;
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    ctx.report(path, `"${key}" can never hold: min ${bounds.min} is greater than max ${bounds.max}`);
  }
  return bounds;
}
