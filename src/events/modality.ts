/**
 * Modality: whether the text presents an event as fact, as someone's report, as planned, as possible or
 * as background (src/vocabulary/modalities.ts). The strongest reading wins: hypothetical, then future,
 * then historical, then reported (the trigger stands inside an attribution's content), then asserted.
 */
import type { Attribution, EventDate } from '../pipeline/analysis.js'
import type { Modality } from '../vocabulary/modalities.js'
import { CUE } from './cue-kinds.js'
import { cuePhraseAt } from './cue-phrases.js'
import type { Governance } from './governance.js'
import type { SentenceContext } from './sentence-context.js'
import { isCue } from './words.js'

/** Background is this many days or more before publication. */
export const HISTORICAL_DAYS = 180
const DAY = 86_400_000
const FUTURE_REACH = 3
const PHRASE_REACH = 4
const CONDITIONS = ['اذا', 'لو', 'لولا']

export interface ModalityReading {
  readonly modality: Modality
  readonly attribution: string | null
}

const TIME_VALUE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/
const PRESENT_PREFIXES = 'يتن'

/** The last day a time value covers: 2024 → 2024-12-31, 2024-12 → 2024-12-31. */
const lastDay = (value: string): number | null => {
  const match = TIME_VALUE.exec(value)
  if (match === null) return null
  const year = Number(match[1])
  if (match[3] !== undefined) return Date.UTC(year, Number(match[2]) - 1, Number(match[3]))
  if (match[2] !== undefined) return Date.UTC(year, Number(match[2]), 0)
  return Date.UTC(year, 11, 31)
}

const firstDay = (value: string): number | null => {
  const match = TIME_VALUE.exec(value)
  if (match === null) return null
  return Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1'))
}

/** Whether a date lies after publication (future) or well before it (historical). */
const dateSide = (date: EventDate | null, published: string | null): 'future' | 'historical' | null => {
  if (date?.value == null || published === null) return null
  const publishedDay = firstDay(published)
  const start = firstDay(date.value)
  const end = lastDay(date.value)
  if (publishedDay === null || start === null || end === null) return null
  if (start > publishedDay) return 'future'
  if (end < publishedDay - HISTORICAL_DAYS * DAY) return 'historical'
  return null
}

/** Whether the words of the date, or the word after it, say "next" (الأسبوع المقبل). */
const futureDateWords = (context: SentenceContext, date: EventDate | null): boolean => {
  if (date === null) return false
  return context.times.some(
    ({ time, first, end }) =>
      time.text === date.text &&
      context.words.slice(first, end + 1).some((word) => isCue(word, CUE['future-time'])),
  )
}

/** The innermost attribution whose content holds the offset. */
const attributionAt = (attributions: readonly Attribution[], offset: number): Attribution | undefined => {
  let best: Attribution | undefined
  for (const attribution of attributions) {
    const { start, end } = attribution.content
    if (offset < start || offset >= end) continue
    if (best === undefined || end - start < best.content.end - best.content.start) best = attribution
  }
  return best
}

export interface ModalityInput {
  readonly predicate: number
  readonly head: number
  readonly futurePrefix: boolean
  readonly negatedFuture: boolean
  readonly governance: Governance
  readonly date: EventDate | null
  readonly offset: number
}

/**
 * The modality of a trigger and the attribution it rests on.
 *
 * @example
 *   // من المقرر أن يلتقي الوزيران الأسبوع المقبل → { modality: 'future', attribution: null }
 */
export const readModality = (context: SentenceContext, input: ModalityInput): ModalityReading => {
  const { words } = context
  const { predicate, governance } = input
  const attribution = attributionAt(context.document.attributions, input.offset)?.id ?? null
  let hypothetical = governance.hypothetical
  let future = governance.future || input.futurePrefix || input.negatedFuture
  // قد before an imperfect: may. (قد before a past verb asserts: قد التقى.)
  const previous = words[predicate - 1]
  const predicateWord = words[predicate]!
  if (previous !== undefined && isCue(previous, CUE.may)) {
    if (
      predicateWord.verbStems.some(
        (stem) => PRESENT_PREFIXES.includes(stem.key.charAt(0)) && stem.key.length >= 3,
      )
    )
      hypothetical = true
  }
  for (let at = predicate - 1; at >= 0; at--) {
    const word = words[at]!
    if (word.kind === 'stop') break
    const phrase = cuePhraseAt(context, at)
    if (word.form === 'سوف' && predicate - at <= FUTURE_REACH) future = true
    // من المقرر أن يلتقي، على أن يُعقد: a future phrase right before the predicate (شدد على أن … is no future).
    if (phrase.flags & CUE.future && predicate - at <= PHRASE_REACH) future = true
    if (phrase.flags & CUE.hypothetical) hypothetical = true
    if (CONDITIONS.includes(word.form) && word.preposition === '') hypothetical = true
  }
  const side = dateSide(input.date, context.published)
  if (side === 'future' || futureDateWords(context, input.date)) future = true
  const historical = governance.historical || side === 'historical'
  const modality: Modality = hypothetical
    ? 'hypothetical'
    : future
      ? 'future'
      : historical
        ? 'historical'
        : attribution !== null
          ? 'reported'
          : 'asserted'
  return { modality, attribution }
}

/** Whether a sentence asks rather than tells: a question mark, or a question word opening it. */
export const isQuestion = (context: SentenceContext): boolean => {
  const { words } = context
  if (words.some((word) => word.token.folded === '?' || word.token.folded === '؟')) return true
  const first = words.find((word) => word.kind === 'word')
  return first !== undefined && isCue(first, CUE.question)
}
