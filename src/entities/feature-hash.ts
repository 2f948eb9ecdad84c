/**
 * 32-bit string and integer hashing for feature hashing. FNV-1a over UTF-16 code units with a
 * murmur3 finaliser: cheap, allocation-free and identical on every platform, so a model trained on
 * one machine tags the same way on another.
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
export const finalizeHash = (value: number): number => {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hashes a string, seeded so that one string gives unrelated hashes under different templates. */
export const hashString = (text: string, seed = 0): number => {
  let h = (FNV_OFFSET ^ seed) >>> 0
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index)
    h = Math.imul(h, FNV_PRIME)
  }
  return finalizeHash(h)
}

/** Combines two hashes (order matters): a feature template id with a value hash, or two values. */
export const combineHashes = (left: number, right: number): number =>
  finalizeHash(Math.imul(left ^ 0x9e3779b9, 0x27d4eb2f) + right)
