import { TAG_COUNT } from './bio.js'
import { addTableScores, type FeatureTable } from './feature-table.js'
import type { SentenceFeatures } from './features.js'
import { TRANSITION_ROWS, viterbiDecode } from './viterbi.js'

/**
 * The training-time model: a first-order linear sequence model over hashed features. `weights`
 * holds one row of `TAG_COUNT` scores per hash bucket; `transitions` the tag-to-tag scores (see
 * `viterbi.ts` for the layout).
 */
export interface LinearModel {
  readonly kind: 'dense'
  readonly hashBits: number
  readonly weights: Float32Array
  readonly transitions: Float32Array
}

/** The run-time model: the same scores, with feature weights in an exact lookup table. */
export interface TaggingModel {
  readonly kind: 'table'
  readonly table: FeatureTable
  readonly transitions: Float32Array
}

export type SequenceModel = LinearModel | TaggingModel

/** An all-zero training model with `2^hashBits` feature buckets. */
export const createLinearModel = (hashBits: number): LinearModel => ({
  kind: 'dense',
  hashBits,
  weights: new Float32Array((1 << hashBits) * TAG_COUNT),
  transitions: new Float32Array(TRANSITION_ROWS * TAG_COUNT),
})

let emissionBuffer = new Float64Array(0)

/**
 * Per-token tag scores (`tokens × TAG_COUNT`, row-major) from the feature weights. The returned
 * array is reused by the next call.
 */
export const emissionScores = (
  model: SequenceModel | Omit<LinearModel, 'transitions'>,
  features: SentenceFeatures,
  tokens: number,
): Float64Array => {
  if (emissionBuffer.length < tokens * TAG_COUNT) emissionBuffer = new Float64Array(tokens * TAG_COUNT * 2)
  const scores = emissionBuffer
  scores.fill(0, 0, tokens * TAG_COUNT)
  const { ids, offsets } = features
  if (model.kind === 'table') {
    addTableScores(model.table, ids, offsets, tokens, scores)
    return scores
  }
  const mask = (1 << model.hashBits) - 1
  const { weights } = model
  for (let token = 0; token < tokens; token++) {
    const out = token * TAG_COUNT
    for (let feature = offsets[token]!; feature < offsets[token + 1]!; feature++) {
      const row = (ids[feature]! & mask) * TAG_COUNT
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[out + tag]! += weights[row + tag]!
    }
  }
  return scores
}

/** Decodes the best BIO-valid tag indexes for one sentence's features. */
export const decodeSentence = (
  model: SequenceModel,
  features: SentenceFeatures,
  tokens: number,
): Int32Array => {
  const out = new Int32Array(tokens)
  viterbiDecode(emissionScores(model, features, tokens), tokens, model.transitions, out)
  return out
}
