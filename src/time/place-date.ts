/**
 * Turning calendar fields into a placed reading: a missing year comes from the anchor rule (`anchor.ts`),
 * a Hijri date is converted to Gregorian through Umm al-Qura, an impossible day (31 شباط) gets no value.
 */
import type { Calendar, TimePrecision } from '../vocabulary/modalities.js'
import { anchoredGregorianYear, anchoredYear, anchorFor, publishedDay } from './anchor.js'
import { isValidDate, toDayNumber, weekdayOf } from './calendar-date.js'
import { hijriOf, hijriToGregorian } from './hijri.js'
import type { YearPart } from './month-name.js'
import type { Reading } from './reading.js'
import type { Scan } from './scan.js'

/** The calendar fields of a reading, Gregorian whatever calendar the text used. */
export type Placed = Pick<Reading, 'calendar' | 'year' | 'month' | 'day' | 'precision' | 'yearInferred'>

/** The current year of the publication date in a calendar, or null when the date is unknown. */
export const publishedYear = (scan: Scan, calendar: Calendar): number | null => {
  const day = publishedDay(scan)
  if (day === null) return null
  return calendar === 'hijri' ? hijriOf(day).year : scan.published!.year
}

/** A yearless date given with its weekday (الثلاثاء 4 آذار): the nearest year where the two agree. */
const yearAgreeingWith = (weekday: number, month: number, day: number, year: number): number => {
  for (const candidate of [year, year + 1, year - 1]) {
    if (
      isValidDate(candidate, month, day) &&
      weekdayOf(toDayNumber({ year: candidate, month, day })) === weekday
    ) {
      return candidate
    }
  }
  return year
}

/**
 * A Gregorian month or day. `index` is the first token, where the future-cue rule looks back from.
 *
 * @example placeGregorian(scan, index, 12, 8, null, null) // published 2025-08-20 → year 2024, precision 'day'
 */
export const placeGregorian = (
  scan: Scan,
  index: number,
  month: number,
  day: number | null,
  part: YearPart | null,
  weekday: number | null,
): Placed => {
  let year = part?.year ?? null
  const yearInferred = year === null
  if (year === null && scan.published !== null) {
    year = anchoredGregorianYear(month, day, anchorFor(scan, index, part?.direction ?? null), scan.published)
    if (weekday !== null && day !== null) year = yearAgreeingWith(weekday, month, day, year)
  }
  const precision: TimePrecision | null =
    day === null ? 'month' : isValidDate(year ?? 2000, month, day) ? 'day' : null
  return { calendar: 'gregorian', year, month, day, precision, yearInferred }
}

/**
 * A Hijri month or day, converted: a day to its Gregorian day; a month to the Gregorian month holding its
 * 15th (رمضان 1446 → 2025-03), as a month straddles two Gregorian ones. Unknown year, no publication date
 * → no value (a Hijri month has no fixed Gregorian month to write as `XXXX-MM`).
 */
export const placeHijri = (
  scan: Scan,
  index: number,
  month: number,
  day: number | null,
  part: YearPart | null,
): Placed => {
  let hijriYear = part?.year ?? null
  const today = publishedDay(scan)
  if (hijriYear === null && today !== null) {
    hijriYear = anchoredYear(month, day, anchorFor(scan, index, part?.direction ?? null), hijriOf(today))
  }
  const gregorian = hijriYear === null ? null : hijriToGregorian(hijriYear, month, day ?? 15)
  if (gregorian === null) {
    return { calendar: 'hijri', year: null, month: null, day: null, precision: null, yearInferred: false }
  }
  return {
    calendar: 'hijri',
    year: gregorian.year,
    month: gregorian.month,
    day: day === null ? null : gregorian.day,
    precision: day === null ? 'month' : 'day',
    yearInferred: false,
  }
}

/** A month (and day) in either calendar. */
export const placeDate = (
  scan: Scan,
  index: number,
  calendar: Calendar,
  month: number,
  day: number | null,
  part: YearPart | null,
  weekday: number | null,
): Placed =>
  calendar === 'hijri'
    ? placeHijri(scan, index, month, day, part)
    : placeGregorian(scan, index, month, day, part, weekday)
