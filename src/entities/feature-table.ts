import { TAG_COUNT } from './bio.js'

/** Int16 cells per slot: the 32-bit feature id (two cells), the tag weights, one cell of padding. */
const SLOT_CELLS = 12
const WEIGHT_OFFSET = 2
/** Filter bits per table slot, as a power of two: 8 bits keep false positives under a tenth. */
const FILTER_BITS_PER_SLOT_LOG2 = 3

/**
 * The run-time weights: an open-addressing hash table from feature id to `TAG_COUNT` Int16 weights
 * (times `scale`), each slot holding its id and weights side by side, so a lookup usually costs one
 * cache line. A feature never seen in training finds nothing, instead of picking up another
 * feature's weights as in a hashed weight array.
 */
export interface FeatureTable {
  readonly mask: number
  /** Slot `s` has its id at `ids[s * 6]` (0 = empty) and weights at `cells[s * 12 + 2 …]`. */
  readonly ids: Int32Array
  readonly cells: Int16Array
  /**
   * One bit per `2^(32 - filterShift)` buckets of ids (`key >>> filterShift`), set where some stored
   * id falls: about half the ids a sentence looks up are not in the table, and this bitmap (eight bits
   * a slot, small enough to stay in the core's cache) turns most of those away before the table
   * itself, megabytes in size, is touched.
   */
  readonly filter: Int32Array
  readonly filterShift: number
  readonly size: number
  readonly scale: number
}

// Id 0 marks an empty slot, so a feature whose hash is 0 is stored as 1 (a 2^-32 collision).
const keyOf = (id: number): number => (id === 0 ? 1 : id | 0)

/** Builds a table from parallel feature ids and weight rows (`ids.length × TAG_COUNT`). */
export const createFeatureTable = (ids: Uint32Array, weights: Int16Array, scale: number): FeatureTable => {
  let capacity = 1024
  // Load factor at most 2/3 keeps probe runs short, also for misses.
  while (capacity < ids.length * 1.5) capacity *= 2
  const mask = capacity - 1
  const filterShift = 32 - (Math.log2(capacity) + FILTER_BITS_PER_SLOT_LOG2)
  const filter = new Int32Array((capacity << FILTER_BITS_PER_SLOT_LOG2) >>> 5)
  const buffer = new ArrayBuffer(capacity * SLOT_CELLS * 2)
  const slotIds = new Int32Array(buffer)
  const cells = new Int16Array(buffer)
  for (let row = 0; row < ids.length; row++) {
    const key = keyOf(ids[row]!)
    let slot = key & mask
    while (slotIds[slot * 6] !== 0 && slotIds[slot * 6] !== key) slot = (slot + 1) & mask
    slotIds[slot * 6] = key
    const bit = key >>> filterShift
    filter[bit >>> 5]! |= 1 << (bit & 31)
    cells.set(weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), slot * SLOT_CELLS + WEIGHT_OFFSET)
  }
  return { mask, ids: slotIds, cells, filter, filterShift, size: ids.length, scale }
}

/** The cell index where a feature's weights start, or -1 when the table does not have it. */
export const findWeights = (table: FeatureTable, id: number): number => {
  const { ids, mask, filter, filterShift } = table
  const key = keyOf(id)
  const bit = key >>> filterShift
  if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1
  let slot = key & mask
  for (;;) {
    const found = ids[slot * 6]!
    if (found === key) return slot * SLOT_CELLS + WEIGHT_OFFSET
    if (found === 0) return -1
    slot = (slot + 1) & mask
  }
}

/** Every stored feature id with the cell index of its weights (for inspection and pruning). */
export const tableEntries = (table: FeatureTable): { id: number; cell: number }[] => {
  const entries: { id: number; cell: number }[] = []
  for (let slot = 0; slot <= table.mask; slot++) {
    const key = table.ids[slot * 6]!
    if (key !== 0) entries.push({ id: key >>> 0, cell: slot * SLOT_CELLS + WEIGHT_OFFSET })
  }
  return entries
}

/**
 * Adds the integer weights of every feature of tokens `0 .. tokens-1` into `sums`
 * (`tokens × TAG_COUNT`), unscaled: integer sums are exact in any order, so a caller may add
 * other parts first and scale once.
 */
export const addTableSums = (
  table: FeatureTable,
  featureIds: Uint32Array,
  offsets: Int32Array,
  tokens: number,
  sums: Float64Array | Int32Array,
): void => {
  const { ids, cells, mask, filter, filterShift } = table
  for (let token = 0; token < tokens; token++) {
    const out = token * TAG_COUNT
    for (let feature = offsets[token]!; feature < offsets[token + 1]!; feature++) {
      // findWeights, inlined by hand: this loop is most of the tagger's time.
      const id = featureIds[feature]!
      const key = id === 0 ? 1 : id | 0
      const bit = key >>> filterShift
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue
      let slot = key & mask
      let found = ids[slot * 6]!
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask
        found = ids[slot * 6]!
      }
      if (found === 0) continue
      const base = slot * SLOT_CELLS + WEIGHT_OFFSET
      for (let tag = 0; tag < TAG_COUNT; tag++) sums[out + tag]! += cells[base + tag]!
    }
  }
}

/** Adds the weights of every feature of tokens `0 .. tokens-1` into `scores` (`tokens × TAG_COUNT`). */
export const addTableScores = (
  table: FeatureTable,
  featureIds: Uint32Array,
  offsets: Int32Array,
  tokens: number,
  scores: Float64Array,
): void => {
  addTableSums(table, featureIds, offsets, tokens, scores)
  const end = tokens * TAG_COUNT
  for (let cell = 0; cell < end; cell++) scores[cell]! *= table.scale
}
