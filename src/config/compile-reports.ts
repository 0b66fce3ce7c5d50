/**
 * The top-level `reports:` list: each report's rules must exist (a typo would report nothing, week
 * after week, without anyone noticing) and its id must be unique (the id is the marker).
 */
import type { ReportSpec, Rule } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { isPlainMap, toList, type OneOrMany } from './raw.js';
import { nearest } from './suggest.js';

/** Labels of a report issue when the report names none: how Sift finds its report again. */
export const DEFAULT_REPORT_LABELS = ['sift-report'];

interface RawReport {
  id: string;
  title: string;
  rules?: string[];
  labels?: OneOrMany;
  reopen?: boolean;
}

export function compileReports(
  value: unknown,
  path: DataPath,
  rules: readonly Rule[],
  ctx: CompileContext,
): ReportSpec[] {
  if (!Array.isArray(value)) return [];
  const ruleIds = rules.map((r) => r.id);
  const firstLine = new Map<string, number>();
  const reports: ReportSpec[] = [];
  value.forEach((entry: unknown, index) => {
    const at = [...path, index];
    if (!isPlainMap(entry)) return;
    const raw = entry as unknown as RawReport;
    // Each part is checked when it is sound, so one run reports every problem of the list.
    if (ctx.isSound([...at, 'id']) && typeof raw.id === 'string') {
      const idLine = ctx.locator.valuePos([...at, 'id']).line;
      const earlier = firstLine.get(raw.id);
      if (earlier !== undefined) {
        ctx.report(
          [...at, 'id'],
          `duplicate report id "${raw.id}": the report at line ${earlier} already uses it`,
        );
      } else firstLine.set(raw.id, idLine);
    }
    if (ctx.isSound([...at, 'rules'])) {
      (raw.rules ?? []).forEach((rule, i) => {
        if (ruleIds.includes(rule)) return;
        const suggestion = nearest(rule, ruleIds);
        ctx.report(
          [...at, 'rules', i],
          `report "${raw.id}" names rule "${rule}", which the rules file does not have` +
            (suggestion ? `; did you mean "${suggestion}"?` : `; known rules: ${ruleIds.join(', ')}`),
        );
      });
    }
    if (!ctx.isSound(at)) return;
    const labels = raw.labels === undefined ? DEFAULT_REPORT_LABELS : toList(raw.labels);
    reports.push({
      id: raw.id,
      title: raw.title,
      rules: raw.rules ?? ruleIds,
      labels,
      reopen: raw.reopen ?? false,
      pos: ctx.locator.valuePos(at),
    });
  });
  return reports;
}
