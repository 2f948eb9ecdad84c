/**
 * Dates with a day: 8 كانون الأول 2024، الثامن من كانون الأول، الـ8 من ديسمبر، 15 رمضان 1446 هـ،
 * الخامس من الشهر الجاري, and day ranges (من 3 إلى 5 آذار، بين 3 و5 آذار، 3-5 آذار), whose ends are
 * read as two dates sharing the month and year.
 */
import { addMonths, fromDayNumber, isValidDate, toDayNumber } from './calendar-date.js'
import { readMonthName, readYearPart } from './month-name.js'
import { placeDate, publishedYear } from './place-date.js'
import { readPeriodWords } from './read-period.js'
import type { Reading } from './reading.js'
import { DASHES, endBefore, integerAt, isMarkAt, keyAt, phraseAt, plainPhraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

interface DaySpec {
  readonly day: number
  readonly next: number
  readonly start: number
}

/** A day of the month: 8، ٨، الـ8، الثامن، الحادي والعشرين. */
const readDaySpec = (scan: Scan, index: number): DaySpec | null => {
  const token = scan.tokens[index]
  if (token === undefined) return null
  const number = integerAt(scan, index, 2)
  if (number >= 1 && number <= 31) return { day: number, next: index + 1, start: token.start }
  if (token.kind === 'word' && keyAt(scan, index) === 'ال') {
    const after = integerAt(scan, index + 1, 2)
    if (after >= 1 && after <= 31) return { day: after, next: index + 2, start: token.start }
  }
  const ordinal = phraseAt(scan, index, KIND.ordinal)
  return ordinal === undefined ? null : { day: ordinal.word.number, next: ordinal.next, start: ordinal.start }
}

/** The month after a day (with an optional من), and the date they make. */
const dateAfterDay = (scan: Scan, first: number, spec: DaySpec, weekday: number | null): Reading | null => {
  let at = keyAt(scan, spec.next) === 'من' ? spec.next + 1 : spec.next
  // الثامن من شهر ذي القعدة
  if (at > spec.next) at = plainPhraseAt(scan, at, KIND['month-word'])?.next ?? at
  const month = readMonthName(scan, at)
  if (month !== null) {
    const part = readYearPart(scan, month.next, month.calendar, (calendar) => publishedYear(scan, calendar))
    const next = part?.next ?? month.next
    const placed = placeDate(scan, first, month.calendar, month.month, spec.day, part, weekday)
    return { first, next, start: spec.start, end: endBefore(scan, next), kind: 'date', ...placed }
  }
  // الخامس من الشهر الجاري: a day of a month counted from publication.
  // الخامس من الشهر: with من, the bare month is the current one.
  const period = readPeriodWords(scan, at, at > spec.next)
  if (period === null || period.unit !== 'month' || at === spec.next) return null
  const end = endBefore(scan, period.next)
  const base = {
    first,
    next: period.next,
    start: spec.start,
    end,
    kind: 'relative' as const,
    calendar: 'gregorian' as const,
  }
  if (scan.published === null) {
    return { ...base, year: null, month: null, day: null, precision: null, yearInferred: false }
  }
  const { year, month: monthNumber } = addMonths(scan.published.year, scan.published.month, period.direction)
  const precision = isValidDate(year, monthNumber, spec.day) ? ('day' as const) : null
  return { ...base, year, month: monthNumber, day: spec.day, precision, yearInferred: false }
}

/** The first end of a day range, from the second: the same month and year, `from` days earlier. */
const rangeStart = (
  scan: Scan,
  first: number,
  spec: DaySpec,
  second: Reading,
  secondDay: number,
): Reading => {
  const start = { first, next: spec.next, start: spec.start, end: endBefore(scan, spec.next) }
  if (second.precision !== 'day' || second.day === null || spec.day >= secondDay) {
    return {
      ...second,
      ...start,
      day: spec.day,
      precision: second.precision === 'day' ? null : second.precision,
    }
  }
  if (second.year === null) return { ...second, ...start, day: spec.day }
  // Through day numbers, so a Hijri range converts correctly: من 1 إلى 3 رمضان.
  const shifted = fromDayNumber(
    toDayNumber({ year: second.year, month: second.month!, day: second.day }) - (secondDay - spec.day),
  )
  return { ...second, ...start, year: shifted.year, month: shifted.month, day: shifted.day }
}

/**
 * A dated day at token `index`; `weekday` (0 = Sunday) when a weekday name came first, to pick the year
 * a yearless date falls on that weekday.
 *
 * @example 'الثامن من كانون الأول' published 2025-08-20 → [{ year: 2024, month: 12, day: 8, precision: 'day' }]
 */
export const readDayDate = (scan: Scan, index: number, weekday: number | null = null): Reading[] | null => {
  const spec = readDaySpec(scan, index)
  if (spec === null) return null
  const single = dateAfterDay(scan, index, spec, weekday)
  if (single !== null) return [single]
  let at = spec.next
  const join = phraseAt(scan, at, KIND['range-join'])
  if (join !== undefined) at = join.next
  else if (isMarkAt(scan, at, DASHES)) at++
  // والرابع: the joining و written onto the second ordinal.
  else if (!keyAt(scan, at).startsWith('و') || phraseAt(scan, at, KIND.ordinal) === undefined) return null
  const otherSpec = readDaySpec(scan, at)
  const other = otherSpec === null ? null : dateAfterDay(scan, at, otherSpec, null)
  if (other === null || otherSpec === null || other.kind !== 'date') return null
  return [rangeStart(scan, index, spec, other, otherSpec.day), other]
}
