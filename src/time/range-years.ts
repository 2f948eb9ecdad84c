/**
 * Years shared between neighbouring dates after the scan: a range's ends (من كانون الأول إلى شباط 2025)
 * and a Gregorian date restating a Hijri one (13 صفر المقبل (25 نوفمبر)) agree on the year the text
 * writes once, instead of each taking the past-tense rule's.
 */
import { toDayNumber } from './calendar-date.js'
import type { Reading } from './reading.js'
import { DASHES, isMarkAt, phraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

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
export const shareRangeYears = (scan: Scan, readings: Reading[]): void => {
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
export const alignRestatements = (scan: Scan, readings: Reading[]): void => {
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
