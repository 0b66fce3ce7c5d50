/**
 * Spaces out content-creating requests (comments) so a run stays under the forge's per-minute limit
 * (GitHub: 80 a minute; gitlab.com: 60 notes a minute) instead of tripping its secondary limit.
 */
import { realClock, type Clock } from '../model/clock.js';

export { realClock, type Clock };

export class Pacer {
  private readonly sent: number[] = [];

  constructor(
    /** At most this many in any 60-second window; 0 or less means unpaced. */
    private readonly perMinute: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Waits until one more request fits in the window, then counts it. */
  async take(): Promise<void> {
    if (this.perMinute <= 0) return;
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0] <= now - 60_000) this.sent.shift();
      if (this.sent.length < this.perMinute) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(this.sent[0] + 60_000 - now);
    }
  }
}
