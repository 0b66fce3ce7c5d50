/**
 * A time limit for the runs whose input an outsider may write: `mode: test` and the rules preview run
 * a pull request's rules and tests files. Globs and patterns match in linear time, so no single test
 * can hang; this bounds the whole run (a huge tests file, a slow API) at minutes instead of the job's
 * six hours, and fails the step saying so.
 */
import * as core from '@actions/core';
import { setFailed } from './log.js';

export const DEFAULT_TIME_LIMIT_MINUTES = 10;

/** The `time-limit` input in minutes (fractions allowed), or the default. */
export function readTimeLimit(): number {
  const text = core.getInput('time-limit').trim();
  if (text === '') return DEFAULT_TIME_LIMIT_MINUTES;
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new Error(`Input \`time-limit\` must be a positive number of minutes, not "${text}".`);
  }
  return minutes;
}

/** Thrown between two steps of a run once its time is up. */
export class TimeLimitExceeded extends Error {
  constructor(what: string, minutes: number) {
    super(
      `Sift ${what} stopped: it ran past its time limit of ${minutes} minute(s) (input \`time-limit\`). ` +
        'Nothing more was written. Split the tests file or the rules file, or raise time-limit.',
    );
    this.name = 'TimeLimitExceeded';
  }
}

export interface Deadline {
  /** True once the time is up: loops that never wait ask this between steps. */
  passed(): boolean;
  readonly error: TimeLimitExceeded;
}

/**
 * Runs `run` with a deadline. Asynchronous work (requests) is cut off by a timer that fails the step
 * and ends the process; synchronous loops ask `deadline.passed()` between steps and throw its error.
 */
export async function withDeadline(
  what: string,
  minutes: number,
  run: (deadline: Deadline) => Promise<void>,
): Promise<void> {
  const ms = minutes * 60_000;
  const end = performance.now() + ms;
  const deadline: Deadline = {
    passed: () => performance.now() > end,
    error: new TimeLimitExceeded(what, minutes),
  };
  const timer = setTimeout(() => {
    setFailed(deadline.error.message);
    process.exit(1);
  }, ms);
  try {
    await run(deadline);
  } catch (error) {
    if (!(error instanceof TimeLimitExceeded)) throw error;
    setFailed(error.message);
  } finally {
    clearTimeout(timer);
  }
}

/** The policy-test runner's stop check for a deadline (none without one). */
export function stopAt(deadline: Deadline | undefined): { stop?: () => Error | null } {
  return deadline ? { stop: () => (deadline.passed() ? deadline.error : null) } : {};
}
