/**
 * Placing what the text leaves open against the publication date. News writes in the past tense, so a
 * date without a year, or a bare weekday, is the most recent one on or before publication (published
 * 2025-08-20: كانون الأول → 2024-12, الثامن من كانون الأول → 2024-12-08, يوم الثلاثاء → 2025-08-19).
 * الماضي makes it strictly before, المقبل/القادم strictly after, الجاري/الحالي the current one, and a
 * future cue in the clause (سوف، من المقرر، ستعقد) makes it the nearest on or after.
 */
import { type CalendarDate, fromDayNumber, isValidDate, toDayNumber, weekdayOf } from './calendar-date.js'
import { hasPhraseAt, isMarkAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

export type Anchor = 'on-or-before' | 'before' | 'same' | 'after' | 'on-or-after'

/** How far back a future cue is looked for, in tokens: about one clause. */
const FUTURE_WINDOW = 8

/** Whether a future cue (سوف، المقرر، ستعقد …) stands a few words before token `index` in its sentence. */
export const hasFutureCue = (scan: Scan, index: number): boolean => {
  for (let at = index - 1; at >= 0 && at >= index - FUTURE_WINDOW; at--) {
    if (isMarkAt(scan, at, '.!?;:')) return false
    if (hasPhraseAt(scan, at, KIND['future-cue'])) return true
  }
  return false
}

/** The anchor a direction word gives (−1 الماضي, 0 الجاري, 1 المقبل), or the default for the clause. */
export const anchorFor = (scan: Scan, index: number, direction: number | null): Anchor => {
  if (direction === null) return hasFutureCue(scan, index) ? 'on-or-after' : 'on-or-before'
  return direction < 0 ? 'before' : direction > 0 ? 'after' : 'same'
}

/**
 * The year of a yearless month (and day) relative to a reference date in the same calendar.
 *
 * @example anchoredYear(12, 8, 'on-or-before', { year: 2025, month: 8, day: 20 }) // 2024
 */
export const anchoredYear = (
  month: number,
  day: number | null,
  anchor: Anchor,
  reference: CalendarDate,
): number => {
  const compared = day === null ? month - reference.month : month - reference.month || day - reference.day
  switch (anchor) {
    case 'on-or-before':
      return compared <= 0 ? reference.year : reference.year - 1
    case 'before':
      return compared < 0 ? reference.year : reference.year - 1
    case 'after':
      return compared > 0 ? reference.year : reference.year + 1
    case 'on-or-after':
      return compared >= 0 ? reference.year : reference.year + 1
    default:
      return reference.year
  }
}

/** As `anchoredYear` for a Gregorian date, stepping on past years where 29 February does not exist. */
export const anchoredGregorianYear = (
  month: number,
  day: number | null,
  anchor: Anchor,
  reference: CalendarDate,
): number => {
  let year = anchoredYear(month, day, anchor, reference)
  const step = anchor === 'after' || anchor === 'on-or-after' ? 1 : -1
  for (let tries = 0; day !== null && tries < 8 && !isValidDate(year, month, day); tries++) year += step
  return year
}

/**
 * The day number of a weekday (0 = Sunday) relative to the publication day.
 *
 * @example fromDayNumber(weekdayDay(2, 'on-or-before', toDayNumber({ year: 2025, month: 8, day: 20 })))
 *   // { year: 2025, month: 8, day: 19 }: the Tuesday before a Wednesday
 */
export const weekdayDay = (weekday: number, anchor: Anchor, publishedDay: number): number => {
  const back = (weekdayOf(publishedDay) - weekday + 7) % 7
  const ahead = (weekday - weekdayOf(publishedDay) + 7) % 7
  switch (anchor) {
    case 'before':
      return publishedDay - (back === 0 ? 7 : back)
    case 'after':
      return publishedDay + (ahead === 0 ? 7 : ahead)
    case 'on-or-after':
      return publishedDay + ahead
    default:
      return publishedDay - back
  }
}

/** A value that is certain at its precision: the month, else the year, a span of days lies in. */
export interface SpanValue {
  readonly year: number | null
  readonly month: number | null
  readonly precision: 'month' | 'year' | null
}

/**
 * The value of a span of days `[first, last]`: there is no week precision, so "last week" gets the month
 * when all its days fall in one month, the year when they fall in one year, and no value otherwise.
 *
 * @example spanValue(toDayNumber(…2025-08-13), toDayNumber(…2025-08-19)) // { year: 2025, month: 8, precision: 'month' }
 */
export const spanValue = (first: number, last: number): SpanValue => {
  const from = fromDayNumber(first)
  const to = fromDayNumber(last)
  if (from.year !== to.year) return { year: null, month: null, precision: null }
  if (from.month !== to.month) return { year: from.year, month: null, precision: 'year' }
  return { year: from.year, month: from.month, precision: 'month' }
}

/** The days of the week a direction points at: the seven before publication, after it, or around it. */
export const weekSpan = (direction: number, publishedDay: number): [number, number] =>
  direction < 0
    ? [publishedDay - 7 * -direction, publishedDay - 7 * -direction + 6]
    : direction > 0
      ? [publishedDay + 7 * direction - 6, publishedDay + 7 * direction]
      : [publishedDay - 3, publishedDay + 3]

/** The publication day number, or null when the date is unknown. */
export const publishedDay = (scan: Scan): number | null =>
  scan.published === null ? null : toDayNumber(scan.published)
