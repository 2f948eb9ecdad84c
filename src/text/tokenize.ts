/**
 * The tokenizer: one left-to-right scan over a character-class table, no regex. Tokens are standoff spans
 * of the input with their folded form; whitespace and invisible controls between tokens are skipped.
 */
import { CHAR_CLASS, CharClass } from './char-class.js'
import { foldRange } from './fold.js'
import { FOLD_TABLE } from './fold-table.js'
import { scanEmail, scanHashtag, scanMention, scanUrl } from './scan-links.js'
import type { Token, TokenKind } from './token.js'

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported
// binding is a getter call, which the per-character loops cannot afford.
const classes = CHAR_CLASS
const foldTable = FOLD_TABLE
const fold = foldRange
const url = scanUrl
const email = scanEmail
const hashtag = scanHashtag
const mention = scanMention
const {
  other: OTHER,
  space: SPACE,
  arabicLetter: ARABIC_LETTER,
  arabicMark: ARABIC_MARK,
  digit: DIGIT,
  latin: LATIN,
  punctuation: PUNCTUATION,
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
const scanSymbol = (text: string, start: number): number => {
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
const scanArabic = (text: string, start: number): number => {
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

const hasArabicLetter = (text: string, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) {
    if (classes[text.charCodeAt(index)] === ARABIC_LETTER) return true
  }
  return false
}

/** A Latin run, with ASCII digits and combining accents inside it: F16, G20, café. */
const scanLatin = (text: string, start: number): number => {
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
const scanOtherLetters = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const kind = classes[text.charCodeAt(end)]
    if (kind === OTHER_LETTER || kind === COMBINING) end++
    else break
  }
  return end
}

/** Digits in any script with inner separators: 3.5، ٣٫٥، 1,000، 10/12/2024. */
const scanNumber = (text: string, start: number): number => {
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

/**
 * Splits text into tokens: Arabic words (with their diacritics, tatweel and attached clitics), numbers in
 * any digit script, Latin runs, web and e-mail addresses, hashtags, mentions, and each punctuation mark on
 * its own. Linear in the length of the text, whatever the input.
 *
 * @example
 * tokenize('قالَ بـ”المخاوف” 3.5%').map((token) => token.folded)
 * // ['قال', 'ب', '"', 'المخاوف', '"', '3.5', '%']
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  const length = text.length
  // No e-mail address can start before this index (see `scanEmail`): keeps the look-ahead linear.
  let noEmailBefore = 0
  let index = 0
  const push = (start: number, end: number, kind: TokenKind): void => {
    tokens.push({ start, end, kind, folded: fold(text, start, end, foldTable) })
    index = end
  }
  while (index < length) {
    const code = text.charCodeAt(index)
    const kind = classes[code]
    switch (kind) {
      case SPACE:
      case JOINER:
        index++
        break
      case ARABIC_LETTER:
      case ARABIC_MARK: {
        const end = scanArabic(text, index)
        push(index, end, hasArabicLetter(text, index, end) ? 'word' : 'symbol')
        break
      }
      case LATIN:
      case DIGIT: {
        if (kind === LATIN) {
          const urlEnd = url(text, index)
          if (urlEnd > 0) {
            push(index, urlEnd, 'url')
            break
          }
        }
        if (index >= noEmailBefore && code < 0x80) {
          const emailEnd = email(text, index)
          if (emailEnd > 0) {
            push(index, emailEnd, 'email')
            break
          }
          noEmailBefore = -emailEnd - 1
        }
        if (kind === LATIN) push(index, scanLatin(text, index), 'latin')
        else push(index, scanNumber(text, index), 'number')
        break
      }
      case PUNCTUATION: {
        const end = code === 0x23 ? hashtag(text, index) : code === 0x40 ? mention(text, index) : -1
        if (end > 0) push(index, end, code === 0x23 ? 'hashtag' : 'mention')
        else push(index, index + 1, 'punctuation')
        break
      }
      case OTHER_LETTER:
        push(index, scanOtherLetters(text, index), 'symbol')
        break
      default:
        push(index, scanSymbol(text, index), 'symbol')
    }
  }
  return tokens
}
