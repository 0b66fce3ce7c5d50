/**
 * Which way the Action runs, from the event that started the workflow (input `mode` can force one):
 * - sweep: walk every item (schedule, workflow_dispatch, anything without an item);
 * - event: triage only the issue, pull request or discussion of the event;
 * - check: like event, but only check rules run (a pull-request check that passes or fails);
 * - preview: on a pull request that changes the rules file, what the change would do (preview.ts).
 *   `auto` picks it after looking at the pull request's files; `chooseMode` only says `event` then;
 * - shards: list the organisation's repositories and split them into shards for a matrix (no triage);
 * - merge: join the result files of a matrix's shards into one summary (no triage).
 */
import { EVENTS_WITH_ITEM } from '../providers/github/webhook.js';

export type Mode = 'sweep' | 'event' | 'check' | 'preview' | 'shards' | 'merge';

export function chooseMode(input: string, eventName: string): Mode {
  const hasItem = EVENTS_WITH_ITEM.includes(eventName);
  const wanted = input.trim().toLowerCase();
  if (wanted === '' || wanted === 'auto') return hasItem ? 'event' : 'sweep';
  if (wanted === 'shards' || wanted === 'merge') return wanted;
  if (wanted !== 'sweep' && wanted !== 'event' && wanted !== 'check' && wanted !== 'preview') {
    throw new Error(
      `Input \`mode\` must be auto, sweep, event, check, preview, test, shards or merge, not "${input}".`,
    );
  }
  if (wanted === 'preview' && !['pull_request', 'pull_request_target'].includes(eventName)) {
    throw new Error(
      `mode: preview shows what a pull request's rules change would do, but this run was started by ` +
        `"${eventName || 'no event'}". Run it on pull_request or pull_request_target.`,
    );
  }
  if (wanted !== 'sweep' && !hasItem) {
    throw new Error(
      `mode: ${wanted} triages the item of an issue, pull-request or discussion event, but this run was started by ` +
        `"${eventName || 'no event'}". Use mode: sweep (or auto) for scheduled runs.`,
    );
  }
  return wanted;
}
