/**
 * Search snippets: a short passage of a hit's text around the first query word it holds, with the
 * matched words as offsets. Matching uses the index's own terms (src/store/search-terms.ts), so the
 * words marked are the ones the index found: والرئيس for الرئيس.
 */
import type { Span } from '../pipeline/analysis.js'
import { wordMatches } from './search-terms.js'
import type { Snippet } from './store.js'

const WORD = /[\p{L}\p{N}]+/gu
/** About this many characters of text in a snippet. */
const SNIPPET_LENGTH = 200
/** How much of the passage comes before the first match. */
const LEAD = 60

/** Moves `at` back to the start of the word it is in (or forward past a partial word at the end). */
const wordStart = (text: string, at: number): number => {
  let position = at
  while (position > 0 && /[\p{L}\p{N}]/u.test(text[position - 1]!)) position--
  return position
}

const wordEnd = (text: string, at: number): number => {
  let position = at
  while (position < text.length && /[\p{L}\p{N}]/u.test(text[position]!)) position++
  return position
}

/**
 * The snippet of `text` for the query `terms` (from `queryTerms`).
 *
 * @example snippet('وصل والرئيس إلى باريس', ['رييس']) // → { text: 'وصل والرئيس إلى باريس', start: 0, end: 21, highlights: [{ start: 4, end: 11 }] }
 */
export const snippet = (text: string, terms: readonly string[]): Snippet => {
  let first = -1
  if (terms.length > 0) {
    for (const match of text.matchAll(WORD)) {
      if (wordMatches(match[0], terms)) {
        first = match.index
        break
      }
    }
  }
  let start = first <= LEAD ? 0 : wordStart(text, first - LEAD)
  // Skip leading spaces and line breaks so the passage starts on a word.
  while (start < text.length && /\s/u.test(text[start]!)) start++
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const cut = wordStart(text, end)
    end = cut > start ? cut : wordEnd(text, end)
  }
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  const highlights: Span[] = []
  if (terms.length > 0) {
    for (const match of text.slice(start, end).matchAll(WORD)) {
      if (wordMatches(match[0], terms)) {
        highlights.push({ start: start + match.index, end: start + match.index + match[0].length })
      }
    }
  }
  return { text: text.slice(start, end), start, end, highlights }
}
