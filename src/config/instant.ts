import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';

/**
 * The forms the schema lets through: a date, or a date-time with seconds optional and a time zone
 * required (a zone-less time would depend on where the run happens; the runner's clock is UTC but a
 * laptop's is not).
 */
const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export const INSTANT_FORM =
  'use an ISO 8601 date (2024-01-01, midnight UTC) or a date-time with a time zone (2024-01-01T12:00:00Z, 2024-01-01T14:00+02:00)';

/**
 * Converts a date or date-time the schema has accepted to epoch milliseconds. The pattern checks the
 * form only, so a day that does not exist (2025-02-30) or an hour 24 is caught here: `Date` would
 * silently roll it over into the next month or day.
 */
export function compileInstant(text: string, path: DataPath, ctx: CompileContext): number {
  const match = FORM.exec(text);
  const fields = match === null ? [] : match.slice(1, 7).map((part) => Number(part ?? 0));
  const [year, month, day, hour, minute, second] = fields;
  const valid =
    match !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    (match[7] === undefined || match[7] === 'Z' || validOffset(match[7]));
  if (!valid) {
    ctx.report(path, `invalid date "${text}": no such day or time; ${INSTANT_FORM}`);
    return 0; // never used: a reported problem makes the load fail
  }
  // A bare date is its midnight in UTC, as GitHub's search and actions/stale's start-date read it.
  return Date.parse(match[4] === undefined ? `${text}T00:00:00Z` : text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Offsets in use run from -12:00 to +14:00. */
function validOffset(offset: string): boolean {
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  return hours <= 14 && minutes <= 59;
}
