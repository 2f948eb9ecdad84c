/**
 * Trains the entity tagger: an averaged structured perceptron over hashed features with
 * BIO-constrained Viterbi, on the first 90% of ANERcorp's train sentences plus (by default)
 * WikiFANE Gold through feature augmentation, with a name list mined from WikiFANE. Writes
 * models/ner.bin, models/ner-names.tsv and the model card models/ner.md. Deterministic.
 *
 *   npm run train:ner [-- --epochs 12 --hash-bits 21 --seed 1 --ensemble 5 --no-wikifane --no-names
 *     --no-curated-names --with-training-names]
 *   npm run train:ner -- --experiment --final-seed 2   (the same features, another shuffling of the final model)
 *   npm run train:ner -- --experiment   (fast mode: cached corpus profiles, writes nothing under models/)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BIO_TAGS, tagIndex } from '../src/entities/bio.js'
import { seededRandom } from '../src/entities/clustering/seeded-random.js'
import type { TaggedSentence } from '../src/entities/conll.js'
import {
  addToProfiles,
  type CorpusTags,
  formatCorpusTags,
  parseCorpusTags,
  toCorpusTags,
} from '../src/entities/corpus-tags.js'
import { countCues, withCueLabels } from '../src/entities/cue-profiles.js'
import { loadCuratedNames } from '../src/entities/curated-names.js'
import { documentLabels } from '../src/entities/document-context.js'
import {
  createFeatureExtractor,
  FEATURE_VERSION,
  mergeFeatures,
  type SentenceFeatures,
} from '../src/entities/features.js'
import { gazetteerLabeller } from '../src/entities/lexicon-labels.js'
import { decodeSentence, type LinearModel, type SequenceModel } from '../src/entities/linear-model.js'
import { decodeModel, encodeModel } from '../src/entities/model-file.js'
import { createNameLexicon, formatNames, mineNames, type NameLexicon } from '../src/entities/name-lexicon.js'
import { type TrainingSentence, trainEnsemble } from '../src/entities/perceptron.js'
import { formatSpanScores, scoreSpans } from '../src/entities/span-scores.js'
import { createTagger, tagSentences } from '../src/entities/tagger.js'
import { viterbiDecode } from '../src/entities/viterbi.js'
import { loadWordClusters } from '../src/entities/word-clusters.js'
import { sentenceScores } from '../src/entities/word-scores.js'
import { loadGazetteer } from '../src/lexicon/gazetteer.js'
import { DEFAULT_DATA_DIRECTORY, loadAnercorpSplit, loadWikifane } from './ner-data.js'
import { writeModelCard } from './ner-model-card.js'
import { firstPassFingerprint, readFoldProfiles, writeFoldProfiles } from './ner-profile-cache.js'
import {
  augmentFeatures,
  profileCorpus,
  pruneRareFeatures,
  runtimeWeights,
  toTaggingModel,
} from './ner-training.js'
import { readSaudiNewsNetSentences } from './saudinewsnet.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIRECTORY },
    out: { type: 'string', default: 'models/ner.bin' },
    names: { type: 'string', default: 'models/ner-names.tsv' },
    'training-names': { type: 'string', default: 'models/ner-anercorp-names.tsv' },
    // Off by default: tried with the full recipe, dev F1 75.3 against 76.1 without.
    'with-training-names': { type: 'boolean', default: false },
    card: { type: 'string', default: 'models/ner.md' },
    clusters: { type: 'string', default: 'models/word-clusters.tsv' },
    epochs: { type: 'string', default: '10' },
    'hash-bits': { type: 'string', default: '22' },
    seed: { type: 'string', default: '1' },
    'no-wikifane': { type: 'boolean', default: false },
    'no-names': { type: 'boolean', default: false },
    'no-curated-names': { type: 'boolean', default: false },
    'curated-names': { type: 'string' },
    'final-seed': { type: 'string' },
    ensemble: { type: 'string', default: '5' },
    'fold-ensemble': { type: 'string', default: '1' },
    'no-gazetteer': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '3' },
    'document-window': { type: 'string', default: '10' },
    'document-share': { type: 'string', default: '1' },
    'corpus-tokens': { type: 'string', default: '8000000' },
    'corpus-tags': { type: 'string', default: 'models/ner-corpus-tags.tsv' },
    'profile-iterations': { type: 'string', default: '2' },
    // Off: dev F1 75.58 in fast mode and 74.77 with the full recipe, against 76.08 without.
    'cue-profiles': { type: 'boolean', default: false },
    // Fast experiment mode (about a fifth of the time): see the model card, "Experiments".
    experiment: { type: 'boolean', default: false },
    'cache-dir': { type: 'string', default: '.cache/ner' },
    'no-cache': { type: 'boolean', default: false },
    'runtime-tags': { type: 'string', default: 'models/ner-corpus-tags.tsv' },
  },
})
// The jackknifed corpus profiles (five first-pass models over the corpus, the longest stage) are
// cached in --cache-dir under a fingerprint of the first pass's inputs (scripts/ner-profile-cache.ts).
// In experiment mode a stale cache serves too, new text sees the committed run-time profiles
// instead of ones rebuilt by the new model, and nothing under models/ is written: a feature change
// then costs one training run, while its dev figure stays comparable with the baseline's.
const experiment = options.experiment
if (experiment) {
  mkdirSync(options['cache-dir'], { recursive: true })
  if (options.out === 'models/ner.bin') options.out = join(options['cache-dir'], 'ner.bin')
}
const useWikifane = !options['no-wikifane']
const useNames = !options['no-names']
const useTrainingNames = options['with-training-names']
const useCues = options['cue-profiles']
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
const curatedNames = options['no-curated-names'] ? undefined : loadCuratedNames(options['curated-names'])
const gazetteerLabels = gazetteer === undefined ? undefined : gazetteerLabeller(gazetteer)
const extractorWith = (
  nameLexicon: NameLexicon | undefined,
  profiles?: CorpusTags,
  trainingNames?: NameLexicon,
) =>
  createFeatureExtractor({
    clusters,
    ...(gazetteerLabels === undefined ? {} : { gazetteer: gazetteerLabels }),
    ...(nameLexicon === undefined ? {} : { names: nameLexicon }),
    ...(profiles === undefined ? {} : { corpusTags: profiles }),
    ...(trainingNames === undefined ? {} : { trainingNames }),
    ...(curatedNames === undefined ? {} : { curatedNames }),
  })
const extractor = extractorWith(lexicon)
log(`${train.length} ANERcorp train sentences, ${dev.length} dev; ${names.length} names mined from WikiFANE`)

// Feature augmentation (Daumé 2007): every feature also gets a copy salted with its corpus, so
// WikiFANE teaches what carries over (shared copy) without overriding ANERcorp's conventions.
const ANERCORP_DOMAIN = 0x0a11e5
const WIKIFANE_DOMAIN = 0x0f0a0e
const augment = (features: SentenceFeatures, domain: number): SentenceFeatures =>
  useWikifane ? augmentFeatures(features, domain) : features
const goldOf = (sentence: TaggedSentence): Int32Array =>
  Int32Array.from(sentence.tags, (tag) => Math.max(0, tagIndex(tag)))

// First-pass models, each trained on four fifths of ANERcorp train and used on the other fifth
// (jackknife): their tags give document context and corpus profiles that are as noisy on training
// sentences as they will be on new text.
const FOLDS = 5
const foldStart = (fold: number): number => Math.round((train.length * fold) / FOLDS)
const foldOf = (index: number): number => {
  let fold = 0
  while (fold + 1 < FOLDS && index >= foldStart(fold + 1)) fold++
  return fold
}
// Names mined from ANERcorp train: new text sees them all, a training sentence only those mined
// from the other folds (its own document's names would always agree with its gold tags).
const trainingNames = useTrainingNames ? mineNames(train) : []
const trainingLexicon = useTrainingNames ? createNameLexicon(trainingNames) : undefined
const foldTrainingLexicons = Array.from({ length: FOLDS }, (_, fold) =>
  useTrainingNames
    ? createNameLexicon(mineNames(train.filter((_, index) => foldOf(index) !== fold)))
    : undefined,
)
const documentWindow = Number(options['document-window'])
const corpusTokens = Number(options['corpus-tokens'])
const baseFeatures = train.map((sentence) => extractor.extract(sentence.words))
// Each first-pass model is itself a mean of --fold-ensemble perceptrons: steadier first-pass tags make
// steadier document context and corpus profiles.
const foldEnsemble = Math.max(1, Number(options['fold-ensemble']))
// What the first pass learns from, and so what its corpus profiles depend on.
const fingerprint = firstPassFingerprint(
  baseFeatures,
  train.map(goldOf),
  JSON.stringify({
    FEATURE_VERSION,
    FOLDS,
    epochs: options.epochs,
    seed: options.seed,
    hashBits: 21,
    ...(foldEnsemble > 1 ? { foldEnsemble } : {}),
  }),
)
log(`first-pass fingerprint ${fingerprint}`)
const foldModels: LinearModel[] = []
const firstPass: Int32Array[] = new Array(train.length)
if (documentWindow > 0 || corpusTokens > 0) {
  for (let fold = 0; fold < FOLDS; fold++) {
    const foldTraining = baseFeatures
      .map((features, index) => ({ features, gold: goldOf(train[index]!) }))
      .filter((_, index) => foldOf(index) !== fold)
    const foldModel = trainEnsemble(foldTraining, foldEnsemble, (member) => ({
      hashBits: 21,
      epochs: Number(options.epochs),
      seed: Number(options.seed) + fold + member * 1000,
    }))
    foldModels.push(foldModel)
    for (let index = foldStart(fold); index < foldStart(fold + 1); index++) {
      firstPass[index] = decodeSentence(foldModel, baseFeatures[index]!, train[index]!.words.length)
    }
  }
  log('first-pass fold models trained')
}

// Corpus profiles: each fold model tags part of SaudiNewsNet; a training sentence in fold k sees
// the profiles of model k (which never saw it), new text the average of all five.
const profilesByFold: Map<string, number[]>[] = []
let corpusSentences: string[][] = []
let corpusTags: Map<string, string> | undefined
// Cue profiles (src/entities/cue-profiles.ts) ride along with every set of corpus profiles.
let cues: Map<string, Int32Array> | undefined
const withCues = (tags: Map<string, string>): Map<string, string> =>
  cues === undefined ? tags : withCueLabels(tags, cues)
if (corpusTokens > 0) {
  for (let fold = 0; fold < FOLDS; fold++) profilesByFold.push(new Map())
  // An exact hit is what a fresh count would give; an experiment also takes a stale one.
  const found = options['no-cache']
    ? undefined
    : readFoldProfiles(options['cache-dir'], corpusTokens, options.seed, fingerprint, experiment)
  const cached = found !== undefined
  corpusSentences = cached && !useCues ? [] : readSaudiNewsNetSentences(options.data, corpusTokens)
  const sentences = corpusSentences
  if (found !== undefined) {
    found.profiles.forEach((profiles, fold) => {
      profilesByFold[fold] = profiles
    })
    log(
      `jackknifed corpus profiles read from ${found.file}${found.stale ? ' (stale: first-pass features or settings differ)' : ''}`,
    )
  }
  // Exact run-time tables tag several times faster than the dense training arrays.
  const baseIds = new Set<number>()
  for (const features of baseFeatures) for (const id of features.ids) baseIds.add(id)
  // Fold by fold, so each word's cached weight sums serve one fold model's whole pass.
  foldModels.forEach((foldModel, fold) => {
    if (cached) return
    const { table, transitions } = toTaggingModel(foldModel, baseIds)
    for (const words of sentences) {
      const infos = extractor.wordInfos(words)
      const tags = new Int32Array(words.length)
      viterbiDecode(sentenceScores(table, extractor, words, infos), words.length, transitions, tags)
      addToProfiles(
        profilesByFold[fold]!,
        infos.map((info) => info.nameKey),
        tags.map((tag) => (tag + 1) >> 1),
      )
    }
  })
  if (!cached && !options['no-cache']) {
    const file = writeFoldProfiles(
      options['cache-dir'],
      corpusTokens,
      options.seed,
      fingerprint,
      profilesByFold,
    )
    log(`jackknifed corpus profiles cached in ${file}`)
  }
  const averaged = new Map<string, number[]>()
  for (const [word, counts] of profilesByFold[0]!) {
    const sums = counts.map((_, type) =>
      profilesByFold.reduce((sum, profiles) => sum + (profiles.get(word)?.[type] ?? 0), 0),
    )
    if (sums.reduce((sum, count) => sum + count, 0) >= 3 * FOLDS) {
      averaged.set(
        word,
        sums.map((sum) => Math.round((sum / FOLDS) * 10) / 10),
      )
    }
  }
  if (useCues) {
    cues = countCues(corpusSentences.map((words) => extractor.formKeys(words)))
    log(`cue profiles counted: ${cues.size} words`)
  }
  corpusTags = withCues(toCorpusTags(averaged))
  log(`corpus profiles from ${sentences.length} SaudiNewsNet sentences: ${corpusTags.size} words`)
}
const finalExtractor = extractorWith(lexicon, corpusTags, trainingLexicon)
const anercorpExtractors = Array.from({ length: FOLDS }, (_, fold) =>
  extractorWith(
    lexicon,
    corpusTags === undefined ? undefined : withCues(toCorpusTags(profilesByFold[fold]!)),
    foldTrainingLexicons[fold],
  ),
)

const plainTraining: { features: SentenceFeatures; gold: Int32Array; domain: number }[] = train.map(
  (sentence, index) => ({
    features: anercorpExtractors[foldOf(index)]!.extract(sentence.words),
    gold: goldOf(sentence),
    domain: ANERCORP_DOMAIN,
  }),
)
// Document context: ANERcorp sentences carry features from how the first pass tagged the same
// words in nearby sentences. They are not copied: a second copy of ANERcorp would outweigh
// WikiFANE (tried: -0.3 F1 on dev). With --document-share below 1 some sentences stay without
// context, which trains the first pass (the same model, without context features) too.
if (documentWindow > 0) {
  const labels = documentLabels(
    train.map((sentence) => extractor.documentKeys(sentence.words)),
    firstPass,
    documentWindow,
  )
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
  log(`document context added (window ±${documentWindow} sentences)`)
}
if (useWikifane) {
  // WikiFANE's own sentences see names mined from the other folds only: a name list that
  // always agrees with the gold tags would teach the model to trust it blindly.
  for (let fold = 0; fold < FOLDS; fold++) {
    const foldExtractor = useNames
      ? extractorWith(
          createNameLexicon(mineNames(wikifane.filter((_, index) => index % FOLDS !== fold))),
          corpusTags,
          trainingLexicon,
        )
      : finalExtractor
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

const featureCounts = new Map<number, number>()
for (const { features } of plainTraining) {
  for (const id of features.ids) featureCounts.set(id, (featureCounts.get(id) ?? 0) + 1)
}
const minimumCount = Number(options['min-count'])
const training: TrainingSentence[] = plainTraining.map(({ features, gold, domain }) => ({
  features: augment(pruneRareFeatures(features, featureCounts, minimumCount), domain),
  gold,
}))
let kept = 0
for (const count of featureCounts.values()) if (count >= minimumCount) kept++
log(`${featureCounts.size} distinct features, ${kept} seen at least ${minimumCount} times`)
const devPlain = dev.map((sentence) => finalExtractor.extract(sentence.words))
const devFeatures = devPlain.map((features) => augment(features, ANERCORP_DOMAIN))
log(`${training.length} training sentences, features extracted`)

const tagDev = (model: SequenceModel, features = devFeatures): string[][] =>
  dev.map((sentence, index) =>
    Array.from(decodeSentence(model, features[index]!, sentence.words.length), (tag) => BIO_TAGS[tag]!),
  )
// The final model is the mean of --ensemble perceptrons, each trained in its own shuffled order.
const ensemble = Math.max(1, Number(options.ensemble))
const finalSeed = Number(options['final-seed'] ?? options.seed)
const model = trainEnsemble(training, ensemble, (member) => ({
  hashBits: Number(options['hash-bits']),
  epochs: Number(options.epochs),
  // --final-seed reshuffles the final model's training alone (cached profiles stay valid): two
  // final seeds show how much of a dev difference is chance.
  seed: finalSeed + member * 1000,
  onEpoch: (epoch, averaged, mistakes) => {
    if (options.quiet) return
    const all = scoreSpans(
      dev.map((sentence) => sentence.tags),
      tagDev(averaged),
    ).at(-1)!
    const percent = (value: number): string => (value * 100).toFixed(2)
    log(
      `${ensemble > 1 ? `member ${member + 1}, ` : ''}epoch ${epoch}: ${mistakes} sentences wrong; dev P ${percent(all.precision)} R ${percent(all.recall)} F1 ${percent(all.f1)}`,
    )
  },
}))

// Run-time weights: every (base) feature id of training, in first-seen order, with its ANERcorp
// copy folded in.
const trainedIds = new Set<number>()
for (const { features } of training) {
  for (let index = 0; index < features.ids.length; index += useWikifane ? 2 : 1)
    trainedIds.add(features.ids[index]!)
}
const trainingInfo = {
  data: useWikifane ? 'ANERcorp train (first 90%) + WikiFANE Gold (augmented)' : 'ANERcorp train (first 90%)',
  names: useNames ? `${names.length} names mined from WikiFANE Gold` : 'none',
  trainingNames: useTrainingNames ? `${trainingNames.length} names mined from ANERcorp train` : 'none',
  gazetteer: gazetteer === undefined ? 'none' : `${gazetteer.entries.length} entries`,
  epochs: Number(options.epochs),
  seed: Number(options.seed),
  ensemble,
  documentWindow,
  command: commandLine,
}
const encoded = encodeModel(
  runtimeWeights(model, trainedIds, {
    ...(useWikifane ? { salt: ANERCORP_DOMAIN } : {}),
    threshold: Number(options.prune),
  }),
  FEATURE_VERSION,
  trainingInfo,
)
writeFileSync(options.out, encoded)
const decoded = decodeModel(encoded)
let runtimeTagger = createTagger(decoded.model, decoded.header, finalExtractor)
// The profiles new text sees are rebuilt with the trained tagger itself (with document context),
// which tags the corpus better than the first-pass models did: +1.3 F1 on dev for the first
// round, +0.35 for the second. Training sentences keep their jackknifed profiles.
const profileIterations = experiment ? 0 : Number(options['profile-iterations'])
let runtimeTags = corpusTags
if (experiment && corpusTags !== undefined) {
  runtimeTags = withCues(parseCorpusTags(readFileSync(options['runtime-tags'], 'utf8')))
  runtimeTagger = createTagger(
    decoded.model,
    decoded.header,
    extractorWith(lexicon, runtimeTags, trainingLexicon),
  )
  log(`experiment: new text sees the run-time profiles of ${options['runtime-tags']}`)
}
for (let iteration = 1; iteration <= profileIterations && corpusTags !== undefined; iteration++) {
  const profiles = profileCorpus(corpusSentences, runtimeTagger)
  runtimeTags = withCues(toCorpusTags(profiles))
  runtimeTagger = createTagger(
    decoded.model,
    decoded.header,
    extractorWith(lexicon, runtimeTags, trainingLexicon),
  )
  log(`corpus profiles rebuilt with the trained tagger (round ${iteration}): ${runtimeTags.size} words`)
}
if (runtimeTags !== undefined && !experiment) {
  const header = [
    `# Corpus tag profiles: how the tagger labelled each word over ${corpusTokens} tokens of SaudiNewsNet`,
    `# (Alhagri 2015, CC BY-NC-SA 4.0): first-pass jackknife models, then ${profileIterations} round(s) of the trained tagger.`,
    '# WORD<TAB>labels: the share of entity tags and of the main type, bucketed (see src/entities/corpus-tags.ts).',
    ...(useCues
      ? [
          "# Labels starting < or > are cue profiles: the share of the word's uses right after (<) or before (>)",
          '# a word of a cue class, bucketed (see src/entities/cue-profiles.ts); counted, not tagged.',
        ]
      : []),
    '# Licence: CC BY-NC-SA 4.0.',
    `# Built by: ${commandLine}`,
  ]
  writeFileSync(options['corpus-tags'], `${header.join('\n')}\n${formatCorpusTags(runtimeTags)}\n`)
}
if (useNames && !experiment) {
  const header = [
    '# Entity names mined from WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0): spans tagged with one',
    '# coarse type (PERS LOC ORG MISC) in at least half of their occurrences. TYPE<TAB>folded words.',
    `# Licence: CC BY-SA 3.0. Built by: ${commandLine}`,
  ]
  writeFileSync(options.names, `${header.join('\n')}\n${formatNames(names)}\n`)
}
if (useTrainingNames && !experiment) {
  const header = [
    '# Entity names mined from the ANERcorp train split the tagger learns from (Benajiba et al. 2007,',
    '# CAMeL split, first 90% of sentences; CC BY-SA 4.0): spans tagged with one coarse type in at least',
    '# half of their occurrences. TYPE<TAB>folded words.',
    `# Licence: CC BY-SA 4.0. Built by: ${commandLine}`,
  ]
  writeFileSync(options['training-names'], `${header.join('\n')}\n${formatNames(trainingNames)}\n`)
}
log(`wrote ${options.out}${useNames && !experiment ? ` and ${options.names}` : ''}`)
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
if (experiment) process.exit(0)
writeModelCard({
  ...options,
  commandLine,
  documentWindow,
  namesCount: names.length,
  curatedNamesCount: curatedNames?.size ?? 0,
  trainingNamesCount: trainingNames.length,
  trainingSentences: training.length,
})
log(`wrote ${options.card}`)
