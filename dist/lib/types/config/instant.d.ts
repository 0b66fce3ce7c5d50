import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
export declare const INSTANT_FORM = "use an ISO 8601 date (2024-01-01, midnight UTC) or a date-time with a time zone (2024-01-01T12:00:00Z, 2024-01-01T14:00+02:00)";
/**
 * Converts a date or date-time the schema has accepted to epoch milliseconds. The pattern checks the
 * form only, so a day that does not exist (2025-02-30) or an hour 24 is caught here: `Date` would
 * silently roll it over into the next month or day.
 */
export declare function compileInstant(text: string, path: DataPath, ctx: CompileContext): number;
