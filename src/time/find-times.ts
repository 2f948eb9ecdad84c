/**
 * Finding time expressions: one left-to-right pass over the tokens. At each token the readers are tried
 * in a fixed order, first without modifiers (so أول أمس is read before أول, the part word), then after
 * any modifiers; the first reading wins and the scan goes on after it, so expressions never overlap.
 */
import type { TimeExpression } from '../pipeline/analysis.js'
import type { Token } from '../text/token.js'
import { formatTimeValue, parseIsoDate } from './calendar-date.js'
import { Modifier, readModifiers } from './modifiers.js'
import { alignRestatements, shareRangeYears } from './range-years.js'
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

/** Everything that can start at token `index`, or null. */
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
