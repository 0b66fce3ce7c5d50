import type { Clock } from '../../src/model/clock.js';

/** Time that passes only when someone sleeps; `sleeps` records each wait asked for. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += ms;
  }
}
