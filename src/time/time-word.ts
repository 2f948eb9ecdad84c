/**
 * The entries of the time vocabulary (`data/time/months.tsv` and `data/time/words.tsv`): one phrase each,
 * with the role it plays in the date grammar.
 */

/**
 * What a phrase is to the date grammar (the data files' headers describe each kind), as one bit each:
 * a token's kinds are one number and a lookup is one AND, with no string compared in the scan.
 */
export const KIND = {
  month: 1 << 0,
  'hijri-month': 1 << 1,
  weekday: 1 << 2,
  ordinal: 1 << 3,
  'relative-day': 1 << 4,
  period: 1 << 5,
  this: 1 << 6,
  direction: 1 << 7,
  part: 1 << 8,
  'first-day': 1 << 9,
  'time-of-day': 1 << 10,
  'day-word': 1 << 11,
  'month-word': 1 << 12,
  'year-word': 1 << 13,
  'year-marker': 1 << 14,
  unit: 1 << 15,
  'number-word': 1 << 16,
  approximately: 1 << 17,
  'duration-cue': 1 << 18,
  shift: 1 << 19,
  'range-start': 1 << 20,
  'range-join': 1 << 21,
  'year-licence': 1 << 22,
  agreeing: 1 << 23,
  anaphor: 1 << 24,
  'future-cue': 1 << 25,
  vague: 1 << 26,
  'not-time': 1 << 27,
} as const

export type TimeWordKind = keyof typeof KIND

export interface TimeWord {
  readonly kind: TimeWordKind
  /** `KIND[kind]`. */
  readonly bit: number
  /** The value column without a count mark: `12`, `-1`, `month`, `hijri`, `-`. */
  readonly value: string
  /** The value as a number, NaN when it is not one. */
  readonly number: number
  /** What a unit word counts by itself: 1 (يوم), 2 for a dual (يومين), null for a plural (أيام). */
  readonly count: number | null
  /** The phrase is also an everyday word and counts only in a date context (see the data headers). */
  readonly bound: boolean
  /** The regional vocabulary of a month name (`levantine`, `egyptian`, …), '' for other words. */
  readonly vocabulary: string
  /** The phrase as written in the data file. */
  readonly phrase: string
}

/** Whether a data-file cell names a kind. @example isTimeWordKind('month') // true */
export const isTimeWordKind = (kind: string): kind is TimeWordKind => Object.hasOwn(KIND, kind)

/** Builds an entry from its cells; a unit value `day:2` marks a dual, `day:many` a plural. */
export const createTimeWord = (
  kind: TimeWordKind,
  rawValue: string,
  context: string,
  phrase: string,
  vocabulary = '',
): TimeWord => {
  const [value = '', mark] = rawValue.split(':')
  return Object.freeze({
    kind,
    bit: KIND[kind],
    value,
    number: value === '-' || value === '' ? Number.NaN : Number(value),
    count: mark === undefined ? 1 : mark === 'many' ? null : Number(mark),
    bound: context === 'bound',
    vocabulary,
    phrase,
  })
}
