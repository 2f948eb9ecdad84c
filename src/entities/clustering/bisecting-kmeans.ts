import { seededRandom } from './seeded-random.js'

const normalizeRows = (vectors: Float64Array, dimensions: number): void => {
  for (let base = 0; base < vectors.length; base += dimensions) {
    let norm = 0
    for (let k = 0; k < dimensions; k++) norm += vectors[base + k]! ** 2
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < dimensions; k++) vectors[base + k]! /= norm
  }
}

/** Spherical 2-means over `members`; returns a side (0 or 1) per member, or null when it cannot split. */
const splitInTwo = (
  vectors: Float64Array,
  dimensions: number,
  members: Int32Array,
  random: () => number,
  iterations: number,
): Uint8Array | null => {
  const centroids = [new Float64Array(dimensions), new Float64Array(dimensions)] as const
  const first = members[Math.floor(random() * members.length)]!
  centroids[0].set(vectors.subarray(first * dimensions, (first + 1) * dimensions))
  // k-means++ for the second seed: far points are likelier, but an outlier is not forced.
  const distances = new Float64Array(members.length)
  let total = 0
  for (let index = 0; index < members.length; index++) {
    const base = members[index]! * dimensions
    let dot = 0
    for (let k = 0; k < dimensions; k++) dot += vectors[base + k]! * centroids[0][k]!
    distances[index] = Math.max(0, 1 - dot)
    total += distances[index]!
  }
  if (total <= 0) return null
  let target = random() * total
  let second = members[members.length - 1]!
  for (let index = 0; index < members.length; index++) {
    target -= distances[index]!
    if (target <= 0) {
      second = members[index]!
      break
    }
  }
  centroids[1].set(vectors.subarray(second * dimensions, (second + 1) * dimensions))
  const sides = new Uint8Array(members.length)
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0
    const sums = [new Float64Array(dimensions), new Float64Array(dimensions)] as const
    for (let index = 0; index < members.length; index++) {
      const base = members[index]! * dimensions
      let dot0 = 0
      let dot1 = 0
      for (let k = 0; k < dimensions; k++) {
        const value = vectors[base + k]!
        dot0 += value * centroids[0][k]!
        dot1 += value * centroids[1][k]!
      }
      const side = dot1 > dot0 ? 1 : 0
      if (side !== sides[index]) changed++
      sides[index] = side
      const sum = sums[side]
      for (let k = 0; k < dimensions; k++) sum[k]! += vectors[base + k]!
    }
    for (const side of [0, 1] as const) {
      let norm = 0
      for (let k = 0; k < dimensions; k++) norm += sums[side][k]! ** 2
      norm = Math.sqrt(norm)
      if (norm === 0) return null
      for (let k = 0; k < dimensions; k++) centroids[side][k] = sums[side][k]! / norm
    }
    if (iteration > 0 && changed === 0) break
  }
  let ones = 0
  for (const side of sides) ones += side
  return ones === 0 || ones === members.length ? null : sides
}

/**
 * Hierarchical clusters as bit strings, like Brown clusters: the rows of `vectors` (normalised
 * here, in place) are split in two by spherical 2-means, recursively, until a cluster has at most
 * `minSize` members or the path reaches `maxDepth` bits. Returns one path per row; rows sharing a
 * prefix are similar at that granularity.
 */
export const bisectingKMeansPaths = (
  vectors: Float64Array,
  dimensions: number,
  options: { maxDepth: number; minSize: number; iterations?: number; seed?: number },
): string[] => {
  const rows = vectors.length / dimensions
  normalizeRows(vectors, dimensions)
  const random = seededRandom(options.seed ?? 7)
  const paths = new Array<string>(rows).fill('')
  const stack: { members: Int32Array; path: string }[] = [
    { members: Int32Array.from({ length: rows }, (_, index) => index), path: '' },
  ]
  while (stack.length > 0) {
    const { members, path } = stack.pop()!
    const sides =
      members.length > options.minSize && path.length < options.maxDepth
        ? splitInTwo(vectors, dimensions, members, random, options.iterations ?? 12)
        : null
    if (!sides) {
      for (const member of members) paths[member] = path || '0'
      continue
    }
    for (const side of [1, 0] as const) {
      const part = members.filter((_, index) => sides[index] === side)
      stack.push({ members: part, path: path + side })
    }
  }
  return paths
}
