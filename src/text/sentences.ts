/**
 * Sentence splitting for news prose, over the tokens of `tokenize`: after . ! ? ؟ ؛ … and at line
 * breaks, but not inside quotations, after one-letter abbreviations (د. م. أ.), or in numbers and web
 * addresses (those are single tokens, so their dots never look like sentence ends).
 */
import type { Span } from '../pipeline/analysis.js'
import { isLineBreak } from './char-class.js'
import { isQuoteMark, quoteRole } from './quotes.js'
import type { Token } from './token.js'

// Module-local copies of imported functions (see tokenize.ts).
const lineBreak = isLineBreak
const quoteMark = isQuoteMark
const roleOf = quoteRole

/** How far (in UTF-16 units) an open quotation suppresses splitting: a stray quote must not swallow the article. */
const QUOTE_CAP = 400

const TERMINATORS = new Set(['.', '!', '?', ';', '…', '۔', '‼', '⁇', '⁈', '⁉'])
const CLOSERS = new Set([')', ']', '}', '"', "'"])
// Gregorian and Hijri era letters written after a year: 2024م. 1446هـ. end sentences, not abbreviations.
const ERA_LETTERS = new Set(['م', 'ه'])
const CONJUNCTIONS = new Set(['و', 'ف'])
const LATIN_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'jr',
  'sr',
  'no',
  'gen',
  'col',
])

const isTerminator = (token: Token): boolean => token.kind === 'punctuation' && TERMINATORS.has(token.folded)

/** A dot after a one-letter word (د. م. ص. ق.م) or a Latin title (Dr.) is an abbreviation. */
const isAbbreviationDot = (tokens: readonly Token[], index: number): boolean => {
  const dot = tokens[index]!
  const previous = tokens[index - 1]
  if (dot.folded !== '.' || previous === undefined || previous.end !== dot.start) return false
  if (previous.kind === 'latin')
    return previous.folded.length === 1 || LATIN_ABBREVIATIONS.has(previous.folded)
  if (previous.kind !== 'word') return false
  if (previous.folded.length === 2 && CONJUNCTIONS.has(previous.folded.charAt(0))) {
    // وأ.د. : a conjunction on a chained abbreviation, recognised by the letter glued after the dot.
    const next = tokens[index + 1]
    return next !== undefined && next.start === dot.end && next.kind === 'word' && next.folded.length === 1
  }
  if (previous.folded.length !== 1) return false
  const beforeLetter = tokens[index - 2]
  return !(ERA_LETTERS.has(previous.folded) && beforeLetter?.kind === 'number')
}

const hasLineBreak = (text: string, from: number, to: number): boolean => {
  for (let index = from; index < to; index++) if (lineBreak(text.charCodeAt(index))) return true
  return false
}

/**
 * Splits text into sentence spans, trimmed to their first and last token; empty sentences are dropped.
 *
 * @example
 * const text = 'قال د. أحمد: «انتهى الأمر. لن نعود». ثم غادر'
 * splitSentences(text, tokenize(text)).map((span) => text.slice(span.start, span.end))
 * // ['قال د. أحمد: «انتهى الأمر. لن نعود».', 'ثم غادر']
 */
export const splitSentences = (text: string, tokens: readonly Token[]): Span[] => {
  const sentences: Span[] = []
  let first = -1 // index of the current sentence's first token
  let depth = 0 // open quotations
  let openStraight = 0 // how many of them opened with a straight "
  let quoteStart = 0 // where the outermost open quotation began
  const close = (last: number): void => {
    if (first >= 0) sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end })
    first = -1
  }
  // After a sentence end, adjacent terminators and closing marks stay with it: ?! ... .) .»
  const absorb = (index: number): number => {
    let last = index
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]!
      if (next.start !== tokens[last]!.end || next.kind !== 'punctuation') break
      if (!isTerminator(next) && !CLOSERS.has(next.folded)) break
      last++
    }
    return last
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > 0 && first >= 0 && hasLineBreak(text, tokens[index - 1]!.end, token.start)) {
      close(index - 1)
      depth = 0
      openStraight = 0
    }
    if (first < 0) first = index
    if (token.kind !== 'punctuation') continue
    const code = text.charCodeAt(token.start)
    if (quoteMark(code)) {
      let role = roleOf(text, token.start)
      if (role === 'toggle') role = openStraight > 0 ? 'close' : 'open'
      if (role === 'open') {
        if (depth === 0) quoteStart = token.start
        depth++
        if (code === 0x22) openStraight++
      } else if (role === 'close' && depth > 0) {
        depth--
        if (code === 0x22 && openStraight > 0) openStraight--
        // A quotation that ends a sentence inside it ends the sentence too: «… انتهى.» وأضاف
        const previous = tokens[index - 1]
        if (depth === 0 && previous !== undefined && previous.end === token.start && isTerminator(previous)) {
          index = absorb(index)
          close(index)
        }
      }
      continue
    }
    if (!isTerminator(token) || isAbbreviationDot(tokens, index)) continue
    if (depth > 0) {
      if (token.start - quoteStart <= QUOTE_CAP) continue
      depth = 0 // an unclosed (or very long) quotation: stop honouring it
      openStraight = 0
    }
    index = absorb(index)
    close(index)
  }
  if (first >= 0) close(tokens.length - 1)
  return sentences
}
