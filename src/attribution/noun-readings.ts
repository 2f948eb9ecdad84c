/**
 * A token read as a noun: its key without the article, whether it is definite, and how many letters of
 * proclitics (و، ف، ل، ب، ك) stand before it. Lexicons of heads and qualifiers list bare nouns, so
 * المصدر، ومصدر and لمصدر all meet مصدر.
 */
import { cliticReadings } from '../text/clitics.js'
import type { Token } from '../text/token.js'
import { hasStrippableArticle, matchKey } from './word-key.js'

/** Which proclitics a position allows besides the article. */
export type ProcliticContext = 'article' | 'conjunction' | 'preposition'

export interface NounReading {
  /** `matchKey` of the word without proclitics and article. */
  readonly key: string
  readonly definite: boolean
  /** Folded letters before the word proper (the article, when written, belongs to the word). */
  readonly prefixLetters: number
  /** The proclitics other than the article, e.g. `['و', 'ل']`. */
  readonly proclitics: readonly string[]
}

const ARTICLE = 'ال'
const TANWIN_ALIF = 'ا'
/** Letters an accusative must have for its alif to be read as the ending (not دعا، رضا). */
const MIN_ACCUSATIVE = 4
const CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'ف'])
const PREPOSITIONS: ReadonlySet<string> = new Set(['و', 'ف', 'ل', 'ب', 'ك'])
const NONE: readonly string[] = Object.freeze([])

/** Words per cache generation; at most two generations are kept. */
const CACHE_GENERATION = 20_000
let recent = new Map<string, readonly NounReading[]>()
let older = new Map<string, readonly NounReading[]>()

const allowedIn = (context: ProcliticContext): ReadonlySet<string> | null =>
  context === 'article' ? null : context === 'conjunction' ? CONJUNCTIONS : PREPOSITIONS

/**
 * The noun readings of a token, the whole word first.
 *
 * @example
 *   nounReadings(tokenize('والمصدر')[0]!, 'conjunction')
 *   // [{ key: 'والمصدر', definite: false, … }, { key: 'مصدر', definite: true, prefixLetters: 1, proclitics: ['و'] }]
 */
export const nounReadings = (token: Token, context: ProcliticContext): readonly NounReading[] => {
  const id = context + token.kind + token.folded
  const cached = recent.get(id) ?? older.get(id)
  if (cached !== undefined) return cached
  const readings = Object.freeze(readingsOf(token, context))
  // Two generations approximate LRU in O(1), as cliticReadings does.
  if (recent.size >= CACHE_GENERATION) {
    older = recent
    recent = new Map()
  }
  recent.set(id, readings)
  return readings
}

const readingsOf = (token: Token, context: ProcliticContext): NounReading[] => {
  const folded = token.folded
  const readings: NounReading[] = []
  const seen = new Set<string>()
  const add = (reading: NounReading): void => {
    const id = `${reading.key}|${reading.definite}`
    if (seen.has(id)) return
    seen.add(id)
    readings.push(reading)
  }
  if (hasStrippableArticle(folded)) {
    add({ key: matchKey(folded.slice(ARTICLE.length)), definite: true, prefixLetters: 0, proclitics: NONE })
  }
  add({ key: matchKey(folded), definite: false, prefixLetters: 0, proclitics: NONE })
  if (token.kind !== 'word') return readings
  // The accusative of an indefinite noun is written with an alif (لكن مصدراً عسكرياً أكد): مصدر، عسكري.
  if (folded.length >= MIN_ACCUSATIVE && folded.endsWith(TANWIN_ALIF) && !folded.startsWith(ARTICLE)) {
    add({ key: matchKey(folded.slice(0, -1)), definite: false, prefixLetters: 0, proclitics: NONE })
  }
  const allowed = allowedIn(context)
  if (allowed === null) return readings
  const all = cliticReadings(folded)
  for (let index = 1; index < all.length; index++) {
    const reading = all[index]!
    if (reading.enclitic !== '' || reading.proclitics.length === 0) continue
    const definite = reading.proclitics.includes(ARTICLE)
    const others = reading.proclitics.filter((proclitic) => proclitic !== ARTICLE)
    if (others.length === 0 || !others.every((proclitic) => allowed.has(proclitic))) continue
    const prefix = folded.length - reading.stem.length
    const articleWritten = definite && folded.slice(prefix - 2, prefix) === ARTICLE
    // ل + ال merge into لل (للوزير): no part of the word is the noun alone, so the span keeps it whole.
    const prefixLetters = definite ? (articleWritten ? prefix - 2 : 0) : prefix
    add({ key: matchKey(reading.stem), definite, prefixLetters, proclitics: others })
  }
  return readings
}
