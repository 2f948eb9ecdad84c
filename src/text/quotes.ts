/**
 * Deciding whether a quotation mark opens or closes a quotation. Arabic outlets use “…”, ”…“, «…» and
 * "…" (and sometimes reverse them), so the glyph alone is not enough: like CommonMark's flanking rules,
 * we look at what touches the mark on each side and fall back on the glyph only when that is unclear.
 */
import { CHAR_CLASS, CharClass } from './char-class.js'

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported
// binding is a getter call, which the per-character loops cannot afford.
const classes = CHAR_CLASS
const { space: SPACE, punctuation: PUNCTUATION, joiner: JOINER } = CharClass

export type QuoteRole = 'open' | 'close' | 'toggle' | 'none'

const OPENING_GLYPHS = new Set([0x201c, 0x00ab, 0x201e])
const CLOSING_GLYPHS = new Set([0x201d, 0x00bb, 0x201f])

/** True for the double quotation marks that delimit quotations (single quotes double as apostrophes). */
export const isQuoteMark = (code: number): boolean =>
  code === 0x22 || OPENING_GLYPHS.has(code) || CLOSING_GLYPHS.has(code)

const TATWEEL = 0x0640
// One-letter proclitics that may be written straight onto a quotation: و”…“، ب«…».
const PROCLITIC_LETTERS = new Set([0x0648, 0x0628, 0x0644, 0x0643, 0x0641])

const isBlank = (kind: number | undefined): boolean => kind === undefined || kind === SPACE || kind === JOINER

const glyphRole = (code: number): QuoteRole =>
  OPENING_GLYPHS.has(code) ? 'open' : CLOSING_GLYPHS.has(code) ? 'close' : 'toggle'

/**
 * The role of the quotation mark at `index` in `text`.
 *
 * @example
 * quoteRole('قال «نعم»', 4)   // 'open'
 * quoteRole('بـ”المخاوف”', 2)  // 'open': a tatweel-joined proclitic before it
 */
export const quoteRole = (text: string, index: number): QuoteRole => {
  const code = text.charCodeAt(index)
  const before = index > 0 ? classes[text.charCodeAt(index - 1)] : undefined
  const after = index + 1 < text.length ? classes[text.charCodeAt(index + 1)] : undefined
  const openSide = isBlank(before) || before === PUNCTUATION
  const closeSide = isBlank(after) || after === PUNCTUATION
  if (openSide && !closeSide) return 'open'
  if (closeSide && !openSide) return 'close'
  if (openSide && closeSide) return isBlank(before) && isBlank(after) ? 'none' : glyphRole(code)
  // Letters on both sides: a word-initial proclitic (بـ” or و“) opens a quotation.
  const previous = text.charCodeAt(index - 1)
  if (previous === TATWEEL) return 'open'
  if (PROCLITIC_LETTERS.has(previous) && (index < 2 || isBlank(classes[text.charCodeAt(index - 2)]))) {
    return 'open'
  }
  return glyphRole(code)
}
