/**
 * Word endings and beginnings numbered through a table: a quick test of whether a word can be one of a
 * lexicon's words (or end like one) before the word is looked up in a hash table. Letters are numbered
 * in six bits (the Arabic block by offset, anything else as one shared number), so three letters index
 * a table of 2^18 flags: no hashing, no string built. A number shared by two letters only lets an
 * extra word through, never keeps one out.
 */

const LETTER_BITS = 6
const OTHER_LETTER = 63
const ARABIC_BEFORE = 0x0620

const letterNumber = (code: number): number =>
  code > ARABIC_BEFORE && code < ARABIC_BEFORE + OTHER_LETTER ? code - ARABIC_BEFORE : OTHER_LETTER

/** The number of the `letters` letters of `word` from `at` (the word has them). */
export const lettersNumber = (word: string, at: number, letters: number): number => {
  let number = 0
  for (let index = at; index < at + letters; index++) {
    number = (number << LETTER_BITS) | letterNumber(word.charCodeAt(index))
  }
  return number
}

/** Flags by the number of one, two or three letters. */
export const letterFlags = (letters: 1 | 2 | 3): Uint8Array => new Uint8Array(1 << (letters * LETTER_BITS))

/** The last one, two and three letters of a set of words. */
export interface EndingTable {
  /** An empty word was added: every word passes. */
  always: boolean
  readonly lastOne: Uint8Array
  readonly lastTwo: Uint8Array
  readonly lastThree: Uint8Array
}

export const createEndingTable = (): EndingTable => ({
  always: false,
  lastOne: letterFlags(1),
  lastTwo: letterFlags(2),
  lastThree: letterFlags(3),
})

/** Adds a word: its last three letters, or the whole word when shorter. */
export const addEnding = (table: EndingTable, word: string): void => {
  const length = word.length
  if (length >= 3) table.lastThree[lettersNumber(word, length - 3, 3)] = 1
  else if (length === 2) table.lastTwo[lettersNumber(word, 0, 2)] = 1
  else if (length === 1) table.lastOne[lettersNumber(word, 0, 1)] = 1
  else table.always = true
}

/**
 * Whether some word of the table may be a suffix of `word` (the word itself included): false means
 * surely not.
 *
 * @example
 *   const table = createEndingTable()
 *   addEnding(table, 'كيان')
 *   mayEndLike(table, 'للكيان')   // true
 *   mayEndLike(table, 'قال')      // false
 */
export const mayEndLike = (table: EndingTable, word: string): boolean => {
  if (table.always) return true
  const length = word.length
  return (
    (length >= 3 && table.lastThree[lettersNumber(word, length - 3, 3)] === 1) ||
    (length >= 2 && table.lastTwo[lettersNumber(word, length - 2, 2)] === 1) ||
    (length >= 1 && table.lastOne[lettersNumber(word, length - 1, 1)] === 1)
  )
}
