import { seededRandom } from './seeded-random.js'

/**
 * Spherical k-means (cosine similarity) over unit-length rows of `vectors`, seeded by k-means++ on a
 * sample. Returns the cluster of each row and the unit-length centroids (`clusters × dimensions`).
 */
export const sphericalKMeans = (
  vectors: Float64Array,
  dimensions: number,
  options: { clusters: number; iterations: number; seed: number; log?: (message: string) => void },
): { assignment: Int32Array; centroids: Float64Array } => {
  const rows = vectors.length / dimensions
  const k = Math.min(options.clusters, rows)
  const random = seededRandom(options.seed)
  const centroids = new Float64Array(k * dimensions)
  // k-means++ seeding: each new centroid is drawn with probability ∝ distance to the nearest one.
  const nearest = new Float64Array(rows).fill(Number.POSITIVE_INFINITY)
  let chosen = Math.floor(random() * rows)
  for (let cluster = 0; cluster < k; cluster++) {
    centroids.set(vectors.subarray(chosen * dimensions, (chosen + 1) * dimensions), cluster * dimensions)
    let total = 0
    for (let row = 0; row < rows; row++) {
      let dot = 0
      const base = row * dimensions
      const centroidBase = cluster * dimensions
      for (let d = 0; d < dimensions; d++) dot += vectors[base + d]! * centroids[centroidBase + d]!
      const distance = Math.max(0, 1 - dot)
      if (distance < nearest[row]!) nearest[row] = distance
      total += nearest[row]!
    }
    let target = random() * total
    chosen = rows - 1
    for (let row = 0; row < rows; row++) {
      target -= nearest[row]!
      if (target <= 0) {
        chosen = row
        break
      }
    }
  }
  const assignment = new Int32Array(rows).fill(-1)
  const sums = new Float64Array(k * dimensions)
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let changed = 0
    sums.fill(0)
    for (let row = 0; row < rows; row++) {
      const base = row * dimensions
      let best = 0
      let bestDot = Number.NEGATIVE_INFINITY
      for (let cluster = 0; cluster < k; cluster++) {
        const centroidBase = cluster * dimensions
        let dot = 0
        for (let d = 0; d < dimensions; d++) dot += vectors[base + d]! * centroids[centroidBase + d]!
        if (dot > bestDot) {
          bestDot = dot
          best = cluster
        }
      }
      if (assignment[row] !== best) changed++
      assignment[row] = best
      const sumBase = best * dimensions
      for (let d = 0; d < dimensions; d++) sums[sumBase + d]! += vectors[base + d]!
    }
    for (let cluster = 0; cluster < k; cluster++) {
      const base = cluster * dimensions
      let norm = 0
      for (let d = 0; d < dimensions; d++) norm += sums[base + d]! ** 2
      norm = Math.sqrt(norm)
      // An emptied cluster keeps its old centroid.
      if (norm > 0) for (let d = 0; d < dimensions; d++) centroids[base + d] = sums[base + d]! / norm
    }
    options.log?.(`k-means iteration ${iteration + 1}: ${changed} words moved`)
    if (changed < rows / 1000) break
  }
  return { assignment, centroids }
}
