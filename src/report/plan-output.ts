/** The machine-readable plan: the `plan` output of the Action and `--json` of the CLI. */
import type { Change } from '../model/plan.js';
import type { ChangeStatus } from '../executor/index.js';
import type { TriageResult } from './result.js';

export interface PlanEntry {
  number: number;
  type: string;
  url: string;
  title: string;
  rules: { rule: string; actions: (Change & { status: ChangeStatus })[] }[];
  error?: string;
}

export function planEntries(result: TriageResult): PlanEntry[] {
  return result.outcomes.map((o) => ({
    number: o.item.number,
    type: o.item.type,
    url: o.item.url,
    title: o.item.title,
    rules: o.rules.map((r) => ({
      rule: r.rule,
      actions: r.changes.map((c) => ({ ...c.change, status: c.status })),
    })),
    ...(o.error !== undefined ? { error: o.error } : {}),
  }));
}
