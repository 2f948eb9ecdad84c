/**
 * The word forms the entity tagger and the word clusters are keyed on. One place, so that the
 * clustering script and the tagger can never disagree on how a word is folded or stemmed.
 *
 * Stopgap: light stemming is implemented here until `src/text/clitics.ts` lands (proclitics و ف
 * ب ك ل ال stripped).
 */
import { foldWord } from '../text/fold.js'

/** Folds one word for feature lookup (the project's one folding: `foldWord`, ة kept). */
export const foldForTagging = (word: string): string => foldWord(word)

const isPunctuationCode = (code: number): boolean =>
  (code < 0x30 && code !== 0x23) ||
  (code >= 0x3a && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7f) ||
  code === 0x060c ||
  code === 0x061b ||
  code === 0x061f ||
  code === 0x06d4 ||
  code === 0x00ab ||
  code === 0x00bb ||
  (code >= 0x2010 && code <= 0x2027)

/**
 * The folded word without punctuation glued to its edges (ANERcorp has tokens like `أ)`), or the
 * folded token itself when it is all punctuation.
 */
export const coreForm = (folded: string): string => {
  let start = 0
  let end = folded.length
  while (start < end && isPunctuationCode(folded.charCodeAt(start))) start++
  while (end > start && isPunctuationCode(folded.charCodeAt(end - 1))) end--
  return start === end ? folded : folded.slice(start, end)
}

const MIN_STEM = 2

/**
 * Strips the common proclitics (و ف, then ب ك ل, then ال or the لل of ل+ال) from a folded word,
 * keeping at least two letters; names rarely take enclitic pronouns, so those are left alone.
 */
export const stripProclitics = (folded: string): string => {
  let start = 0
  const first = folded[0]
  if ((first === 'و' || first === 'ف') && folded.length - 1 > MIN_STEM) start = 1
  const second = folded[start]
  if (second === 'ل' && folded[start + 1] === 'ل' && folded.length - start - 2 >= MIN_STEM) {
    return folded.slice(start + 2)
  }
  if ((second === 'ب' || second === 'ك' || second === 'ل') && folded.length - start - 1 > MIN_STEM) {
    if (folded[start + 1] === 'ا' && folded[start + 2] === 'ل' && folded.length - start - 3 >= MIN_STEM) {
      return folded.slice(start + 3)
    }
    return folded.slice(start + 1)
  }
  if (folded[start] === 'ا' && folded[start + 1] === 'ل' && folded.length - start - 2 >= MIN_STEM) {
    return folded.slice(start + 2)
  }
  return start === 0 ? folded : folded.slice(start)
}
