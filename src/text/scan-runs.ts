/**
 * Scanners for the runs the tokenizer recognises by character class: Arabic words, Latin runs, numbers,
 * other scripts and symbols (emoji sequences included). Each takes the text and a start index and returns
 * the end of the run; none looks further back or ahead than one code point, so tokenizing stays linear.
 */
import { CHAR_CLASS, CharClass } from './char-class.js'

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported
// binding is a getter call, which the per-character loops cannot afford.
const classes = CHAR_CLASS
const {
  other: OTHER,
  arabicLetter: ARABIC_LETTER,
  arabicMark: ARABIC_MARK,
  digit: DIGIT,
  latin: LATIN,
  highSurrogate: HIGH_SURROGATE,
  lowSurrogate: LOW_SURROGATE,
  otherLetter: OTHER_LETTER,
  combining: COMBINING,
  joiner: JOINER,
} = CharClass

const ZWJ = 0x200d

// Separators that continue a number when a digit follows: 3.5، ٣٫٥، 1,000، 10/12/2024، 10:30.
const isNumberSeparator = (code: number): boolean =>
  code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c || code === 0x2f || code === 0x3a

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/** The end of the code point at `index`: a surrogate pair is never split. */
const codePointEnd = (text: string, index: number): number => {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return index + 2
  }
  return index + 1
}

const isEmojiModifier = (text: string, index: number): boolean =>
  text.charCodeAt(index) === 0xd83c &&
  text.charCodeAt(index + 1) >= 0xdffb &&
  text.charCodeAt(index + 1) <= 0xdfff

const isRegionalIndicator = (text: string, index: number): boolean =>
  text.charCodeAt(index) === 0xd83c &&
  text.charCodeAt(index + 1) >= 0xdde6 &&
  text.charCodeAt(index + 1) <= 0xddff

const startsSymbol = (kind: number): boolean =>
  kind === OTHER || kind === HIGH_SURROGATE || kind === LOW_SURROGATE

/** A symbol with what extends it: combining marks, variation selectors, skin tones, ZWJ sequences, flags. */
export const scanSymbol = (text: string, start: number): number => {
  let end = codePointEnd(text, start)
  if (isRegionalIndicator(text, start) && isRegionalIndicator(text, end)) end += 2
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (classes[code] === COMBINING) end++
    else if (isEmojiModifier(text, end)) end += 2
    else if (code === ZWJ && end + 1 < text.length && startsSymbol(classes[text.charCodeAt(end + 1)]!)) {
      end = codePointEnd(text, end + 1)
    } else break
  }
  return end
}

/** An Arabic word: letters, diacritics, tatweel and joiners, not ending on an invisible joiner. */
export const scanArabic = (text: string, start: number): number => {
  let end = start
  let lastVisible = start
  while (end < text.length) {
    const kind = classes[text.charCodeAt(end)]
    if (kind === ARABIC_LETTER || kind === ARABIC_MARK || kind === COMBINING) {
      lastVisible = ++end
    } else if (kind === JOINER) end++
    else break
  }
  return lastVisible
}

/** True when the span holds at least one Arabic letter (not only tatweel or diacritics). */
export const hasArabicLetter = (text: string, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) {
    if (classes[text.charCodeAt(index)] === ARABIC_LETTER) return true
  }
  return false
}

/** A Latin run, with ASCII digits and combining accents inside it: F16, G20, café. */
export const scanLatin = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const code = text.charCodeAt(end)
    const kind = classes[code]
    if (kind === LATIN || kind === COMBINING || isAsciiDigit(code)) end++
    else break
  }
  return end
}

/** A run of letters of another script (Greek, Cyrillic, Hebrew, CJK, …) with their marks. */
export const scanOtherLetters = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const kind = classes[text.charCodeAt(end)]
    if (kind === OTHER_LETTER || kind === COMBINING) end++
    else break
  }
  return end
}

/** Digits in any script with inner separators: 3.5، ٣٫٥، 1,000، 10/12/2024. */
export const scanNumber = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (classes[code] === DIGIT) end++
    else if (
      isNumberSeparator(code) &&
      end + 1 < text.length &&
      classes[text.charCodeAt(end + 1)] === DIGIT
    ) {
      end += 2
    } else break
  }
  return end
}
