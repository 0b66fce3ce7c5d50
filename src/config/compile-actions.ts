import type { ActionSpec } from '../model/rules.js';
import { isFormPlaceholder, isPlaceholder, PLACEHOLDERS, placeholdersIn } from '../model/template.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { toList, type RawActions } from './raw.js';
import { nearest } from './suggest.js';
import { compileProjectAction, type RawProject } from './compile-project.js';

/**
 * Compiles a `then` list; broken entries (already reported by the validator) are left out.
 * `discussions`: the rule is about discussions, whose plain `close: true` means GitHub's default
 * reason for them, `resolved`.
 */
export function compileActions(
  value: unknown,
  path: DataPath,
  ctx: CompileContext,
  discussions = false,
  placeholders: { commenter?: boolean } = {},
): ActionSpec[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    const itemPath = [...path, index];
    return ctx.isSound(itemPath)
      ? [compileAction(item as RawActions, itemPath, ctx, discussions, placeholders.commenter === true)]
      : [];
  });
}

/** `raw` is sound, so it holds exactly one of the keys of RawActions, shaped as documented there. */
function compileAction(
  raw: RawActions,
  path: DataPath,
  ctx: CompileContext,
  discussions: boolean,
  commenter: boolean,
): ActionSpec {
  const kind = Object.keys(raw)[0] as keyof RawActions;
  switch (kind) {
    case 'label':
    case 'unlabel':
    case 'inherit-labels':
      return { kind, labels: toList(raw[kind]) };
    case 'comment':
      checkPlaceholders(raw.comment, [...path, 'comment'], ctx, commenter);
      return { kind, template: raw.comment };
    case 'close':
      if (raw.close !== true) return { kind, reason: raw.close };
      return { kind, reason: discussions ? 'resolved' : 'completed' };
    case 'reopen':
    case 'unlock':
    case 'delete-branch':
      return { kind };
    case 'lock':
      return { kind, reason: raw.lock === true ? null : raw.lock };
    case 'assign':
    case 'unassign':
    case 'request-review':
      return { kind, logins: toList(raw[kind]) };
    case 'milestone':
      // `none` reads better than YAML's `null` or `~`; a milestone literally titled "none" cannot be set.
      return { kind, title: raw.milestone === 'none' ? null : raw.milestone };
    case 'project':
      checkProjectPlaceholders(raw.project, path, ctx, commenter);
      return { kind, target: compileProjectAction(raw.project, [...path, 'project'], ctx) };
    case 'issue-type': {
      // As with milestones, `none` clears: an issue type literally named "none" cannot be set.
      const name = raw['issue-type'];
      return { kind, name: name === null || name.toLowerCase() === 'none' ? null : name };
    }
  }
}

/** Field values are templates, as a comment is (`Reported by: {{author}}`). */
function checkProjectPlaceholders(
  raw: RawProject,
  path: DataPath,
  ctx: CompileContext,
  commenter: boolean,
): void {
  for (const [name, value] of Object.entries(raw.fields ?? {})) {
    if (typeof value === 'string')
      checkPlaceholders(value, [...path, 'project', 'fields', name], ctx, commenter);
  }
}

function checkPlaceholders(template: string, path: DataPath, ctx: CompileContext, commenter: boolean): void {
  for (const use of placeholdersIn(template)) {
    if (use.name === 'commenter' && !commenter) {
      ctx.reportAt(
        ctx.locator.stringPos(path, use.index),
        '"{{commenter}}" names who wrote a command: it works only in a command\'s `then`, not in a rule',
      );
      continue;
    }
    if (isPlaceholder(use.name) || isFormPlaceholder(use.name)) continue;
    const valid = commenter ? PLACEHOLDERS : PLACEHOLDERS.filter((name) => name !== 'commenter');
    const guess = nearest(use.name, valid);
    const hint = guess === undefined ? '' : ` did you mean "{{${guess}}}"?`;
    ctx.reportAt(
      ctx.locator.stringPos(path, use.index),
      `unknown placeholder "{{${use.name}}}" in the comment;${hint} valid placeholders: ${valid.join(', ')}, form.ID, form_missing`,
    );
  }
}
