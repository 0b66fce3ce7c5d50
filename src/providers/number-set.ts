/**
 * A set of item numbers as a bitmap: one bit per number up to the largest seen. A walk remembers every
 * number it yielded (to skip one that a shifted page serves twice); as a Set that is some 30 bytes an
 * item, 3 MB at 100,000 items, while a bitmap of a repository's numbers (they count up from 1) is
 * 12.5 kB at 100,000, so a walk's memory stays flat in the number of items.
 */
export class NumberSet {
  private bits = new Uint8Array(1024);

  has(n: number): boolean {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not an item number: ${n}`);
    const byte = n >>> 3;
    return byte < this.bits.length && (this.bits[byte] & (1 << (n & 7))) !== 0;
  }

  add(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`not an item number: ${n}`);
    const byte = n >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] |= 1 << (n & 7);
  }

  delete(n: number): void {
    if (!this.has(n)) return;
    this.bits[n >>> 3] &= ~(1 << (n & 7));
  }
}
