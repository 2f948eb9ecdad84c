/**
 * Gregorian calendar arithmetic on day numbers (days since 1970-01-01, UTC), which make "the day before"
 * and "the nearest Tuesday" plain integer sums across month and year boundaries.
 */
import type { TimePrecision } from '../vocabulary/modalities.js'

export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const DAY_MS = 86_400_000

/** @example isLeapYear(2024) // true; isLeapYear(2100) // false */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** @example daysInMonth(2024, 2) // 29 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0)

/** Whether `day` is a day of the month (a 31 شباط is not). */
export const isValidDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

/** @example toDayNumber({ year: 1970, month: 1, day: 2 }) // 1 */
export const toDayNumber = (date: CalendarDate): number => {
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  const moment = new Date(0)
  moment.setUTCFullYear(date.year, date.month - 1, date.day)
  return Math.round(moment.getTime() / DAY_MS)
}

/** @example fromDayNumber(0) // { year: 1970, month: 1, day: 1 } */
export const fromDayNumber = (dayNumber: number): CalendarDate => {
  const moment = new Date(dayNumber * DAY_MS)
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday, as in the weekday rows of `data/time/months.tsv`. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * Reads the `YYYY-MM-DD` at the start of a string (a full timestamp is fine); null when it is no real date.
 *
 * @example parseIsoDate('2025-08-20T10:00:00Z') // { year: 2025, month: 8, day: 20 }
 */
export const parseIsoDate = (value: string | null | undefined): CalendarDate | null => {
  const match = value == null ? null : ISO_DATE.exec(value)
  if (match === null) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isValidDate(date.year, date.month, date.day) ? date : null
}

/** Month arithmetic: the month `delta` months after `year`-`month`. */
export const addMonths = (year: number, month: number, delta: number): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/**
 * An ISO 8601 value at a precision, `XXXX` standing for an unknown year (CONTRACT.md §2).
 *
 * @example
 *   formatTimeValue(2024, 12, 8, 'day')    // '2024-12-08'
 *   formatTimeValue(null, 12, null, 'month') // 'XXXX-12'
 *   formatTimeValue(null, null, null, 'year') // null: a year alone cannot be unknown
 */
export const formatTimeValue = (
  year: number | null,
  month: number | null,
  day: number | null,
  precision: TimePrecision | null,
): string | null => {
  if (precision === null) return null
  const yearText = year === null ? 'XXXX' : pad(year, 4)
  if (precision === 'year') return year === null ? null : yearText
  if (month === null) return null
  if (precision === 'month') return `${yearText}-${pad(month, 2)}`
  return day === null ? null : `${yearText}-${pad(month, 2)}-${pad(day, 2)}`
}
