/**
 * Trains the entity tagger: an averaged structured perceptron over hashed features with
 * BIO-constrained Viterbi, on the first 90% of ANERcorp's train sentences (optionally plus
 * WikiFANE), and writes models/ner.bin. Deterministic for a given seed.
 *
 *   npm run train:ner [-- --epochs 12 --wikifane --hash-bits 20 --seed 1]
 */
import { parseArgs } from 'node:util'
import { BIO_TAGS, tagIndex } from '../src/entities/bio.js'
import type { TaggedSentence } from '../src/entities/conll.js'
import { createFeatureExtractor, FEATURE_VERSION } from '../src/entities/features.js'
import { gazetteerLabeller } from '../src/entities/gazetteer-labels.js'
import { decodeSentence } from '../src/entities/linear-model.js'
import { writeModelFile } from '../src/entities/model-file.js'
import { type TrainingSentence, trainPerceptron } from '../src/entities/perceptron.js'
import { formatSpanScores, scoreSpans } from '../src/entities/span-scores.js'
import { loadWordClusters } from '../src/entities/word-clusters.js'
import { loadGazetteer } from '../src/lexicon/gazetteer.js'
import { DEFAULT_DATA_DIRECTORY, loadAnercorpSplit, loadWikifane } from './ner-data.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIRECTORY },
    out: { type: 'string', default: 'models/ner.bin' },
    clusters: { type: 'string', default: 'models/word-clusters.tsv' },
    epochs: { type: 'string', default: '12' },
    'hash-bits': { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    wikifane: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'no-gazetteer': { type: 'boolean', default: false },
  },
})

const started = Date.now()
const log = (message: string): void => {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`)
}

const { train, dev } = loadAnercorpSplit(options.data)
const clusters = loadWordClusters(options.clusters)
const extractor = createFeatureExtractor(
  options['no-gazetteer'] ? { clusters } : { clusters, gazetteer: gazetteerLabeller(loadGazetteer()) },
)
const toTraining = (sentences: readonly TaggedSentence[]): TrainingSentence[] =>
  sentences.map((sentence) => ({
    features: extractor.extract(sentence.words),
    gold: Int32Array.from(sentence.tags, (tag) => Math.max(0, tagIndex(tag))),
  }))
const training = toTraining(train)
if (options.wikifane) training.push(...toTraining(loadWikifane(options.data)))
const devFeatures = dev.map((sentence) => extractor.extract(sentence.words))
log(`${train.length} ANERcorp train sentences, ${training.length} in all, ${dev.length} dev sentences`)

const model = trainPerceptron(training, {
  hashBits: Number(options['hash-bits']),
  epochs: Number(options.epochs),
  seed: Number(options.seed),
  onEpoch: (epoch, averaged, mistakes) => {
    if (options.quiet) return
    const predicted = dev.map((sentence, index) =>
      Array.from(
        decodeSentence(averaged, devFeatures[index]!, sentence.words.length),
        (tag) => BIO_TAGS[tag]!,
      ),
    )
    const all = scoreSpans(
      dev.map((sentence) => sentence.tags),
      predicted,
    ).at(-1)!
    log(
      `epoch ${epoch}: ${mistakes} sentences wrong; dev P ${(all.precision * 100).toFixed(2)} R ${(all.recall * 100).toFixed(2)} F1 ${(all.f1 * 100).toFixed(2)}`,
    )
  },
})
writeModelFile(options.out, model, FEATURE_VERSION, {
  data: options.wikifane ? 'ANERcorp train (first 90%) + WikiFANE Gold' : 'ANERcorp train (first 90%)',
  epochs: Number(options.epochs),
  seed: Number(options.seed),
  command: `npm run train:ner -- --epochs ${options.epochs} --hash-bits ${options['hash-bits']} --seed ${options.seed}${options.wikifane ? ' --wikifane' : ''}`,
})
log(`wrote ${options.out}`)
const predicted = dev.map((sentence, index) =>
  Array.from(decodeSentence(model, devFeatures[index]!, sentence.words.length), (tag) => BIO_TAGS[tag]!),
)
process.stdout.write(
  `${formatSpanScores(
    scoreSpans(
      dev.map((sentence) => sentence.tags),
      predicted,
    ),
  )}\n`,
)
