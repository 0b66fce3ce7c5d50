import { RULE_EVENTS, SWEEP_EVENTS } from '../engine/events.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { nearest } from './suggest.js';

/**
 * Compiles a rule's `on` (the schema has checked the `event` / `event.action` form). The event part
 * must be one Sift knows, with a suggestion for typos; the action part is free-form, since GitHub adds
 * actions over time and an unknown one simply never matches. Undefined when the rule has no `on`.
 */
export function compileEvents(value: unknown, path: DataPath, ctx: CompileContext): string[] | undefined {
  if (value === undefined) return undefined;
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  entries.forEach((entry, index) => {
    const entryPath = Array.isArray(value) ? [...path, index] : path;
    // Entries are checked one by one, so a typo is reported next to a malformed sibling.
    if (typeof entry !== 'string' || !ctx.isSound(entryPath)) return;
    const [event, action] = entry.split('.');
    if (!(RULE_EVENTS as readonly string[]).includes(event)) {
      const guess = nearest(event, RULE_EVENTS);
      const hint = guess === undefined ? '' : ` did you mean "${guess}"?`;
      ctx.report(entryPath, `unknown event "${event}" in "on";${hint} events: ${RULE_EVENTS.join(', ')}`);
    } else if (action !== undefined && SWEEP_EVENTS.includes(event)) {
      ctx.report(entryPath, `"${event}" has no actions: write "${event}" alone`);
    }
  });
  return ctx.isSound(path) ? (entries as string[]) : undefined;
}
