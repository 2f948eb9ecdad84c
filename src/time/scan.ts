/**
 * The state of one pass over a document's tokens: the tokens' time keys, the phrase hits found so far
 * (each token is looked up once, however many readers ask), and the publication date.
 */
import { DELETE, FOLD_TABLE } from '../text/fold-table.js'
import type { Token } from '../text/token.js'
import type { CalendarDate } from './calendar-date.js'
import type { PhraseTrie, TrieNode } from './phrase-trie.js'
import { timeKey } from './time-key.js'
import type { TimeWord, TimeWordKind } from './time-word.js'

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
  readonly keys: readonly string[]
  readonly trie: PhraseTrie
  readonly published: CalendarDate | null
  readonly hits: Array<readonly PhraseHit[] | undefined>
}

const NO_HITS: readonly PhraseHit[] = []

export const createScan = (
  text: string,
  tokens: readonly Token[],
  trie: PhraseTrie,
  published: CalendarDate | null,
): Scan => ({
  text,
  tokens,
  keys: tokens.map((token) => (token.kind === 'word' ? timeKey(token.folded) : token.folded)),
  trie,
  published,
  hits: new Array(tokens.length),
})

/** The offset after the first `letters` visible letters of a token, and after the marks on them. */
const afterLetters = (text: string, start: number, end: number, letters: number): number => {
  let index = start
  let seen = 0
  while (index < end && seen < letters) if (FOLD_TABLE[text.charCodeAt(index++)] !== DELETE) seen++
  while (index < end && FOLD_TABLE[text.charCodeAt(index)] === DELETE) index++
  return index
}

const collect = (scan: Scan, index: number, node: TrieNode, start: number, found: PhraseHit[]): void => {
  let current = node
  let next = index + 1
  for (;;) {
    for (const word of current.words) found.push({ word, next, start })
    if (current.children === null || next >= scan.tokens.length) return
    const child = current.children.get(scan.keys[next]!)
    if (child === undefined) return
    current = child
    next++
  }
}

/** Every phrase starting at token `index`, longest first. */
export const hitsAt = (scan: Scan, index: number): readonly PhraseHit[] => {
  if (index < 0 || index >= scan.tokens.length) return NO_HITS
  const cached = scan.hits[index]
  if (cached !== undefined) return cached
  const starts = scan.tokens[index]!.kind === 'word' ? scan.trie.starts.get(scan.keys[index]!) : undefined
  let found: PhraseHit[] | readonly PhraseHit[] = NO_HITS
  if (starts !== undefined) {
    const token = scan.tokens[index]!
    const list: PhraseHit[] = []
    for (const { node, clitic } of starts) {
      collect(
        scan,
        index,
        node,
        clitic === 0 ? token.start : afterLetters(scan.text, token.start, token.end, clitic),
        list,
      )
    }
    // Stable: among equally long phrases the plain spelling (listed first) stays ahead of a clitic reading.
    list.sort((a, b) => b.next - a.next)
    found = list
  }
  scan.hits[index] = found
  return found
}

/**
 * The longest phrase of one of `kinds` at token `index`.
 *
 * @example phraseAt(scan, 3, 'month', 'hijri-month')?.word.number // 12 for كانون الأول
 */
export const phraseAt = (scan: Scan, index: number, ...kinds: TimeWordKind[]): PhraseHit | undefined => {
  for (const hit of hitsAt(scan, index)) if (kinds.includes(hit.word.kind)) return hit
  return undefined
}

/**
 * As `phraseAt`, but only a phrase written without a proclitic: words that follow inside an expression
 * (units, directions, year markers) never carry one, and وعام starts a new expression (و + عام 2020).
 */
export const plainPhraseAt = (scan: Scan, index: number, ...kinds: TimeWordKind[]): PhraseHit | undefined => {
  const token = scan.tokens[index]
  for (const hit of hitsAt(scan, index))
    if (hit.start === token!.start && kinds.includes(hit.word.kind)) return hit
  return undefined
}

/** The key of token `index` ('' past the end): folded, ة as ه, digits ASCII. */
export const keyAt = (scan: Scan, index: number): string => scan.keys[index] ?? ''

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
