/**
 * A small seeded pseudo-random generator (mulberry32): training shuffles and cluster
 * initialisations must be reproducible, which `Math.random` is not.
 *
 * @example
 *   const random = seededRandom(42)
 *   random() // → the same number in [0, 1) on every run
 */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Shuffles `items` in place with a seeded generator (Fisher–Yates). */
export const shuffleInPlace = <Item>(items: Item[], random: () => number): Item[] => {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const swap = items[index]!
    items[index] = items[other]!
    items[other] = swap
  }
  return items
}
