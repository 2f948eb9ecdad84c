/**
 * What the attribution readers share for one document: the token view and the two lexicons, with the
 * small token tests every reader needs (punctuation, complementizers, roles, cues).
 */
import { cliticReadings } from '../text/clitics.js'
import { letterFlags, lettersNumber } from '../text/word-endings.js'
import { type Cue, type CueLexicon, loadCueLexicon } from './cue-lexicon.js'
import { nounReadings } from './noun-readings.js'
import {
  headRoleOf,
  loadSpeakerWords,
  rolesOf,
  type SpeakerWordRole,
  type SpeakerWords,
} from './speaker-words.js'
import { offsetAfterLetters, type TokenView } from './token-view.js'
import { matchKey } from './word-key.js'

export interface ReaderContext {
  readonly view: TokenView
  readonly words: SpeakerWords
  readonly cues: CueLexicon
}

export const createReaderContext = (
  view: TokenView,
  words: SpeakerWords = loadSpeakerWords(),
  cues: CueLexicon = loadCueLexicon(),
): ReaderContext => ({ view, words, cues })

/** أن and إن (both fold to ان) with a pronoun or ب: what opens an indirect quotation. */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(
  [
    'أن',
    'أنه',
    'أنها',
    'أنهم',
    'أنهما',
    'أنهن',
    'أننا',
    'أنني',
    'أني',
    'أنّ',
    'بأن',
    'بأنه',
    'بأنها',
    'بأنهم',
    'بأنهما',
    'بأننا',
    'فإن',
  ].map((word) => matchKey(word)),
)
const TERMINAL = new Set(['.', ',', ';', ':', '!', '?', '…', '-', '–', '—', '؟'])

/** Participles that only mean "saying" (قائلاً، متسائلاً): the words of the cue before them follow them. */
const SAYING: ReadonlySet<string> = new Set(
  ['قائلا', 'قائلة', 'قائلين', 'قائلتين', 'متسائلا', 'متسائلة'].map(matchKey),
)

export const isSaying = (context: ReaderContext, index: number): boolean =>
  SAYING.has(context.view.keys[index] ?? '')

export const isPunctuation = (context: ReaderContext, index: number): boolean =>
  context.view.tokens[index]?.kind === 'punctuation'

/** A mark that ends a clause: . ، ؛ : ! ? and dashes (quotation marks are not). */
export const isTerminal = (context: ReaderContext, index: number): boolean =>
  isPunctuation(context, index) && TERMINAL.has(context.view.keys[index]!)

export const isKey = (context: ReaderContext, index: number, key: string): boolean =>
  context.view.keys[index] === key

/** أن/إن and their forms, with a conjunction written on them too (وأن، وبأن). */
export const isComplementizer = (context: ReaderContext, index: number): boolean => {
  const key = context.view.keys[index] ?? ''
  if (COMPLEMENTIZERS.has(key)) return true
  const first = key.charAt(0)
  return (first === 'و' || first === 'ف') && COMPLEMENTIZERS.has(key.slice(1))
}

/** An opening quotation mark with its partner: the index of the closing mark, or -1. */
export const quotationEnd = (context: ReaderContext, index: number): number => {
  const partner = context.view.quotePartner[index] ?? -1
  return partner > index ? partner : -1
}

/** Whether the token, read with the article stripped, has `role` in the speaker-word lexicon. */
export const hasRole = (context: ReaderContext, index: number, role: SpeakerWordRole): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  for (const reading of nounReadings(token, 'article')) {
    if (rolesOf(context.words, reading.key).has(role)) return true
  }
  return false
}

/** Whether the token has any role at all in the speaker-word lexicon (then it is no part of a name). */
export const hasAnyRole = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  return nounReadings(token, 'article').some((reading) => context.words.roles.has(reading.key))
}

/** The head role a token carries read with proclitics allowed (لقناة → outlet), or null. */
export const headRoleAt = (context: ReaderContext, index: number, prepositions: boolean) => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return null
  for (const reading of nounReadings(token, prepositions ? 'preposition' : 'article')) {
    const role = headRoleOf(context.words, reading.key)
    if (role !== null) return { role, reading }
  }
  return null
}

/** A cue found at a token. */
export interface CueHit {
  readonly cue: Cue
  readonly index: number
  /** The cue's first token and end token (exclusive): two for على لسان. */
  readonly endToken: number
  /** The cue word without its proclitics (وأكد → أكد). */
  readonly start: number
  readonly end: number
  /** A conjunction is written on the verb (وأكد، فقال): it starts a new clause. */
  readonly conjunction: boolean
  /** An object pronoun is written on it (ذكرته): only read after ما (وفقاً لما ذكرته). */
  readonly enclitic: boolean
  /** A plural or dual verb form: its subject stands before it or is not written. */
  readonly plural: boolean
}

const VERB_PROCLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'س'])

/** A way a word reads as a cue, before it is placed in a text. */
interface CueReading {
  readonly cue: Cue
  readonly plural: boolean
  /** Letters of proclitics before the cue word. */
  readonly prefix: number
  readonly conjunction: boolean
  readonly enclitic: boolean
}

const NO_CUES: readonly CueReading[] = Object.freeze([])
/** Cue readings by folded word, per lexicon: words repeat, their analysis need not. */
const cueReadingCache = new WeakMap<CueLexicon, Map<string, readonly CueReading[]>>()
const MAX_CACHED_WORDS = 50_000

const cueReadingsOf = (cues: CueLexicon, folded: string): readonly CueReading[] => {
  let cache = cueReadingCache.get(cues)
  if (cache === undefined) {
    cache = new Map()
    cueReadingCache.set(cues, cache)
  }
  const cached = cache.get(folded)
  if (cached !== undefined) return cached
  const found: CueReading[] = []
  for (const reading of cliticReadings(folded)) {
    if (!reading.proclitics.every((proclitic) => VERB_PROCLITICS.has(proclitic))) continue
    const candidates = cues.forms.get(matchKey(reading.stem))
    if (candidates === undefined) continue
    for (const { cue, plural } of candidates) {
      found.push({
        cue,
        plural,
        prefix: reading.proclitics.length,
        conjunction: reading.proclitics.some((proclitic) => proclitic === 'و' || proclitic === 'ف'),
        enclitic: reading.enclitic !== '',
      })
    }
  }
  const readings = found.length === 0 ? NO_CUES : Object.freeze(found)
  if (cache.size >= MAX_CACHED_WORDS) cache.clear()
  cache.set(folded, readings)
  return readings
}

/** The proclitics a cue may carry (و، ف، س and وس، فس) are one letter each, two at most. */
const MAX_PROCLITIC_LETTERS = 2
const HEH = 'ه'
const TEH = 'ت'

/**
 * How cue forms begin, flagged by number: the first three letters of the longer forms, the two-letter
 * forms whole. A cue word starts after at most two proclitic letters, so a word whose key begins none of
 * them there is no cue, and its readings need not be looked at (most words are none).
 */
interface CueStarts {
  readonly three: Uint8Array
  readonly two: Uint8Array
}
const cueStarts = new WeakMap<CueLexicon, CueStarts | null>()

const startsOf = (cues: CueLexicon): CueStarts | null => {
  let starts = cueStarts.get(cues)
  if (starts === undefined) {
    const three = letterFlags(3)
    const two = letterFlags(2)
    let short = false
    for (const form of cues.forms.keys()) {
      if (form.length < 2) short = true
      else if (form.length === 2) two[lettersNumber(form, 0, 2)] = 1
      else {
        three[lettersNumber(form, 0, 3)] = 1
        // A three-letter stem ending in ة is written with ت before a pronoun (كلمته).
        if (form.length === 3 && form.endsWith(HEH)) three[lettersNumber(form.slice(0, 2) + TEH, 0, 3)] = 1
      }
    }
    // A one-letter form would need every word looked at.
    starts = short ? null : { three, two }
    cueStarts.set(cues, starts)
  }
  return starts
}

const mayBeCue = (cues: CueLexicon, key: string): boolean => {
  const starts = startsOf(cues)
  if (starts === null) return true
  const last = Math.min(MAX_PROCLITIC_LETTERS, key.length - 2)
  for (let at = 0; at <= last; at++) {
    if (starts.two[lettersNumber(key, at, 2)] === 1) return true
    if (at + 3 <= key.length && starts.three[lettersNumber(key, at, 3)] === 1) return true
  }
  return false
}

/**
 * The cue at a token: the whole word, or the word after و/ف/س; with `enclitic`, also before an object
 * pronoun. Two-word cues need their second word next.
 *
 * @example
 *   cueAt(context, 0)?.cue.lemma   // 'قال' for وقالت
 */
export const cueAt = (context: ReaderContext, index: number, enclitic = false): CueHit | null => {
  const { view } = context
  const token = view.tokens[index]
  if (token === undefined || token.kind !== 'word' || !mayBeCue(context.cues, view.keys[index]!)) return null
  for (const reading of cueReadingsOf(context.cues, token.folded)) {
    if (reading.enclitic && !enclitic) continue
    const { cue } = reading
    if (cue.next !== null && view.keys[index + 1] !== cue.next) continue
    const endToken = cue.next === null ? index + 1 : index + 2
    return {
      cue,
      index,
      endToken,
      start: offsetAfterLetters(view, index, reading.prefix),
      end: view.tokens[endToken - 1]!.end,
      conjunction: reading.conjunction,
      enclitic: reading.enclitic,
      plural: reading.plural,
    }
  }
  return null
}
