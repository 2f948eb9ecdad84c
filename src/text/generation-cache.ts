/**
 * A bounded cache that approximates least-recently-used in O(1): two generations of at most
 * `generation` entries each. When the young map fills it becomes the old one and the previous old one
 * is dropped; a hit in the old map is promoted to the young one. Words seen again within a generation
 * stay; a long tail of rare words is forgotten instead of growing the heap (a plain map cleared at a
 * large size held hundreds of megabytes of per-word arrays per thread before it was cleared).
 */
export class GenerationCache<Key, Value> {
  private young = new Map<Key, Value>()
  private old = new Map<Key, Value>()

  constructor(private readonly generation: number) {}

  /** The cached value for `key`, or `make(key)` cached. */
  get(key: Key, make: (key: Key) => Value): Value {
    const found = this.young.get(key)
    if (found !== undefined) return found
    const value = this.old.get(key) ?? make(key)
    if (this.young.size >= this.generation) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
    return value
  }

  /** Entries held, both generations (an entry may be in both). */
  get size(): number {
    return this.young.size + this.old.size
  }
}
