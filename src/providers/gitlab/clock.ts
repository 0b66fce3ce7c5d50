/**
 * Time as the provider sees it: waiting out a 429 and pacing notes. Injectable so tests run a minute of
 * pacing in no time; a fake must advance `now()` by the time it was asked to sleep.
 */
export interface Clock {
  /** Epoch ms. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
