/**
 * A reading: what a date reader found at some tokens, before it becomes a `TimeExpression`. Fields are
 * Gregorian once read (a Hijri date is converted when read), so ranges can be adjusted in one place.
 */
import type { Calendar, TimePrecision } from '../vocabulary/modalities.js'
import type { TimeKind } from './time-kind.js'

export interface Reading {
  /** Token indexes: the first token and the one after the last. */
  first: number
  next: number
  /** `[start, end)` in the text. */
  start: number
  end: number
  kind: TimeKind
  calendar: Calendar
  year: number | null
  month: number | null
  day: number | null
  /** The precision of the value, null when there is none (durations, or nothing to resolve against). */
  precision: TimePrecision | null
  /** The year was inferred from publication, not written: a range end with a written year may lend it. */
  yearInferred: boolean
}

/** A reading with no calendar value (durations, vague times, relative times with no publication date). */
export const unplacedReading = (
  first: number,
  next: number,
  start: number,
  end: number,
  kind: TimeKind,
): Reading => ({
  first,
  next,
  start,
  end,
  kind,
  calendar: 'gregorian',
  year: null,
  month: null,
  day: null,
  precision: null,
  yearInferred: false,
})
