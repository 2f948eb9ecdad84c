/**
 * Days named from publication: أمس، اليوم، غداً، أول أمس، بعد غد، الليلة، يوم الغد; and weekdays: يوم
 * الثلاثاء، الثلاثاء الماضي، الأحد المقبل. Either may be followed by the date it names (أمس الاثنين 19
 * آب، الثلاثاء (4 آذار)، الثلاثاء الموافق 4/3/2025): then the written date is the value.
 */
import { anchorFor, publishedDay, weekdayDay } from './anchor.js'
import { fromDayNumber } from './calendar-date.js'
import { readDayDate } from './read-day-date.js'
import { readNumericDate } from './read-numeric-date.js'
import { type Reading, unplacedReading } from './reading.js'
import { endBefore, hasPhraseAt, isMarkAt, keyAt, phraseAt, plainPhraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

/** A written date after a weekday or relative day, with the comma, bracket or الموافق before it. */
const followingDate = (scan: Scan, index: number, weekday: number | null): Reading | null => {
  let at = index
  const opens = isMarkAt(scan, at, '(')
  if (opens || isMarkAt(scan, at, ',')) at++
  const agreeing = phraseAt(scan, at, KIND.agreeing)
  if (agreeing !== undefined) at = agreeing.next
  const found = readDayDate(scan, at, weekday) ?? readNumericDate(scan, at)
  if (found === null || found.length !== 1) return null
  const date = found[0]!
  if (!opens) return date
  if (!isMarkAt(scan, date.next, ')')) return null
  return { ...date, next: date.next + 1, end: endBefore(scan, date.next + 1) }
}

/** The reading of a day at `offset` days from publication, or an unplaced one. */
const dayReading = (
  scan: Scan,
  first: number,
  next: number,
  start: number,
  dayNumber: number | null,
): Reading => {
  const reading = unplacedReading(first, next, start, endBefore(scan, next), 'relative')
  if (dayNumber === null) return reading
  const { year, month, day } = fromDayNumber(dayNumber)
  return { ...reading, year, month, day, precision: 'day' }
}

/** A weekday naming the same day after a relative day, in brackets, quotes or after a comma. */
const confirmingWeekday = (scan: Scan, index: number): number => {
  // أمس الاثنين، اليوم (الأحد)، اليوم «الاثنين»، مساء غد، الثلاثاء
  const opens = isMarkAt(scan, index, '("')
  const comma = !opens && isMarkAt(scan, index, ',')
  const weekday = plainPhraseAt(scan, opens || comma ? index + 1 : index, KIND.weekday)
  if (weekday === undefined) return index
  if (!opens) return weekday.next
  return isMarkAt(scan, weekday.next, ')"') ? weekday.next + 1 : index
}

/**
 * A relative day at `index`; `afterDayWord` when يوم or a time of day came first (يوم الغد، صباح الغد).
 *
 * @example 'أمس' published 2025-03-01 → [{ year: 2025, month: 2, day: 28, precision: 'day' }]
 */
export const readRelativeDay = (scan: Scan, index: number, afterDayWord: boolean): Reading[] | null => {
  const hit = phraseAt(scan, index, KIND['relative-day'])
  if (hit === undefined || (hit.word.bound && !afterDayWord)) return null
  // اليوم التالي، اليوم نفسه، اليوم الوطني: a day of the story or a name, not today.
  if (hit.word.number === 0 && phraseAt(scan, hit.next, KIND.weekday) === undefined) {
    if (plainPhraseAt(scan, hit.next, KIND.anaphor) !== undefined || keyAt(scan, hit.next).startsWith('ال'))
      return null
    // هذا اليوم is today in news (طقس هذا اليوم); ذلك اليوم is a day of the story.
    if (hit.next === index + 1 && hasPhraseAt(scan, index - 1, KIND.anaphor)) return null
  }
  const next = confirmingWeekday(scan, hit.next)
  const date = followingDate(scan, next, null)
  if (date !== null) return [{ ...date, first: index, start: hit.start }]
  const today = publishedDay(scan)
  return [dayReading(scan, index, next, hit.start, today === null ? null : today + hit.word.number)]
}

/**
 * A weekday at `index`: the nearest one on or before publication (news is told in the past), strictly
 * before with الماضي, after with المقبل/القادم or a future cue in the clause.
 *
 * @example 'يوم الثلاثاء' published 2025-08-20 (a Wednesday) → 2025-08-19
 */
export const readWeekday = (scan: Scan, index: number): Reading[] | null => {
  const hit = phraseAt(scan, index, KIND.weekday)
  if (hit === undefined) return null
  const direction = plainPhraseAt(scan, hit.next, KIND.direction)
  const next = direction?.next ?? hit.next
  // يوم (الخميس) 20 أغسطس: the weekday in brackets, the date after them.
  const bracketed = direction === undefined && isMarkAt(scan, index - 1, '(') && isMarkAt(scan, next, ')')
  const date = followingDate(scan, bracketed ? next + 1 : next, hit.word.number)
  if (date !== null) {
    return [
      {
        ...date,
        first: bracketed ? index - 1 : index,
        start: bracketed ? scan.tokens[index - 1]!.start : hit.start,
      },
    ]
  }
  const today = publishedDay(scan)
  const anchor = anchorFor(scan, index, direction?.word.number ?? null)
  return [
    dayReading(
      scan,
      index,
      next,
      hit.start,
      today === null ? null : weekdayDay(hit.word.number, anchor, today),
    ),
  ]
}
