/**
 * A walk's request slots (src/providers/github/request-slots.ts): never more than `size` held, the
 * lowest rank served first when one frees, and requests still waiting refused (never sent) once the
 * walk has ended.
 */
import { RequestSlots, WalkEnded } from '../../src/providers/github/request-slots.js';

describe('RequestSlots', () => {
  it('grants at most size at once, then the lowest rank waiting as each is released', async () => {
    const slots = new RequestSlots(2);
    const granted: number[] = [];
    const take = (rank: number) =>
      slots.acquire(rank).then((release) => {
        granted.push(rank);
        return release;
      });
    const first = await take(1);
    const second = await take(2);
    const later = [take(7), take(5), take(6)];
    await Promise.resolve();
    expect(granted).toEqual([1, 2]);
    first();
    first(); // a second release of the same slot frees nothing more
    const fifth = await later[1];
    expect(granted).toEqual([1, 2, 5]);
    second();
    await later[2];
    expect(granted).toEqual([1, 2, 5, 6]);
    fifth();
    await later[0];
    expect(granted).toEqual([1, 2, 5, 6, 7]);
  });

  it('refuses the requests still waiting once closed, and any asked after', async () => {
    const slots = new RequestSlots(1);
    const held = await slots.acquire(1);
    const waiting = slots.acquire(2);
    slots.close();
    await expect(waiting).rejects.toBeInstanceOf(WalkEnded);
    await expect(slots.acquire(3)).rejects.toBeInstanceOf(WalkEnded);
    held();
  });

  it('needs at least one slot', () => {
    expect(() => new RequestSlots(0)).toThrow(/at least 1/);
  });
});
