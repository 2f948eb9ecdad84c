/**
 * The state of one pass over a document's tokens: the tokens' time keys, the phrases starting at each
 * token (looked up once, however many readers ask), and the publication date.
 */
import { DELETE, FOLD_TABLE } from '../text/fold-table.js'
import type { Token } from '../text/token.js'
import type { CalendarDate } from './calendar-date.js'
import { type PhraseTemplate, type PhraseTrie, type TrieNode, templatesOf } from './phrase-trie.js'
import type { TimeWord } from './time-word.js'

/** A vocabulary phrase found at a token. */
export interface PhraseHit {
  readonly word: TimeWord
  /** The token index after the phrase. */
  readonly next: number
  /** Where the phrase starts in the text, after any proclitic (وأمس → أمس). */
  readonly start: number
}

export interface Scan {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly trie: PhraseTrie
  readonly published: CalendarDate | null
  /**
   * Phrase lists built for tokens where several phrases start, longest first. A token with one start
   * reads its shared list from the trie again instead (cheaper than storing it for a million tokens).
   */
  readonly built: Map<number, readonly PhraseTemplate[]>
  /** The last token looked up and its phrases: readers ask about the same token several times running. */
  readonly last: { index: number; hits: readonly PhraseTemplate[] }
  /** The `KIND` bits of the phrases starting at each token; -1 until looked up. */
  readonly kinds: Int32Array
}

const NO_HITS: readonly PhraseTemplate[] = []

/**
 * A scan over `tokens` of `text`, with the compiled vocabulary and the publication date.
 *
 * @example createScan(text, tokenize(text), timeVocabulary().trie, parseIsoDate('2025-08-20'))
 */
export const createScan = (
  text: string,
  tokens: readonly Token[],
  trie: PhraseTrie,
  published: CalendarDate | null,
): Scan => ({
  text,
  tokens,
  trie,
  published,
  built: new Map(),
  last: { index: -1, hits: NO_HITS },
  kinds: new Int32Array(tokens.length).fill(-1),
})

/** The offset after the first `letters` visible letters of a token, and after the marks on them. */
const afterLetters = (text: string, start: number, end: number, letters: number): number => {
  let index = start
  let seen = 0
  while (index < end && seen < letters) if (FOLD_TABLE[text.charCodeAt(index++)] !== DELETE) seen++
  while (index < end && FOLD_TABLE[text.charCodeAt(index)] === DELETE) index++
  return index
}

/** The deepest nodes reached from `node` along the tokens after `index`, deepest first. */
const deeper = (scan: Scan, index: number, node: TrieNode, clitic: number, found: PhraseTemplate[]): void => {
  let current = node
  let next = index + 1
  const path: TrieNode[] = [node]
  while (current.children !== null && next < scan.tokens.length) {
    const child = current.children.get(keyAt(scan, next))
    if (child === undefined) break
    path.push(child)
    current = child
    next++
  }
  for (let at = path.length - 1; at >= 0; at--) found.push(...templatesOf(path[at]!, clitic))
}

const lookUp = (scan: Scan, index: number): readonly PhraseTemplate[] => {
  const starts = scan.tokens[index]!.kind === 'word' ? scan.trie.starts.get(keyAt(scan, index)) : undefined
  if (starts === undefined) return NO_HITS
  const only = starts.length === 1 ? starts[0]! : undefined
  // The common case, one single-word phrase with nothing longer: its shared list, no allocation.
  if (
    only !== undefined &&
    (only.node.children === null || !only.node.children.has(keyAt(scan, index + 1)))
  ) {
    return templatesOf(only.node, only.clitic)
  }
  const cached = scan.built.get(index)
  if (cached !== undefined) return cached
  const found: PhraseTemplate[] = []
  for (const { node, clitic } of starts) deeper(scan, index, node, clitic, found)
  // Stable: among equally long phrases the plain spelling (listed first) stays ahead of a clitic reading.
  found.sort((a, b) => b.length - a.length)
  scan.built.set(index, found)
  return found
}

/** Every phrase starting at token `index`, longest first. */
export const hitsAt = (scan: Scan, index: number): readonly PhraseTemplate[] => {
  if (index < 0 || index >= scan.tokens.length || scan.kinds[index] === 0) return NO_HITS
  if (scan.last.index === index) return scan.last.hits
  const found = lookUp(scan, index)
  scan.last.index = index
  scan.last.hits = found
  if (scan.kinds[index]! < 0) {
    let kinds = 0
    for (const hit of found) kinds |= hit.word.bit
    scan.kinds[index] = kinds
  }
  return found
}

/** The `KIND` bits of every phrase starting at token `index` (0 past the end). */
export const kindsAt = (scan: Scan, index: number): number => {
  if (index < 0 || index >= scan.tokens.length) return 0
  const kinds = scan.kinds[index]!
  if (kinds >= 0) return kinds
  hitsAt(scan, index)
  return scan.kinds[index]!
}

const toHit = (scan: Scan, index: number, template: PhraseTemplate): PhraseHit => {
  const token = scan.tokens[index]!
  return {
    word: template.word,
    next: index + template.length,
    start:
      template.clitic === 0 ? token.start : afterLetters(scan.text, token.start, token.end, template.clitic),
  }
}

/**
 * The longest phrase of `kinds` (`KIND` bits, several or-ed together) at token `index`.
 *
 * @example phraseAt(scan, 3, KIND.month | KIND['hijri-month'])?.word.number // 12 for كانون الأول
 */
export const phraseAt = (scan: Scan, index: number, kinds: number): PhraseHit | undefined => {
  if ((kindsAt(scan, index) & kinds) === 0) return undefined
  for (const template of hitsAt(scan, index))
    if ((template.word.bit & kinds) !== 0) return toHit(scan, index, template)
  return undefined
}

/**
 * As `phraseAt`, but only a phrase written without a proclitic: words that follow inside an expression
 * (units, directions, year markers) never carry one, and وعام starts a new expression (و + عام 2020).
 */
export const plainPhraseAt = (scan: Scan, index: number, kinds: number): PhraseHit | undefined => {
  if ((kindsAt(scan, index) & kinds) === 0) return undefined
  for (const template of hitsAt(scan, index)) {
    if ((template.word.bit & kinds) !== 0 && template.clitic === 0) return toHit(scan, index, template)
  }
  return undefined
}

/** Whether any phrase of `kinds` starts at token `index`, without building a hit. */
export const hasPhraseAt = (scan: Scan, index: number, kinds: number): boolean =>
  (kindsAt(scan, index) & kinds) !== 0

/** The key of token `index` ('' past the end): its folded form, digits ASCII. */
export const keyAt = (scan: Scan, index: number): string => {
  const token = scan.tokens[index]
  return token === undefined ? '' : token.folded
}

/** The value of a number token written with digits only (any script), or -1. */
export const integerAt = (scan: Scan, index: number, maxDigits = 4): number => {
  const token = scan.tokens[index]
  if (token === undefined || token.kind !== 'number' || token.folded.length > maxDigits) return -1
  let value = 0
  for (let offset = 0; offset < token.folded.length; offset++) {
    const digit = token.folded.charCodeAt(offset) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** Whether token `index` is punctuation among `marks` (folded: ، is `,`). */
export const isMarkAt = (scan: Scan, index: number, marks: string): boolean => {
  const token = scan.tokens[index]
  return token !== undefined && token.kind === 'punctuation' && marks.includes(token.folded)
}

/** Dashes that join range ends and numeric date parts. */
export const DASHES = '-–—'

/** The end offset of the expression whose last token is `next - 1`. */
export const endBefore = (scan: Scan, next: number): number => scan.tokens[next - 1]!.end
