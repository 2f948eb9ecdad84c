/**
 * Words: the tokens of a sentence read once for event coding — which clitics they carry (و، ب، ل، ال،
 * a pronoun), their stem, and their cue kinds. A clitic reading is chosen when its stem is a word some
 * lexicon knows (بانسحاب = ب + انسحاب; بين stays بين); the article is trusted without that.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { cliticReadings } from '../text/clitics.js'
import type { CliticReading, Token } from '../text/token.js'
import { CUE, FUNCTION_WORDS } from './cue-kinds.js'
import type { EventLexicon } from './event-lexicon.js'

export type WordKind = 'word' | 'comma' | 'stop' | 'quote' | 'dash' | 'number' | 'other'

/** A candidate verb stem of a word: a clitic reading without the article or a preposition. */
export interface VerbStem {
  readonly key: string
  /** The future prefix سـ was attached (سيلتقي). */
  readonly future: boolean
}

export interface Word {
  /** Index of the word in its sentence. */
  readonly position: number
  readonly tokenIndex: number
  readonly token: Token
  readonly kind: WordKind
  /** The whole token's key (folded, ة as ه). */
  readonly key: string
  readonly conjunction: boolean
  /** An attached preposition (ب ل ك), or ''. */
  readonly preposition: string
  readonly article: boolean
  /** An attached pronoun (ه ها هم …), or ''. */
  readonly enclitic: string
  /** The stem's key without the article. */
  readonly stem: string
  /** The stem's key with the article when it is written: what gazetteers and cue lists hold. */
  readonly form: string
  /** Folded letters before `form`: the conjunction and preposition, to trim them off evidence spans. */
  readonly skip: number
  /** Cue flags (see `CUE`). */
  readonly cues: number
  readonly verbStems: readonly VerbStem[]
  /** Some construction can start with this word (checked once per word form). */
  readonly opensConstruction: boolean
  /** The word is a trigger verb or noun form in some reading (checked once per word form). */
  readonly mayTrigger: boolean
}

const ARTICLE = 'ال'
const NOUN_PROCLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك', ARTICLE])
const VERB_PROCLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'ل', 'س'])
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '…', '(', ')', '[', ']', '{', '}'])
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '/'])
/** Letters a derived verbal noun starts with (تفعيل، مواصلة، انسحاب، استخدام). */
const MASDAR_STARTS = 'تما'
const MASDAR_MIN_LENGTH = 4
/** Below this length a word starting with و is taken whole when nothing else decides (وفد، وحدة). */
const CONJUNCTION_MIN_LENGTH = 6

const kindOf = (token: Token): WordKind => {
  if (token.kind === 'word') return 'word'
  if (token.kind === 'number') return 'number'
  if (token.kind !== 'punctuation' && token.kind !== 'symbol') return 'other'
  const folded = token.folded
  if (folded === ',') return 'comma'
  if (folded === '"') return 'quote'
  if (STOPS.has(folded)) return 'stop'
  if (DASHES.has(folded)) return 'dash'
  return 'other'
}

/** Whether some lexicon knows this key: a cue, a trigger, a designation or the start of a name. */
const knows = (lexicon: EventLexicon, gazetteer: Gazetteer, key: string, constructions = true): boolean =>
  lexicon.cues.words.has(key) ||
  lexicon.cues.verbs.has(key) ||
  lexicon.cues.designations.has(key) ||
  lexicon.triggers.nouns.has(key) ||
  lexicon.triggers.verbs.has(key) ||
  (constructions && lexicon.triggers.constructionWords.has(key)) ||
  gazetteer.index.phrases.has(key) ||
  gazetteer.index.prefixes.has(key)

const readingKey = (reading: CliticReading): string =>
  matchKey(reading.proclitics.includes(ARTICLE) ? ARTICLE + reading.stem : reading.stem)

const chooseReading = (
  readings: readonly CliticReading[],
  lexicon: EventLexicon,
  gazetteer: Gazetteer,
): CliticReading => {
  const whole = readings[0]!
  const wholeKey = matchKey(whole.stem)
  // Construction words may carry a pronoun or a preposition (تأييدها، لوقف): they never keep a word whole.
  if (knows(lexicon, gazetteer, wholeKey, false)) {
    // A known definite word (الوفد) still carries its article, unless it is a verb (التقى).
    const verb = lexicon.triggers.verbs.has(wholeKey) || lexicon.cues.verbs.has(wholeKey)
    if (!verb && wholeKey.startsWith(ARTICLE)) {
      const definite = readings.find(
        (reading) =>
          reading.proclitics.length === 1 && reading.proclitics[0] === ARTICLE && reading.enclitic === '',
      )
      if (definite !== undefined) return definite
    }
    return whole
  }
  for (let index = 1; index < readings.length; index++) {
    const reading = readings[index]!
    if (!reading.proclitics.every((proclitic) => NOUN_PROCLITICS.has(proclitic))) continue
    if (knows(lexicon, gazetteer, readingKey(reading))) return reading
    if (reading.proclitics.includes(ARTICLE) && knows(lexicon, gazetteer, matchKey(reading.stem)))
      return reading
  }
  // Nothing known: trust a written article (والمسؤولية), then a long word's leading و (وممثلين).
  let best: CliticReading | undefined
  for (const reading of readings) {
    if (reading.enclitic !== '' || !reading.proclitics.includes(ARTICLE)) continue
    if (!reading.proclitics.every((proclitic) => NOUN_PROCLITICS.has(proclitic))) continue
    if (best === undefined || reading.stem.length > best.stem.length) best = reading
  }
  if (best !== undefined) return best
  // بتوسيع، لتقييم، بمواصلة، باستخدام: ب or ل before a derived verbal noun (ت، م، ا after it).
  if (!knows(lexicon, gazetteer, wholeKey, false)) {
    const preposed = readings.find(
      (reading) =>
        reading.proclitics.length === 1 &&
        (reading.proclitics[0] === 'ب' || reading.proclitics[0] === 'ل') &&
        reading.enclitic === '' &&
        reading.stem.length >= MASDAR_MIN_LENGTH &&
        MASDAR_STARTS.includes(reading.stem.charAt(0)),
    )
    if (preposed !== undefined) return preposed
  }
  if (whole.stem.length >= CONJUNCTION_MIN_LENGTH) {
    const conjunction = readings.find(
      (reading) =>
        reading.proclitics.length === 1 && reading.proclitics[0] === 'و' && reading.enclitic === '',
    )
    if (conjunction !== undefined) return conjunction
  }
  return whole
}

const verbStemsOf = (readings: readonly CliticReading[]): VerbStem[] => {
  const stems: VerbStem[] = []
  for (const reading of readings) {
    if (!reading.proclitics.every((proclitic) => VERB_PROCLITICS.has(proclitic))) continue
    // A verb's "me" is ني, never ي: قتلى is "the dead", not "he killed me"; يدعى is no call.
    if (reading.enclitic === 'ي') continue
    const key = matchKey(reading.stem)
    const future = reading.proclitics.includes('س')
    if (!stems.some((stem) => stem.key === key && stem.future === future)) stems.push({ key, future })
  }
  return stems
}

const EMPTY: readonly VerbStem[] = Object.freeze([])

/** What a word's folded form says, whatever its place: cached, as news repeats its words. */
type WordReading = Pick<
  Word,
  | 'key'
  | 'conjunction'
  | 'preposition'
  | 'article'
  | 'enclitic'
  | 'stem'
  | 'form'
  | 'skip'
  | 'cues'
  | 'verbStems'
  | 'opensConstruction'
  | 'mayTrigger'
>

/**
 * Readings per cache generation; two generations are kept per lexicon, which approximates LRU in O(1)
 * (as cliticReadings does). Dropping the whole cache when it filled up threw away the common words too:
 * 1,000 news articles hold some 70,000 distinct word forms.
 */
const CACHE_GENERATION = 50_000
interface WordCache {
  recent: Map<string, WordReading>
  older: Map<string, WordReading>
}
const caches = new WeakMap<EventLexicon, WordCache>()

const analyseWord = (folded: string, lexicon: EventLexicon, gazetteer: Gazetteer): WordReading => {
  const { words: cueWords, verbs: cueVerbs } = lexicon.cues
  const key = matchKey(folded)
  const readings = cliticReadings(folded)
  const reading = chooseReading(readings, lexicon, gazetteer)
  const proclitics = reading.proclitics
  const conjunction = proclitics[0] === 'و' || proclitics[0] === 'ف'
  const preposition =
    proclitics.find((proclitic) => proclitic === 'ب' || proclitic === 'ل' || proclitic === 'ك') ?? ''
  const article = proclitics.includes(ARTICLE)
  const stem = matchKey(reading.stem)
  const form = article ? matchKey(ARTICLE + reading.stem) : stem
  // Letters written before the form: each proclitic is one letter; ل + ال merge into لل.
  const written = folded.length - reading.stem.length - reading.enclitic.length
  const skip = Math.max(0, article ? written - 2 : written)
  const verbStems = verbStemsOf(readings)
  // Function-word kinds come from the word itself (after a conjunction), never from behind a
  // preposition: بما is not the negation ما.
  let cues = (cueWords.get(key) ?? 0) | (preposition === '' ? (cueWords.get(form) ?? 0) : 0)
  cues |= (cueWords.get(form) ?? 0) & ~FUNCTION_WORDS
  for (const verb of verbStems) cues |= cueVerbs.get(verb.key) ?? 0
  if (conjunction && preposition === '') cues |= cueWords.get(form) ?? 0
  const constructions = lexicon.triggers.constructions
  const withPronoun = reading.enclitic === '' ? stem : stem + reading.enclitic
  const opensConstruction =
    constructions.has(stem) ||
    constructions.has(withPronoun) ||
    (stem.endsWith('ا') && constructions.has(stem.slice(0, -1))) ||
    verbStems.some((verb) => constructions.has(verb.key))
  const { verbs, nouns } = lexicon.triggers
  const mayTrigger =
    nouns.has(stem) ||
    (stem.endsWith('ا') && nouns.has(stem.slice(0, -1))) ||
    verbStems.some((verb) => verbs.has(verb.key))
  return {
    key,
    conjunction,
    preposition,
    article,
    enclitic: reading.enclitic,
    stem,
    form,
    skip,
    cues,
    verbStems,
    opensConstruction,
    mayTrigger,
  }
}

const readingOf = (folded: string, lexicon: EventLexicon, gazetteer: Gazetteer): WordReading => {
  let cache = caches.get(lexicon)
  if (cache === undefined) {
    cache = { recent: new Map(), older: new Map() }
    caches.set(lexicon, cache)
  }
  const cached = cache.recent.get(folded)
  if (cached !== undefined) return cached
  const reading = cache.older.get(folded) ?? analyseWord(folded, lexicon, gazetteer)
  if (cache.recent.size >= CACHE_GENERATION) {
    cache.older = cache.recent
    cache.recent = new Map()
  }
  cache.recent.set(folded, reading)
  return reading
}

/**
 * Reads the tokens `[first, end)` of a document as words.
 *
 * @example
 *   const words = readWords(tokens, 0, tokens.length, loadEventLexicon(), loadGazetteer())
 *   words[0]   // for وبانسحاب: { conjunction: true, preposition: 'ب', stem: 'انسحاب', skip: 2, … }
 */
export const readWords = (
  tokens: readonly Token[],
  first: number,
  end: number,
  lexicon: EventLexicon,
  gazetteer: Gazetteer,
): Word[] => {
  const words: Word[] = []
  for (let index = first; index < end; index++) {
    const token = tokens[index]!
    const kind = kindOf(token)
    const position = words.length
    if (kind !== 'word') {
      const key = matchKey(token.folded)
      words.push({
        position,
        tokenIndex: index,
        token,
        kind,
        key,
        conjunction: false,
        preposition: '',
        article: false,
        enclitic: '',
        stem: key,
        form: key,
        skip: 0,
        cues: 0,
        verbStems: EMPTY,
        opensConstruction: false,
        mayTrigger: false,
      })
      continue
    }
    // Spelled out rather than spread: every word object gets the same shape, which keeps this loop fast.
    const reading = readingOf(token.folded, lexicon, gazetteer)
    words.push({
      position,
      tokenIndex: index,
      token,
      kind,
      key: reading.key,
      conjunction: reading.conjunction,
      preposition: reading.preposition,
      article: reading.article,
      enclitic: reading.enclitic,
      stem: reading.stem,
      form: reading.form,
      skip: reading.skip,
      cues: reading.cues,
      verbStems: reading.verbStems,
      opensConstruction: reading.opensConstruction,
      mayTrigger: reading.mayTrigger,
    })
  }
  return words
}

/** Whether the word carries any of the cue kinds. */
export const isCue = (word: Word | undefined, kinds: number): boolean =>
  word !== undefined && (word.cues & kinds) !== 0

/**
 * The preposition a word opens a phrase with: a standalone one (في، على، مع …, its folded form) or one
 * attached to it (ب، ل، ك); '' when none.
 */
export const prepositionOf = (word: Word): string => {
  if (word.kind !== 'word') return ''
  if ((word.cues & CUE.preposition) !== 0 && word.preposition === '') return word.form
  return word.preposition
}
