/**
 * What the tagger knows about one word, computed once per distinct word and cached: its own
 * features, the features it gives its neighbours, and its keys for lexicons and context.
 */
import { cliticReadings, lightStem } from '../text/clitics.js'
import { type CorpusTags, corpusLabels } from './corpus-tags.js'
import { combineHashes, hashString } from './feature-hash.js'
import {
  BASE_SLOTS,
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  CLUSTER_FULL,
  CLUSTER4,
  CLUSTER6,
  CLUSTER10,
  FORM,
  NONE,
  SHAPE,
  STEM,
  SUFFIX2,
  seeds,
  TRIGGER,
  WINDOW_OFFSETS,
  WINDOW_SLOTS,
} from './feature-templates.js'
import type { FeatureResources } from './features.js'
import { type NameLexicon, nameFirstKeys } from './name-lexicon.js'
import { coreForm, foldForTagging, stripProclitics } from './text-forms.js'
import { type TriggerClass, triggerClass } from './trigger-words.js'
import type { WordClusters } from './word-clusters.js'

/** Per-word features and keys. */
export interface WordInfo {
  /** Hashes of features about the word itself, at position 0. */
  readonly local: Uint32Array
  /** The features this word gives a token at offset -2, -1, +1, +2 from it, precomputed. */
  readonly window: readonly Uint32Array[]
  /** Hashes of the word's base values, indexed by slot, for pair features. */
  readonly base: Uint32Array
  /**
   * Name-list keys: the word's own, and those it starts a name with in the WikiFANE list and in
   * the training-data list (usually none: only keys the list has are kept).
   */
  readonly nameKey: string
  readonly nameFirstKeys: readonly string[]
  readonly trainingNameFirstKeys: readonly string[]
  readonly curatedNameFirstKeys: readonly string[]
  /** Whether the word can be part of a gazetteer name (see `LexiconLabeller.mayBeInName`). */
  readonly inGazetteer: boolean
  /** The key document context counts the word under ('' for punctuation and short words). */
  readonly documentKey: string
  /**
   * A tagger's scores of `local` and `window`, filled in on first use (see `word-scores.ts`), with
   * the weight table they were read from: a word costs one set of table look-ups, not one per use.
   */
  scores: WordScores | undefined
}

/** Integer weight sums of a word's own features and of what it gives each window offset. */
export interface WordScores {
  readonly table: object
  readonly sums: Int32Array
}

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

// Cluster path prefixes the features use; paths are few (thousands), so their hashes are cached.
const CLUSTER_LENGTHS = [4, 6, 10, 16, 99] as const
const pathHashes = new Map<string, Uint32Array>()
const prefixHashes = (path: string): Uint32Array => {
  let hashes = pathHashes.get(path)
  if (hashes === undefined) {
    hashes = new Uint32Array(CLUSTER_LENGTHS.length)
    for (let index = 0; index < CLUSTER_LENGTHS.length; index++) {
      hashes[index] = hashString(path.slice(0, CLUSTER_LENGTHS[index]))
    }
    if (pathHashes.size < 100_000) pathHashes.set(path, hashes)
  }
  return hashes
}

// A corpus profile is one of a few dozen label strings: their feature ids are cached by template.
const profileIds = new Map<number, Map<string, readonly number[]>>()
const corpusFeatures = (tags: CorpusTags, word: string, template: number): readonly number[] => {
  const value = tags.get(word)
  if (value === undefined) return []
  let byValue = profileIds.get(template)
  if (byValue === undefined) {
    byValue = new Map()
    profileIds.set(template, byValue)
  }
  let ids = byValue.get(value)
  if (ids === undefined) {
    ids = corpusLabels(tags, word).map((label) => combineHashes(template, hashString(label)))
    if (byValue.size < 10_000) byValue.set(value, ids)
  }
  return ids
}

/**
 * Builds the per-word information once; the extractor caches it by the raw token. (Tried and
 * dropped, no gain on dev: training copies with words masked to affixes and coarse clusters;
 * words 3–5 away; news-topic cue words; neighbours' corpus profiles.)
 */
export const describeWord = (word: string, resources: FeatureResources): WordInfo => {
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
  const firstKeys =
    resources.names === undefined &&
    resources.trainingNames === undefined &&
    resources.curatedNames === undefined
      ? []
      : nameFirstKeys(form)
  const path = clusters.get(form)
  const stemPath = reading.stem !== form ? clusters.get(reading.stem) : undefined
  const clusterPath = path ?? stemPath
  const trigger: TriggerClass | undefined = triggerClass(form, reading.stem)
  const formHash = hashString(form)
  const stemHash = hashString(stem)
  const clusterHashes = clusterPath === undefined ? undefined : prefixHashes(clusterPath)
  const base = new Uint32Array(BASE_SLOTS)
  base[FORM] = formHash
  base[STEM] = stemHash
  base[CLUSTER4] = clusterHashes?.[0] ?? NONE
  base[CLUSTER6] = clusterHashes?.[1] ?? NONE
  base[CLUSTER10] = clusterHashes?.[2] ?? NONE
  base[CLUSTER_FULL] = clusterHashes?.[4] ?? NONE
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
  if (path !== undefined) {
    const hashes = prefixHashes(path)
    for (let index = 0; index < CLUSTER_LENGTHS.length; index++) {
      local.push(combineHashes(seeds.cluster[index]!, hashes[index]!))
    }
  }
  if (stemPath !== undefined) {
    const hashes = prefixHashes(stemPath)
    for (let index = 0; index < CLUSTER_LENGTHS.length; index++) {
      local.push(combineHashes(seeds.stemCluster[index]!, hashes[index]!))
    }
  }
  if (path === undefined && stemPath === undefined) local.push(seeds.noCluster)
  if (trigger !== undefined) local.push(combineHashes(seeds.trigger, base[TRIGGER]!))
  if (corpusTags !== undefined) {
    for (const id of corpusFeatures(corpusTags, form, seeds.corpus)) local.push(id)
    if (reading.stem !== form) {
      for (const id of corpusFeatures(corpusTags, reading.stem, seeds.corpusStem)) local.push(id)
    }
  }
  return {
    // From a plain array, the constructor copies in one step (`Uint32Array.from` iterates).
    local: new Uint32Array(local),
    window: windowFeatures(base),
    base,
    nameKey: form,
    documentKey: form.length >= 3 && shape !== 'digits' && shape !== 'number' ? reading.stem : '',
    nameFirstKeys: startsOf(resources.names, firstKeys),
    trainingNameFirstKeys: startsOf(resources.trainingNames, firstKeys),
    curatedNameFirstKeys: startsOf(resources.curatedNames, firstKeys),
    inGazetteer: resources.gazetteer?.mayBeInName?.(word) ?? true,
    scores: undefined,
  }
}

const NO_KEYS: readonly string[] = []

/** The keys among `keys` that start some name of `lexicon`. */
const startsOf = (lexicon: NameLexicon | undefined, keys: readonly string[]): readonly string[] => {
  const starts = lexicon?.root.next
  if (starts === undefined) return NO_KEYS
  const found = keys.filter((key) => starts.has(key))
  return found.length === 0 ? NO_KEYS : found
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
    trainingNameFirstKeys: [],
    curatedNameFirstKeys: [],
    inGazetteer: false,
    scores: undefined,
  }
}

/** The window features a word gives its neighbours, one array per offset in `WINDOW_OFFSETS`. */
function windowFeatures(base: Uint32Array): Uint32Array[] {
  const windows: Uint32Array[] = []
  for (let slot = 0; slot < WINDOW_OFFSETS.length; slot++) {
    const baseSlots = WINDOW_SLOTS[slot]!
    const ids = new Uint32Array(baseSlots.length)
    for (let index = 0; index < baseSlots.length; index++) {
      ids[index] = combineHashes(seeds.window[slot]![baseSlots[index]!]!, base[baseSlots[index]!]!)
    }
    windows.push(ids)
  }
  return windows
}

export const BOUNDARY_BEFORE_INFO = boundaryInfo(BOUNDARY_BEFORE)
export const BOUNDARY_AFTER_INFO = boundaryInfo(BOUNDARY_AFTER)
