/**
 * Time for the parts that wait (pacing, waiting out a rate limit). Injectable so tests run a minute of
 * pacing in no time; a fake must advance `now()` by the time it was asked to sleep. The engine never
 * reads a clock: it gets `now` as a value.
 */
export interface Clock {
    /** Epoch ms. */
    now(): number;
    sleep(ms: number): Promise<void>;
}
export declare const realClock: Clock;
