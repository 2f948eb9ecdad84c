/**
 * Folding: the one normalisation used for matching (lexicons, search index, queries). It never changes
 * `doc.text`; `foldText` keeps a map from folded offsets back to the original so matches point at evidence.
 */
import { codesToString } from './char-codes.js'
import { DELETE, FOLD_TABLE, FOLD_TABLE_TEH_MARBUTA } from './fold-table.js'

export interface FoldOptions {
  /** Also fold ة to ه (default false): matchers ask for it, display forms keep ة. */
  readonly tehMarbuta?: boolean
}

/** Folded text with a map back to the original. */
export interface FoldedText {
  readonly text: string
  /**
   * `toOriginal[i]` is the index in the original of folded character `i`;
   * `toOriginal[text.length]` is the original length.
   */
  readonly toOriginal: Int32Array
}

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported binding
// is a getter call, which the per-character loops cannot afford.
const plainTable = FOLD_TABLE
const tehMarbutaTable = FOLD_TABLE_TEH_MARBUTA
const deleted = DELETE
const decode = codesToString

const tableFor = (options: FoldOptions | undefined): Uint16Array =>
  options?.tehMarbuta === true ? tehMarbutaTable : plainTable

// String.prototype.isWellFormed (ES2024) is in Node 20 but not in the ES2023 typings.
const isWellFormed = (text: string): boolean =>
  (text as unknown as { isWellFormed(): boolean }).isWellFormed()

// Reused between calls: folding a short word allocates only its result string.
let scratch = new Uint16Array(256)

/**
 * Folds `text.slice(start, end)` without slicing first; returns the slice itself when nothing changes.
 * Internal to the text layer (the tokenizer folds each token in place).
 */
export const foldRange = (text: string, start: number, end: number, table: Uint16Array): string => {
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    if (table[code] !== code) break
    index++
  }
  if (index === end) return start === 0 && end === text.length ? text : text.slice(start, end)
  if (scratch.length < end - start) scratch = new Uint16Array(Math.max(end - start, scratch.length * 2))
  const codes = scratch
  let length = 0
  for (let copy = start; copy < index; copy++) codes[length++] = text.charCodeAt(copy)
  for (; index < end; index++) {
    const folded = table[text.charCodeAt(index)]!
    if (folded !== deleted) codes[length++] = folded
  }
  return decode(codes, length)
}

/**
 * Folds a short string for lexicon keys and search: drops diacritics, tatweel and invisible controls,
 * unifies alef forms, ى/ي, Persian letter variants, digits, Arabic punctuation and quote styles, and
 * lower-cases Latin. The hamza seats ؤ and ئ are kept.
 *
 * @example
 * foldWord('الإسْرائيليّ')                    // 'الاسرائيلي' (ئ is kept)
 * foldWord('مُنظَّمة', { tehMarbuta: true })   // 'منظمه'
 * foldWord('«٢٠٢٤»')                           // '"2024"'
 */
export const foldWord = (word: string, options?: FoldOptions): string =>
  foldRange(word, 0, word.length, tableFor(options))

/**
 * Folds a whole text in one linear pass and records where each folded character came from.
 *
 * @example
 * const folded = foldText('قالَ الرئيسُ')
 * folded.text                     // 'قال الرئيس'
 * originalSpan(folded, 4, 10)     // { start: 5, end: 12 }: 'الرئيسُ' with its final damma
 */
export const foldText = (text: string, options?: FoldOptions): FoldedText => {
  const table = tableFor(options)
  const length = text.length
  const codes = new Uint16Array(length)
  const toOriginal = new Int32Array(length + 1)
  let out = 0
  for (let index = 0; index < length; index++) {
    const folded = table[text.charCodeAt(index)]!
    if (folded === deleted) continue
    codes[out] = folded
    toOriginal[out++] = index
  }
  toOriginal[out] = length
  return {
    // Folding never touches surrogates, so well-formed input gives well-formed output.
    text: decode(codes, out, isWellFormed(text)),
    toOriginal: out === length ? toOriginal : toOriginal.slice(0, out + 1),
  }
}

/**
 * Maps a `[start, end)` span of folded text back to the original. The start is the original index of
 * the first folded character, so diacritics of the previous word are left out; the end runs up to the
 * next kept character, so the diacritics and tatweel on the span's last letter are included.
 *
 * @example
 * const folded = foldText('كَتَبَ زيدٌ')
 * originalSpan(folded, 0, 3)   // { start: 0, end: 6 }: 'كَتَبَ'
 */
export const originalSpan = (
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } => {
  const last = folded.text.length
  const from = Math.max(0, Math.min(start, last))
  const to = Math.max(from, Math.min(end, last))
  const originalStart = folded.toOriginal[from]!
  return { start: originalStart, end: to === from ? originalStart : folded.toOriginal[to]! }
}
