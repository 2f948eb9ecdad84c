import { agglomerativePaths } from './agglomerative-tree.js'
import { bisectingKMeansPaths } from './bisecting-kmeans.js'
import { sphericalKMeans } from './spherical-kmeans.js'

const normalizeRows = (vectors: Float64Array, dimensions: number): void => {
  for (let base = 0; base < vectors.length; base += dimensions) {
    let norm = 0
    for (let d = 0; d < dimensions; d++) norm += vectors[base + d]! ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dimensions; d++) vectors[base + d]! /= norm
  }
}

/**
 * Brown-style hierarchical paths for word vectors: flat spherical k-means (`clusters` groups, the
 * level that matters most), Ward merging of the groups for the bits above, and a few bits of
 * bisecting 2-means inside each group for the finest distinctions. Normalises `vectors` in place.
 */
export const hierarchicalPaths = (
  vectors: Float64Array,
  dimensions: number,
  options: {
    clusters: number
    iterations: number
    innerDepth: number
    minSize: number
    seed: number
    log?: (message: string) => void
  },
): string[] => {
  normalizeRows(vectors, dimensions)
  const rows = vectors.length / dimensions
  const { assignment, centroids } = sphericalKMeans(vectors, dimensions, {
    clusters: options.clusters,
    iterations: options.iterations,
    seed: options.seed,
    ...(options.log === undefined ? {} : { log: options.log }),
  })
  const members: number[][] = Array.from({ length: options.clusters }, () => [])
  for (let row = 0; row < rows; row++) members[assignment[row]!]!.push(row)
  const groupPaths = agglomerativePaths(
    centroids,
    dimensions,
    members.map((group) => group.length),
  )
  const paths = new Array<string>(rows).fill('')
  members.forEach((group, cluster) => {
    if (group.length === 0) return
    const subset = new Float64Array(group.length * dimensions)
    group.forEach((row, index) => {
      subset.set(vectors.subarray(row * dimensions, (row + 1) * dimensions), index * dimensions)
    })
    const inner = bisectingKMeansPaths(subset, dimensions, {
      maxDepth: options.innerDepth,
      minSize: options.minSize,
      seed: options.seed + cluster,
    })
    group.forEach((row, index) => {
      paths[row] =
        groupPaths[cluster]! + (inner[index] === '0' && group.length <= options.minSize ? '' : inner[index]!)
    })
  })
  return paths
}
