/**
 * Spaces out content-creating requests (comments) so a run stays under the forge's per-minute limit
 * (GitHub: 80 a minute; gitlab.com: 60 notes a minute) instead of tripping its secondary limit.
 */
import { realClock, type Clock } from '../model/clock.js';
export { realClock, type Clock };
export declare class Pacer {
    /** At most this many in any 60-second window; 0 or less means unpaced. */
    private readonly perMinute;
    private readonly clock;
    private readonly sent;
    constructor(
    /** At most this many in any 60-second window; 0 or less means unpaced. */
    perMinute: number, clock?: Clock);
    /** Waits until one more request fits in the window, then counts it. */
    take(): Promise<void>;
}
