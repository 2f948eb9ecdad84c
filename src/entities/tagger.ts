import { existsSync, readFileSync } from 'node:fs'
import { resolvePackagePath } from '../lexicon/data-file.js'
import { loadGazetteer } from '../lexicon/gazetteer.js'
import { BIO_TAGS } from './bio.js'
import {
  createFeatureExtractor,
  FEATURE_VERSION,
  type FeatureExtractor,
  type FeatureResources,
} from './features.js'
import { gazetteerLabeller, type LexiconLabeller } from './lexicon-labels.js'
import { decodeSentence, type TaggingModel } from './linear-model.js'
import { type ModelHeader, readModelFile } from './model-file.js'
import { parseNameLexicon } from './name-lexicon.js'
import { loadWordClusters, type WordClusters } from './word-clusters.js'

/** A loaded entity tagger: the model and the feature extractor it was trained with. */
export interface Tagger {
  readonly model: TaggingModel
  readonly header: ModelHeader
  readonly extractor: FeatureExtractor
}

/** Where the committed model and clusters live, relative to the package root. */
export const DEFAULT_MODEL_PATH = 'models/ner.bin'
export const DEFAULT_CLUSTERS_PATH = 'models/word-clusters.tsv'
export const DEFAULT_NAMES_PATH = 'models/ner-names.tsv'

export interface LoadTaggerOptions {
  readonly modelPath?: string
  readonly clustersPath?: string
  /** Clusters already loaded (skips reading the clusters file). */
  readonly clusters?: WordClusters
  readonly namesPath?: string
  /** Per-token gazetteer labels; defaults to the package gazetteer (`data/gazetteer`). */
  readonly gazetteer?: LexiconLabeller
}

/** Builds a tagger from an in-memory model and resources (used by training and tests). */
export const createTagger = (
  model: TaggingModel,
  header: ModelHeader,
  resources: FeatureResources,
): Tagger => {
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `isnad: NER model has feature version ${header.featureVersion}, the code expects ${FEATURE_VERSION}: run npm run train:ner`,
    )
  }
  return { model, header, extractor: createFeatureExtractor(resources) }
}

/**
 * Loads the committed NER model and word clusters (synchronously, once; share the result).
 *
 * @example
 *   const tagger = loadTagger()
 *   tagTokens(['التقى', 'ماكرون', 'في', 'باريس'], tagger) // → ['O', 'B-PERS', 'O', 'B-LOC']
 */
export const loadTagger = (options: LoadTaggerOptions = {}): Tagger => {
  const { model, header } = readModelFile(options.modelPath ?? resolvePackagePath(DEFAULT_MODEL_PATH))
  const clusters =
    options.clusters ?? loadWordClusters(options.clustersPath ?? resolvePackagePath(DEFAULT_CLUSTERS_PATH))
  const namesPath = options.namesPath ?? resolvePackagePath(DEFAULT_NAMES_PATH)
  const names = existsSync(namesPath) ? parseNameLexicon(readFileSync(namesPath, 'utf8')) : undefined
  const gazetteer = options.gazetteer ?? gazetteerLabeller(loadGazetteer())
  const resources: FeatureResources =
    names === undefined ? { clusters, gazetteer } : { clusters, gazetteer, names }
  return createTagger(model, header, resources)
}

/**
 * Tags one pre-tokenised sentence with BIO tags over PERS LOC ORG MISC (one tag per word, never
 * an `I-X` without a `B-X`/`I-X` before it). Deterministic.
 */
export const tagTokens = (words: readonly string[], tagger: Tagger): string[] => {
  if (words.length === 0) return []
  const features = tagger.extractor.extract(words)
  const indexes = decodeSentence(tagger.model, features, words.length)
  return Array.from(indexes, (index) => BIO_TAGS[index]!)
}
