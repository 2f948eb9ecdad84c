/** Evidence spans of words: where in `doc.text` a word begins once its proclitics are left out. */

import type { TextSpan } from '../pipeline/analysis.js'
import { foldWord } from '../text/fold.js'
import type { Word } from './words.js'

/**
 * The offset in `text` after the word's conjunction and preposition (وبباريس → باريس), stepping over
 * diacritics and tatweel the way folding does.
 */
export const wordStart = (text: string, word: Word): number => {
  const token = word.token
  if (word.skip === 0) return token.start
  let index = token.start
  let counted = 0
  while (index < token.end && counted < word.skip) {
    if (foldWord(text.charAt(index)) !== '') counted++
    index++
  }
  // Marks on the last proclitic letter belong to it.
  while (index < token.end && foldWord(text.charAt(index)) === '') index++
  return index
}

/** A `TextSpan` of `text`. */
export const textSpan = (text: string, start: number, end: number): TextSpan => ({
  start,
  end,
  text: text.slice(start, end),
})
