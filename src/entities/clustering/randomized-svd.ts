import { seededRandom } from './seeded-random.js'
import { multiplyDense, multiplyTransposeDense, type SparseMatrix } from './sparse-matrix.js'

/** Gram matrix `YᵀY` of a row-major `rows × width` matrix. */
const gram = (dense: Float64Array, rows: number, width: number): Float64Array => {
  const out = new Float64Array(width * width)
  for (let row = 0; row < rows; row++) {
    const base = row * width
    for (let i = 0; i < width; i++) {
      const value = dense[base + i]!
      if (value === 0) continue
      const outBase = i * width
      for (let j = i; j < width; j++) out[outBase + j]! += value * dense[base + j]!
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) out[i * width + j] = out[j * width + i]!
  return out
}

/**
 * Orthonormalises the columns of a tall matrix in place by Cholesky QR, done twice (CholeskyQR2)
 * for stability: column access in row-major storage is too slow for Gram–Schmidt on 100k rows.
 */
const orthonormalize = (dense: Float64Array, rows: number, width: number): void => {
  for (let pass = 0; pass < 2; pass++) {
    const g = gram(dense, rows, width)
    let trace = 0
    for (let i = 0; i < width; i++) trace += g[i * width + i]!
    const lower = new Float64Array(width * width)
    for (let j = 0; j < width; j++) {
      let diagonal = g[j * width + j]! + 1e-10 * trace
      for (let k = 0; k < j; k++) diagonal -= lower[j * width + k]! ** 2
      const pivot = Math.sqrt(Math.max(diagonal, 1e-12 * trace))
      lower[j * width + j] = pivot
      for (let i = j + 1; i < width; i++) {
        let sum = g[i * width + j]!
        for (let k = 0; k < j; k++) sum -= lower[i * width + k]! * lower[j * width + k]!
        lower[i * width + j] = sum / pivot
      }
    }
    // y = q Lᵀ, solved row by row by forward substitution.
    for (let row = 0; row < rows; row++) {
      const base = row * width
      for (let j = 0; j < width; j++) {
        let sum = dense[base + j]!
        for (let i = 0; i < j; i++) sum -= dense[base + i]! * lower[j * width + i]!
        dense[base + j] = sum / lower[j * width + j]!
      }
    }
  }
}

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations, largest first. */
export const symmetricEigen = (
  matrix: Float64Array,
  size: number,
): { values: Float64Array; vectors: Float64Array } => {
  const a = Float64Array.from(matrix)
  const v = new Float64Array(size * size)
  for (let i = 0; i < size; i++) v[i * size + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q]! ** 2
    if (off < 1e-22) break
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q]!
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p]!
          const akq = a[k * size + q]!
          a[k * size + p] = c * akp - s * akq
          a[k * size + q] = s * akp + c * akq
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k]!
          const aqk = a[q * size + k]!
          a[p * size + k] = c * apk - s * aqk
          a[q * size + k] = s * apk + c * aqk
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p]!
          const vkq = v[k * size + q]!
          v[k * size + p] = c * vkp - s * vkq
          v[k * size + q] = s * vkp + c * vkq
        }
      }
    }
  }
  const order = [...Array(size).keys()].sort((x, y) => a[y * size + y]! - a[x * size + x]!)
  const values = new Float64Array(size)
  const vectors = new Float64Array(size * size)
  order.forEach((from, to) => {
    values[to] = a[from * size + from]!
    for (let k = 0; k < size; k++) vectors[k * size + to] = v[k * size + from]!
  })
  return { values, vectors }
}

/**
 * Truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson & Tropp 2011)
 * with power iterations. Returns the left singular vectors scaled by `singular^weight`,
 * row-major `rows × rank`: word vectors when rows are words and columns their contexts.
 */
export const randomizedSvdEmbedding = (
  matrix: SparseMatrix,
  options: {
    rank: number
    oversample?: number
    powerIterations?: number
    weight?: number
    seed?: number
    log?: (message: string) => void
  },
): Float64Array => {
  const { rank, oversample = 16, powerIterations = 2, weight = 0.5, seed = 1 } = options
  const width = rank + oversample
  const random = seededRandom(seed)
  const gaussian = (): number => {
    const u = random() || 1e-12
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  }
  const omega = new Float64Array(matrix.columns * width)
  for (let index = 0; index < omega.length; index++) omega[index] = gaussian()
  let range = multiplyDense(matrix, omega, width)
  orthonormalize(range, matrix.rows, width)
  for (let iteration = 0; iteration < powerIterations; iteration++) {
    options.log?.(`power iteration ${iteration + 1}/${powerIterations}`)
    const back = multiplyTransposeDense(matrix, range, width)
    orthonormalize(back, matrix.columns, width)
    range = multiplyDense(matrix, back, width)
    orthonormalize(range, matrix.rows, width)
  }
  // B = Qᵀ M; its left singular vectors W and values s give M ≈ (Q W) diag(s) (…)ᵀ.
  const projected = multiplyTransposeDense(matrix, range, width)
  const small = gram(projected, matrix.columns, width)
  const { values, vectors } = symmetricEigen(small, width)
  const scale = new Float64Array(rank)
  for (let k = 0; k < rank; k++) scale[k] = Math.max(values[k]!, 0) ** (weight / 2)
  const embedding = new Float64Array(matrix.rows * rank)
  for (let row = 0; row < matrix.rows; row++) {
    const base = row * width
    for (let k = 0; k < rank; k++) {
      let sum = 0
      for (let i = 0; i < width; i++) sum += range[base + i]! * vectors[i * width + k]!
      embedding[row * rank + k] = sum * scale[k]!
    }
  }
  return embedding
}
