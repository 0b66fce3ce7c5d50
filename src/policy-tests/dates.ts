/**
 * Dates in a tests file: absolute (ISO 8601) or relative to the tests' `now` ("90d ago"), so a test
 * keeps its meaning whatever day it runs on.
 */
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const RELATIVE = /^(\d+)([mhdw]) ago$/;
/** A date, or a date and time with a zone: a time without one would depend on the machine's zone. */
const ABSOLUTE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const SPELT_OUT = /^(\d+)\s*(minute|hour|day|week)s?\s+ago$/i;

export const DATE_FORM =
  'write an ISO 8601 date (2026-05-01), a date and time with a zone (2026-05-01T12:00:00Z), or a time before `now` such as 90d ago';

export type DateResult = { ok: true; at: number } | { ok: false; message: string };

/** Epoch ms of `text`, counted back from `now` when relative; or what is wrong with it. */
export function parseTestDate(text: string, now: number): DateResult {
  const trimmed = text.trim();
  const relative = RELATIVE.exec(trimmed);
  if (relative) return { ok: true, at: now - Number(relative[1]) * UNIT_MS[relative[2]] };
  if (ABSOLUTE.test(trimmed)) {
    const at = Date.parse(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
    if (!Number.isNaN(at)) return { ok: true, at };
  }
  const spelt = SPELT_OUT.exec(trimmed);
  const hint = spelt ? `; did you mean "${spelt[1]}${spelt[2][0].toLowerCase()} ago"?` : `: ${DATE_FORM}`;
  return { ok: false, message: `invalid date ${JSON.stringify(text)}${hint}` };
}
