import { TAG_COUNT } from './bio.js'
import type { SentenceFeatures } from './features.js'
import { TRANSITION_ROWS, viterbiDecode } from './viterbi.js'

/**
 * A first-order linear sequence model over hashed features: `weights` holds one row of
 * `TAG_COUNT` scores per hash bucket (rows stay contiguous so a feature costs one cache line),
 * `transitions` the tag-to-tag scores (see `viterbi.ts` for the layout).
 */
export interface LinearModel {
  readonly hashBits: number
  /** Float weights while training; Int16 at run time (half the memory traffic), times `scale`. */
  readonly weights: Float32Array | Int16Array
  readonly scale: number
  readonly transitions: Float32Array
}

/** An all-zero model with `2^hashBits` feature buckets. */
export const createLinearModel = (hashBits: number): LinearModel => ({
  hashBits,
  weights: new Float32Array((1 << hashBits) * TAG_COUNT),
  scale: 1,
  transitions: new Float32Array(TRANSITION_ROWS * TAG_COUNT),
})

let emissionBuffer = new Float64Array(0)

/** Per-token tag scores (`tokens × TAG_COUNT`, row-major) from the feature weights. */
export const emissionScores = (
  model: { readonly hashBits: number; readonly weights: Float32Array | Int16Array; readonly scale: number },
  features: SentenceFeatures,
  tokens: number,
): Float64Array => {
  if (emissionBuffer.length < tokens * TAG_COUNT) emissionBuffer = new Float64Array(tokens * TAG_COUNT * 2)
  const scores = emissionBuffer
  scores.fill(0, 0, tokens * TAG_COUNT)
  const mask = (1 << model.hashBits) - 1
  const { weights } = model
  const { ids, offsets } = features
  for (let token = 0; token < tokens; token++) {
    const out = token * TAG_COUNT
    for (let feature = offsets[token]!; feature < offsets[token + 1]!; feature++) {
      const row = (ids[feature]! & mask) * TAG_COUNT
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[out + tag]! += weights[row + tag]!
    }
    if (model.scale !== 1) for (let tag = 0; tag < TAG_COUNT; tag++) scores[out + tag]! *= model.scale
  }
  return scores
}

/** Decodes the best BIO-valid tag indexes for one sentence's features. */
export const decodeSentence = (
  model: LinearModel,
  features: SentenceFeatures,
  tokens: number,
): Int32Array => {
  const out = new Int32Array(tokens)
  viterbiDecode(emissionScores(model, features, tokens), tokens, model.transitions, out)
  return out
}
