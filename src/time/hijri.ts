/**
 * The Hijri calendar as Saudi Arabia's Umm al-Qura tables define it, through ICU (`Intl` with
 * `ca-islamic-umalqura`). ICU converts Gregorian → Hijri only, so a Hijri date is converted by estimating
 * its day with the mean month and checking the few days around it.
 */
import type { CalendarDate } from './calendar-date.js'
import { fromDayNumber } from './calendar-date.js'

const DAY_MS = 86_400_000
// Built once: creating a DateTimeFormat costs far more than formatting with it.
const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})

const CACHE_LIMIT = 10_000

/** Day number (days since 1970-01-01) of 1 Muharram 1 AH in the arithmetic calendar, 622-07-19. */
const EPOCH_DAY = -492_148
const MEAN_YEAR = 10_631 / 30
const MEAN_MONTH = 29.530_588

/**
 * The Umm al-Qura date of a day number.
 *
 * @example hijriOf(toDayNumber({ year: 2025, month: 3, day: 1 })) // { year: 1446, month: 9, day: 1 }
 */
export const hijriOf = (dayNumber: number): CalendarDate => {
  const cached = hijriCache.get(dayNumber)
  if (cached !== undefined) return cached
  const hijri = formatHijri(dayNumber)
  if (hijriCache.size >= CACHE_LIMIT) hijriCache.clear()
  hijriCache.set(dayNumber, hijri)
  return hijri
}

// ICU formatting costs microseconds; articles ask about the same few days (their publication day) again
// and again, so both directions are cached.
const hijriCache = new Map<number, CalendarDate>()

const formatHijri = (dayNumber: number): CalendarDate => {
  let year = 0
  let month = 0
  let day = 0
  for (const part of formatter.formatToParts(new Date(dayNumber * DAY_MS))) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10)
    else if (part.type === 'month') month = Number(part.value)
    else if (part.type === 'day') day = Number(part.value)
  }
  return Object.freeze({ year, month, day })
}

const cache = new Map<number, number | null>()

/**
 * The day number of an Umm al-Qura date, or null when that day does not exist (a 30th in a 29-day month).
 *
 * @example fromDayNumber(hijriToDayNumber(1446, 9, 1)!) // { year: 2025, month: 3, day: 1 }
 */
export const hijriToDayNumber = (year: number, month: number, day: number): number | null => {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null
  const cacheKey = (year * 13 + month) * 31 + day
  const cached = cache.get(cacheKey)
  if (cached !== undefined) return cached
  const estimate = Math.round(EPOCH_DAY + (year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH + day - 1)
  let found: number | null = null
  // The estimate is within two days of the tables; five each way is a wide margin.
  for (let offset = 0; offset <= 5 && found === null; offset++) {
    for (const candidate of offset === 0 ? [estimate] : [estimate - offset, estimate + offset]) {
      const hijri = hijriOf(candidate)
      if (hijri.year === year && hijri.month === month && hijri.day === day) {
        found = candidate
        break
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(cacheKey, found)
  return found
}

/**
 * A Hijri date as a Gregorian one, or null when the day does not exist.
 *
 * @example hijriToGregorian(1445, 12, 10) // { year: 2024, month: 6, day: 16 }
 */
export const hijriToGregorian = (year: number, month: number, day: number): CalendarDate | null => {
  const dayNumber = hijriToDayNumber(year, month, day)
  return dayNumber === null ? null : fromDayNumber(dayNumber)
}
