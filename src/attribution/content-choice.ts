/**
 * Where an attribution's content lies: inside a quotation, after أن/إن or a colon to the end of the
 * sentence, before the cue when the cue closes the sentence («…»، قال الوزير. / …، بحسب المصدر.), or
 * after it when the cue leads the sentence (وبحسب المصدر، تناولت المباحثات …).
 */

import { contentOf } from './draft.js'
import type { Complement } from './read-complement.js'
import {
  cueAt,
  isComplementizer,
  isKey,
  isTerminal,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { matchKey } from './word-key.js'

export interface ContentChoice {
  /** Tokens `[first, end)`. */
  readonly first: number
  readonly end: number
  readonly direct: boolean
  /** Bounded by quotation marks. */
  readonly fixed: boolean
  /** Reported speech (after أن/إن, a colon, a quotation), not an object or a clause before the cue. */
  readonly reported: boolean
}

/** The tokens of one sentence. */
export interface SentenceRange {
  readonly first: number
  readonly end: number
}

const COMMA = ','
/** Words that lead a cue into its clause: كما قال، بحسب ما أفادت. */
const CUE_LEAD: ReadonlySet<string> = new Set(['كما', 'ما', 'لما', 'مما', 'بما', 'و'].map(matchKey))

/** Content made of a quotation's inside. */
export const quoted = (open: number, close: number): ContentChoice => ({
  first: open + 1,
  end: close,
  direct: true,
  fixed: true,
  reported: true,
})

/** Where the clause of a cue starts: before كما، ما and prepositional cues leading into it. */
export const clauseStartOf = (context: ReaderContext, cue: number, first: number): number => {
  let index = cue
  while (index > first) {
    const previous = index - 1
    if (!CUE_LEAD.has(context.view.keys[previous]!)) {
      const hit = cueAt(context, previous)
      if (hit === null || (hit.cue.kind !== 'preposition' && hit.cue.kind !== 'relay-preposition')) break
    }
    index = previous
  }
  return index
}

const hasWordsBefore = (context: ReaderContext, first: number, clauseStart: number): boolean => {
  const { tokens } = context.view
  for (let index = first; index < clauseStart; index++) if (tokens[index]!.kind !== 'punctuation') return true
  return false
}

/** Content before the cue: «…»، قال الوزير. / تناولت المباحثات …، بحسب المصدر. */
const contentBefore = (
  context: ReaderContext,
  sentence: SentenceRange,
  clauseStart: number,
): ContentChoice | null => {
  const found = contentOf(context, sentence.first, clauseStart)
  if (found === null) return null
  const closing = quotationEnd(context, found.first)
  if (closing === found.end - 1) return quoted(found.first, closing)
  return { first: found.first, end: found.end, direct: false, fixed: false, reported: true }
}

/** Whether the sentence ends at `at`, or only a comma and at most two words stand before its end. */
const closesSentence = (context: ReaderContext, at: number, end: number): boolean => {
  if (at >= end) return true
  if (!isTerminal(context, at)) return false
  if (!isKey(context, at, COMMA)) return true
  // «…»، قال الأمين العام، داعياً إلى …: a participle or a new verb after the comma opens another clause.
  if (cueAt(context, at + 1) !== null) return true
  let words = 0
  for (let index = at + 1; index < end; index++) if (!isTerminal(context, index)) words++
  return words <= 2
}

/**
 * The content a complement leads to, or null when there is none.
 *
 * @example
 *   contentAfter(context, sentence, { type: 'that', contentToken: 5 }, 0, false)
 *   // { first: 5, end: sentence.end, direct: false, fixed: false }
 */
export const contentAfter = (
  context: ReaderContext,
  sentence: SentenceRange,
  complement: Complement,
  cue: number,
  relative: boolean,
): ContentChoice | null => {
  switch (complement.type) {
    case 'quote':
      return quoted(complement.open, complement.close)
    case 'colon': {
      // قال: إن …: the complementizer after the colon is no part of the words.
      const first = complement.contentToken + (isComplementizer(context, complement.contentToken) ? 1 : 0)
      return { first, end: sentence.end, direct: true, fixed: false, reported: true }
    }
    case 'that':
      return {
        first: complement.contentToken,
        end: sentence.end,
        direct: false,
        fixed: false,
        reported: true,
      }
    case 'source':
      return null
    case 'none': {
      const clauseStart = clauseStartOf(context, cue, sentence.first)
      if (!closesSentence(context, complement.at, sentence.end) && !relative) {
        // An object: اتهم الوفد الاحتلال بالمسؤولية …
        return { first: complement.at, end: sentence.end, direct: false, fixed: false, reported: false }
      }
      if (hasWordsBefore(context, sentence.first, clauseStart))
        return contentBefore(context, sentence, clauseStart)
      // وبحسب المصدر، تناولت المباحثات …: the clause after the comma (and فإن).
      let first = complement.at
      while (first < sentence.end && (isTerminal(context, first) || isComplementizer(context, first))) first++
      return first < sentence.end
        ? { first, end: sentence.end, direct: false, fixed: false, reported: true }
        : null
    }
  }
}
