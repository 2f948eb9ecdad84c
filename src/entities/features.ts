import { GenerationCache } from '../text/generation-cache.js'
import type { CorpusTags } from './corpus-tags.js'
import { combineHashes, hashString } from './feature-hash.js'
import { CLUSTER6, CLUSTER10, FORM, STEM, seeds, TRIGGER, WINDOW_OFFSETS } from './feature-templates.js'
import type { LexiconLabeller } from './lexicon-labels.js'
import { matchNameKeys, type NameLexicon } from './name-lexicon.js'
import { quotedSpans } from './quoted-spans.js'
import type { WordClusters } from './word-clusters.js'
import { BOUNDARY_AFTER_INFO, BOUNDARY_BEFORE_INFO, describeWord, type WordInfo } from './word-info.js'

/**
 * Bumped whenever the feature templates change: a model trained with other templates would load
 * but tag badly, so the tagger refuses it instead.
 */
export const FEATURE_VERSION = 3

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
  /**
   * Names mined from the tagger's own training data (ANERcorp), labelled apart (`a:B-ORG`); in
   * training, each sentence sees only names mined from the other folds.
   */
  readonly trainingNames?: NameLexicon
  /**
   * Hand-written name lists by class (`data/names`: football clubs, car makers …), labelled apart
   * (`c:B-team`): the class is a hint the tagger weighs in context, not an entity type.
   */
  readonly curatedNames?: NameLexicon
  /** How a tagger labelled each word across an unlabeled corpus (see `corpus-tags.ts`). */
  readonly corpusTags?: CorpusTags
}

/** Hashed feature ids of one sentence: token `i` owns `ids[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  readonly offsets: Int32Array
  readonly ids: Uint32Array
}

// Per-word information is a dozen typed arrays (about 1 KB a word): two generations of 16,000 words
// keep news vocabulary's frequent head and bound the heap (200,000 words cleared at once held ~250 MB).
const CACHE_GENERATION = 16_000

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
  /** The cached per-word information of a sentence's words. */
  readonly wordInfos: (words: readonly string[]) => WordInfo[]
  /**
   * The features of a sentence less each word's own and window features (`WordInfo.local` and
   * `.window`), which a tagger scores once per distinct word: `extract` is these plus those.
   * The ids are a view that the next call overwrites.
   */
  readonly contextFeatures: (words: readonly string[], infos: readonly WordInfo[]) => SentenceFeatures
}

/**
 * Creates a feature extractor over the given clusters (and gazetteer). Per-word features (folded
 * form, stem, affixes, shape, cluster prefixes, cue class) are computed once per distinct word;
 * window, pair and gazetteer features combine those cached hashes per position.
 */
export const createFeatureExtractor = (resources: FeatureResources): FeatureExtractor => {
  const cache = new GenerationCache<string, WordInfo>(CACHE_GENERATION)
  const describe = (word: string): WordInfo => describeWord(word, resources)
  const info = (word: string): WordInfo => cache.get(word, describe)
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
  const wordInfos = (words: readonly string[]): WordInfo[] => {
    const infos = new Array<WordInfo>(words.length)
    for (let index = 0; index < words.length; index++) infos[index] = info(words[index]!)
    return infos
  }
  /**
   * The features of a sentence; with `perWord` false only those that depend on more than one
   * word (pairs, quotes, lexicon labels), for a tagger that caches each word's own share.
   */
  const features = (
    words: readonly string[],
    infos: readonly WordInfo[],
    perWord: boolean,
  ): SentenceFeatures => {
    const count = words.length
    const at = (index: number): WordInfo =>
      index < 0 ? BOUNDARY_BEFORE_INFO : index >= count ? BOUNDARY_AFTER_INFO : infos[index]!
    const gazetteer = resources.gazetteer?.(
      words,
      infos.map((word) => word.inGazetteer),
    )
    const keys = infos.map((word) => word.nameKey)
    // Most sentences hold no word that starts a listed name: skip the matcher for them.
    const matchList = (
      lexicon: NameLexicon | undefined,
      starts: (word: WordInfo) => readonly string[],
      prefix: string,
    ): string[] | undefined =>
      lexicon === undefined || !infos.some((word) => starts(word).length > 0)
        ? undefined
        : matchNameKeys(lexicon, keys, (index) => starts(infos[index]!), prefix)
    const names = matchList(resources.names, (word) => word.nameFirstKeys, 'n')
    const trainingNames = matchList(resources.trainingNames, (word) => word.trainingNameFirstKeys, 'a')
    const curatedNames = matchList(resources.curatedNames, (word) => word.curatedNameFirstKeys, 'c')
    const quoteSpans = quotedSpans(keys)
    const offsets = new Int32Array(count + 1)
    length = 0
    for (let index = 0; index < count; index++) {
      offsets[index] = length
      const word = infos[index]!
      if (perWord) {
        pushAll(word.local)
        for (let slot = 0; slot < WINDOW_OFFSETS.length; slot++) {
          pushAll(at(index + WINDOW_OFFSETS[slot]!).window[slot]!)
        }
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
        const trainingName = trainingNames?.[position]
        if (trainingName) pushLabel(offset, trainingName, word.base[FORM]!)
        const curatedName = curatedNames?.[position]
        if (curatedName) pushLabel(offset, curatedName, word.base[FORM]!)
      }
    }
    offsets[count] = length
    // The context features are scored at once: a view of the buffer saves a copy per sentence.
    return { offsets, ids: perWord ? buffer.slice(0, length) : buffer.subarray(0, length) }
  }
  const extract = (words: readonly string[]): SentenceFeatures => features(words, wordInfos(words), true)
  const contextFeatures = (words: readonly string[], infos: readonly WordInfo[]): SentenceFeatures =>
    features(words, infos, false)
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
  return { extract, wordInfos, contextFeatures, formKeys, documentKeys, documentFeatures }
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
