/**
 * The limits that keep one bad run from making a mess of a repository. Defaults are those of the
 * Action's inputs; the library and the CLI use the same.
 */
export interface SafetyLimits {
  /** Write requests one run may make. */
  maxOperations: number;
  /** Share of walked items a run may change before the circuit breaker stops it. */
  maxChangeRatio: number;
  /** Comments posted per minute (GitHub allows 80 content-creating requests a minute). */
  commentsPerMinute: number;
}

export const SAFETY_DEFAULTS: SafetyLimits = {
  maxOperations: 200,
  maxChangeRatio: 0.5,
  commentsPerMinute: 80,
};

/**
 * Below this many changed items the breaker stays quiet: on a repository of six issues, changing four
 * is a normal first run, not a rule gone wrong.
 */
export const BREAKER_MIN_CHANGES = 10;

export function tripsBreaker(changed: number, walked: number, maxChangeRatio: number): boolean {
  return changed >= BREAKER_MIN_CHANGES && changed > maxChangeRatio * walked;
}

/** What the circuit breaker saw: the items the plan would change, of those walked, and the limit. */
export interface BreakerTrip {
  planned: number;
  walked: number;
  maxChangeRatio: number;
}

/**
 * The one line a stopped run says: what stopped it and the one input to change. `setting` spells the
 * input as the entry point takes it (`max-change-ratio: 1` in a workflow, `--max-change-ratio 1` on
 * the command line).
 */
export function breakerLine(trip: BreakerTrip, setting = 'max-change-ratio: 1'): string {
  const share = trip.walked === 0 ? 100 : Math.round((trip.planned / trip.walked) * 100);
  return (
    `Stopped by the circuit breaker: this run would change ${trip.planned} of the ${trip.walked} items walked ` +
    `(${share}%), more than max-change-ratio ${trip.maxChangeRatio} allows. To accept it, run once with ` +
    `${setting}.`
  );
}

/**
 * Reads the limits from text (Action inputs, CLI flags). Blank means the default; anything else that is
 * not a number in range is an error naming the setting, so a typo never silently lifts a limit.
 */
export function parseLimits(text: Partial<Record<keyof SafetyLimits, string | undefined>>): SafetyLimits {
  return {
    maxOperations: parseNumber('max-operations', text.maxOperations, SAFETY_DEFAULTS.maxOperations, 0, true),
    maxChangeRatio: parseNumber(
      'max-change-ratio',
      text.maxChangeRatio,
      SAFETY_DEFAULTS.maxChangeRatio,
      0,
      false,
      1,
    ),
    commentsPerMinute: parseNumber(
      'comments-per-minute',
      text.commentsPerMinute,
      SAFETY_DEFAULTS.commentsPerMinute,
      0,
      true,
    ),
  };
}

function parseNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  integer: boolean,
  max = Infinity,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value.trim());
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    const range = max === Infinity ? `${min} or more` : `between ${min} and ${max}`;
    throw new LimitError(
      `\`${name}\` must be ${integer ? 'a whole number' : 'a number'} ${range}, not "${value}".`,
    );
  }
  return n;
}

export class LimitError extends Error {
  override name = 'LimitError';
}
