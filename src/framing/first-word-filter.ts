/**
 * A quick test of whether any phrase of an index can start at a token, before the token's readings are
 * looked at. Every key a phrase may start with at a token is the token's key or a suffix of it (its
 * proclitics set aside), with the article put back or not. So a phrase can only start where the token's
 * key ends in the last letters of one of the index's first words (its article stripped or not); most
 * tokens do not, and three letters are checked through a table, with no hashing.
 */
import { PHRASE_SEPARATOR, type PhraseIndex } from '../lexicon/phrase-index.js'

const ARTICLE = 'ال'
/** Letters are numbered in six bits: the Arabic block by offset, anything else as one shared number. */
const LETTER_BITS = 6
const OTHER_LETTER = 63
const ARABIC_BEFORE = 0x0620
const ARABIC_AFTER = ARABIC_BEFORE + OTHER_LETTER

export interface FirstWordFilter {
  /** A first word shorter than one letter: every token passes. */
  readonly always: boolean
  /** Flags by the number of the last one, two and three letters. */
  readonly lastOne: Uint8Array
  readonly lastTwo: Uint8Array
  readonly lastThree: Uint8Array
}

const letterNumber = (code: number): number =>
  code > ARABIC_BEFORE && code < ARABIC_AFTER ? code - ARABIC_BEFORE : OTHER_LETTER

/** The number of the last `letters` letters of `key` (which has at least that many). */
const endingNumber = (key: string, letters: number): number => {
  let number = 0
  for (let index = key.length - letters; index < key.length; index++) {
    number = (number << LETTER_BITS) | letterNumber(key.charCodeAt(index))
  }
  return number
}

const filters = new WeakMap<PhraseIndex<unknown>, FirstWordFilter>()

const buildFilter = (index: PhraseIndex<unknown>): FirstWordFilter => {
  const filter = {
    always: false,
    lastOne: new Uint8Array(1 << LETTER_BITS),
    lastTwo: new Uint8Array(1 << (2 * LETTER_BITS)),
    lastThree: new Uint8Array(1 << (3 * LETTER_BITS)),
  }
  const addEnding = (word: string): void => {
    if (word.length >= 3) filter.lastThree[endingNumber(word, 3)] = 1
    else if (word.length === 2) filter.lastTwo[endingNumber(word, 2)] = 1
    else if (word.length === 1) filter.lastOne[endingNumber(word, 1)] = 1
    else filter.always = true
  }
  const addFirstWord = (phrase: string): void => {
    const separator = phrase.indexOf(PHRASE_SEPARATOR)
    const first = separator === -1 ? phrase : phrase.slice(0, separator)
    addEnding(first)
    if (first.startsWith(ARTICLE)) addEnding(first.slice(ARTICLE.length))
  }
  for (const phrase of index.phrases.keys()) addFirstWord(phrase)
  for (const prefix of index.prefixes) addFirstWord(prefix)
  return filter
}

/** The filter of an index, built on first use (indexes are compiled once and not changed after). */
export const firstWordFilter = (index: PhraseIndex<unknown>): FirstWordFilter => {
  let filter = filters.get(index)
  if (filter === undefined) {
    filter = buildFilter(index)
    filters.set(index, filter)
  }
  return filter
}

/**
 * Whether a phrase of the filter's index may start at a token with this key: false means surely not.
 *
 * @example
 *   mayStartAt(firstWordFilter(lexicon.terms), 'للكيان')   // true: الكيان ends the same way
 *   mayStartAt(firstWordFilter(lexicon.terms), 'قال')      // false, unless some term starts with …قال
 */
export const mayStartAt = (filter: FirstWordFilter, key: string): boolean => {
  if (filter.always) return true
  const length = key.length
  return (
    (length >= 3 && filter.lastThree[endingNumber(key, 3)] === 1) ||
    (length >= 2 && filter.lastTwo[endingNumber(key, 2)] === 1) ||
    (length >= 1 && filter.lastOne[endingNumber(key, 1)] === 1)
  )
}
