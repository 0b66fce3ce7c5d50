/**
 * The top-level `commands:` list and `commands-since`: each command is a built-in one or has `then`,
 * names are unique, and the allow-lists apply to the commands that use them.
 */
import { type CommandSettings } from '../model/commands.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
export declare function compileCommands(value: unknown, sinceValue: unknown, path: DataPath, ctx: CompileContext): CommandSettings | undefined;
