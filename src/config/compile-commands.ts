/**
 * The top-level `commands:` list and `commands-since`: each command is a built-in one or has `then`,
 * names are unique, and the allow-lists apply to the commands that use them.
 */
import {
  BUILTIN_COMMANDS,
  DEFAULT_COMMANDS_SINCE,
  type CommandAllow,
  type CommandSettings,
  type CommandSpec,
} from '../model/commands.js';
import { compileActions } from './compile-actions.js';
import type { CompileContext } from './context.js';
import { compileDuration } from './duration.js';
import type { DataPath } from './positions.js';
import { isPlainMap, toList, type OneOrMany } from './raw.js';
import { nearest } from './suggest.js';

interface RawCommand {
  name: string;
  allow: { association?: OneOrMany; author?: boolean; logins?: OneOrMany; labels?: OneOrMany };
  then?: unknown;
}

const LABEL_COMMANDS = ['label', 'unlabel'];
const LOGIN_COMMANDS = ['assign', 'unassign', 'request-review'];

export function compileCommands(
  value: unknown,
  sinceValue: unknown,
  path: DataPath,
  ctx: CompileContext,
): CommandSettings | undefined {
  if (!Array.isArray(value)) return undefined;
  const sincePath: DataPath = ['commands-since'];
  const since =
    typeof sinceValue === 'string' && ctx.isSound(sincePath)
      ? compileDuration(sinceValue, sincePath, ctx)
      : DEFAULT_COMMANDS_SINCE;
  const firstLine = new Map<string, number>();
  const commands: CommandSpec[] = [];
  value.forEach((entry: unknown, index) => {
    const at = [...path, index];
    if (!isPlainMap(entry)) return;
    const raw = entry as unknown as RawCommand;
    const namePath = [...at, 'name'];
    if (!ctx.isSound(namePath) || typeof raw.name !== 'string') return;
    const name = raw.name.toLowerCase();
    const earlier = firstLine.get(name);
    if (earlier !== undefined) {
      ctx.report(namePath, `duplicate command "${name}": the command at line ${earlier} already uses it`);
      return;
    }
    firstLine.set(name, ctx.locator.valuePos(namePath).line);
    const builtin = (BUILTIN_COMMANDS as readonly string[]).includes(name);
    if (builtin && raw.then !== undefined) {
      ctx.report(
        [...at, 'then'],
        `"${name}" is a built-in command and takes no \`then\`; give your own command another name`,
      );
    }
    if (!builtin && raw.then === undefined) {
      const guess = nearest(name, BUILTIN_COMMANDS);
      ctx.report(
        namePath,
        `unknown command "${name}"` +
          (guess ? `; did you mean "${guess}"?` : '') +
          ` A command of your own needs \`then\` (its actions); built-in commands: ${BUILTIN_COMMANDS.join(', ')}`,
      );
    }
    const allow = compileAllow(raw, name, [...at, 'allow'], ctx);
    if (!ctx.isSound(at)) return;
    const spec: CommandSpec = { name, allow, pos: ctx.locator.valuePos(at) };
    if (!builtin && raw.then !== undefined) {
      spec.then = compileActions(raw.then, [...at, 'then'], ctx, false, { commenter: true });
    }
    commands.push(spec);
  });
  return commands.length > 0 ? { commands, since } : undefined;
}

function compileAllow(raw: RawCommand, name: string, path: DataPath, ctx: CompileContext): CommandAllow {
  const allow: CommandAllow = { association: [], author: false };
  if (!isPlainMap(raw.allow) || !ctx.isSound(path)) return allow;
  const { association, author, logins, labels } = raw.allow;
  allow.association = association === undefined ? [] : toList(association).map((a) => a.toUpperCase());
  allow.author = author === true;
  if (allow.association.length === 0 && !allow.author) {
    ctx.report(
      path,
      `nobody may use command "${name}": give "allow" an association (e.g. [OWNER, MEMBER, COLLABORATOR]) or author: true`,
    );
  }
  if (labels !== undefined) {
    if (!LABEL_COMMANDS.includes(name)) {
      ctx.report([...path, 'labels'], `"labels" limits only the label and unlabel commands, not "${name}"`);
    }
    allow.labels = toList(labels);
  }
  if (logins !== undefined) {
    if (!LOGIN_COMMANDS.includes(name)) {
      ctx.report(
        [...path, 'logins'],
        `"logins" limits only the assign, unassign and request-review commands, not "${name}"`,
      );
    }
    const list = toList(logins);
    allow.logins = list.length === 1 && list[0].toLowerCase() === 'self' ? 'self' : list;
  }
  return allow;
}
