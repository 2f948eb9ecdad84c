/**
 * Evaluating a saved entity tagger on the ANERcorp dev split, shared by eval-ner (prints it) and
 * train-ner (writes it into the model card): span scores, load time, speed, file sizes.
 */
import { existsSync, statSync } from 'node:fs'
import type { TaggedSentence } from '../src/entities/conll.js'
import { type SpanScore, scoreSpans } from '../src/entities/span-scores.js'
import { loadTagger, tagDocument } from '../src/entities/tagger.js'

export interface TaggerPaths {
  readonly model: string
  readonly clusters: string
  readonly names: string
  readonly corpusTags: string
  readonly trainingNames: string
}

export interface Evaluation {
  readonly scores: SpanScore[]
  readonly predicted: string[][]
  readonly tokens: number
  readonly loadMilliseconds: number
  /** Tokens per second with a cold per-word cache (every word seen for the first time). */
  readonly coldTokensPerSecond: number
  /** Tokens per second once the words have been seen (news text repeats its words). */
  readonly warmTokensPerSecond: number
  readonly bytes: number
}

const timed = (run: () => void): number => {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

/** Loads the tagger from `paths`, tags `sentences` and scores them against their gold tags. */
export const evaluateTagger = (sentences: readonly TaggedSentence[], paths: TaggerPaths): Evaluation => {
  const options = {
    modelPath: paths.model,
    clustersPath: paths.clusters,
    namesPath: paths.names,
    corpusTagsPath: paths.corpusTags,
    trainingNamesPath: paths.trainingNames,
  }
  let tagger = loadTagger(options)
  // Loading again after the modules are warm is what a long-running process pays.
  const loadStarted = performance.now()
  tagger = loadTagger(options)
  const loadMilliseconds = performance.now() - loadStarted
  let predicted: string[][] = []
  const tokens = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0)
  const tagAll = (): void => {
    predicted = tagDocument(
      sentences.map((sentence) => sentence.words),
      tagger,
    )
  }
  tagAll()
  tagger = loadTagger(options)
  const coldSeconds = timed(tagAll)
  const warmSeconds = Math.min(timed(tagAll), timed(tagAll))
  const bytes = [paths.model, paths.clusters, paths.names, paths.corpusTags, paths.trainingNames]
    .filter((path) => existsSync(path))
    .reduce((sum, path) => sum + statSync(path).size, 0)
  return {
    scores: scoreSpans(
      sentences.map((sentence) => sentence.tags),
      predicted,
    ),
    predicted,
    tokens,
    loadMilliseconds,
    coldTokensPerSecond: tokens / coldSeconds,
    warmTokensPerSecond: tokens / warmSeconds,
    bytes,
  }
}

/** One line with load time, speeds and size. */
export const formatPerformance = (evaluation: Omit<Evaluation, 'predicted'>): string =>
  `load ${evaluation.loadMilliseconds.toFixed(0)} ms; tagging ${Math.round(evaluation.coldTokensPerSecond).toLocaleString('en')} tokens/s with a cold word cache, ${Math.round(evaluation.warmTokensPerSecond).toLocaleString('en')} tokens/s warm (one core); model files ${(evaluation.bytes / 1e6).toFixed(1)} MB`
