/** A set of small whole numbers (partner positions) as bits: intersections and counts in a few machine words. */
export class Bits {
  private words: Uint32Array;

  constructor(size = 0) {
    this.words = new Uint32Array(Math.ceil(size / 32) || 1);
  }

  /** Room for positions below `size`. */
  private grow(size: number): void {
    const need = Math.ceil(size / 32);
    if (need <= this.words.length) return;
    const words = new Uint32Array(Math.max(need, this.words.length * 2));
    words.set(this.words);
    this.words = words;
  }

  add(i: number): void {
    this.grow(i + 1);
    this.words[i >>> 5] = (this.words[i >>> 5] as number) | (1 << (i & 31));
  }

  delete(i: number): void {
    if ((i >>> 5) < this.words.length) this.words[i >>> 5] = (this.words[i >>> 5] as number) & ~(1 << (i & 31));
  }

  has(i: number): boolean {
    return ((this.words[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
  }

  /** A copy. */
  clone(): Bits {
    const out = new Bits();
    out.words = this.words.slice();
    return out;
  }

  /** This set with only the members of `other` left (in place); returns itself. */
  and(other: Bits): Bits {
    for (let w = 0; w < this.words.length; w++) this.words[w] = (this.words[w] as number) & (other.words[w] ?? 0);
    return this;
  }

  /** How many members it has. */
  count(): number {
    let n = 0;
    for (const word of this.words) {
      let v = word - ((word >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** How many members it shares with `other`, without building the intersection. */
  countAnd(other: Bits): number {
    let n = 0;
    const len = Math.min(this.words.length, other.words.length);
    for (let w = 0; w < len; w++) {
      let v = (this.words[w] as number) & (other.words[w] as number);
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** A set of the given members. */
  static of(members: Iterable<number>): Bits {
    const out = new Bits();
    for (const i of members) out.add(i);
    return out;
  }
}
