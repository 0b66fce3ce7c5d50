/**
 * The top-level `reports:` list: each report's rules must exist (a typo would report nothing, week
 * after week, without anyone noticing) and its id must be unique (the id is the marker).
 */
import type { MetricSpec } from '../model/activity.js';
import type { ReportSpec, Rule } from '../model/rules.js';
import { compileDuration } from './duration.js';
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
  metrics?: (string | { 'time-in-label': string })[];
  period?: string;
}

/** The period metrics look back over when a report names none. */
export const DEFAULT_METRICS_PERIOD = '30d';

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
    if (raw.period !== undefined && raw.metrics === undefined && ctx.isSound([...at, 'period'])) {
      ctx.report(
        [...at, 'period'],
        `report "${raw.id}" has a period but no metrics: add metrics, or remove period`,
      );
    }
    if (!ctx.isSound(at)) return;
    const periodText = raw.period ?? DEFAULT_METRICS_PERIOD;
    const metrics = raw.metrics && {
      specs: compileMetrics(raw.metrics),
      period: compileDuration(periodText, [...at, 'period'], ctx),
      periodText,
    };
    const labels = raw.labels === undefined ? DEFAULT_REPORT_LABELS : toList(raw.labels);
    reports.push({
      id: raw.id,
      title: raw.title,
      rules: raw.rules ?? ruleIds,
      labels,
      reopen: raw.reopen ?? false,
      ...(metrics ? { metrics } : {}),
      pos: ctx.locator.valuePos(at),
    });
  });
  return reports;
}

/** Metrics as the schema admits them, each asked once (a repeat would only print its section twice). */
function compileMetrics(raw: NonNullable<RawReport['metrics']>): MetricSpec[] {
  const specs: MetricSpec[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const spec: MetricSpec =
      typeof entry === 'string'
        ? { kind: entry as 'time-to-first-response' | 'time-to-close' }
        : { kind: 'time-in-label', label: entry['time-in-label'] };
    const key = spec.kind === 'time-in-label' ? `${spec.kind}:${spec.label.toLowerCase()}` : spec.kind;
    if (seen.has(key)) continue;
    seen.add(key);
    specs.push(spec);
  }
  return specs;
}
