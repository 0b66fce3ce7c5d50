import { DEFAULT_ACTIVITY, type ActivitySettings } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { isPlainMap, toList, type RawActivity } from './raw.js';

/** The top-level `activity:` map; absent (or broken, already reported) means the defaults. */
export function compileActivity(value: unknown, path: DataPath, ctx: CompileContext): ActivitySettings {
  if (!isPlainMap(value) || !ctx.isSound(path)) return DEFAULT_ACTIVITY;
  const raw = value as RawActivity;
  const ignore = raw['ignore-actors'];
  return {
    ignoreActors: ignore === undefined ? DEFAULT_ACTIVITY.ignoreActors : toList(ignore),
    reactions: raw.reactions ?? DEFAULT_ACTIVITY.reactions,
    linked: raw.linked ?? DEFAULT_ACTIVITY.linked,
  };
}
