import { isAllowedTransition, TAG_COUNT } from './bio.js'

/**
 * Transition scores: row `previous` (0..TAG_COUNT-1, and TAG_COUNT for the sentence start), column
 * `next`; plus a final row (TAG_COUNT + 1) for ending the sentence after each tag.
 */
export const TRANSITION_ROWS = TAG_COUNT + 2
export const START_ROW = TAG_COUNT
export const END_ROW = TAG_COUNT + 1

/** Allowed BIO transitions as a mask in the same layout as transition scores. */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const mask = new Uint8Array(TRANSITION_ROWS * TAG_COUNT)
  for (let previous = 0; previous < TAG_COUNT; previous++) {
    for (let next = 0; next < TAG_COUNT; next++) {
      mask[previous * TAG_COUNT + next] = isAllowedTransition(previous, next) ? 1 : 0
    }
  }
  for (let next = 0; next < TAG_COUNT; next++) {
    mask[START_ROW * TAG_COUNT + next] = isAllowedTransition(-1, next) ? 1 : 0
    mask[END_ROW * TAG_COUNT + next] = 1
  }
  return mask
})()

/**
 * For each tag, the tags allowed before it, in increasing order (so ties go to the lowest, as a scan
 * over every tag would): `PREVIOUS_TAGS[PREVIOUS_STARTS[tag] .. PREVIOUS_STARTS[tag + 1])`. An `I-X`
 * has two, the rest all: the decoder skips the disallowed pairs without testing each.
 */
const PREVIOUS_STARTS = new Int32Array(TAG_COUNT + 1)
const PREVIOUS_TAGS: Int32Array = (() => {
  const list: number[] = []
  for (let tag = 0; tag < TAG_COUNT; tag++) {
    PREVIOUS_STARTS[tag] = list.length
    for (let previous = 0; previous < TAG_COUNT; previous++) {
      if (ALLOWED_TRANSITIONS[previous * TAG_COUNT + tag]) list.push(previous)
    }
  }
  PREVIOUS_STARTS[TAG_COUNT] = list.length
  return Int32Array.from(list)
})()

let scoreBuffer = new Float64Array(0)
let backBuffer = new Int8Array(0)

/**
 * The best tag sequence under first-order scores, never using a disallowed BIO transition
 * (an `I-X` only after `B-X` or `I-X`, never first). `emissions` is `length × TAG_COUNT`,
 * row-major; `transitions` is `TRANSITION_ROWS × TAG_COUNT`. Writes tag indexes into `out`.
 */
export const viterbiDecode = (
  emissions: Float32Array | Float64Array,
  length: number,
  transitions: Float32Array | Float64Array,
  out: Int32Array | number[],
): void => {
  if (length === 0) return
  const tags = TAG_COUNT
  if (scoreBuffer.length < length * tags) {
    scoreBuffer = new Float64Array(length * tags * 2)
    backBuffer = new Int8Array(length * tags * 2)
  }
  const score = scoreBuffer
  const back = backBuffer
  for (let tag = 0; tag < tags; tag++) {
    score[tag] = ALLOWED_TRANSITIONS[START_ROW * tags + tag]
      ? transitions[START_ROW * tags + tag]! + emissions[tag]!
      : Number.NEGATIVE_INFINITY
  }
  for (let position = 1; position < length; position++) {
    const base = position * tags
    const previousBase = base - tags
    for (let tag = 0; tag < tags; tag++) {
      let best = Number.NEGATIVE_INFINITY
      let bestPrevious = 0
      for (let entry = PREVIOUS_STARTS[tag]!; entry < PREVIOUS_STARTS[tag + 1]!; entry++) {
        const previous = PREVIOUS_TAGS[entry]!
        const candidate = score[previousBase + previous]! + transitions[previous * tags + tag]!
        if (candidate > best) {
          best = candidate
          bestPrevious = previous
        }
      }
      score[base + tag] = best + emissions[base + tag]!
      back[base + tag] = bestPrevious
    }
  }
  const lastBase = (length - 1) * tags
  let bestTag = 0
  let best = Number.NEGATIVE_INFINITY
  for (let tag = 0; tag < tags; tag++) {
    const candidate = score[lastBase + tag]! + transitions[END_ROW * tags + tag]!
    if (candidate > best) {
      best = candidate
      bestTag = tag
    }
  }
  for (let position = length - 1; position >= 0; position--) {
    out[position] = bestTag
    bestTag = back[position * tags + bestTag]!
  }
}
