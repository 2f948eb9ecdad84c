/**
 * The pieces of `train-ner` that transform features and models, kept apart from the script's
 * sequence of stages: feature augmentation, rare-feature pruning, run-time weight tables, and
 * corpus profiles from a tagger.
 */
import { BIO_TAGS, tagIndex } from '../src/entities/bio.js'
import { addToProfiles } from '../src/entities/corpus-tags.js'
import { combineHashes } from '../src/entities/feature-hash.js'
import { FEATURE_VERSION, type SentenceFeatures } from '../src/entities/features.js'
import type { LinearModel, TaggingModel } from '../src/entities/linear-model.js'
import { decodeModel, encodeModel, type FeatureWeights } from '../src/entities/model-file.js'
import { type Tagger, tagSentences } from '../src/entities/tagger.js'

const TAGS = BIO_TAGS.length

/**
 * Feature augmentation (Daumé 2007): every feature also gets a copy salted with its corpus
 * (`domain`), so a second corpus teaches what carries over (the shared copy) without overriding
 * the first one's conventions. Ids come in pairs: shared, salted.
 */
export const augmentFeatures = (features: SentenceFeatures, domain: number): SentenceFeatures => {
  const offsets = new Int32Array(features.offsets.length)
  const ids = new Uint32Array(features.ids.length * 2)
  let length = 0
  for (let token = 0; token + 1 < features.offsets.length; token++) {
    offsets[token] = length
    for (let index = features.offsets[token]!; index < features.offsets[token + 1]!; index++) {
      ids[length++] = features.ids[index]!
      ids[length++] = combineHashes(domain, features.ids[index]!)
    }
  }
  offsets[features.offsets.length - 1] = length
  return { offsets, ids }
}

/**
 * Drops features seen fewer than `minimum` times in training: one-off features only memorise
 * (three quarters of all features), and fewer features mean fewer hash collisions.
 */
export const pruneRareFeatures = (
  features: SentenceFeatures,
  counts: ReadonlyMap<number, number>,
  minimum: number,
): SentenceFeatures => {
  const offsets = new Int32Array(features.offsets.length)
  const ids = new Uint32Array(features.ids.length)
  let length = 0
  for (let token = 0; token + 1 < features.offsets.length; token++) {
    offsets[token] = length
    for (let index = features.offsets[token]!; index < features.offsets[token + 1]!; index++) {
      if ((counts.get(features.ids[index]!) ?? 0) >= minimum) ids[length++] = features.ids[index]!
    }
  }
  offsets[features.offsets.length - 1] = length
  return { offsets, ids: ids.slice(0, length) }
}

/**
 * The run-time weights of a trained model: one row per feature id in `ids`, plus (when `salt` is
 * given) the weights of its salted copy, folded in so that tagging costs no more than without
 * augmentation. Rows whose weights all stay below `threshold` are dropped: they barely move a
 * decision, and a smaller table stays in cache.
 */
export const runtimeWeights = (
  trained: LinearModel,
  ids: Iterable<number>,
  options: { salt?: number; threshold: number },
): FeatureWeights => {
  const mask = (1 << trained.hashBits) - 1
  const kept: number[] = []
  const weights: number[] = []
  const row = new Float32Array(TAGS)
  for (const id of ids) {
    const from = (id & mask) * TAGS
    const salted = options.salt === undefined ? -1 : (combineHashes(options.salt, id) & mask) * TAGS
    let largest = 0
    for (let tag = 0; tag < TAGS; tag++) {
      row[tag] = trained.weights[from + tag]! + (salted < 0 ? 0 : trained.weights[salted + tag]!)
      largest = Math.max(largest, Math.abs(row[tag]!))
    }
    if (largest < options.threshold) continue
    kept.push(id)
    weights.push(...row)
  }
  return {
    ids: Uint32Array.from(kept),
    weights: Float32Array.from(weights),
    transitions: trained.transitions,
  }
}

/** A dense training model as an exact run-time table over the given feature ids. */
export const toTaggingModel = (trained: LinearModel, ids: Iterable<number>): TaggingModel =>
  decodeModel(encodeModel(runtimeWeights(trained, ids, { threshold: 0 }), FEATURE_VERSION, {})).model

/**
 * Counts how a tagger labels each word over a corpus (sentences in order, tagged with document
 * context in chunks of 200), by type: O, PERS, LOC, ORG, MISC.
 */
export const profileCorpus = (
  sentences: readonly (readonly string[])[],
  tagger: Tagger,
): Map<string, number[]> => {
  const profiles = new Map<string, number[]>()
  const CHUNK = 200
  for (let start = 0; start < sentences.length; start += CHUNK) {
    const chunk = sentences.slice(start, start + CHUNK)
    const tags = tagSentences(chunk, tagger)
    chunk.forEach((words, index) => {
      addToProfiles(
        profiles,
        tagger.extractor.formKeys(words),
        tags[index]!.map((tag) => (tagIndex(tag) + 1) >> 1),
      )
    })
  }
  return profiles
}
