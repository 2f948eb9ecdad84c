/**
 * Finding time expressions: one left-to-right pass over the tokens. At each token the readers are tried
 * in a fixed order, first without modifiers (so أول أمس is read before أول, the part word), then after
 * any modifiers; the first reading wins and the scan goes on after it, so expressions never overlap.
 */
import type { TimeExpression } from '../pipeline/analysis.js'
import type { Token } from '../text/token.js'
import { formatTimeValue, parseIsoDate, toDayNumber } from './calendar-date.js'
import { Modifier, readModifiers } from './modifiers.js'
import { readDayDate } from './read-day-date.js'
import { readDuration } from './read-duration.js'
import { readMonthDate } from './read-month-date.js'
import { readNumericDate } from './read-numeric-date.js'
import { readPeriod } from './read-period.js'
import { readRelativeDay, readWeekday } from './read-relative.js'
import { readYear } from './read-year.js'
import type { Reading } from './reading.js'
import { createScan, DASHES, isMarkAt, keyAt, kindsAt, phraseAt, type Scan } from './scan.js'
import type { TimeKind } from './time-kind.js'
import { timeVocabulary } from './time-vocabulary.js'
import { KIND } from './time-word.js'

/** A time expression with its kind (an extension field: date, relative, duration or vague). */
export interface FoundTime extends TimeExpression {
  readonly kind: TimeKind
}

const { part, timeOfDay, dayWord, monthWord, firstDay, listed } = Modifier

/** The readers of a date core, with the modifiers each accepts. */
const CORE_READERS: ReadonlyArray<{
  readonly accepts: number
  readonly read: (scan: Scan, index: number, flags: number) => Reading[] | null
}> = [
  {
    accepts: part | timeOfDay | dayWord,
    read: (scan, index, flags) => readRelativeDay(scan, index, (flags & ~listed) !== 0),
  },
  { accepts: part | timeOfDay | dayWord, read: (scan, index) => readWeekday(scan, index) },
  { accepts: part | timeOfDay | dayWord, read: (scan, index) => readNumericDate(scan, index) },
  { accepts: part | timeOfDay | dayWord, read: (scan, index) => readDayDate(scan, index) },
  {
    accepts: part | monthWord | firstDay,
    read: (scan, index, flags) =>
      readMonthDate(scan, index, {
        licensed: (flags & (part | monthWord | listed)) !== 0,
        firstDay: (flags & firstDay) !== 0,
      }),
  },
  { accepts: part, read: (scan, index, flags) => readYear(scan, index, (flags & part) !== 0) },
  { accepts: part, read: (scan, index, flags) => readPeriod(scan, index, (flags & part) !== 0) },
]

const readCore = (scan: Scan, index: number, flags: number): Reading[] | null => {
  for (const reader of CORE_READERS) {
    if ((flags & ~(reader.accepts | listed)) !== 0) continue
    const found = reader.read(scan, index, flags)
    if (found !== null) return found
  }
  return null
}

const readVague = (scan: Scan, index: number): Reading[] | null => {
  const hit = phraseAt(scan, index, KIND.vague)
  if (hit === undefined) return null
  return [
    {
      first: index,
      next: hit.next,
      start: hit.start,
      end: scan.tokens[hit.next - 1]!.end,
      kind: 'vague',
      calendar: 'gregorian',
      year: null,
      month: null,
      day: null,
      precision: null,
      yearInferred: false,
    },
  ]
}

/** Everything that can start at token `index`, or null. */
/**
 * Whether a number token can start a time: four or more characters (a year, 8/12/2024), or a word after
 * it (8 آذار، 48 ساعة، 3 و5 آذار), or a dash leading on to a day and a month (3-5 آذار) or a year
 * (25 - 1 - 1427هـ). Most numbers in text are none of these and cost one look.
 */
const numberMayStart = (tokens: readonly Token[], index: number): boolean => {
  if (tokens[index]!.folded.length >= 4) return true
  const next = tokens[index + 1]
  if (next === undefined) return false
  if (next.kind === 'word') return true
  if (next.kind !== 'punctuation' || !DASHES.includes(next.folded)) return false
  return (
    (tokens[index + 2]?.kind === 'number' && tokens[index + 3]?.kind === 'word') ||
    tokens[index + 4]?.folded.length === 4
  )
}

/** Whether token `index` may start a time at all: a number that may, a vocabulary word, or الـ (الـ15). */
const mayStart = (scan: Scan, index: number): boolean => {
  const token = scan.tokens[index]!
  if (token.kind === 'number') return numberMayStart(scan.tokens, index)
  return token.kind === 'word' && (kindsAt(scan, index) !== 0 || token.folded === 'ال')
}

const readAt = (scan: Scan, index: number, context: number): Reading[] | null => {
  const plain = readCore(scan, index, context)
  if (plain !== null) return plain
  const modifiers = readModifiers(scan, index)
  if (modifiers.flags !== 0) {
    const modified = readCore(scan, modifiers.next, modifiers.flags)
    if (modified !== null) {
      modified[0] = { ...modified[0]!, first: index, start: modifiers.start }
      return modified
    }
  }
  return readDuration(scan, index) ?? readVague(scan, index)
}

/** Whether token `index` continues a list after `last`: تموز وآب، تموز/آب، تموز أو آب. */
const listedAfter = (scan: Scan, last: Reading, index: number): boolean =>
  (last.next === index && keyAt(scan, index).startsWith('و')) ||
  (last.next === index - 1 && (isMarkAt(scan, index - 1, ',/') || keyAt(scan, index - 1) === 'او'))

/** Whether only range joiners (و، إلى، حتى، -) stand between two readings. */
const joined = (scan: Scan, left: Reading, right: Reading): boolean => {
  if (right.first - left.next > 2) return false
  for (let at = left.next; at < right.first; at++) {
    if (!isMarkAt(scan, at, DASHES + '/') && phraseAt(scan, at, KIND['range-join']) === undefined)
      return false
  }
  // و2014 and وآذار attach the joiner to the second end.
  return right.first > left.next || scan.tokens[right.first]!.start < right.start
}

/**
 * من كانون الثاني إلى آذار 2024: the first end has no year of its own and takes the second's (the year
 * before when its month comes later: من كانون الأول إلى شباط 2025 starts in 2024).
 */
const shareRangeYears = (scan: Scan, readings: Reading[]): void => {
  for (let index = 0; index + 1 < readings.length; index++) {
    const left = readings[index]!
    const right = readings[index + 1]!
    if (!left.yearInferred || left.month === null || left.calendar !== 'gregorian') continue
    if (right.yearInferred || right.year === null || right.month === null || right.calendar !== 'gregorian')
      continue
    if (!joined(scan, left, right)) continue
    const later =
      left.month > right.month || (left.month === right.month && (left.day ?? 0) > (right.day ?? 0))
    readings[index] = { ...left, year: later ? right.year - 1 : right.year, yearInferred: false }
  }
}

/** Whether only a bracket, comma or الموافق stands between two readings: the second restates the first. */
const restates = (scan: Scan, left: Reading, right: Reading): boolean => {
  if (right.first <= left.next || right.first - left.next > 3) return false
  let at = left.next
  while (at < right.first) {
    if (isMarkAt(scan, at, '(,')) at++
    else {
      const agreeing = phraseAt(scan, at, KIND.agreeing)
      if (agreeing === undefined) return false
      at = agreeing.next
    }
  }
  return at === right.first
}

/** The year putting `month`/`day` nearest to the day `anchor` (a Gregorian date restating it). */
const nearestYear = (anchor: Reading, month: number, day: number | null): number => {
  const target = toDayNumber({ year: anchor.year!, month: anchor.month!, day: anchor.day ?? 15 })
  let best = anchor.year!
  for (const year of [anchor.year! - 1, anchor.year! + 1]) {
    const distance = (candidate: number) =>
      Math.abs(toDayNumber({ year: candidate, month, day: day ?? 15 }) - target)
    if (distance(year) < distance(best)) best = year
  }
  return best
}

/**
 * 13 صفر المقبل (22 – 25 نوفمبر): a yearless Gregorian date restating a placed one takes the year nearest
 * it, not the past-tense rule's; a range end joined to a date with a year (written or so aligned) takes
 * that year, or the next when its month comes earlier.
 */
const alignRestatements = (scan: Scan, readings: Reading[]): void => {
  let aligned = -1
  for (let index = 1; index < readings.length; index++) {
    const left = readings[index - 1]!
    const right = readings[index]!
    if (!right.yearInferred || right.calendar !== 'gregorian' || right.month === null) continue
    if (left.year === null || left.month === null) continue
    if (restates(scan, left, right)) {
      readings[index] = { ...right, year: nearestYear(left, right.month, right.day), yearInferred: false }
      aligned = index
    } else if ((aligned === index - 1 || !left.yearInferred) && joined(scan, left, right)) {
      // من 8 كانون الأول 2024 إلى 3 كانون الثاني: the second end is on or after the first.
      const earlier =
        right.month < left.month || (right.month === left.month && (right.day ?? 0) < (left.day ?? 0))
      readings[index] = { ...right, year: earlier ? left.year + 1 : left.year, yearInferred: false }
      aligned = index
    }
  }
}

const toTime = (text: string, reading: Reading): FoundTime => {
  const value = formatTimeValue(reading.year, reading.month, reading.day, reading.precision)
  return {
    start: reading.start,
    end: reading.end,
    text: text.slice(reading.start, reading.end),
    value,
    precision: value === null ? null : reading.precision,
    calendar: reading.calendar,
    kind: reading.kind,
  }
}

/**
 * The time expressions of a text, resolved against its publication date (`YYYY-MM-DD`, or null: then a
 * yearless date is written `XXXX-12-08` and a relative one gets no value).
 *
 * @example
 *   const text = 'تصاعد التوتر منذ مطلع كانون الأول، بعد الثامن من كانون الأول'
 *   findTimes(text, tokenize(text), '2025-08-20')
 *   // [{ text: 'مطلع كانون الأول', value: '2024-12', precision: 'month', calendar: 'gregorian', … },
 *   //  { text: 'الثامن من كانون الأول', value: '2024-12-08', precision: 'day', … }]
 */
export const findTimes = (text: string, tokens: readonly Token[], published: string | null): FoundTime[] => {
  const scan = createScan(text, tokens, timeVocabulary().trie, parseIsoDate(published))
  const readings: Reading[] = []
  let index = 0
  while (index < tokens.length) {
    if (!mayStart(scan, index)) {
      index++
      continue
    }
    const skip = phraseAt(scan, index, KIND['not-time'])
    if (skip !== undefined) {
      index = skip.next
      continue
    }
    const last = readings[readings.length - 1]
    const context =
      last !== undefined && last.month !== null && listedAfter(scan, last, index) ? Modifier.listed : 0
    const found = readAt(scan, index, context)
    if (found === null) {
      index++
      continue
    }
    readings.push(...found)
    index = Math.max(index + 1, found[found.length - 1]!.next)
  }
  alignRestatements(scan, readings)
  shareRangeYears(scan, readings)
  return readings.map((reading) => toTime(text, reading))
}
