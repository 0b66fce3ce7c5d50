/**
 * Keeps note creation under GitLab's per-user limit (gitlab.com: 60 notes a minute) so a run that
 * comments on many items slows down instead of collecting 429s. A sliding window: the first `perMinute`
 * notes go at once, later ones wait until the oldest leaves the window.
 */
import type { Clock } from '../../model/clock.js';

const WINDOW_MS = 60_000;

export class NotePacer {
  private readonly sent: number[] = [];

  /** `perMinute` of Infinity turns pacing off. */
  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {
    if (!(perMinute > 0)) throw new Error(`notesPerMinute must be a positive number, not ${perMinute}`);
  }

  /** Resolves when one more note may be sent, and counts it as sent. */
  async take(): Promise<void> {
    if (this.perMinute === Infinity) return;
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0] <= now - WINDOW_MS) this.sent.shift();
      if (this.sent.length < this.perMinute) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(this.sent[0] + WINDOW_MS - now);
    }
  }
}
