/**
 * A quick test of whether any phrase of an index can start at a token, before the token's readings are
 * looked at. Every key a phrase may start with at a token is the token's key or a suffix of it (its
 * proclitics set aside), with the article put back or not. So a phrase can only start where the token's
 * key ends like one of the index's first words (its article stripped or not); most tokens do not.
 */
import { PHRASE_SEPARATOR, type PhraseIndex } from '../lexicon/phrase-index.js'
import { addEnding, createEndingTable, type EndingTable, mayEndLike } from '../text/word-endings.js'

const ARTICLE = 'ال'

export type FirstWordFilter = EndingTable

const filters = new WeakMap<PhraseIndex<unknown>, FirstWordFilter>()

const buildFilter = (index: PhraseIndex<unknown>): FirstWordFilter => {
  const table = createEndingTable()
  const addFirstWord = (phrase: string): void => {
    const separator = phrase.indexOf(PHRASE_SEPARATOR)
    const first = separator === -1 ? phrase : phrase.slice(0, separator)
    addEnding(table, first)
    if (first.startsWith(ARTICLE)) addEnding(table, first.slice(ARTICLE.length))
  }
  for (const phrase of index.phrases.keys()) addFirstWord(phrase)
  for (const prefix of index.prefixes) addFirstWord(prefix)
  return table
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
export const mayStartAt: (filter: FirstWordFilter, key: string) => boolean = mayEndLike
