/** A sparse matrix in compressed-row form: row `r` holds `columns/values[rowStarts[r] .. rowStarts[r+1])`. */
export interface SparseMatrix {
  readonly rows: number
  readonly columns: number
  readonly rowStarts: Int32Array
  readonly columnIndexes: Int32Array
  readonly values: Float32Array
}

/**
 * Builds a count matrix from packed cell keys (`row * columns + column`, one key per observation).
 * Sorting the keys and counting runs needs far less memory than a hash map of 30M+ cells.
 */
export const countMatrixFromKeys = (keys: Float64Array, rows: number, columns: number): SparseMatrix => {
  keys.sort()
  let cells = 0
  for (let index = 0; index < keys.length; index++) {
    if (index === 0 || keys[index] !== keys[index - 1]) cells++
  }
  const rowStarts = new Int32Array(rows + 1)
  const columnIndexes = new Int32Array(cells)
  const values = new Float32Array(cells)
  let cell = -1
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!
    if (index === 0 || key !== keys[index - 1]) {
      cell++
      const row = Math.floor(key / columns)
      columnIndexes[cell] = key - row * columns
      rowStarts[row + 1]!++
    }
    values[cell]!++
  }
  for (let row = 0; row < rows; row++) rowStarts[row + 1]! += rowStarts[row]!
  return { rows, columns, rowStarts, columnIndexes, values }
}

/**
 * Rewrites counts as positive pointwise mutual information, with the context distribution raised
 * to `smoothing` (0.75, Levy et al. 2015) so rare contexts do not dominate.
 */
export const toPositivePmi = (matrix: SparseMatrix, smoothing = 0.75): SparseMatrix => {
  const { rows, columns, rowStarts, columnIndexes, values } = matrix
  const rowSums = new Float64Array(rows)
  const columnSums = new Float64Array(columns)
  for (let row = 0; row < rows; row++) {
    for (let cell = rowStarts[row]!; cell < rowStarts[row + 1]!; cell++) {
      rowSums[row]! += values[cell]!
      columnSums[columnIndexes[cell]!]! += values[cell]!
    }
  }
  let smoothedTotal = 0
  for (let column = 0; column < columns; column++) {
    columnSums[column] = columnSums[column]! ** smoothing
    smoothedTotal += columnSums[column]!
  }
  const pmi = new Float32Array(values.length)
  for (let row = 0; row < rows; row++) {
    for (let cell = rowStarts[row]!; cell < rowStarts[row + 1]!; cell++) {
      const value = Math.log(
        (values[cell]! * smoothedTotal) / (rowSums[row]! * columnSums[columnIndexes[cell]!]!),
      )
      pmi[cell] = Math.max(value, 0)
    }
  }
  return { rows, columns, rowStarts, columnIndexes, values: pmi }
}

/** `matrix × dense` where dense is `matrix.columns × width`, row-major; returns `rows × width`. */
export const multiplyDense = (matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array => {
  const out = new Float64Array(matrix.rows * width)
  for (let row = 0; row < matrix.rows; row++) {
    const outBase = row * width
    for (let cell = matrix.rowStarts[row]!; cell < matrix.rowStarts[row + 1]!; cell++) {
      const value = matrix.values[cell]!
      if (value === 0) continue
      const base = matrix.columnIndexes[cell]! * width
      for (let k = 0; k < width; k++) out[outBase + k]! += value * dense[base + k]!
    }
  }
  return out
}

/** `matrixᵀ × dense` where dense is `matrix.rows × width`, row-major; returns `columns × width`. */
export const multiplyTransposeDense = (
  matrix: SparseMatrix,
  dense: Float64Array,
  width: number,
): Float64Array => {
  const out = new Float64Array(matrix.columns * width)
  for (let row = 0; row < matrix.rows; row++) {
    const base = row * width
    for (let cell = matrix.rowStarts[row]!; cell < matrix.rowStarts[row + 1]!; cell++) {
      const value = matrix.values[cell]!
      if (value === 0) continue
      const outBase = matrix.columnIndexes[cell]! * width
      for (let k = 0; k < width; k++) out[outBase + k]! += value * dense[base + k]!
    }
  }
  return out
}
