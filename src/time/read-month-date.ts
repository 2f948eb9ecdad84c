/**
 * Months without a day: كانون الأول، ديسمبر 2024، كانون الأول/ديسمبر من العام الماضي، آب الماضي، شهر
 * رمضان، غرة شوال (its first day). An everyday-word month (آب، مارس، رمضان) needs a context: شهر, a
 * modifier (مطلع), a year or direction after it, or a combined form.
 */
import { readMonthName, readYearPart } from './month-name.js'
import { placeDate, publishedYear } from './place-date.js'
import type { Reading } from './reading.js'
import { endBefore, type Scan } from './scan.js'

export interface MonthContext {
  /** شهر, or a part modifier (مطلع، منتصف، أواخر) came first. */
  readonly licensed: boolean
  /** غرة came first: the month's first day. */
  readonly firstDay: boolean
}

/**
 * A month reading at token `index`.
 *
 * @example 'كانون الأول' published 2025-08-20 → [{ year: 2024, month: 12, precision: 'month' }]
 */
export const readMonthDate = (scan: Scan, index: number, context: MonthContext): Reading[] | null => {
  const month = readMonthName(scan, index)
  if (month === null) return null
  const part = readYearPart(scan, month.next, month.calendar, (calendar) => publishedYear(scan, calendar))
  if (month.bound && !context.licensed && !context.firstDay && part === null) return null
  const next = part?.next ?? month.next
  const placed = placeDate(scan, index, month.calendar, month.month, context.firstDay ? 1 : null, part, null)
  return [{ first: index, next, start: month.start, end: endBefore(scan, next), kind: 'date', ...placed }]
}
