/**
 * Periods counted from publication: الأسبوع الماضي، الشهر الجاري، هذا العام، العام قبل الماضي، and
 * with a part modifier the bare period (نهاية الشهر is this month). A week has no precision of its own:
 * it gets the month (or year) all its days fall in, else no value (see `spanValue`).
 */
import { publishedDay, spanValue, weekSpan } from './anchor.js'
import { addMonths } from './calendar-date.js'
import type { Reading } from './reading.js'
import { endBefore, keyAt, phraseAt, plainPhraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

export interface PeriodWords {
  readonly unit: 'week' | 'month' | 'year'
  /** −1 the last one, 0 the current one, 1 the next one, −2 the one before last. */
  readonly direction: number
  readonly next: number
  readonly start: number
}

/**
 * The period words at token `index`; `bareAllowed` when a part modifier (مطلع، نهاية) licenses a period
 * with no direction.
 */
export const readPeriodWords = (scan: Scan, index: number, bareAllowed: boolean): PeriodWords | null => {
  const thisWord = phraseAt(scan, index, KIND.this)
  const at = thisWord?.next ?? index
  const period =
    thisWord === undefined ? phraseAt(scan, at, KIND.period) : plainPhraseAt(scan, at, KIND.period)
  if (period === undefined) return null
  const unit = period.word.value as PeriodWords['unit']
  const start = thisWord?.start ?? period.start
  if (plainPhraseAt(scan, period.next, KIND.anaphor) !== undefined) return null
  const direction = plainPhraseAt(scan, period.next, KIND.direction)
  if (direction !== undefined) return { unit, direction: direction.word.number, next: direction.next, start }
  // العام قبل الماضي: the year before last.
  if (
    keyAt(scan, period.next) === 'قبل' &&
    plainPhraseAt(scan, period.next + 1, KIND.direction)?.word.number === -1
  ) {
    return { unit, direction: -2, next: period.next + 2, start }
  }
  if (thisWord !== undefined || bareAllowed) return { unit, direction: 0, next: period.next, start }
  return null
}

/**
 * A period reading at token `index`.
 *
 * @example 'الشهر الماضي' published 2025-01-02 → [{ year: 2024, month: 12, precision: 'month', kind: 'relative' }]
 */
export const readPeriod = (scan: Scan, index: number, bareAllowed: boolean): Reading[] | null => {
  const words = readPeriodWords(scan, index, bareAllowed)
  if (words === null) return null
  const reading: Reading = {
    first: index,
    next: words.next,
    start: words.start,
    end: endBefore(scan, words.next),
    kind: 'relative',
    calendar: 'gregorian',
    year: null,
    month: null,
    day: null,
    precision: null,
    yearInferred: false,
  }
  const today = publishedDay(scan)
  if (today === null) return [reading]
  const published = scan.published!
  if (words.unit === 'year')
    return [{ ...reading, year: published.year + words.direction, precision: 'year' }]
  if (words.unit === 'month') {
    const { year, month } = addMonths(published.year, published.month, words.direction)
    return [{ ...reading, year, month, precision: 'month' }]
  }
  const [first, last] = weekSpan(words.direction, today)
  return [{ ...reading, ...spanValue(first, last) }]
}
