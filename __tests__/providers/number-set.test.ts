import { NumberSet } from '../../src/providers/number-set.js';

describe('NumberSet', () => {
  it('holds exactly the numbers added, across growth, as a Set would', () => {
    const set = new NumberSet();
    const reference = new Set<number>();
    // Deterministic spread: small numbers, a number far past the first block, and neighbours.
    for (const n of [0, 1, 7, 8, 9, 1023, 8191, 8192, 250_000, 250_001, 3, 250_000]) {
      set.add(n);
      reference.add(n);
    }
    for (let n = 0; n <= 250_010; n++) expect(set.has(n)).toBe(reference.has(n));
    expect(set.has(10_000_000)).toBe(false);
  });

  it('refuses what is not an item number', () => {
    const set = new NumberSet();
    expect(() => set.add(-1)).toThrow(RangeError);
    expect(() => set.add(1.5)).toThrow(RangeError);
    expect(() => set.has(Number.NaN)).toThrow(RangeError);
  });
});
