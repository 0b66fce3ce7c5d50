/**
 * Which way the Action runs, from the event that started the workflow (input `mode` can force one):
 * - sweep: walk every item (schedule, workflow_dispatch, anything without an item);
 * - event: triage only the issue or pull request in the event payload;
 * - check: like event, but only check rules run (a pull-request check that passes or fails).
 */
import { ITEM_EVENTS } from '../providers/github/webhook.js';

export type Mode = 'sweep' | 'event' | 'check';

export function chooseMode(input: string, eventName: string): Mode {
  const hasItem = (ITEM_EVENTS as readonly string[]).includes(eventName);
  const wanted = input.trim().toLowerCase();
  if (wanted === '' || wanted === 'auto') return hasItem ? 'event' : 'sweep';
  if (wanted !== 'sweep' && wanted !== 'event' && wanted !== 'check') {
    throw new Error(`Input \`mode\` must be auto, sweep, event, check or test, not "${input}".`);
  }
  if (wanted !== 'sweep' && !hasItem) {
    throw new Error(
      `mode: ${wanted} triages the item of an issue or pull-request event, but this run was started by ` +
        `"${eventName || 'no event'}". Use mode: sweep (or auto) for scheduled runs.`,
    );
  }
  return wanted;
}
