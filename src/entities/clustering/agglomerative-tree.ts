/**
 * Bit-string paths for flat clusters from Ward-style agglomerative merging of their centroids:
 * the two clusters whose merge loses least (`nA·nB/(nA+nB) · ‖cA − cB‖²`) join first, so the
 * top of the tree separates the broadest groups, like the merge history of Brown clustering.
 * Returns one path per cluster ('0' for a single cluster).
 */
export const agglomerativePaths = (
  centroids: Float64Array,
  dimensions: number,
  sizes: readonly number[],
): string[] => {
  const count = sizes.length
  if (count === 1) return ['0']
  // Active nodes: centroid (size-weighted mean), size, children.
  const vectors: Float64Array[] = []
  const weights: number[] = []
  const children: [number, number][] = []
  for (let cluster = 0; cluster < count; cluster++) {
    vectors.push(centroids.slice(cluster * dimensions, (cluster + 1) * dimensions))
    weights.push(Math.max(1, sizes[cluster]!))
    children.push([-1, -1])
  }
  const active = new Set<number>(Array.from({ length: count }, (_, index) => index))
  const cost = (left: number, right: number): number => {
    let distance = 0
    const a = vectors[left]!
    const b = vectors[right]!
    for (let d = 0; d < dimensions; d++) distance += (a[d]! - b[d]!) ** 2
    return ((weights[left]! * weights[right]!) / (weights[left]! + weights[right]!)) * distance
  }
  // Nearest-neighbour chain would be faster; a cached best partner per node is simple and enough
  // for a thousand clusters.
  const partner = new Map<number, { other: number; cost: number }>()
  const refresh = (node: number): void => {
    let best = { other: -1, cost: Number.POSITIVE_INFINITY }
    for (const other of active) {
      if (other === node) continue
      const value = cost(node, other)
      if (value < best.cost) best = { other, cost: value }
    }
    partner.set(node, best)
  }
  for (const node of active) refresh(node)
  while (active.size > 1) {
    let left = -1
    let best = Number.POSITIVE_INFINITY
    for (const node of active) {
      const entry = partner.get(node)!
      if (entry.cost < best) {
        best = entry.cost
        left = node
      }
    }
    const right = partner.get(left)!.other
    const merged = vectors.length
    const total = weights[left]! + weights[right]!
    const vector = new Float64Array(dimensions)
    for (let d = 0; d < dimensions; d++) {
      vector[d] = (vectors[left]![d]! * weights[left]! + vectors[right]![d]! * weights[right]!) / total
    }
    vectors.push(vector)
    weights.push(total)
    children.push([left, right])
    active.delete(left)
    active.delete(right)
    partner.delete(left)
    partner.delete(right)
    active.add(merged)
    refresh(merged)
    // Nodes whose partner was merged away need a new partner; the others may prefer the new node.
    for (const node of active) {
      if (node === merged) continue
      const entry = partner.get(node)!
      if (entry.other === left || entry.other === right) refresh(node)
      else {
        const value = cost(node, merged)
        if (value < entry.cost) partner.set(node, { other: merged, cost: value })
      }
    }
  }
  const paths = new Array<string>(count).fill('')
  const root = vectors.length - 1
  const stack: [number, string][] = [[root, '']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    const [left, right] = children[node]!
    if (left < 0) paths[node] = path || '0'
    else {
      stack.push([left, `${path}0`])
      stack.push([right, `${path}1`])
    }
  }
  return paths
}
