/**
 * The tokenizer: one left-to-right scan over a character-class table, no regex. Tokens are standoff spans
 * of the input with their folded form; whitespace and invisible controls between tokens are skipped.
 */
import { CHAR_CLASS, CharClass } from './char-class.js'
import { foldRange } from './fold.js'
import { FOLD_TABLE } from './fold-table.js'
import { scanEmail, scanHashtag, scanMention, scanUrl } from './scan-links.js'
import {
  hasArabicLetter,
  scanArabic,
  scanLatin,
  scanNumber,
  scanOtherLetters,
  scanSymbol,
} from './scan-runs.js'
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
const arabicRun = scanArabic
const hasLetter = hasArabicLetter
const latinRun = scanLatin
const numberRun = scanNumber
const otherRun = scanOtherLetters
const symbolRun = scanSymbol
const {
  space: SPACE,
  arabicLetter: ARABIC_LETTER,
  arabicMark: ARABIC_MARK,
  digit: DIGIT,
  latin: LATIN,
  punctuation: PUNCTUATION,
  otherLetter: OTHER_LETTER,
  joiner: JOINER,
} = CharClass

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
        const end = arabicRun(text, index)
        push(index, end, hasLetter(text, index, end) ? 'word' : 'symbol')
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
        if (kind === LATIN) push(index, latinRun(text, index), 'latin')
        else push(index, numberRun(text, index), 'number')
        break
      }
      case PUNCTUATION: {
        const end = code === 0x23 ? hashtag(text, index) : code === 0x40 ? mention(text, index) : -1
        if (end > 0) push(index, end, code === 0x23 ? 'hashtag' : 'mention')
        else push(index, index + 1, 'punctuation')
        break
      }
      case OTHER_LETTER:
        push(index, otherRun(text, index), 'symbol')
        break
      default:
        push(index, symbolRun(text, index), 'symbol')
    }
  }
  return tokens
}
