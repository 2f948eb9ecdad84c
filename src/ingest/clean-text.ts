/**
 * Plain-text cleanup: drops page furniture (related links, share and follow lines, copyright and
 * subscription lines) from pasted or scraped article text, and takes a short first line as the title.
 * Whole lines are dropped or kept; kept lines are never altered, so later offsets point into real text.
 */
import type { RemovedText } from '../pipeline/analysis.js'
import { type BoilerplatePhrase, normalizeLine } from './boilerplate.js'

export interface CleanText {
  /** The article text: the kept lines, as they were, joined by their original line breaks. */
  readonly text: string
  readonly removed: readonly RemovedText[]
  /** The first line when it reads as a headline, else null. */
  readonly title: string | null
}

/** Lines longer than this are prose, never furniture. */
const MAX_FURNITURE_LENGTH = 120
/** Headlines in a related-links list are short; a longer line ends the list. */
const MAX_HEADLINE_LENGTH = 140
/** A first line up to this length, not ending a sentence, is taken for the title. */
const MAX_TITLE_LENGTH = 200

interface Line {
  readonly text: string
  /** The line break that followed it in the input ('' for the last line). */
  readonly newline: string
}

const splitLines = (text: string): Line[] => {
  const lines: Line[] = []
  const pattern = /\r\n|\n|\r|\u2028|\u2029/g
  let start = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), newline: match[0] })
    start = match.index + match[0].length
  }
  lines.push({ text: text.slice(start), newline: '' })
  return lines
}

const startsWithPhrase = (normalized: string, key: string): boolean =>
  normalized === key || normalized.startsWith(key + ' ')

const containsPhrase = (normalized: string, key: string): boolean => ` ${normalized} `.includes(` ${key} `)

/** The phrase a line matches, if the line is furniture. */
const matchFurniture = (line: string, phrases: readonly BoilerplatePhrase[]): BoilerplatePhrase | null => {
  if (line.length > MAX_FURNITURE_LENGTH) return null
  const normalized = normalizeLine(line)
  if (normalized === '') return null
  for (const phrase of phrases) {
    const hit =
      phrase.scope === 'exact'
        ? normalized === phrase.key
        : phrase.scope === 'anywhere'
          ? containsPhrase(normalized, phrase.key)
          : startsWithPhrase(normalized, phrase.key)
    if (hit) return phrase
  }
  return null
}

const isBlank = (line: string): boolean => line.trim() === ''

/**
 * Index of the last line of a related-links list whose marker stands alone on line `markerIndex`: the
 * list runs over short headline lines and ends at prose or at furniture of another kind.
 */
const endOfLinkList = (
  lines: readonly Line[],
  markerIndex: number,
  phrases: readonly BoilerplatePhrase[],
): number => {
  let last = markerIndex
  for (let index = markerIndex + 1; index < lines.length; index++) {
    const text = lines[index]!.text
    if (isBlank(text)) continue
    if (text.trim().length > MAX_HEADLINE_LENGTH || matchFurniture(text, phrases) !== null) break
    last = index
  }
  return last
}

const guessTitle = (lines: readonly Line[]): string | null => {
  const firstIndex = lines.findIndex((line) => !isBlank(line.text))
  if (firstIndex < 0) return null
  const first = lines[firstIndex]!.text.trim()
  const hasMore = lines.slice(firstIndex + 1).some((line) => !isBlank(line.text))
  if (!hasMore || first.length > MAX_TITLE_LENGTH || /[.!؟?:]$/.test(first)) return null
  return first
}

/**
 * Removes boilerplate lines from article text.
 *
 * @example
 *   cleanText('عنوان الخبر\n\nنص الخبر.\n\nاقرأ أيضا\nعنوان آخر', loadBoilerplate())
 *   // → { text: 'عنوان الخبر\n\nنص الخبر.', removed: [{ text: 'اقرأ أيضا\nعنوان آخر', reason: 'related-links' }], title: 'عنوان الخبر' }
 */
export const cleanText = (input: string, phrases: readonly BoilerplatePhrase[]): CleanText => {
  const lines = splitLines(input)
  const removed: RemovedText[] = []
  const kept: Line[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const phrase = matchFurniture(line.text, phrases)
    if (phrase === null) {
      kept.push(line)
      continue
    }
    let last = index
    if (phrase.scope === 'block' && normalizeLine(line.text) === phrase.key)
      last = endOfLinkList(lines, index, phrases)
    const dropped = lines
      .slice(index, last + 1)
      .map((each) => each.text.trim())
      .filter((each) => each !== '')
      .join('\n')
    removed.push({ text: dropped, reason: phrase.reason })
    index = last
  }
  const joined = kept
    .map((line, index) => (index === kept.length - 1 ? line.text : line.text + line.newline))
    .join('')
  const text = joined.replace(/^\s+/, '').replace(/\s+$/, '')
  return { text, removed, title: guessTitle(kept) }
}
