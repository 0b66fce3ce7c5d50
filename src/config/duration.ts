import type { Duration } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Converts a duration the schema has accepted (`^[0-9]+[mhdw]$`) to milliseconds. */
export function compileDuration(text: string, path: DataPath, ctx: CompileContext): Duration {
  const amount = Number(text.slice(0, -1));
  const ms = amount * UNIT_MS[text.slice(-1)];
  // Past this, milliseconds lose precision and date arithmetic goes wrong silently.
  if (!Number.isSafeInteger(ms)) {
    ctx.report(path, `duration "${text}" is too long`);
    return 0; // never used: a reported problem makes the load fail
  }
  return ms;
}
