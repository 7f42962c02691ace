/**
 * A bounded cache of two generations of at most `limit / 2` entries each: a value used again
 * moves to the young generation, and when the young one is full the old one is dropped. Memory
 * stays bounded however long the document, while what keeps coming back (labels, enumerated
 * values, common words) stays cached.
 */
export class GenerationCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  misses = 0;

  constructor(private readonly limit: number) {}

  /** The value of `key`, made with `make` when neither generation has it. */
  get(key: string, make: () => V): V {
    const known = this.young.get(key);
    if (known !== undefined) return known;
    let value = this.old.get(key);
    if (value === undefined) {
      this.misses += 1;
      value = make();
    }
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
