/**
 * The entries of the time vocabulary (`data/time/months.tsv` and `data/time/words.tsv`): one phrase each,
 * with the role it plays in the date grammar.
 */

/** What a phrase is to the date grammar; the data files' headers describe each kind. */
export type TimeWordKind =
  | 'month'
  | 'hijri-month'
  | 'weekday'
  | 'ordinal'
  | 'relative-day'
  | 'period'
  | 'this'
  | 'direction'
  | 'part'
  | 'first-day'
  | 'time-of-day'
  | 'day-word'
  | 'month-word'
  | 'year-word'
  | 'year-marker'
  | 'unit'
  | 'number-word'
  | 'approximately'
  | 'duration-cue'
  | 'shift'
  | 'range-start'
  | 'range-join'
  | 'year-licence'
  | 'agreeing'
  | 'anaphor'
  | 'future-cue'
  | 'vague'
  | 'not-time'

export interface TimeWord {
  readonly kind: TimeWordKind
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

const KINDS: ReadonlySet<string> = new Set<TimeWordKind>([
  'month',
  'hijri-month',
  'weekday',
  'ordinal',
  'relative-day',
  'period',
  'this',
  'direction',
  'part',
  'first-day',
  'time-of-day',
  'day-word',
  'month-word',
  'year-word',
  'year-marker',
  'unit',
  'number-word',
  'approximately',
  'duration-cue',
  'shift',
  'range-start',
  'range-join',
  'year-licence',
  'agreeing',
  'anaphor',
  'future-cue',
  'vague',
  'not-time',
])

export const isTimeWordKind = (kind: string): kind is TimeWordKind => KINDS.has(kind)

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
    value,
    number: value === '-' || value === '' ? Number.NaN : Number(value),
    count: mark === undefined ? 1 : mark === 'many' ? null : Number(mark),
    bound: context === 'bound',
    vocabulary,
    phrase,
  })
}
