/**
 * Dates in digits: 8/12/2024، ٨/١٢/٢٠٢٤، 08.12.2024، 2024-12-08، 15/9/1446 هـ. Day first, as Arab usage
 * writes them; a year first means year-month-day. A Hijri year (هـ, or 1300-1500 with no marker: no
 * Gregorian news date is that old) is converted through Umm al-Qura.
 */
import { isValidDate } from './calendar-date.js'
import { hijriToGregorian } from './hijri.js'
import { yearMarkerAt } from './month-name.js'
import type { Reading } from './reading.js'
import { DASHES, endBefore, integerAt, isMarkAt, type Scan } from './scan.js'

/** Spaces allowed on either side of a dash in a date (one, and one for a stray double space). */
const MAX_DASH_GAP = 2

interface Parts {
  readonly values: [number, number, number]
  /** Whether the first part has four digits (year first). */
  readonly yearFirst: boolean
  readonly next: number
}

/** Splits one number token like `8/12/2024` or `08.12.2024` into three parts; null otherwise. */
const splitToken = (folded: string): [number[], number[]] | null => {
  const values = [0]
  const digits = [0]
  let separator = ''
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index)
    if (code >= 48 && code <= 57) {
      values[values.length - 1] = values[values.length - 1]! * 10 + code - 48
      digits[digits.length - 1]!++
      continue
    }
    const mark = folded[index]!
    if ((mark !== '/' && mark !== '.') || (separator !== '' && mark !== separator) || values.length === 3)
      return null
    separator = mark
    values.push(0)
    digits.push(0)
  }
  return values.length === 3 ? [values, digits] : null
}

const readParts = (scan: Scan, index: number): Parts | null => {
  const token = scan.tokens[index]
  if (token === undefined || token.kind !== 'number') return null
  const folded = token.folded
  const split =
    folded.length >= 5 && (folded.includes('/') || folded.includes('.')) ? splitToken(folded) : null
  if (split !== null) {
    const [values, digits] = split
    if (digits.some((count) => count === 0 || count > 4) || (digits[0] !== 4 && digits[2] !== 4)) return null
    return { values: values as [number, number, number], yearFirst: digits[0] === 4, next: index + 1 }
  }
  // 2024-12-08: three number tokens joined by dashes; the year (four digits) at either end.
  const tokens = scan.tokens
  const yearFirst = folded.length === 4
  if (!yearFirst && (folded.length > 2 || tokens[index + 4]?.folded.length !== 4)) return null
  for (let offset = 1; offset <= 4; offset++) {
    const part = tokens[index + offset]
    // 25 - 1 - 1427هـ: the Saudi press spaces the dashes; a wider gap is no date.
    if (part === undefined || part.start - tokens[index + offset - 1]!.end > MAX_DASH_GAP) return null
    if (offset % 2 === 1 ? !isMarkAt(scan, index + offset, DASHES) : integerAt(scan, index + offset) < 0)
      return null
  }
  const values: [number, number, number] = [
    integerAt(scan, index),
    integerAt(scan, index + 2),
    integerAt(scan, index + 4),
  ]
  if (values[0] < 0) return null
  return { values, yearFirst, next: index + 5 }
}

/**
 * A numeric date at token `index`.
 *
 * @example '8/12/2024' → [{ year: 2024, month: 12, day: 8, precision: 'day', calendar: 'gregorian' }]
 */
export const readNumericDate = (scan: Scan, index: number): Reading[] | null => {
  const parts = readParts(scan, index)
  if (parts === null) return null
  const [a, b, c] = parts.values
  const year = parts.yearFirst ? a : c
  let month = b
  let day = parts.yearFirst ? c : a
  // 12/31/2024 can only be month first.
  if (month > 12 && day <= 12) [month, day] = [day, month]
  const marker = yearMarkerAt(scan, parts.next)
  const next = marker?.next ?? parts.next
  const hijri = marker !== undefined ? marker.word.value === 'hijri' : year >= 1300 && year <= 1500
  const base = {
    first: index,
    next,
    start: scan.tokens[index]!.start,
    end: endBefore(scan, next),
    kind: 'date' as const,
  }
  const gregorian = hijri ? hijriToGregorian(year, month, day) : { year, month, day }
  if (gregorian === null || month < 1 || month > 12 || day < 1 || day > 31) return null
  if (!hijri && !isValidDate(year, month, day)) return null
  return [
    { ...base, calendar: hijri ? 'hijri' : 'gregorian', ...gregorian, precision: 'day', yearInferred: false },
  ]
}
