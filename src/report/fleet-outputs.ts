/**
 * Outputs of a run over several repositories (or a merge): the deferred backlog summed, and one line
 * per repository, within a byte budget however many repositories there are.
 */
import type { RepositoryRun } from '../fleet/sweep.js';
import { keyedRecord, ownValue } from '../model/records.js';
import { fitJsonArray } from './budget.js';
import {
  blockedByBreaker,
  blockedPlanned,
  changedOutcomes,
  failedOutcomes,
  type DeferredBacklog,
} from './result.js';

/** Bytes the `repositories` output may take: a tenth of the outputs' budget. */
export const REPOSITORIES_OUTPUT_BYTES = 90_000;

export interface RepositoryLine {
  repository: string;
  status: 'done' | 'failed' | 'not swept';
  walked: number;
  changed: number;
  /** Only when the circuit breaker stopped the repository: the items it planned to change (it changed none). */
  planned?: number;
  failed: number;
  deferred: number;
  requests: number;
  /** The forge's budget left before the sweep, when known. */
  budgetBefore?: number;
  /** What the sweep spent of it, in `spentKind` (REST requests, GraphQL points, requests). */
  spent?: number;
  spentKind?: string;
  error?: string;
}

export function fleetOutputs(runs: readonly RepositoryRun[]): {
  deferred: DeferredBacklog;
  repositories: string;
} {
  const deferred: DeferredBacklog = { items: 0, rules: keyedRecord(), writes: 0, runsNeeded: 0 };
  const lines: RepositoryLine[] = [];
  for (const run of runs) {
    const r = run.result;
    if (!r) {
      lines.push({
        repository: run.repository,
        status: 'not swept',
        walked: 0,
        changed: 0,
        failed: 0,
        deferred: 0,
        requests: 0,
        ...(run.budgetBefore ? { budgetBefore: run.budgetBefore.remaining } : {}),
        error: run.error,
      });
      continue;
    }
    deferred.items += r.deferred.items;
    deferred.writes += r.deferred.writes;
    // Repositories run in turn, each under its own budget: the slowest sets how many more runs it takes.
    deferred.runsNeeded = Math.max(deferred.runsNeeded, r.deferred.runsNeeded);
    for (const [rule, n] of Object.entries(r.deferred.rules))
      deferred.rules[rule] = (ownValue(deferred.rules, rule) ?? 0) + n;
    const failed = failedOutcomes(r).length;
    lines.push({
      repository: run.repository,
      status:
        failed > 0 || r.stop?.reason === 'circuit-breaker' || run.error !== undefined ? 'failed' : 'done',
      walked: r.walked,
      changed: changedOutcomes(r).length,
      ...(blockedByBreaker(r) ? { planned: blockedPlanned(r) } : {}),
      failed,
      deferred: r.deferred.items,
      requests: r.requests.reads + r.requests.writes,
      ...(run.budgetBefore ? { budgetBefore: run.budgetBefore.remaining } : {}),
      ...(run.spent ? { spent: run.spent.amount, spentKind: run.spent.kind } : {}),
      ...(run.error !== undefined ? { error: run.error } : {}),
    });
  }
  return { deferred, repositories: fitJsonArray(lines, REPOSITORIES_OUTPUT_BYTES).json };
}
