/**
 * Month names with what follows them: a combined form (كانون الأول/ديسمبر، ديسمبر (كانون الأول)) and a
 * year part (2024، عام 2024، من العام الماضي، الماضي، 1446 هـ).
 */
import type { Calendar } from '../vocabulary/modalities.js'
import {
  DASHES,
  integerAt,
  isMarkAt,
  keyAt,
  type PhraseHit,
  phraseAt,
  plainPhraseAt,
  type Scan,
} from './scan.js'
import { KIND } from './time-word.js'

const MONTH_KINDS = KIND.month | KIND['hijri-month']

export interface MonthName {
  readonly calendar: Calendar
  readonly month: number
  readonly first: number
  readonly next: number
  readonly start: number
  /** An everyday word (آب، مارس، رمضان) not confirmed by a combined form: it needs a date context. */
  readonly bound: boolean
}

/**
 * The month name at token `index`, extended over a combined form in another vocabulary.
 *
 * @example readMonthName(scan, index) // كانون الأول/ديسمبر → { calendar: 'gregorian', month: 12, bound: false, … }
 */
export const readMonthName = (scan: Scan, index: number): MonthName | null => {
  const hit = phraseAt(scan, index, MONTH_KINDS)
  if (hit === undefined) return null
  const calendar: Calendar = hit.word.kind === 'hijri-month' ? 'hijri' : 'gregorian'
  const month = hit.word.number
  let next = hit.next
  let bound = hit.word.bound
  // يونيو حزيران: news agencies write the two names side by side.
  const beside = phraseAt(scan, next, hit.word.bit)
  if (
    beside !== undefined &&
    beside.word.number === month &&
    beside.word.vocabulary !== hit.word.vocabulary
  ) {
    return { calendar, month, first: index, next: beside.next, start: hit.start, bound: false }
  }
  const opens = isMarkAt(scan, next, '(')
  if (opens || isMarkAt(scan, next, '/' + DASHES)) {
    const partner = phraseAt(scan, next + 1, hit.word.bit)
    if (
      partner !== undefined &&
      partner.word.number === month &&
      (!opens || isMarkAt(scan, partner.next, ')'))
    ) {
      next = opens ? partner.next + 1 : partner.next
      bound = false
    }
  }
  return { calendar, month, first: index, next, start: hit.start, bound }
}

export interface YearPart {
  /** The year written (in the month's calendar), or counted from publication (من العام الماضي). */
  readonly year: number | null
  readonly written: boolean
  /** الماضي / المقبل / الجاري right after the month, for the anchor rule. */
  readonly direction: number | null
  readonly next: number
}

/** A year number in a calendar: four digits Gregorian, three or four Hijri (up to 1600). */
export const yearNumberAt = (scan: Scan, index: number, calendar: Calendar): number => {
  const value = integerAt(scan, index)
  if (calendar === 'hijri') return value >= 100 && value <= 1600 ? value : -1
  return value >= 1000 && scan.tokens[index]!.folded.length === 4 ? value : -1
}

/** The token after a year marker (هـ، م، ميلادي) at `index`, or `index` when there is none. */
export const afterYearMarker = (scan: Scan, index: number): number => yearMarkerAt(scan, index)?.next ?? index

/**
 * The year marker (هـ، م، ميلادي) at `index`, unless a digit is glued to it: م3 and م2 are cubic and
 * square metres (1000م3/يوم), not a year.
 */
export const yearMarkerAt = (scan: Scan, index: number): PhraseHit | undefined => {
  const marker = plainPhraseAt(scan, index, KIND['year-marker'])
  const after = scan.tokens[marker?.next ?? -1]
  if (
    marker === undefined ||
    (after?.kind === 'number' && after.start === scan.tokens[marker.next - 1]!.end)
  ) {
    return undefined
  }
  return marker
}

/** The current-year counterpart of the publication date in a calendar (Hijri needs converting). */
type YearOf = (calendar: Calendar) => number | null

/**
 * The year part after a month name at `index`, or null when none is there.
 *
 * @example 'من العام الماضي' published 2025-08-20 → { year: 2024, written: false, direction: null, … }
 */
export const readYearPart = (
  scan: Scan,
  index: number,
  calendar: Calendar,
  yearOf: YearOf,
): YearPart | null => {
  const direction = plainPhraseAt(scan, index, KIND.direction)
  if (direction !== undefined) {
    return { year: null, written: false, direction: direction.word.number, next: direction.next }
  }
  const written = yearNumberAt(scan, index, calendar)
  if (written >= 0)
    return { year: written, written: true, direction: null, next: afterYearMarker(scan, index + 1) }
  let at = keyAt(scan, index) === 'من' ? index + 1 : index
  const thisWord = plainPhraseAt(scan, at, KIND.this)
  if (thisWord !== undefined) at = thisWord.next
  const yearWord = plainPhraseAt(scan, at, KIND['year-word'])
  if (yearWord === undefined) return null
  const number = thisWord === undefined ? yearNumberAt(scan, yearWord.next, calendar) : -1
  if (number >= 0)
    return { year: number, written: true, direction: null, next: afterYearMarker(scan, yearWord.next + 1) }
  const relative = thisWord === undefined ? plainPhraseAt(scan, yearWord.next, KIND.direction) : undefined
  if (thisWord === undefined && relative === undefined) return null
  const current = yearOf(calendar)
  return {
    year: current === null ? null : current + (relative?.word.number ?? 0),
    written: false,
    direction: null,
    next: relative?.next ?? yearWord.next,
  }
}
