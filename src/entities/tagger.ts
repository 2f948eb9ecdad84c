import { existsSync, readFileSync } from 'node:fs'
import { resolvePackagePath } from '../lexicon/data-file.js'
import { loadGazetteer } from '../lexicon/gazetteer.js'
import { BIO_TAGS, TAG_COUNT } from './bio.js'
import { type CorpusTags, parseCorpusTags } from './corpus-tags.js'
import { loadCuratedNames } from './curated-names.js'
import { documentLabels } from './document-context.js'
import {
  createFeatureExtractor,
  FEATURE_VERSION,
  type FeatureExtractor,
  type FeatureResources,
} from './features.js'
import { joinGivenNames } from './given-names.js'
import { gazetteerLabeller, type LexiconLabeller } from './lexicon-labels.js'
import { emissionScores, type TaggingModel } from './linear-model.js'
import { type ModelHeader, readModelFile } from './model-file.js'
import { parseNameLexicon } from './name-lexicon.js'
import { viterbiDecode } from './viterbi.js'
import { loadWordClusters, type WordClusters } from './word-clusters.js'
import type { WordInfo } from './word-info.js'
import { sentenceScores } from './word-scores.js'

/** A loaded entity tagger: the model and the feature extractor it was trained with. */
export interface Tagger {
  readonly model: TaggingModel
  readonly header: ModelHeader
  readonly extractor: FeatureExtractor
  /** How the tagger labelled each word across SaudiNewsNet, for the rules after it (`given-names.ts`). */
  readonly corpusTags?: CorpusTags
}

/** Where the committed model and clusters live, relative to the package root. */
export const DEFAULT_MODEL_PATH = 'models/ner.bin'
export const DEFAULT_CLUSTERS_PATH = 'models/word-clusters.tsv'
export const DEFAULT_NAMES_PATH = 'models/ner-names.tsv'
export const DEFAULT_CORPUS_TAGS_PATH = 'models/ner-corpus-tags.tsv'
export const DEFAULT_TRAINING_NAMES_PATH = 'models/ner-anercorp-names.tsv'

export interface LoadTaggerOptions {
  readonly modelPath?: string
  readonly clustersPath?: string
  /** Clusters already loaded (skips reading the clusters file). */
  readonly clusters?: WordClusters
  readonly namesPath?: string
  readonly trainingNamesPath?: string
  readonly corpusTagsPath?: string
  /** Use the hand-written name lists of `data/names` (default true, as the model was trained). */
  readonly curatedNames?: boolean
  /** Per-token gazetteer labels; defaults to the package gazetteer (`data/gazetteer`). */
  readonly gazetteer?: LexiconLabeller
}

/** Builds a tagger from an in-memory model and resources (used by training and tests). */
export const createTagger = (
  model: TaggingModel,
  header: ModelHeader,
  resources: FeatureResources | FeatureExtractor,
): Tagger => {
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `isnad: NER model has feature version ${header.featureVersion}, the code expects ${FEATURE_VERSION}: run npm run train:ner`,
    )
  }
  const extractor = 'extract' in resources ? resources : createFeatureExtractor(resources)
  return { model, header, extractor }
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
  const trainingNamesPath = options.trainingNamesPath ?? resolvePackagePath(DEFAULT_TRAINING_NAMES_PATH)
  const trainingNames = existsSync(trainingNamesPath)
    ? parseNameLexicon(readFileSync(trainingNamesPath, 'utf8'))
    : undefined
  const corpusTagsPath = options.corpusTagsPath ?? resolvePackagePath(DEFAULT_CORPUS_TAGS_PATH)
  const corpusTags = existsSync(corpusTagsPath)
    ? parseCorpusTags(readFileSync(corpusTagsPath, 'utf8'))
    : undefined
  const gazetteer = options.gazetteer ?? gazetteerLabeller(loadGazetteer())
  const resources: FeatureResources = {
    clusters,
    gazetteer,
    ...(options.curatedNames === false ? {} : { curatedNames: loadCuratedNames() }),
    ...(names === undefined ? {} : { names }),
    ...(trainingNames === undefined ? {} : { trainingNames }),
    ...(corpusTags === undefined ? {} : { corpusTags }),
  }
  return { ...createTagger(model, header, resources), ...(corpusTags === undefined ? {} : { corpusTags }) }
}

/**
 * Tags one pre-tokenised sentence with BIO tags over PERS LOC ORG MISC (one tag per word, never
 * an `I-X` without a `B-X`/`I-X` before it). Deterministic.
 */
export const tagTokens = (words: readonly string[], tagger: Tagger): string[] => {
  if (words.length === 0) return []
  const indexes = new Int32Array(words.length)
  const scores = sentenceScores(tagger.model.table, tagger.extractor, words)
  viterbiDecode(scores, words.length, tagger.model.transitions, indexes)
  return Array.from(indexes, (index) => BIO_TAGS[index]!)
}

/** How far (in sentences) document context looks by default: a news article's length, about. */
export const DOCUMENT_WINDOW = 10

/**
 * Tags a run of sentences from one document (or a stream of them, as in CoNLL files) in two
 * passes: the second pass also sees how the first tagged each word in the sentences around it
 * (±`window`), so names tagged confidently in one sentence help their bare mentions elsewhere.
 * With a model trained without document context this is `tagTokens` on each sentence.
 *
 * @example
 *   tagSentences([['فاز', 'الأهلي', 'على', 'الزمالك'], ['وقال', 'مدرب', 'الأهلي']], loadTagger())
 */
export const tagSentences = (
  sentences: readonly (readonly string[])[],
  tagger: Tagger,
  window = Number(tagger.header.training.documentWindow ?? 0),
  passes = 2,
): string[][] =>
  tagWordInfos(
    sentences,
    sentences.map((words) => tagger.extractor.wordInfos(words)),
    tagger,
    window,
    passes,
  ).map(toTags)

const toTags = (indexes: Int32Array): string[] => Array.from(indexes, (index) => BIO_TAGS[index]!)

/**
 * `tagSentences` over the sentences' word infos, as tag indexes. Each sentence's own scores are
 * computed once and kept for the passes after the first, which add only document-context features.
 */
const tagWordInfos = (
  sentences: readonly (readonly string[])[],
  infos: readonly (readonly WordInfo[])[],
  tagger: Tagger,
  window: number,
  passes: number,
): Int32Array[] => {
  const { model, extractor } = tagger
  const emissions = sentences.map((words, index) =>
    sentenceScores(model.table, extractor, words, infos[index]).slice(0, words.length * TAG_COUNT),
  )
  const firstPass = emissions.map((scores, index) => {
    const out = new Int32Array(sentences[index]!.length)
    viterbiDecode(scores, out.length, model.transitions, out)
    return out
  })
  if (!(window > 0)) return firstPass
  const keys = infos.map((words) => words.map((word) => word.documentKey))
  let tags = firstPass
  for (let pass = 1; pass < passes; pass++) {
    const labels = documentLabels(keys, tags, window)
    tags = sentences.map((words, index) => {
      // Without context labels the second pass would score the sentence as the first did.
      if (labels[index]!.every((tokenLabels) => tokenLabels.length === 0)) return tags[index]!
      // The last pass adds to the sentence's own scores in place; an earlier one to a copy.
      const scores = pass + 1 === passes ? emissions[index]! : emissions[index]!.slice()
      const extra = emissionScores(model, extractor.documentFeatures(labels[index]!), words.length)
      for (let cell = 0; cell < scores.length; cell++) scores[cell]! += extra[cell]!
      const out = new Int32Array(words.length)
      viterbiDecode(scores, out.length, model.transitions, out)
      return out
    })
  }
  return tags
}

/**
 * `tagSentences` and then the rules that follow the statistical tagger (a given name joined to the
 * kunya after it): what the entity stage, `isnad tag` and the evaluation use on whole documents.
 */
export const tagDocument = (sentences: readonly (readonly string[])[], tagger: Tagger): string[][] => {
  const infos = sentences.map((words) => tagger.extractor.wordInfos(words))
  const window = Number(tagger.header.training.documentWindow ?? 0)
  const tagged = tagWordInfos(sentences, infos, tagger, window, 2).map(toTags)
  const { corpusTags } = tagger
  if (corpusTags === undefined) return tagged
  // The rule only extends a B-PERS span; the words' folded forms are the infos' name keys.
  return tagged.map((tags, index) =>
    tags.includes('B-PERS')
      ? joinGivenNames(
          infos[index]!.map((word) => word.nameKey),
          tags,
          corpusTags,
        )
      : tags,
  )
}
