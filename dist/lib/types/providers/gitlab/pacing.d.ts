/**
 * Keeps note creation under GitLab's per-user limit (gitlab.com: 60 notes a minute) so a run that
 * comments on many items slows down instead of collecting 429s. A sliding window: the first `perMinute`
 * notes go at once, later ones wait until the oldest leaves the window.
 */
import type { Clock } from '../../model/clock.js';
export declare class NotePacer {
    private readonly perMinute;
    private readonly clock;
    private readonly sent;
    /** `perMinute` of Infinity turns pacing off. */
    constructor(perMinute: number, clock: Clock);
    /** Resolves when one more note may be sent, and counts it as sent. */
    take(): Promise<void>;
}
