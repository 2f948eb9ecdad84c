/**
 * Tag scores of a sentence from a run-time weight table, with each word's own share cached: most of
 * a token's features (its form, affixes, clusters, and what it gives its neighbours' windows) depend
 * on the word alone, so their weights are summed once per distinct word and kept on its `WordInfo`.
 * A token then costs a few cached rows plus the look-ups of its context features (pairs, quotes,
 * lexicon labels). The scores equal those of the full feature list exactly: weights are integers
 * (Int16 × scale), summed as integers and scaled once.
 */
import { TAG_COUNT } from './bio.js'
import { addTableSums, type FeatureTable, findWeights } from './feature-table.js'
import { WINDOW_OFFSETS } from './feature-templates.js'
import type { FeatureExtractor } from './features.js'
import { BOUNDARY_AFTER_INFO, BOUNDARY_BEFORE_INFO, type WordInfo } from './word-info.js'

const SLOTS = 1 + WINDOW_OFFSETS.length
/** How far the window reaches on either side: the boundary rows a sentence is padded with. */
const REACH = Math.max(...WINDOW_OFFSETS.map(Math.abs))

const addIds = (table: FeatureTable, ids: Uint32Array, sums: Int32Array, slot: number): void => {
  const out = slot * TAG_COUNT
  for (const id of ids) {
    const cell = findWeights(table, id)
    if (cell < 0) continue
    for (let tag = 0; tag < TAG_COUNT; tag++) sums[out + tag]! += table.cells[cell + tag]!
  }
}

/**
 * A word's integer weight sums under `table`: row 0 its own features, row 1 + k what it gives a
 * token at `WINDOW_OFFSETS[k]` from it. Cached on the word for the last table used.
 */
export const wordScores = (table: FeatureTable, info: WordInfo): Int32Array => {
  const cached = info.scores
  if (cached !== undefined && cached.table === table) return cached.sums
  const sums = new Int32Array(SLOTS * TAG_COUNT)
  addIds(table, info.local, sums, 0)
  for (let slot = 0; slot < WINDOW_OFFSETS.length; slot++) addIds(table, info.window[slot]!, sums, slot + 1)
  info.scores = { table, sums }
  return sums
}

let scoreBuffer = new Float64Array(0)
let rowBuffer: Int32Array[] = []

/**
 * Per-token tag scores of a sentence (`words.length × TAG_COUNT`, row-major), the same as
 * `emissionScores` over `extractor.extract(words)`. The returned array is reused by the next call.
 */
export const sentenceScores = (
  table: FeatureTable,
  extractor: FeatureExtractor,
  words: readonly string[],
  infos: readonly WordInfo[] = extractor.wordInfos(words),
): Float64Array => {
  const count = words.length
  if (scoreBuffer.length < count * TAG_COUNT) scoreBuffer = new Float64Array(count * TAG_COUNT * 2)
  const scores = scoreBuffer
  scores.fill(0, 0, count * TAG_COUNT)
  const context = extractor.contextFeatures(words, infos)
  addTableSums(table, context.ids, context.offsets, count, scores)
  // Each word's rows, read once: row `REACH + index` is word `index`'s, and the sentence is padded
  // with the boundaries' rows, so a window position needs no bounds test.
  const padded = count + 2 * REACH
  if (rowBuffer.length < padded) rowBuffer = new Array<Int32Array>(padded * 2)
  const rows = rowBuffer
  const before = wordScores(table, BOUNDARY_BEFORE_INFO)
  const after = wordScores(table, BOUNDARY_AFTER_INFO)
  for (let pad = 0; pad < REACH; pad++) {
    rows[pad] = before
    rows[REACH + count + pad] = after
  }
  for (let index = 0; index < count; index++) rows[REACH + index] = wordScores(table, infos[index]!)
  for (let index = 0; index < count; index++) {
    const out = index * TAG_COUNT
    const own = rows[REACH + index]!
    for (let tag = 0; tag < TAG_COUNT; tag++) scores[out + tag]! += own[tag]!
    for (let slot = 0; slot < WINDOW_OFFSETS.length; slot++) {
      const sums = rows[REACH + index + WINDOW_OFFSETS[slot]!]!
      const from = (slot + 1) * TAG_COUNT
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[out + tag]! += sums[from + tag]!
    }
  }
  const { scale } = table
  for (let cell = 0; cell < count * TAG_COUNT; cell++) scores[cell]! *= scale
  return scores
}
