import { cliticReadings, lightStem } from '../text/clitics.js'
import { type CorpusTags, corpusLabels } from './corpus-tags.js'
import { combineHashes, hashString } from './feature-hash.js'
import type { LexiconLabeller } from './lexicon-labels.js'
import { matchNameKeys, type NameLexicon, nameFirstKeys } from './name-lexicon.js'
import { coreForm, foldForTagging, stripProclitics } from './text-forms.js'
import { type TriggerClass, triggerClass } from './trigger-words.js'
import type { WordClusters } from './word-clusters.js'

/**
 * Bumped whenever the feature templates change: a model trained with other templates would load
 * but tag badly, so the tagger refuses it instead.
 */
export const FEATURE_VERSION = 2

/** What the feature extractor needs besides the words. */
export interface FeatureResources {
  readonly clusters: WordClusters
  /**
   * Per-token gazetteer labels for a sentence (such as `g:B-LOC`); optional so the tagger works
   * (less well) without them.
   */
  readonly gazetteer?: LexiconLabeller
  /** Names mined from WikiFANE, matched longest first. */
  readonly names?: NameLexicon
  /** How a tagger labelled each word across an unlabeled corpus (see `corpus-tags.ts`). */
  readonly corpusTags?: CorpusTags
}

/** Hashed feature ids of one sentence: token `i` owns `ids[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  readonly offsets: Int32Array
  readonly ids: Uint32Array
}

// Base values of a word that neighbouring tokens look at, by slot.
const FORM = 0
const STEM = 1
const CLUSTER4 = 2
const CLUSTER6 = 3
const CLUSTER10 = 4
const CLUSTER_FULL = 5
const SHAPE = 6
const TRIGGER = 7
const SUFFIX2 = 8
const BASE_SLOTS = 9

interface WordInfo {
  /** Hashes of features about the word itself, at position 0. */
  readonly local: Uint32Array
  /** The features this word gives a token at offset -2, -1, +1, +2 from it, precomputed. */
  readonly window: readonly Uint32Array[]
  /** Hashes of the word's base values, indexed by slot, for pair features. */
  readonly base: Uint32Array
  /** Name-list keys: the word's own, and those it may start a name with. */
  readonly nameKey: string
  readonly nameFirstKeys: readonly string[]
  /** The key document context counts the word under ('' for punctuation and short words). */
  readonly documentKey: string
}

const template = (name: string): number => hashString(name, 0x5eed)
const seeds = {
  bias: template('bias'),
  form: template('form'),
  stem: template('stem'),
  readingStem: template('reading-stem'),
  proclitic: template('proclitic'),
  prefix: [1, 2, 3, 4].map((length) => template(`prefix${length}`)),
  suffix: [1, 2, 3, 4].map((length) => template(`suffix${length}`)),
  stemPrefix: [1, 2, 3].map((length) => template(`stem-prefix${length}`)),
  stemSuffix: [1, 2, 3].map((length) => template(`stem-suffix${length}`)),
  shape: template('shape'),
  length: template('length'),
  cluster: [4, 6, 10, 16, 99].map((length) => template(`cluster${length}`)),
  stemCluster: [4, 6, 10, 16, 99].map((length) => template(`stem-cluster${length}`)),
  noCluster: template('no-cluster'),
  trigger: template('trigger'),
  window: [-2, -1, 1, 2].map((offset) =>
    ['form', 'stem', 'c4', 'c6', 'c10', 'cfull', 'shape', 'trigger', 'suffix2'].map((slot) =>
      template(`window${offset}:${slot}`),
    ),
  ),
  pair: {
    formPrevious: template('pair:form-1,form0'),
    formNext: template('pair:form0,form+1'),
    stemPrevious: template('pair:stem-1,stem0'),
    clusterPrevious: template('pair:c6-1,c6'),
    clusterNext: template('pair:c6,c6+1'),
    triggerCluster: template('pair:trigger-1,c10'),
    previousTwo: template('pair:form-2,form-1'),
    nextTwo: template('pair:form+1,form+2'),
  },
  gazetteer: [-1, 0, 1].map((offset) => template(`gazetteer${offset}`)),
  document: template('document'),
  corpus: template('corpus'),
  corpusStem: template('corpus-stem'),
  quote: {
    inside: template('quote:inside'),
    first: template('quote:first'),
    length: template('quote:length'),
    head: template('quote:head-form'),
    headCluster: template('quote:head-c6'),
  },
  gazetteerPair: template('gazetteer-pair'),
}

const BOUNDARY_BEFORE = template('<s>')
const BOUNDARY_AFTER = template('</s>')
const NONE = template('<none>')

const shapeOf = (form: string): string => {
  let arabic = 0
  let latin = 0
  let digit = 0
  let other = 0
  for (let index = 0; index < form.length; index++) {
    const code = form.charCodeAt(index)
    if (code >= 0x0621 && code <= 0x06ff) arabic++
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) latin++
    else if (code >= 0x30 && code <= 0x39) digit++
    else other++
  }
  if (arabic > 0 && latin + digit + other === 0) return 'arabic'
  if (latin > 0 && arabic + digit === 0) return other > 0 ? 'latin-punct' : 'latin'
  if (digit > 0 && arabic + latin === 0) return other > 0 ? 'number' : 'digits'
  if (arabic > 0) return 'arabic-mixed'
  return form.length === 1 ? `punct:${form}` : 'symbols'
}

const lengthBucket = (length: number): number =>
  length <= 3 ? length : length <= 5 ? 5 : length <= 8 ? 8 : 9

/**
 * The clitic reading the clusters vouch for: the first split (most conservative first) without an
 * enclitic whose stem is a known word, so `وبغداد` gives و + بغداد and not و + ب + غداد. Falls
 * back to stripping every proclitic.
 */
const knownReading = (form: string, clusters: WordClusters): { proclitics: string; stem: string } => {
  const readings = cliticReadings(form)
  if (readings.length === 1) return { proclitics: '', stem: form }
  for (let index = 1; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.enclitic === '' && clusters.has(reading.stem)) {
      return { proclitics: reading.proclitics.join('+'), stem: reading.stem }
    }
  }
  const stem = stripProclitics(form)
  return { proclitics: form.slice(0, form.length - stem.length), stem }
}

/**
 * Builds the per-word information once; the extractor caches it by the raw token. (Tried and
 * dropped, no gain on dev: training copies with words masked to affixes and coarse clusters;
 * words 3–5 away; news-topic cue words; neighbours' corpus profiles.)
 */
const describeWord = (word: string, resources: FeatureResources): WordInfo => {
  const { clusters, corpusTags } = resources
  const form = coreForm(foldForTagging(word))
  const stem = lightStem(form)
  // Even a known word gets its clitic reading: وأشرف is frequent enough to have its own cluster,
  // but أشرف's cluster says more about whether it is a name.
  const reading =
    clusters.has(form) && form[0] !== 'و' && form[0] !== 'ف'
      ? { proclitics: '', stem: form }
      : knownReading(form, clusters)
  const shape = shapeOf(form)
  const path = clusters.get(form)
  const stemPath = reading.stem !== form ? clusters.get(reading.stem) : undefined
  const clusterPath = path ?? stemPath
  const trigger: TriggerClass | undefined = triggerClass(form, reading.stem)
  const formHash = hashString(form)
  const stemHash = hashString(stem)
  const clusterHash = (length: number): number =>
    clusterPath === undefined ? NONE : hashString(clusterPath.slice(0, length))
  const base = new Uint32Array(BASE_SLOTS)
  base[FORM] = formHash
  base[STEM] = stemHash
  base[CLUSTER4] = clusterHash(4)
  base[CLUSTER6] = clusterHash(6)
  base[CLUSTER10] = clusterHash(10)
  base[CLUSTER_FULL] = clusterHash(99)
  base[SHAPE] = hashString(shape)
  base[TRIGGER] = trigger === undefined ? NONE : hashString(trigger)
  base[SUFFIX2] = hashString(form.slice(-2))

  const local: number[] = [
    seeds.bias,
    combineHashes(seeds.form, formHash),
    combineHashes(seeds.stem, stemHash),
    combineHashes(seeds.readingStem, hashString(reading.stem)),
    combineHashes(seeds.proclitic, hashString(reading.proclitics)),
    combineHashes(seeds.shape, base[SHAPE]!),
    combineHashes(seeds.length, lengthBucket(reading.stem.length)),
  ]
  for (let length = 1; length <= 4; length++) {
    if (form.length > length) {
      local.push(combineHashes(seeds.prefix[length - 1]!, hashString(form.slice(0, length))))
      local.push(combineHashes(seeds.suffix[length - 1]!, hashString(form.slice(-length))))
    }
    if (length <= 3 && reading.stem !== form && reading.stem.length > length) {
      local.push(combineHashes(seeds.stemPrefix[length - 1]!, hashString(reading.stem.slice(0, length))))
      local.push(combineHashes(seeds.stemSuffix[length - 1]!, hashString(reading.stem.slice(-length))))
    }
  }
  const lengths = [4, 6, 10, 16, 99]
  if (path !== undefined) {
    lengths.forEach((length, index) => {
      local.push(combineHashes(seeds.cluster[index]!, hashString(path.slice(0, length))))
    })
  }
  if (stemPath !== undefined) {
    lengths.forEach((length, index) => {
      local.push(combineHashes(seeds.stemCluster[index]!, hashString(stemPath.slice(0, length))))
    })
  }
  if (path === undefined && stemPath === undefined) local.push(seeds.noCluster)
  if (trigger !== undefined) local.push(combineHashes(seeds.trigger, base[TRIGGER]!))
  if (corpusTags !== undefined) {
    for (const label of corpusLabels(corpusTags, form))
      local.push(combineHashes(seeds.corpus, hashString(label)))
    if (reading.stem !== form) {
      for (const label of corpusLabels(corpusTags, reading.stem)) {
        local.push(combineHashes(seeds.corpusStem, hashString(label)))
      }
    }
  }
  return {
    local: Uint32Array.from(local),
    window: windowFeatures(base),
    base,
    nameKey: form,
    documentKey: form.length >= 3 && shape !== 'digits' && shape !== 'number' ? reading.stem : '',
    nameFirstKeys: nameFirstKeys(form),
  }
}

const boundaryInfo = (hash: number): WordInfo => {
  const base = new Uint32Array(BASE_SLOTS).fill(hash)
  return {
    local: new Uint32Array(0),
    window: windowFeatures(base),
    base,
    nameKey: '',
    documentKey: '',
    nameFirstKeys: [],
  }
}

const WINDOW_OFFSETS = [-2, -1, 1, 2] as const
// Which base slots each window offset contributes: near neighbours say more.
// (A neighbour's corpus profile was tried here too: no gain on dev.)
const WINDOW_SLOTS: readonly (readonly number[])[] = [
  [FORM, STEM, CLUSTER6, CLUSTER10, TRIGGER, SHAPE],
  [FORM, STEM, CLUSTER4, CLUSTER6, CLUSTER10, CLUSTER_FULL, SHAPE, TRIGGER, SUFFIX2],
  [FORM, STEM, CLUSTER4, CLUSTER6, CLUSTER10, CLUSTER_FULL, SHAPE, TRIGGER, SUFFIX2],
  [FORM, STEM, CLUSTER6, CLUSTER10, TRIGGER, SHAPE],
]

/** The window features a word gives its neighbours, one array per offset in `WINDOW_OFFSETS`. */
function windowFeatures(base: Uint32Array): Uint32Array[] {
  return WINDOW_OFFSETS.map((_, slot) =>
    Uint32Array.from(WINDOW_SLOTS[slot]!, (baseSlot) =>
      combineHashes(seeds.window[slot]![baseSlot]!, base[baseSlot]!),
    ),
  )
}

const BOUNDARY_BEFORE_INFO = boundaryInfo(BOUNDARY_BEFORE)
const BOUNDARY_AFTER_INFO = boundaryInfo(BOUNDARY_AFTER)

const MAX_QUOTED = 8

/**
 * Short quoted stretches (titles of programmes, books, newspapers: برنامج « الناس وأنا »): for each
 * token inside one, the indexes of its opening and closing quote. Quotes pair up in order; ANERcorp
 * writes them as " « » or a doubled ' '.
 */
function quotedSpans(infos: readonly WordInfo[]): ([number, number] | undefined)[] {
  const spans: ([number, number] | undefined)[] = new Array(infos.length)
  let open = -1
  for (let index = 0; index < infos.length; index++) {
    const key = infos[index]!.nameKey
    const isQuote = key === '"' || (key === "'" && infos[index + 1]?.nameKey === "'")
    if (!isQuote) continue
    if (open >= 0 && index - open - 1 >= 1 && index - open - 1 <= MAX_QUOTED) {
      for (let inside = open + 1; inside < index; inside++) spans[inside] = [open, index]
      open = -1
    } else open = index
    if (key === "'") index++
  }
  return spans
}

const CACHE_LIMIT = 200_000

/** A feature extractor: turns a sentence into hashed feature ids, caching per-word work. */
export interface FeatureExtractor {
  /** The folded forms of a sentence's words, as lexicons and corpus profiles key them. */
  readonly formKeys: (words: readonly string[]) => string[]
  /** Document-context keys of a sentence's words (see `documentLabels`). */
  readonly documentKeys: (words: readonly string[]) => string[]
  /** Features of document-context labels, per token (added to a sentence's own features). */
  readonly documentFeatures: (labels: readonly (readonly string[])[]) => SentenceFeatures
  /** The features of every token of a sentence. Deterministic: same words, same ids. */
  readonly extract: (words: readonly string[]) => SentenceFeatures
}

/**
 * Creates a feature extractor over the given clusters (and gazetteer). Per-word features (folded
 * form, stem, affixes, shape, cluster prefixes, cue class) are computed once per distinct word;
 * window, pair and gazetteer features combine those cached hashes per position.
 */
export const createFeatureExtractor = (resources: FeatureResources): FeatureExtractor => {
  const cache = new Map<string, WordInfo>()
  const info = (word: string): WordInfo => {
    let found = cache.get(word)
    if (found === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      found = describeWord(word, resources)
      cache.set(word, found)
    }
    return found
  }
  // Lexicon labels come from a small set: hash each once.
  const labelHashes = new Map<string, number>()
  const labelHashOf = (label: string): number => {
    let hash = labelHashes.get(label)
    if (hash === undefined) {
      hash = hashString(label)
      if (labelHashes.size < 10_000) labelHashes.set(label, hash)
    }
    return hash
  }
  let buffer = new Uint32Array(4096)
  const extract = (words: readonly string[]): SentenceFeatures => {
    const count = words.length
    const infos = words.map(info)
    const at = (index: number): WordInfo =>
      index < 0 ? BOUNDARY_BEFORE_INFO : index >= count ? BOUNDARY_AFTER_INFO : infos[index]!
    const gazetteer = resources.gazetteer?.(words)
    const names =
      resources.names === undefined
        ? undefined
        : matchNameKeys(
            resources.names,
            infos.map((word) => word.nameKey),
            (index) => infos[index]!.nameFirstKeys,
          )
    const quoteSpans = quotedSpans(infos)
    const offsets = new Int32Array(count + 1)
    let length = 0
    const push = (id: number): void => {
      if (length === buffer.length) {
        const grown = new Uint32Array(buffer.length * 2)
        grown.set(buffer)
        buffer = grown
      }
      buffer[length++] = id
    }
    const pushAll = (ids: Uint32Array): void => {
      if (length + ids.length > buffer.length) {
        const grown = new Uint32Array(buffer.length * 2 + ids.length)
        grown.set(buffer)
        buffer = grown
      }
      buffer.set(ids, length)
      length += ids.length
    }
    const pushLabel = (offset: number, label: string, form: number): void => {
      const labelHash = labelHashOf(label)
      push(combineHashes(seeds.gazetteer[offset + 1]!, labelHash))
      if (offset === 0) push(combineHashes(combineHashes(seeds.gazetteerPair, labelHash), form))
    }
    for (let index = 0; index < count; index++) {
      offsets[index] = length
      const word = infos[index]!
      pushAll(word.local)
      for (let slot = 0; slot < WINDOW_OFFSETS.length; slot++) {
        pushAll(at(index + WINDOW_OFFSETS[slot]!).window[slot]!)
      }
      const previous = at(index - 1).base
      const next = at(index + 1).base
      const pair = seeds.pair
      push(combineHashes(pair.formPrevious, combineHashes(previous[FORM]!, word.base[FORM]!)))
      push(combineHashes(pair.formNext, combineHashes(word.base[FORM]!, next[FORM]!)))
      push(combineHashes(pair.stemPrevious, combineHashes(previous[STEM]!, word.base[STEM]!)))
      push(combineHashes(pair.clusterPrevious, combineHashes(previous[CLUSTER6]!, word.base[CLUSTER6]!)))
      push(combineHashes(pair.clusterNext, combineHashes(word.base[CLUSTER6]!, next[CLUSTER6]!)))
      push(combineHashes(pair.triggerCluster, combineHashes(previous[TRIGGER]!, word.base[CLUSTER10]!)))
      push(combineHashes(pair.previousTwo, combineHashes(at(index - 2).base[FORM]!, previous[FORM]!)))
      push(combineHashes(pair.nextTwo, combineHashes(next[FORM]!, at(index + 2).base[FORM]!)))
      const quoted = quoteSpans[index]
      if (quoted !== undefined) {
        const quote = seeds.quote
        const [open, close] = quoted
        const head = at(open - 1).base
        push(quote.inside)
        if (index === open + 1) push(quote.first)
        push(combineHashes(quote.length, Math.min(close - open - 1, 4)))
        push(combineHashes(quote.head, head[FORM]!))
        push(combineHashes(quote.headCluster, head[CLUSTER6]!))
      }
      for (let offset = -1; offset <= 1; offset++) {
        const position = index + offset
        if (position < 0 || position >= count) continue
        const labels = gazetteer?.[position]
        if (labels !== undefined) for (const label of labels) pushLabel(offset, label, word.base[FORM]!)
        const name = names?.[position]
        if (name) pushLabel(offset, name, word.base[FORM]!)
      }
    }
    offsets[count] = length
    return { offsets, ids: buffer.slice(0, length) }
  }
  const documentKeys = (words: readonly string[]): string[] => words.map((word) => info(word).documentKey)
  const formKeys = (words: readonly string[]): string[] => words.map((word) => info(word).nameKey)
  const documentFeatures = (labels: readonly (readonly string[])[]): SentenceFeatures => {
    const offsets = new Int32Array(labels.length + 1)
    const ids: number[] = []
    labels.forEach((tokenLabels, index) => {
      offsets[index] = ids.length
      for (const label of tokenLabels) ids.push(combineHashes(seeds.document, labelHashOf(label)))
    })
    offsets[labels.length] = ids.length
    return { offsets, ids: Uint32Array.from(ids) }
  }
  return { extract, formKeys, documentKeys, documentFeatures }
}

/** Concatenates two feature sets of the same sentence, token by token. */
export const mergeFeatures = (first: SentenceFeatures, second: SentenceFeatures): SentenceFeatures => {
  const tokens = first.offsets.length - 1
  const offsets = new Int32Array(tokens + 1)
  const ids = new Uint32Array(first.ids.length + second.ids.length)
  let length = 0
  for (let token = 0; token < tokens; token++) {
    offsets[token] = length
    ids.set(first.ids.subarray(first.offsets[token]!, first.offsets[token + 1]!), length)
    length += first.offsets[token + 1]! - first.offsets[token]!
    ids.set(second.ids.subarray(second.offsets[token]!, second.offsets[token + 1]!), length)
    length += second.offsets[token + 1]! - second.offsets[token]!
  }
  offsets[tokens] = length
  return { offsets, ids }
}
