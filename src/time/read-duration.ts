/**
 * Lengths of time: منذ ثلاث سنوات، خلال 48 ساعة، لمدة أسبوعين، عامين، منذ سنوات — recognised, never
 * placed (value null). With قبل/بعد and nothing after (قبل يومين، بعد ثلاثة أشهر) they count from
 * publication instead, at the unit's precision; قبل يومين من الانتخابات counts from an event, so it stays
 * a duration.
 */
import { publishedDay, spanValue } from './anchor.js'
import { addMonths, fromDayNumber } from './calendar-date.js'
import { type Reading, unplacedReading } from './reading.js'
import { endBefore, integerAt, keyAt, phraseAt, plainPhraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

/** Words that start a date of their own: after a singular unit they make it a noun (خلال شهر رمضان). */
const DATE_STARTS = KIND.month | KIND['hijri-month'] | KIND.weekday | KIND['relative-day']

interface Count {
  /** The count, 0 when unknown (بضعة، عدة، or none written). */
  readonly value: number
  readonly next: number
}

/** A written count: 48، ثلاث، خمسة وعشرين، ثلاثة عشر; 0 for بضعة، عدة. */
const readCount = (scan: Scan, index: number): Count | null => {
  const number = integerAt(scan, index, 6)
  if (number >= 0) return { value: number, next: index + 1 }
  // خلال الـ24 ساعة: the article on a number.
  if (keyAt(scan, index) === 'ال' && integerAt(scan, index + 1, 6) >= 0) {
    return { value: integerAt(scan, index + 1, 6), next: index + 2 }
  }
  let value = 0
  let unknown = false
  let at = index
  for (let words = 0; words < 3; words++) {
    // خمسة وعشرين: later number words carry the joining و.
    const word =
      words === 0 ? plainPhraseAt(scan, at, KIND['number-word']) : phraseAt(scan, at, KIND['number-word'])
    if (word === undefined) break
    unknown ||= word.word.number === 0
    value += word.word.number
    at = word.next
  }
  return at === index ? null : { value: unknown ? 0 : value, next: at }
}

const placeShift = (reading: Reading, unit: string, amount: number, today: number): Reading => {
  if (unit === 'day') {
    const { year, month, day } = fromDayNumber(today + amount)
    return { ...reading, year, month, day, precision: 'day' }
  }
  if (unit === 'week') return { ...reading, ...spanValue(today + 7 * amount - 3, today + 7 * amount + 3) }
  const published = fromDayNumber(today)
  if (unit === 'month') {
    const { year, month } = addMonths(published.year, published.month, amount)
    return { ...reading, year, month, precision: 'month' }
  }
  if (unit === 'year') return { ...reading, year: published.year + amount, precision: 'year' }
  return reading
}

/** After what may follow a unit inside a duration: خلال الساعات الـ24 الماضية، خلال الأيام المقبلة. */
const afterTail = (scan: Scan, index: number): number => {
  let at = index
  if (keyAt(scan, at) === 'ال' && integerAt(scan, at + 1, 6) >= 0) at += 2
  return plainPhraseAt(scan, at, KIND.direction)?.next ?? at
}

/**
 * A duration, or a shift from publication, at token `index`.
 *
 * @example 'منذ ثلاث سنوات' → [{ kind: 'duration', value: null }]
 * @example 'قبل يومين' published 2025-08-20 → [{ kind: 'relative', year: 2025, month: 8, day: 18 }]
 */
export const readDuration = (scan: Scan, index: number): Reading[] | null => {
  const cue = phraseAt(scan, index, KIND['duration-cue'])
  const shift = cue === undefined ? phraseAt(scan, index, KIND.shift) : undefined
  let at = cue?.next ?? shift?.next ?? index
  at = plainPhraseAt(scan, at, KIND.approximately)?.next ?? at
  const count = readCount(scan, at)
  if (count !== null) at = count.next
  const unit = plainPhraseAt(scan, at, KIND.unit)
  if (unit === undefined) return null
  const introduced = cue !== undefined || shift !== undefined
  const unitCount = unit.word.count
  // A bare unit word is no duration (يوم، أيام); a dual is (عامين), and so is one after منذ or خلال.
  if (count === null && unitCount !== 2) {
    if (!introduced) return null
    // منذ عام 2011، خلال شهر رمضان، قبل يوم الثلاثاء: the unit word names a date, not a length.
    if (integerAt(scan, unit.next) >= 0) return null
    if (phraseAt(scan, unit.next, DATE_STARTS) !== undefined) return null
  }
  const start = cue?.start ?? shift?.start ?? scan.tokens[index]!.start
  const amount = count === null ? (unitCount ?? 0) : count.value
  const next = introduced ? afterTail(scan, unit.next) : unit.next
  const reading = unplacedReading(index, next, start, endBefore(scan, next), 'duration')
  const today = publishedDay(scan)
  const counted =
    shift !== undefined && next === unit.next && keyAt(scan, next) !== 'من' && keyAt(scan, next) !== 'على'
  if (!counted) return [reading]
  const relative = { ...reading, kind: 'relative' as const }
  if (today === null || amount === 0) return [relative]
  return [placeShift(relative, unit.word.value, shift.word.number * amount, today)]
}
