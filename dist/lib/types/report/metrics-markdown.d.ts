/**
 * The metrics part of a report issue: per metric a table (issues and pull requests apart: count,
 * median, 90th percentile), the slowest items linked, and a Mermaid chart of the weekly median.
 */
import type { MetricSpec } from '../model/activity.js';
import { type Forge } from '../model/item-name.js';
import type { MetricsResult } from './metrics.js';
export declare function metricName(spec: MetricSpec): string;
/** The section, '' when the report asks for no metrics. */
export declare function metricsSection(result: MetricsResult | undefined, periodText: string, forge?: Forge): string;
/** `3d 4h`, `5h 20m`, `12m`, `< 1m`; an em dash when there is no figure. */
export declare function span(ms: number | null): string;
