/**
 * Years: عام 2024، العام 2024، سنة 2024، 2024 م، عام 1446 هـ، a bare year after في/منذ/حتى or a
 * modifier (في 2024، مطلع 2024), and year ranges (بين عامي 2011 و2014، من 2011 إلى 2014، 2011-2014),
 * read as two years. A Hijri year becomes the Gregorian year holding its middle (1 Rajab).
 */
import type { Calendar } from '../vocabulary/modalities.js'
import { hijriToGregorian } from './hijri.js'
import { afterYearMarker, yearMarkerAt, yearNumberAt } from './month-name.js'
import type { Reading } from './reading.js'
import {
  DASHES,
  endBefore,
  hitsAt,
  integerAt,
  isMarkAt,
  keyAt,
  phraseAt,
  plainPhraseAt,
  type Scan,
} from './scan.js'
import { KIND } from './time-word.js'

/** Bare four-digit numbers count as years only in this range (في 2000 غارة is not a year). */
const BARE_FIRST = 1900
const BARE_LAST = 2100

/** A year reading from token `first` (a year word, or the number itself) through the number at `number`. */
const yearReading = (
  scan: Scan,
  first: number,
  number: number,
  start: number,
  year: number,
  hijri: boolean,
): Reading => {
  const next = afterYearMarker(scan, number + 1)
  const gregorianYear = hijri ? (hijriToGregorian(year, 7, 1)?.year ?? null) : year
  return {
    first,
    next,
    start,
    end: endBefore(scan, next),
    kind: 'date',
    calendar: hijri ? 'hijri' : 'gregorian',
    year: gregorianYear,
    month: null,
    day: null,
    precision: gregorianYear === null ? null : 'year',
    yearInferred: false,
  }
}

const calendarAfter = (scan: Scan, index: number): Calendar | null => {
  const marker = yearMarkerAt(scan, index)
  return marker === undefined ? null : marker.word.value === 'hijri' ? 'hijri' : 'gregorian'
}

/** A year number (Hijri when a هـ follows) at `index`, or -1. */
const yearAt = (scan: Scan, index: number): { year: number; hijri: boolean } | null => {
  const hijri = calendarAfter(scan, index + 1) === 'hijri'
  const year = yearNumberAt(scan, index, hijri ? 'hijri' : 'gregorian')
  if (year >= 0) return { year, hijri }
  // 650 ميلادي: an era written as a word makes a short number a year (a bare م may be metres or p.m.).
  const era = yearMarkerAt(scan, index + 1)
  const short = integerAt(scan, index)
  if (era === undefined || era.word.value !== 'gregorian' || keyAt(scan, index + 1) === 'م' || short < 1)
    return null
  return { year: short, hijri: false }
}

/** The second end of a year range after `reading`: و2014، إلى 2014، -2014. */
const rangeEnd = (scan: Scan, reading: Reading): Reading | null => {
  let at = reading.next
  const join = phraseAt(scan, at, KIND['range-join'])
  if (join !== undefined) at = join.next
  else if (isMarkAt(scan, at, DASHES)) at++
  else return null
  const found = yearAt(scan, at)
  if (found === null || found.hijri !== (reading.calendar === 'hijri')) return null
  return yearReading(scan, at, at, scan.tokens[at]!.start, found.year, found.hijri)
}

const withRangeEnd = (scan: Scan, reading: Reading): Reading[] => {
  const end = rangeEnd(scan, reading)
  return end === null ? [reading] : [reading, end]
}

/** Whether the token before `index` is a preposition that makes a bare number a year (في، منذ، وفي). */
const licensedBefore = (scan: Scan, index: number): boolean => {
  for (const hit of hitsAt(scan, index - 1))
    if (hit.word.kind === 'year-licence' && hit.length === 1) return true
  return false
}

/** 2011-2014 written tight: a year range wherever it stands, as no count or score is written so. */
const dashedRange = (scan: Scan, index: number, year: number): boolean => {
  const tokens = scan.tokens
  if (!isMarkAt(scan, index + 1, DASHES) || tokens[index + 2]?.folded.length !== 4) return false
  if (tokens[index + 1]!.start !== tokens[index]!.end || tokens[index + 2]!.start !== tokens[index + 1]!.end)
    return false
  const other = integerAt(scan, index + 2)
  return other > year && other <= BARE_LAST
}

/**
 * A year reading at token `index`; `licensed` when a part modifier (مطلع، صيف) came first.
 *
 * @example 'بين عامي 2011 و2014' at عامي → two readings, 2011 and 2014
 */
export const readYear = (scan: Scan, index: number, licensed: boolean): Reading[] | null => {
  const token = scan.tokens[index]
  if (token === undefined) return null
  const yearWord = phraseAt(scan, index, KIND['year-word'])
  if (yearWord !== undefined) {
    const found = yearAt(scan, yearWord.next)
    if (found === null) return null
    return withRangeEnd(
      scan,
      yearReading(scan, index, yearWord.next, yearWord.start, found.year, found.hijri),
    )
  }
  // من 2011 إلى 2014: the range opener makes both bare numbers years.
  if (phraseAt(scan, index, KIND['range-start']) !== undefined) {
    const year = integerAt(scan, index + 1)
    if (year < BARE_FIRST || year > BARE_LAST || scan.tokens[index + 1]!.folded.length !== 4) return null
    const reading = yearReading(scan, index + 1, index + 1, scan.tokens[index + 1]!.start, year, false)
    const ends = withRangeEnd(scan, reading)
    return ends.length === 2 ? ends : null
  }
  const found = yearAt(scan, index)
  if (found === null) return null
  const bare = found.year >= BARE_FIRST && found.year <= BARE_LAST && token.folded.length === 4
  // 1000 م may be a thousand metres: a lone م marks a year only where a bare number would be one.
  if (keyAt(scan, index + 1) === 'م' && !bare) return null
  if (calendarAfter(scan, index + 1) === null) {
    if (
      !bare ||
      !(licensed || licensedBefore(scan, index) || dashedRange(scan, index, found.year)) ||
      plainPhraseAt(scan, index + 1, KIND.unit) !== undefined
    ) {
      return null
    }
  }
  return withRangeEnd(scan, yearReading(scan, index, index, token.start, found.year, found.hijri))
}
