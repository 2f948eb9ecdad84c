/**
 * Trains the entity tagger: an averaged structured perceptron over hashed features with
 * BIO-constrained Viterbi, on the first 90% of ANERcorp's train sentences plus (by default)
 * WikiFANE Gold through feature augmentation, with a name list mined from WikiFANE. Writes
 * models/ner.bin, models/ner-names.tsv and the model card models/ner.md. Deterministic.
 *
 *   npm run train:ner [-- --epochs 12 --hash-bits 21 --seed 1 --no-wikifane --no-names]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { BIO_TAGS, tagIndex } from '../src/entities/bio.js'
import { seededRandom } from '../src/entities/clustering/seeded-random.js'
import type { TaggedSentence } from '../src/entities/conll.js'
import { documentLabels } from '../src/entities/document-context.js'
import { combineHashes } from '../src/entities/feature-hash.js'
import {
  createFeatureExtractor,
  FEATURE_VERSION,
  mergeFeatures,
  type SentenceFeatures,
} from '../src/entities/features.js'
import { gazetteerLabeller } from '../src/entities/lexicon-labels.js'
import { decodeSentence, type LinearModel, type SequenceModel } from '../src/entities/linear-model.js'
import { decodeModel, encodeModel, type FeatureWeights } from '../src/entities/model-file.js'
import { createNameLexicon, formatNames, mineNames, type NameLexicon } from '../src/entities/name-lexicon.js'
import { type TrainingSentence, trainPerceptron } from '../src/entities/perceptron.js'
import { formatSpanScores, scoreSpans } from '../src/entities/span-scores.js'
import { createTagger, tagSentences } from '../src/entities/tagger.js'
import { loadWordClusters } from '../src/entities/word-clusters.js'
import { loadGazetteer } from '../src/lexicon/gazetteer.js'
import { DEFAULT_DATA_DIRECTORY, loadAnercorpSplit, loadWikifane } from './ner-data.js'
import { writeModelCard } from './ner-model-card.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIRECTORY },
    out: { type: 'string', default: 'models/ner.bin' },
    names: { type: 'string', default: 'models/ner-names.tsv' },
    card: { type: 'string', default: 'models/ner.md' },
    clusters: { type: 'string', default: 'models/word-clusters.tsv' },
    epochs: { type: 'string', default: '10' },
    'hash-bits': { type: 'string', default: '22' },
    seed: { type: 'string', default: '1' },
    'no-wikifane': { type: 'boolean', default: false },
    'no-names': { type: 'boolean', default: false },
    'no-gazetteer': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '3' },
    'document-window': { type: 'string', default: '10' },
    'document-share': { type: 'string', default: '1' },
  },
})
const useWikifane = !options['no-wikifane']
const useNames = !options['no-names']
const commandLine = `npm run train:ner${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`

const started = Date.now()
const log = (message: string): void => {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`)
}

const { train, dev } = loadAnercorpSplit(options.data)
const wikifane = useWikifane || useNames ? loadWikifane(options.data) : []
const clusters = loadWordClusters(options.clusters)
const gazetteer = options['no-gazetteer'] ? undefined : loadGazetteer()
const names = useNames ? mineNames(wikifane) : []
const lexicon = useNames ? createNameLexicon(names) : undefined
const gazetteerLabels = gazetteer === undefined ? undefined : gazetteerLabeller(gazetteer)
const extractorWith = (nameLexicon: NameLexicon | undefined) =>
  createFeatureExtractor({
    clusters,
    ...(gazetteerLabels === undefined ? {} : { gazetteer: gazetteerLabels }),
    ...(nameLexicon === undefined ? {} : { names: nameLexicon }),
  })
const extractor = extractorWith(lexicon)
log(`${train.length} ANERcorp train sentences, ${dev.length} dev; ${names.length} names mined from WikiFANE`)

// Feature augmentation (Daumé 2007): every feature also gets a copy salted with its corpus, so
// WikiFANE teaches what carries over (shared copy) without overriding ANERcorp's conventions.
const ANERCORP_DOMAIN = 0x0a11e5
const WIKIFANE_DOMAIN = 0x0f0a0e
const augment = (features: SentenceFeatures, domain: number): SentenceFeatures => {
  if (!useWikifane) return features
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
const goldOf = (sentence: TaggedSentence): Int32Array =>
  Int32Array.from(sentence.tags, (tag) => Math.max(0, tagIndex(tag)))

const plainTraining: { features: SentenceFeatures; gold: Int32Array; domain: number }[] = train.map(
  (sentence) => ({
    features: extractor.extract(sentence.words),
    gold: goldOf(sentence),
    domain: ANERCORP_DOMAIN,
  }),
)
// Document context: copies of the ANERcorp sentences with features from how a first pass tagged
// the same words in nearby sentences. The first pass over training sentences comes from models
// that did not see them (5-fold jackknife), so the copies are as noisy as at run time.
const documentWindow = Number(options['document-window'])
if (documentWindow > 0) {
  const FOLDS = 5
  const firstPass: Int32Array[] = new Array(train.length)
  for (let fold = 0; fold < FOLDS; fold++) {
    const start = Math.round((train.length * fold) / FOLDS)
    const end = Math.round((train.length * (fold + 1)) / FOLDS)
    const foldModel = trainPerceptron(
      plainTraining.filter((_, index) => index < start || index >= end),
      { hashBits: 21, epochs: Number(options.epochs), seed: Number(options.seed) + fold },
    )
    for (let index = start; index < end; index++) {
      firstPass[index] = decodeSentence(foldModel, plainTraining[index]!.features, train[index]!.words.length)
    }
  }
  const labels = documentLabels(
    train.map((sentence) => extractor.documentKeys(sentence.words)),
    firstPass,
    documentWindow,
  )
  // The sentences carry document context instead of being copied: a second copy of ANERcorp
  // would outweigh WikiFANE and cost more than context gains (tried: -0.3 F1 on dev).
  // With --document-share below 1, the other sentences stay without context, so the first pass
  // (the same model, without context features) is trained too.
  const share = Number(options['document-share'])
  const random = seededRandom(Number(options.seed) + 7)
  train.forEach((_, index) => {
    if (random() >= share) return
    const plain = plainTraining[index]!
    plainTraining[index] = {
      ...plain,
      features: mergeFeatures(plain.features, extractor.documentFeatures(labels[index]!)),
    }
  })
  log(`document-context copies built (window ±${documentWindow} sentences)`)
}
if (useWikifane) {
  // WikiFANE's own sentences see names mined from the other folds only: a name list that
  // always agrees with the gold tags would teach the model to trust it blindly.
  const FOLDS = 5
  for (let fold = 0; fold < FOLDS; fold++) {
    const foldExtractor = useNames
      ? extractorWith(createNameLexicon(mineNames(wikifane.filter((_, index) => index % FOLDS !== fold))))
      : extractor
    wikifane.forEach((sentence, index) => {
      if (index % FOLDS !== fold) return
      plainTraining.push({
        features: foldExtractor.extract(sentence.words),
        gold: goldOf(sentence),
        domain: WIKIFANE_DOMAIN,
      })
    })
  }
}

/**
 * Drops features seen fewer than `minimum` times in training: one-off features only memorise
 * (three quarters of all features), and fewer features mean fewer hash collisions.
 */
const pruneRare = (
  features: SentenceFeatures,
  counts: Map<number, number>,
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
const featureCounts = new Map<number, number>()
for (const { features } of plainTraining) {
  for (const id of features.ids) featureCounts.set(id, (featureCounts.get(id) ?? 0) + 1)
}
const minimumCount = Number(options['min-count'])
const training: TrainingSentence[] = plainTraining.map(({ features, gold, domain }) => ({
  features: augment(pruneRare(features, featureCounts, minimumCount), domain),
  gold,
}))
let kept = 0
for (const count of featureCounts.values()) if (count >= minimumCount) kept++
log(`${featureCounts.size} distinct features, ${kept} seen at least ${minimumCount} times`)
const devPlain = dev.map((sentence) => extractor.extract(sentence.words))
const devFeatures = devPlain.map((features) => augment(features, ANERCORP_DOMAIN))
log(`${training.length} training sentences, features extracted`)

const tagDev = (model: SequenceModel, features = devFeatures): string[][] =>
  dev.map((sentence, index) =>
    Array.from(decodeSentence(model, features[index]!, sentence.words.length), (tag) => BIO_TAGS[tag]!),
  )
const model = trainPerceptron(training, {
  hashBits: Number(options['hash-bits']),
  epochs: Number(options.epochs),
  seed: Number(options.seed),
  onEpoch: (epoch, averaged, mistakes) => {
    if (options.quiet) return
    const all = scoreSpans(
      dev.map((sentence) => sentence.tags),
      tagDev(averaged),
    ).at(-1)!
    const percent = (value: number): string => (value * 100).toFixed(2)
    log(
      `epoch ${epoch}: ${mistakes} sentences wrong; dev P ${percent(all.precision)} R ${percent(all.recall)} F1 ${percent(all.f1)}`,
    )
  },
})

/**
 * The run-time weights: one row per feature id seen in training, with its ANERcorp copy folded
 * into its shared weight, so tagging costs no more than without augmentation.
 */
const runtimeWeights = (trained: LinearModel): FeatureWeights => {
  const tags = BIO_TAGS.length
  const mask = (1 << trained.hashBits) - 1
  const rowOf = new Map<number, number>()
  const stride = useWikifane ? 2 : 1
  for (const { features } of training) {
    for (let index = 0; index < features.ids.length; index += stride) {
      const id = features.ids[index]!
      if (!rowOf.has(id)) rowOf.set(id, rowOf.size)
    }
  }
  const ids: number[] = []
  const weights: number[] = []
  const row = new Float32Array(tags)
  const threshold = Number(options.prune)
  for (const id of rowOf.keys()) {
    const from = (id & mask) * tags
    const salted = (combineHashes(ANERCORP_DOMAIN, id) & mask) * tags
    let largest = 0
    for (let tag = 0; tag < tags; tag++) {
      row[tag] = trained.weights[from + tag]! + (useWikifane ? trained.weights[salted + tag]! : 0)
      largest = Math.max(largest, Math.abs(row[tag]!))
    }
    // Features whose every weight is small barely move a decision; dropping them keeps the
    // table small enough for the cache (at no cost on dev below about 3).
    if (largest < threshold) continue
    ids.push(id)
    weights.push(...row)
  }
  return { ids: Uint32Array.from(ids), weights: Float32Array.from(weights), transitions: trained.transitions }
}
const trainingInfo = {
  data: useWikifane ? 'ANERcorp train (first 90%) + WikiFANE Gold (augmented)' : 'ANERcorp train (first 90%)',
  names: useNames ? `${names.length} names mined from WikiFANE Gold` : 'none',
  gazetteer: gazetteer === undefined ? 'none' : `${gazetteer.entries.length} entries`,
  epochs: Number(options.epochs),
  seed: Number(options.seed),
  documentWindow,
  command: commandLine,
}
const encoded = encodeModel(runtimeWeights(model), FEATURE_VERSION, trainingInfo)
writeFileSync(options.out, encoded)
const decoded = decodeModel(encoded)
const runtimeTagger = createTagger(decoded.model, decoded.header, extractor)
if (useNames) {
  const header = [
    '# Entity names mined from WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0): spans tagged with one',
    '# coarse type (PERS LOC ORG MISC) in at least half of their occurrences. TYPE<TAB>folded words.',
    `# Licence: CC BY-SA 3.0. Built by: ${commandLine}`,
  ]
  writeFileSync(options.names, `${header.join('\n')}\n${formatNames(names)}\n`)
}
log(`wrote ${options.out}${useNames ? ` and ${options.names}` : ''}`)
process.stdout.write(
  `${formatSpanScores(
    scoreSpans(
      dev.map((sentence) => sentence.tags),
      tagSentences(
        dev.map((sentence) => sentence.words),
        runtimeTagger,
      ),
    ),
  )}\n`,
)
writeModelCard({
  ...options,
  commandLine,
  documentWindow,
  namesCount: names.length,
  trainingSentences: training.length,
})
log(`wrote ${options.card}`)
